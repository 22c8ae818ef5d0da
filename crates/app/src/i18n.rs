//! Every piece of text the interface shows, in English and in Mexican Spanish. Components ask
//! for a [`Text`] (or a phrase function below) and never hold user-facing literals; the language
//! is the learner's choice (see `services::language`). Course content stays as the pack has it.

use std::cell::Cell;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    /// The BCP 47 code, for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es-MX",
        }
    }

    /// Reads a stored code or a browser language (`es`, `es-419`, `en-US`…).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The other language, offered by the header's switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }

    /// The language's own name, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The interface language now.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the interface language; the app re-renders its screens after this.
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

fn spanish() -> bool {
    current() == Lang::Es
}

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
    ThePage,
    PreviewTab,
    PreviewTitle,
    PreviewNote,
    Quiz,
    CheckAnswer,
    TryAgain,
    Correct,
    NotQuite,
    QuizPassed,
    YourAnswer,
    ChooseAll,
    RunExample,
    ResetExample,
    ResultValue,
    NoOutput,
    Glossary,
    GlossaryIntro,
    GlossaryFilter,
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
    LanguageLabel,
    DarkTheme,
    SkipToContent,
    ShownInEnglish,
}

/// Interface text in the current language.
pub fn t(text: Text) -> &'static str {
    match current() {
        Lang::En => en(text),
        Lang::Es => es(text),
    }
}

/// English interface text.
fn en(text: Text) -> &'static str {
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
        ThePage => "Your page",
        PreviewTab => "Preview",
        PreviewTitle => "Live preview of your page",
        PreviewNote => "The preview updates as you type. Grading runs the tests on a model of this page.",
        Quiz => "Quiz",
        CheckAnswer => "Check",
        TryAgain => "Try again",
        Correct => "Correct!",
        NotQuite => "Not quite. Read the notes below and try again.",
        QuizPassed => "Quiz passed: you answered every question correctly.",
        YourAnswer => "Your answer",
        ChooseAll => "Choose every answer that applies.",
        RunExample => "Run",
        ResetExample => "Reset",
        ResultValue => "Result: ",
        NoOutput => "The example ran and printed nothing.",
        Glossary => "Glossary",
        GlossaryIntro => "Key terms of the course, with their Spanish equivalents. Términos clave del curso, con su equivalente en español.",
        GlossaryFilter => "Find a term (English or Spanish)",
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
        LanguageLabel => "interface language",
        DarkTheme => "Dark theme",
        SkipToContent => "Skip to content",
        ShownInEnglish => "This part of the course is in English.",
    }
}

/// "3 of 5 tests passed".
pub fn tests_passed(passed: usize, total: usize) -> String {
    match (spanish(), total) {
        (false, 1) => format!("{passed} of 1 test passed"),
        (false, _) => format!("{passed} of {total} tests passed"),
        (true, 1) => format!("{passed} de 1 prueba pasó"),
        (true, _) => format!("{passed} de {total} pruebas pasaron"),
    }
}

/// "3 parts could not be read".
pub fn unreadable_count(n: usize) -> String {
    match (spanish(), n) {
        (false, 1) => "1 part could not be read:".to_string(),
        (false, _) => format!("{n} parts could not be read:"),
        (true, 1) => "1 parte no se pudo leer:".to_string(),
        (true, _) => format!("{n} partes no se pudieron leer:"),
    }
}

/// Where an imported course's exercises come from, and under which license.
pub fn course_source(name: &str, license: &str) -> String {
    if spanish() {
        format!("Ejercicios de {name}, usados bajo la licencia {license}.")
    } else {
        format!("Exercises from {name}, used under the {license} license.")
    }
}

/// Why the course chosen last did not open.
pub fn course_unavailable(id: &str, why: &str) -> String {
    if spanish() {
        format!("No se pudo abrir el curso «{id}», así que ves el curso incluido. {why}")
    } else {
        format!("The course \"{id}\" could not be opened, so the built-in course is shown. {why}")
    }
}

