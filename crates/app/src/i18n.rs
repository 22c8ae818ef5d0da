//! Every piece of text the interface shows. Components ask for a [`Text`] and never hold
//! user-facing literals, so adding a language means adding one function here.

/// A piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    AppName,
    Tagline,
    Modules,
    Lesson,
    Exercise,
    BackToCourse,
    ContinueWhereLeft,
    StartCourse,
    Run,
    Running,
    RunShortcut,
    Reset,
    ResetConfirm,
    EditorLabel,
    Instructions,
    Results,
    ResultsEmpty,
    ShowHint,
    NoMoreHints,
    Hint,
    ShowSolution,
    ShowSolutionConfirm,
    Solution,
    Passed,
    Failed,
    Skipped,
    Expected,
    Received,
    Console,
    AllPassed,
    TimedOut,
    CouldNotRun,
    Line,
    Column,
    Completed,
    MarkRead,
    Read,
    NextItem,
    NotFound,
    Minutes,
    Difficulty,
    SavedLocally,
    WhatThisMeans,
    TestCode,
    HelperFiles,
    Quiz,
    CheckAnswer,
    TryAgain,
    Correct,
    NotQuite,
    QuizPassed,
    YourAnswer,
    ChooseAll,
    QuestionsRight,
    RunExample,
    ResetExample,
    ResultValue,
    NoOutput,
    Glossary,
    GlossaryIntro,
    GlossaryFilter,
    LessonsRead,
    QuizzesPassed,
    ExercisesPassed,
}

/// English interface text.
pub fn t(text: Text) -> &'static str {
    use Text::*;
    match text {
        AppName => "Puente",
        Tagline => "Learn to code in your browser. Your code runs and is checked on your own device.",
        Modules => "Modules",
        Lesson => "Lesson",
        Exercise => "Exercise",
        BackToCourse => "All modules",
        ContinueWhereLeft => "Continue where you left off",
        StartCourse => "Start the course",
        Run => "Run tests",
        Running => "Running…",
        RunShortcut => "Ctrl+Enter",
        Reset => "Reset code",
        ResetConfirm => "Replace your code with the starter code? Your current code will be lost.",
        EditorLabel => "Code editor",
        Instructions => "Instructions",
        Results => "Results",
        ResultsEmpty => "Press Run tests to check your code. Each test will show what was expected and what your code returned.",
        ShowHint => "Show a hint",
        NoMoreHints => "No more hints",
        Hint => "Hint",
        ShowSolution => "Show the solution",
        ShowSolutionConfirm => "See the reference solution now? Trying a little longer is often how the idea clicks.",
        Solution => "Reference solution",
        Passed => "passed",
        Failed => "failed",
        Skipped => "skipped",
        Expected => "Expected",
        Received => "Received",
        Console => "Console",
        AllPassed => "All tests passed. Well done!",
        TimedOut => "Timed out",
        CouldNotRun => "Your code could not run",
        Line => "line",
        Column => "column",
        Completed => "Completed",
        MarkRead => "Mark as read",
        Read => "Read",
        NextItem => "Next",
        NotFound => "This page does not exist.",
        Minutes => "min",
        Difficulty => "Difficulty",
        SavedLocally => "Your code and progress are saved on this device.",
        WhatThisMeans => "What this means",
        TestCode => "What this test checks",
        HelperFiles => "Files this exercise gives you (read-only)",
        Quiz => "Quiz",
        CheckAnswer => "Check",
        TryAgain => "Try again",
        Correct => "Correct!",
        NotQuite => "Not quite. Read the notes below and try again.",
        QuizPassed => "Quiz passed: you answered every question correctly.",
        YourAnswer => "Your answer",
        ChooseAll => "Choose every answer that applies.",
        QuestionsRight => "questions answered correctly",
        RunExample => "Run",
        ResetExample => "Reset",
        ResultValue => "Result: ",
        NoOutput => "The example ran and printed nothing.",
        Glossary => "Glossary",
        GlossaryIntro => "Key terms of the course, with their Spanish equivalents. Términos clave del curso, con su equivalente en español.",
        GlossaryFilter => "Find a term (English or Spanish)",
        LessonsRead => "lessons read",
        QuizzesPassed => "quizzes passed",
        ExercisesPassed => "exercises passed",
    }
}

/// "3 of 5 tests passed".
pub fn tests_passed(passed: usize, total: usize) -> String {
    format!("{passed} of {total} tests passed")
}

/// "2 / 5 done" for a module's progress.
pub fn done_of(done: usize, total: usize) -> String {
    format!("{done} / {total} done")
}

/// "Hint 2 of 3".
pub fn hint_number(n: usize, total: usize) -> String {
    format!("{} {n} / {total}", t(Text::Hint))
}

/// "at line 3, column 7".
pub fn at_position(line: Option<u32>, column: Option<u32>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{} {l}, {} {c}", t(Text::Line), t(Text::Column)),
        (Some(l), None) => format!("{} {l}", t(Text::Line)),
        _ => String::new(),
    }
}

/// The plain-language explanation of a common mistake, in the interface language.
pub fn explanation(explain: grader::Explain) -> &'static str {
    explain.text(grader::Lang::En)
}
