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
    KindFix,
    KindExtend,
    KindTests,
    CodeUnderTest,
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
    YourProgress,
    YourProgressIntro,
    DisplayName,
    DisplayNameHelp,
    SaveName,
    ExportTitle,
    ExportHelp,
    ExportButton,
    ImportTitle,
    ImportHelp,
    ImportChoose,
    ImportApply,
    ImportCancel,
    ImportTooLarge,
    ImportNothing,
    ChangeAdded,
    ChangeReplaced,
    ChangeKept,
    UnreadableTitle,
    UnreadableBody,
    UnreadableDownload,
    Dismiss,
    StorageFull,
    StorageUnavailable,
    DownloadProgress,
    CheckerNotReady,
    RetryRun,
    LoadingCourse,
    CourseNotFetched,
    PreparingChecker,
    MyCourses,
    MyCoursesIntro,
    BuiltIn,
    CurrentCourse,
    StudyThis,
    UpdateCourse,
    RemoveCourse,
    RemoveConfirm,
    RemoveExportFirst,
    UpToDate,
    OpenCourse,
    OpenCourseIntro,
    OpenFromFile,
    DropHere,
    OpenFromLink,
    OpenLinkPlaceholder,
    OpenLinkButton,
    Opening,
    OpenFailed,
    SiteCourses,
    MissingItems,
    Origin,
    Version,
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
        KindFix => "Fix the bugs",
        KindExtend => "Extend a working program",
        KindTests => "Write the tests",
        CodeUnderTest => "The code your tests check (a correct version; yours import it from ./solution)",
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
        YourProgress => "Your progress",
        YourProgressIntro => "Your code and progress live only in this browser, on this device. Download a copy to keep it safe or to continue on another device.",
        DisplayName => "Your name",
        DisplayNameHelp => "Optional. If you send your progress file to your instructor, this is the name they see in the class report.",
        SaveName => "Save name",
        ExportTitle => "Download your progress",
        ExportHelp => "One file with your code, results, hints and quiz answers for this course.",
        ExportButton => "Download progress file",
        ImportTitle => "Bring in a progress file",
        ImportHelp => "Choose a file you downloaded from Puente, on this device or another one. You will see what changes before anything is replaced. For each item, the newer copy is kept.",
        ImportChoose => "Choose a progress file",
        ImportApply => "Import",
        ImportCancel => "Cancel",
        ImportTooLarge => "This file is too large to be a progress file (the limit is 20 MB).",
        ImportNothing => "This file has nothing newer than what is already on this device.",
        ChangeAdded => "new",
        ChangeReplaced => "newer in the file: replaces yours",
        ChangeKept => "yours is newer or the same: kept",
        UnreadableTitle => "Some saved progress could not be read",
        UnreadableBody => "Everything else loaded normally. A copy of the saved data is kept on this device, untouched; download it to keep it or to send it for help.",
        UnreadableDownload => "Download the unreadable data",
        Dismiss => "Dismiss",
        StorageFull => "This browser's storage for Puente is full, so your latest changes are not saved yet. They are safe in this tab while it stays open. Download your progress to keep a copy, then free some space (for example, clear other sites' data).",
        StorageUnavailable => "This browser is not letting Puente save (private browsing or blocked storage). Your work stays in this tab until you close it. Download your progress to keep it.",
        DownloadProgress => "Download your progress",
        CheckerNotReady => "The checker did not start. Check your connection and press Retry; your code is safe.",
        RetryRun => "Retry",
        LoadingCourse => "Opening your course…",
        CourseNotFetched => "The course could not be downloaded. Check your connection and try again; your saved work is safe on this device.",
        PreparingChecker => "Getting the checker ready…",
        MyCourses => "My courses",
        MyCoursesIntro => "The courses on this device. Each keeps its own progress, and every course here works offline.",
        BuiltIn => "built in",
        CurrentCourse => "Studying now",
        StudyThis => "Study this course",
        UpdateCourse => "Check for a new version",
        RemoveCourse => "Remove",
        RemoveConfirm => "Remove this course from this device? Your progress in it stays saved, and comes back if you open the course again.",
        RemoveExportFirst => "Download your progress in this course first? (OK downloads it, Cancel skips.)",
        UpToDate => "You already have the latest version.",
        OpenCourse => "Open a course",
        OpenCourseIntro => "Open a course your instructor shared: a pack file (.puente.json) from your device, or a link to one. Puente checks it before showing it, and keeps it on this device so it works offline.",
        OpenFromFile => "Choose a pack file",
        DropHere => "or drop it here",
        OpenFromLink => "Link to a pack file",
        OpenLinkPlaceholder => "https://…/course.puente.json",
        OpenLinkButton => "Open",
        Opening => "Opening the course…",
        OpenFailed => "This course could not be opened",
        SiteCourses => "Courses on this site",
        MissingItems => "Your progress has items this version no longer has (kept, in case they return):",
        Origin => "From",
        Version => "Version",
    }
}

/// "3 of 5 tests passed".
pub fn tests_passed(passed: usize, total: usize) -> String {
    format!("{passed} of {total} tests passed")
}

/// "3 parts could not be read".
pub fn unreadable_count(n: usize) -> String {
    if n == 1 {
        "1 part could not be read:".to_string()
    } else {
        format!("{n} parts could not be read:")
    }
}

/// Why the course chosen last did not open.
/// Where an imported course's exercises come from, and under which license.
pub fn course_source(name: &str, license: &str) -> String {
    format!("Exercises from {name}, used under the {license} license.")
}

pub fn course_unavailable(id: &str, why: &str) -> String {
    format!("The course \"{id}\" could not be opened, so the built-in course is shown. {why}")
}

/// After an update.
pub fn updated_to(version: &str) -> String {
    format!("Updated to version {version}. Your progress carried over.")
}

/// The summary of an import preview.
pub fn import_summary(added: usize, replaced: usize, kept: usize) -> String {
    format!("{added} new, {replaced} to replace, {kept} kept as they are on this device.")
}

/// After an import.
pub fn imported(added: usize, replaced: usize) -> String {
    format!("Imported: {added} new and {replaced} replaced.")
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