/// After an update.
pub fn updated_to(version: &str) -> String {
    if spanish() {
        format!("Actualizado a la versión {version}. Tu progreso se conservó.")
    } else {
        format!("Updated to version {version}. Your progress carried over.")
    }
}

/// The summary of an import preview.
pub fn import_summary(added: usize, replaced: usize, kept: usize) -> String {
    if spanish() {
        format!("{added} nuevos, {replaced} por reemplazar, {kept} se quedan como están en este dispositivo.")
    } else {
        format!("{added} new, {replaced} to replace, {kept} kept as they are on this device.")
    }
}

/// After an import.
pub fn imported(added: usize, replaced: usize) -> String {
    if spanish() {
        format!("Importado: {added} nuevos y {replaced} reemplazados.")
    } else {
        format!("Imported: {added} new and {replaced} replaced.")
    }
}

/// "2 / 5 done" for a module's progress.
pub fn done_of(done: usize, total: usize) -> String {
    if spanish() {
        format!("{done} / {total} completados")
    } else {
        format!("{done} / {total} done")
    }
}

/// What a count on a module card counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    LessonsRead,
    QuizzesPassed,
    ExercisesPassed,
}

/// "2 / 3 lessons read", with the noun agreeing with the total.
pub fn counted(done: usize, total: usize, what: Counted) -> String {
    let one = total == 1;
    let noun = match (spanish(), what, one) {
        (false, Counted::LessonsRead, true) => "lesson read",
        (false, Counted::LessonsRead, false) => "lessons read",
        (false, Counted::QuizzesPassed, true) => "quiz passed",
        (false, Counted::QuizzesPassed, false) => "quizzes passed",
        (false, Counted::ExercisesPassed, true) => "exercise passed",
        (false, Counted::ExercisesPassed, false) => "exercises passed",
        (true, Counted::LessonsRead, true) => "lección leída",
        (true, Counted::LessonsRead, false) => "lecciones leídas",
        (true, Counted::QuizzesPassed, true) => "cuestionario aprobado",
        (true, Counted::QuizzesPassed, false) => "cuestionarios aprobados",
        (true, Counted::ExercisesPassed, true) => "ejercicio resuelto",
        (true, Counted::ExercisesPassed, false) => "ejercicios resueltos",
    };
    format!("{done} / {total} {noun}")
}

/// "4 exercises passed" on a course card.
pub fn exercises_passed(n: usize) -> String {
    match (spanish(), n) {
        (false, 1) => "1 exercise passed".to_string(),
        (false, _) => format!("{n} exercises passed"),
        (true, 1) => "1 ejercicio resuelto".to_string(),
        (true, _) => format!("{n} ejercicios resueltos"),
    }
}

/// "3 / 4 questions answered correctly" on a quiz.
pub fn questions_right(right: usize, total: usize) -> String {
    match (spanish(), total) {
        (false, 1) => format!("{right} / 1 question answered correctly"),
        (false, _) => format!("{right} / {total} questions answered correctly"),
        (true, 1) => format!("{right} / 1 pregunta respondida correctamente"),
        (true, _) => format!("{right} / {total} preguntas respondidas correctamente"),
    }
}

/// The accessible name of a module's progress bar.
pub fn module_progress(title: &str) -> String {
    if spanish() {
        format!("Progreso en {title}")
    } else {
        format!("Progress in {title}")
    }
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
    explain.text(match current() {
        Lang::En => grader::Lang::En,
        Lang::Es => grader::Lang::Es,
    })
}

