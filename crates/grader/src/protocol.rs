//! What the page and the grading worker say to each other. One request type and one reply type,
//! shared by both sides (the app serializes a [`Request`], the worker's wasm answers it with a
//! [`Reply`]), so a change to either is a compile error on the other side rather than a message
//! that no longer parses at run time.

use course::pack_file::OpenError;
use course::Pack;
use serde::{Deserialize, Serialize};

use crate::{
    CodeError, GradeReport, GradeRequest, HintsRequest, RunReport, RunRequest, SuiteRequest,
};

/// A job for the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "mode", content = "request", rename_all = "snake_case")]
pub enum Request {
    /// Grade an exercise against its tests.
    Grade(GradeRequest),
    /// Grade the learner's own tests (a `tests` exercise).
    Suite(SuiteRequest),
    /// Grade an assert-style exercise (checks instead of tests).
    Hints(HintsRequest),
    /// Run a lesson's example.
    Run(RunRequest),
    /// Open a one-file pack (its text): validate it and render its Markdown.
    OpenPack(String),
}

/// The worker's answer to a [`Request`].
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "reply", content = "value", rename_all = "snake_case")]
pub enum Reply {
    /// For [`Request::Grade`], [`Request::Suite`] and [`Request::Hints`].
    Graded(GradeReport),
    /// For [`Request::Run`].
    Ran(RunReport),
    /// For [`Request::OpenPack`].
    Pack(Result<Pack, OpenError>),
    /// The request could not be read: the page and the worker come from different builds.
    Unreadable(String),
}

impl Request {
    /// Carries out the request in this thread.
    pub fn answer(&self) -> Reply {
        match self {
            Request::Grade(r) => Reply::Graded(crate::grade(r)),
            Request::Suite(r) => Reply::Graded(crate::grade_suite(r)),
            Request::Hints(r) => Reply::Graded(crate::grade_hints(r)),
            Request::Run(r) => Reply::Ran(crate::run_snippet(r)),
            Request::OpenPack(text) => Reply::Pack(course::pack_file::open(text)),
        }
    }
}

/// Answers a JSON-encoded [`Request`] with a JSON-encoded [`Reply`]: the worker's one entry point.
pub fn answer_json(request: &str) -> String {
    let reply = match serde_json::from_str::<Request>(request) {
        Ok(request) => request.answer(),
        Err(e) => Reply::Unreadable(format!(
            "the page sent a request the checker cannot read ({e}); reload the page"
        )),
    };
    serde_json::to_string(&reply).unwrap_or_else(|e| {
        let why = Reply::Unreadable(format!("the checker's answer could not be encoded: {e}"));
        serde_json::to_string(&why).unwrap_or_default()
    })
}

impl Reply {
    /// The reply read from the worker's JSON; a reply that does not parse becomes `Unreadable`.
    pub fn from_json(json: &str) -> Reply {
        serde_json::from_str(json).unwrap_or_else(|e| {
            Reply::Unreadable(format!("the checker's answer could not be read ({e})"))
        })
    }

    /// The error to show when this reply is not the kind the request expects.
    pub fn as_error(&self) -> CodeError {
        let message = match self {
            Reply::Unreadable(why) => why.clone(),
            other => format!(
                "the checker answered with a {} reply to another kind of request; reload the page",
                other.kind()
            ),
        };
        CodeError::new("GraderError", message)
    }

    fn kind(&self) -> &'static str {
        match self {
            Reply::Graded(_) => "grading",
            Reply::Ran(_) => "run",
            Reply::Pack(_) => "pack",
            Reply::Unreadable(_) => "unreadable",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Limits, Verdict};

    #[test]
    fn a_request_goes_through_json_and_comes_back_as_its_reply() {
        let request = Request::Grade(GradeRequest {
            solution: "export const two = () => 2;".into(),
            tests: "import { two } from './solution';\ntest('two', () => expect(two()).toBe(2));"
                .into(),
            limits: Limits::default(),
            solution_name: None,
            files: Default::default(),
            page: None,
        });
        let json = serde_json::to_string(&request).unwrap();
        assert!(json.starts_with(r#"{"mode":"grade","request":{"#), "{json}");
        let Reply::Graded(report) = Reply::from_json(&answer_json(&json)) else {
            panic!("a grade request gets a grading report")
        };
        assert_eq!(report.verdict, Verdict::Passed);
    }

    #[test]
    fn a_request_from_another_build_gets_a_clear_reply() {
        let reply = Reply::from_json(&answer_json(r#"{"mode":"teleport","request":{}}"#));
        let Reply::Unreadable(why) = &reply else {
            panic!("unknown modes are unreadable, got {reply:?}")
        };
        assert!(why.contains("reload the page"), "{why}");
        assert_eq!(reply.as_error().name, "GraderError");
    }

    #[test]
    fn opening_a_pack_file_that_is_not_one_says_so() {
        let reply = Reply::from_json(&answer_json(
            &serde_json::to_string(&Request::OpenPack("{}".into())).unwrap(),
        ));
        assert!(
            matches!(reply, Reply::Pack(Err(OpenError::NotAPack))),
            "{reply:?}"
        );
    }
}
