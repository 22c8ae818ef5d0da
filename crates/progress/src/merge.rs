//! Combining two copies of one learner's progress (two tabs, two devices, an imported file).
//!
//! The merge works item by item: the copy changed last wins, and what only ever grows (a pass,
//! hints seen, attempts, lessons read, quiz answers) is never taken back. It gives the same
//! result whichever copy comes first and applying it twice changes nothing, so two tabs that
//! keep merging each other's saves settle on the same record.

use std::cmp::Ordering;

use crate::model::{ExerciseProgress, Progress};

/// Merges `other` into `into`.
pub fn merge(into: &mut Progress, other: &Progress) {
    for (id, theirs) in &other.exercises {
        match into.exercises.get_mut(id) {
            Some(ours) => *ours = merge_exercise(ours, theirs),
            None => {
                into.exercises.insert(id.clone(), theirs.clone());
            }
        }
    }
    for (id, theirs) in &other.lessons {
        let ours = into.lessons.entry(id.clone()).or_insert(*theirs);
        ours.read_at = ours.read_at.min(theirs.read_at);
    }
    for (id, theirs) in &other.quizzes {
        let ours = into.quizzes.entry(id.clone()).or_default();
        ours.answered.extend(theirs.answered.iter().copied());
        ours.updated_at = ours.updated_at.max(theirs.updated_at);
    }
    if newer(
        other.last_visited_at,
        &other.last_visited,
        into.last_visited_at,
        &into.last_visited,
    ) {
        into.last_visited = other.last_visited.clone();
        into.last_visited_at = other.last_visited_at;
    }
    if newer(
        other.display_name_at,
        &other.display_name,
        into.display_name_at,
        &into.display_name,
    ) {
        into.display_name = other.display_name.clone();
        into.display_name_at = other.display_name_at;
    }
    if into.pack_id.is_empty() {
        into.pack_id = other.pack_id.clone();
    }
    if into.pack_version.is_empty() {
        into.pack_version = other.pack_version.clone();
    }
}

/// Whether `(at, value)` should replace `(our_at, ours)`: later wins, and equal times are
/// settled by the value itself so both sides of a merge choose the same one.
fn newer<T: Ord>(at: u64, value: &T, our_at: u64, ours: &T) -> bool {
    match at.cmp(&our_at) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => value > ours,
    }
}

fn merge_exercise(ours: &ExerciseProgress, theirs: &ExerciseProgress) -> ExerciseProgress {
    let (winner, other) = if newer(theirs.updated_at, &theirs.code, ours.updated_at, &ours.code) {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut merged = winner.clone();
    merged.passed |= other.passed;
    merged.solution_shown |= other.solution_shown;
    merged.hints_shown = merged.hints_shown.max(other.hints_shown);
    merged.attempts = merged.attempts.max(other.attempts);
    merged.started_at = match (winner.started_at, other.started_at) {
        (0, at) | (at, 0) => at,
        (a, b) => a.min(b),
    };
    if merged.last_run.is_none() {
        merged.last_run = other.last_run.clone();
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, LessonProgress};

    fn edit(p: &mut Progress, id: &str, code: &str, at: u64) {
        p.apply(Action::Edit {
            id: id.into(),
            code: code.into(),
            at,
        });
    }

    #[test]
    fn edits_to_different_exercises_both_survive() {
        let mut a = Progress::new("p", "1");
        let mut b = a.clone();
        edit(&mut a, "m/one", "a's code", 10);
        edit(&mut b, "m/two", "b's code", 11);
        let mut ab = a.clone();
        merge(&mut ab, &b);
        let mut ba = b.clone();
        merge(&mut ba, &a);
        assert_eq!(ab, ba);
        assert_eq!(ab.exercise("m/one").code.as_deref(), Some("a's code"));
        assert_eq!(ab.exercise("m/two").code.as_deref(), Some("b's code"));
    }

    #[test]
    fn on_the_same_exercise_the_last_edit_wins_but_a_pass_stays() {
        let mut a = Progress::new("p", "1");
        a.apply(Action::Graded {
            id: "m/e".into(),
            run: crate::LastRun::new("passed", Vec::new(), None, 5),
        });
        let mut b = Progress::new("p", "1");
        edit(&mut b, "m/e", "newer", 9);
        merge(&mut a, &b);
        let e = a.exercise("m/e");
        assert_eq!(e.code.as_deref(), Some("newer"));
        assert!(e.passed);
        assert_eq!(e.attempts, 1);
        assert_eq!(e.started_at, 5);
    }

    #[test]
    fn merging_twice_changes_nothing() {
        let mut a = Progress::new("p", "1");
        edit(&mut a, "m/e", "x", 3);
        a.lessons
            .insert("m/l".into(), LessonProgress { read_at: 4 });
        let mut b = Progress::new("p", "1");
        edit(&mut b, "m/e", "y", 3);
        b.apply(Action::Visit {
            id: "m/e".into(),
            at: 8,
        });
        merge(&mut a, &b);
        let once = a.clone();
        merge(&mut a, &b);
        assert_eq!(a, once);
        // Equal times: both sides pick the same code.
        let mut b2 = b.clone();
        merge(&mut b2, &once);
        assert_eq!(b2.exercise("m/e").code, once.exercise("m/e").code);
        assert_eq!(once.last_visited.as_deref(), Some("m/e"));
    }
}