/// Mexican Spanish interface text (tú).
fn es(text: Text) -> &'static str {
    use Text::*;
    match text {
        AppName => "Puente",
        Tagline => "Aprende a programar en tu navegador. Tu código se ejecuta y se revisa en tu propio dispositivo.",
        Modules => "Módulos",
        Lesson => "Lección",
        Exercise => "Ejercicio",
        BackToCourse => "Todos los módulos",
        ContinueWhereLeft => "Sigue donde te quedaste",
        StartCourse => "Empezar el curso",
        Run => "Ejecutar pruebas",
        Running => "Ejecutando…",
        RunShortcut => "Ctrl+Enter",
        Reset => "Restablecer código",
        ResetConfirm => "¿Reemplazar tu código con el código inicial? Perderás el código que tienes ahora.",
        EditorLabel => "Editor de código",
        Instructions => "Instrucciones",
        Results => "Resultados",
        ResultsEmpty => "Presiona Ejecutar pruebas para revisar tu código. Cada prueba te mostrará qué se esperaba y qué devolvió tu código.",
        ShowHint => "Ver una pista",
        NoMoreHints => "Ya no hay más pistas",
        Hint => "Pista",
        ShowSolution => "Ver la solución",
        ShowSolutionConfirm => "¿Quieres ver la solución de referencia ahora? Muchas veces, intentarlo un poco más es lo que hace que la idea te quede clara.",
        Solution => "Solución de referencia",
        Passed => "pasó",
        Failed => "falló",
        Skipped => "se omitió",
        Expected => "Esperado",
        Received => "Recibido",
        Console => "Consola",
        AllPassed => "Todas las pruebas pasaron. ¡Bien hecho!",
        TimedOut => "Se agotó el tiempo",
        CouldNotRun => "Tu código no se pudo ejecutar",
        Line => "línea",
        Column => "columna",
        Completed => "Completado",
        MarkRead => "Marcar como leída",
        Read => "Leída",
        NextItem => "Siguiente",
        NotFound => "Esta página no existe.",
        Minutes => "min",
        Difficulty => "Dificultad",
        KindFix => "Corrige los errores",
        KindExtend => "Amplía un programa que ya funciona",
        KindTests => "Escribe las pruebas",
        CodeUnderTest => "El código que revisan tus pruebas (una versión correcta; tus pruebas lo importan desde ./solution)",
        SavedLocally => "Tu código y tu progreso se guardan en este dispositivo.",
        WhatThisMeans => "Qué significa esto",
        TestCode => "Qué revisa esta prueba",
        HelperFiles => "Archivos que te da este ejercicio (solo lectura)",
        ThePage => "Tu página",
        PreviewTab => "Vista previa",
        PreviewTitle => "Vista previa en vivo de tu página",
        PreviewNote => "La vista previa se actualiza mientras escribes. La calificación corre las pruebas sobre un modelo de esta página.",
        Quiz => "Cuestionario",
        CheckAnswer => "Revisar",
        TryAgain => "Intentar de nuevo",
        Correct => "¡Correcto!",
        NotQuite => "Casi. Lee las notas de abajo e inténtalo de nuevo.",
        QuizPassed => "Cuestionario aprobado: respondiste bien todas las preguntas.",
        YourAnswer => "Tu respuesta",
        ChooseAll => "Elige todas las respuestas que apliquen.",
        RunExample => "Ejecutar",
        ResetExample => "Restablecer",
        ResultValue => "Resultado: ",
        NoOutput => "El ejemplo se ejecutó y no imprimió nada.",
        Glossary => "Glosario",
        GlossaryIntro => "Términos clave del curso, en inglés y en español.",
        GlossaryFilter => "Busca un término (en inglés o en español)",
        YourProgress => "Tu progreso",
        YourProgressIntro => "Tu código y tu progreso se guardan solo en este navegador, en este dispositivo. Descarga una copia para tenerla segura o para seguir en otro dispositivo.",
        DisplayName => "Tu nombre",
        DisplayNameHelp => "Opcional. Si le envías tu archivo de progreso a tu instructor, este es el nombre que verá en el reporte del grupo.",
        SaveName => "Guardar nombre",
        ExportTitle => "Descarga tu progreso",
        ExportHelp => "Un solo archivo con tu código, resultados, pistas y respuestas de los cuestionarios de este curso.",
        ExportButton => "Descargar archivo de progreso",
        ImportTitle => "Cargar un archivo de progreso",
        ImportHelp => "Elige un archivo que hayas descargado de Puente, en este dispositivo o en otro. Verás qué cambia antes de que se reemplace algo. En cada elemento se conserva la copia más reciente.",
        ImportChoose => "Elegir un archivo de progreso",
        ImportApply => "Importar",
        ImportCancel => "Cancelar",
        ImportTooLarge => "Este archivo es demasiado grande para ser un archivo de progreso (el límite es de 20 MB).",
        ImportNothing => "Este archivo no tiene nada más reciente de lo que ya hay en este dispositivo.",
        ChangeAdded => "nuevo",
        ChangeReplaced => "más reciente en el archivo: reemplaza el tuyo",
        ChangeKept => "el tuyo es más reciente o igual: se conserva",
        UnreadableTitle => "No se pudo leer parte de tu progreso guardado",
        UnreadableBody => "Todo lo demás se cargó normalmente. En este dispositivo se conserva, sin cambios, una copia de los datos guardados; descárgala para conservarla o para enviarla y pedir ayuda.",
        UnreadableDownload => "Descargar los datos que no se pudieron leer",
        Dismiss => "Cerrar",
        StorageFull => "El almacenamiento de este navegador para Puente está lleno, así que tus últimos cambios todavía no se guardan. Están a salvo en esta pestaña mientras siga abierta. Descarga tu progreso para tener una copia y luego libera algo de espacio (por ejemplo, borra los datos de otros sitios).",
        StorageUnavailable => "Este navegador no deja que Puente guarde nada (navegación privada o almacenamiento bloqueado). Tu trabajo se queda en esta pestaña hasta que la cierres. Descarga tu progreso para conservarlo.",
        DownloadProgress => "Descarga tu progreso",
        CheckerNotReady => "El revisor no arrancó. Revisa tu conexión y presiona Reintentar; tu código está a salvo.",
        RetryRun => "Reintentar",
        LoadingCourse => "Abriendo tu curso…",
        CourseNotFetched => "No se pudo descargar el curso. Revisa tu conexión e inténtalo de nuevo; tu trabajo guardado está a salvo en este dispositivo.",
        PreparingChecker => "Preparando el revisor…",
        MyCourses => "Mis cursos",
        MyCoursesIntro => "Los cursos que hay en este dispositivo. Cada uno guarda su propio progreso, y todos funcionan sin conexión.",
        BuiltIn => "incluido",
        CurrentCourse => "Estudiando ahora",
        StudyThis => "Estudiar este curso",
        UpdateCourse => "Buscar una nueva versión",
        RemoveCourse => "Quitar",
        RemoveConfirm => "¿Quitar este curso de este dispositivo? Tu progreso en él sigue guardado y regresa si vuelves a abrir el curso.",
        RemoveExportFirst => "¿Quieres descargar primero tu progreso en este curso? (Aceptar lo descarga; Cancelar lo omite).",
        UpToDate => "Ya tienes la versión más reciente.",
        OpenCourse => "Abrir un curso",
        OpenCourseIntro => "Abre un curso que compartió tu instructor: un archivo de paquete (.puente.json) de tu dispositivo o un enlace a uno. Puente lo revisa antes de mostrarlo y lo guarda en este dispositivo para que funcione sin conexión.",
        OpenFromFile => "Elegir un archivo de paquete",
        DropHere => "o suéltalo aquí",
        OpenFromLink => "Enlace a un archivo de paquete",
        OpenLinkPlaceholder => "https://…/course.puente.json",
        OpenLinkButton => "Abrir",
        Opening => "Abriendo el curso…",
        OpenFailed => "No se pudo abrir este curso",
        SiteCourses => "Cursos de este sitio",
        MissingItems => "Tu progreso tiene elementos que esta versión ya no incluye (se conservan por si regresan):",
        Origin => "Desde",
        Version => "Versión",
        LanguageLabel => "idioma de la interfaz",
        DarkTheme => "Tema oscuro",
        SkipToContent => "Ir al contenido",
        ShownInEnglish => "Esta parte del curso se muestra en inglés: el curso se enseña en inglés.",
    }
}
