//! Plain-language explanations of the errors beginners meet most, in English and Spanish.
//! The grader attaches an [`Explain`] code; each interface picks the language it shows.

use serde::{Deserialize, Serialize};

use crate::report::CodeError;

/// A language an explanation can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

/// A kind of mistake with a known, friendly explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Explain {
    NotDefined,
    NotAFunction,
    ReadOfNothing,
    AssignToConstant,
    BeforeInitialization,
    UnexpectedEnd,
    UnexpectedToken,
    MissingReturn,
    Recursion,
    EndlessLoop,
    WrongExport,
    Timeout,
    OutOfMemory,
    TooDeep,
}

impl Explain {
    /// Every explanation there is.
    pub const ALL: [Explain; 14] = [
        Explain::NotDefined,
        Explain::NotAFunction,
        Explain::ReadOfNothing,
        Explain::AssignToConstant,
        Explain::BeforeInitialization,
        Explain::UnexpectedEnd,
        Explain::UnexpectedToken,
        Explain::MissingReturn,
        Explain::Recursion,
        Explain::EndlessLoop,
        Explain::WrongExport,
        Explain::Timeout,
        Explain::OutOfMemory,
        Explain::TooDeep,
    ];

    /// Recognises the mistake behind an error, if it is a common one.
    pub fn for_error(error: &CodeError) -> Option<Explain> {
        let m = error.message.as_str();
        Some(match error.name.as_str() {
            "ReferenceError" if m.ends_with("is not defined") => Explain::NotDefined,
            "ReferenceError"
                if m.contains("uninitialized") || m.contains("before initialization") =>
            {
                Explain::BeforeInitialization
            }
            "TypeError"
                if m.contains("not a callable function") || m.contains("is not a function") =>
            {
                Explain::NotAFunction
            }
            "TypeError"
                if m.contains("'null' or 'undefined'")
                    || m.contains("of undefined")
                    || m.contains("of null") =>
            {
                Explain::ReadOfNothing
            }
            "TypeError" if m.contains("immutable binding") || m.contains("constant") => {
                Explain::AssignToConstant
            }
            "SyntaxError" if m.contains("abrupt end") || m.contains("end of the code") => {
                Explain::UnexpectedEnd
            }
            "SyntaxError" => Explain::UnexpectedToken,
            "RangeError" if m.contains("recursion") => Explain::Recursion,
            "Timeout" if m.contains("loop") => Explain::EndlessLoop,
            "Timeout" => Explain::Timeout,
            "ExportError" => Explain::WrongExport,
            "OutOfMemory" => Explain::OutOfMemory,
            "StackOverflow" => Explain::TooDeep,
            _ => return None,
        })
    }

    /// The explanation in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Explain::*;
        match (self, lang) {
            (NotDefined, Lang::En) => "You used a name that JavaScript does not know. Check its spelling (capitals matter), and that you declared it with let, const or function before using it.",
            (NotDefined, Lang::Es) => "Usaste un nombre que JavaScript no conoce. Revisa cómo está escrito (las mayúsculas importan) y que lo declaraste con let, const o function antes de usarlo.",
            (NotAFunction, Lang::En) => "You tried to call something with ( ) that is not a function. Check the name of the function or method, and that the value before the ( ) really is a function.",
            (NotAFunction, Lang::Es) => "Intentaste llamar con ( ) a algo que no es una función. Revisa el nombre de la función o del método, y que el valor antes de los ( ) sea de verdad una función.",
            (ReadOfNothing, Lang::En) => "You read a property (with . or [ ]) of a value that is undefined or null. Often a variable was never given a value, a function did not return anything, or an index is outside the array.",
            (ReadOfNothing, Lang::Es) => "Leíste una propiedad (con . o [ ]) de un valor que es undefined o null. Suele pasar cuando una variable nunca recibió valor, una función no devolvió nada o un índice está fuera del arreglo.",
            (AssignToConstant, Lang::En) => "You gave a new value to a variable declared with const. Use let for values that change, or create a new variable.",
            (AssignToConstant, Lang::Es) => "Le diste un nuevo valor a una variable declarada con const. Usa let para valores que cambian, o crea una variable nueva.",
            (BeforeInitialization, Lang::En) => "You used a variable before the line that declares it. Move the let or const line above the place where you use it.",
            (BeforeInitialization, Lang::Es) => "Usaste una variable antes de la línea que la declara. Mueve la línea con let o const por encima del lugar donde la usas.",
            (UnexpectedEnd, Lang::En) => "The code ended while something was still open. Count your braces { }, parentheses ( ) and brackets [ ]: every opening one needs a closing one.",
            (UnexpectedEnd, Lang::Es) => "El código terminó con algo todavía abierto. Cuenta tus llaves { }, paréntesis ( ) y corchetes [ ]: cada uno que abre necesita uno que cierre.",
            (UnexpectedToken, Lang::En) => "JavaScript found a symbol it did not expect at that spot. Look at the line shown and the one before it for a missing or extra bracket, comma, quote or operator.",
            (UnexpectedToken, Lang::Es) => "JavaScript encontró un símbolo que no esperaba en ese lugar. Mira la línea indicada y la anterior: puede faltar o sobrar un paréntesis, una coma, una comilla o un operador.",
            (MissingReturn, Lang::En) => "Your function gave back undefined. Did you forget to write return? Printing with console.log shows a value but does not give it back.",
            (MissingReturn, Lang::Es) => "Tu función devolvió undefined. ¿Olvidaste escribir return? Imprimir con console.log muestra un valor, pero no lo devuelve.",
            (Recursion, Lang::En) => "A function kept calling itself and never stopped. A recursive function needs a base case that returns without calling itself, and each call must get closer to it.",
            (Recursion, Lang::Es) => "Una función se llamó a sí misma sin parar. Una función recursiva necesita un caso base que devuelva sin volver a llamarse, y cada llamada debe acercarse a él.",
            (EndlessLoop, Lang::En) => "A loop never ended. Check that its condition eventually becomes false: is the counter updated inside the loop, and in the right direction?",
            (EndlessLoop, Lang::Es) => "Un bucle nunca terminó. Revisa que su condición llegue a ser falsa: ¿se actualiza el contador dentro del bucle, y en la dirección correcta?",
            (WrongExport, Lang::En) => "The tests look for a name your code does not export. Check that the function name matches the instructions exactly and that export is written before it.",
            (WrongExport, Lang::Es) => "Las pruebas buscan un nombre que tu código no exporta. Revisa que el nombre de la función sea exactamente el de las instrucciones y que tenga export delante.",
            (Timeout, Lang::En) => "Your code took too long and was stopped. Look for a loop that never ends, or work that repeats far more often than needed.",
            (Timeout, Lang::Es) => "Tu código tardó demasiado y se detuvo. Busca un bucle que nunca termina, o trabajo que se repite muchas más veces de lo necesario.",
            (OutOfMemory, Lang::En) => "Your code kept asking for more memory until it was stopped. Usually a loop keeps adding to a string or an array and never ends, or a number like 2 ** 30 was given to repeat() or Array(). Check what makes the loop stop, and try your function with small inputs first.",
            (OutOfMemory, Lang::Es) => "Tu código pidió cada vez más memoria hasta que se detuvo. Suele pasar cuando un bucle agrega a un texto o a un arreglo sin terminar nunca, o cuando se le da un número como 2 ** 30 a repeat() o a Array(). Revisa qué hace que el bucle termine y prueba tu función primero con valores pequeños.",
            (TooDeep, Lang::En) => "Your code built something nested too deeply, like an array inside an array inside an array, thousands of levels down, or a function kept calling itself. Check that each level stops somewhere, and keep your data only a few levels deep.",
            (TooDeep, Lang::Es) => "Tu código construyó algo anidado demasiado profundo, como un arreglo dentro de otro arreglo dentro de otro, miles de niveles hacia abajo, o una función se llamó a sí misma sin parar. Revisa que cada nivel termine en algún momento y que tus datos tengan pocos niveles.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(name: &str, message: &str) -> CodeError {
        CodeError::new(name, message)
    }

    #[test]
    fn recognises_common_mistakes() {
        assert_eq!(
            Explain::for_error(&err("ReferenceError", "total is not defined")),
            Some(Explain::NotDefined)
        );
        assert_eq!(
            Explain::for_error(&err("TypeError", "not a callable function")),
            Some(Explain::NotAFunction)
        );
        assert_eq!(
            Explain::for_error(&err("TypeError", "cannot mutate an immutable binding 'c'")),
            Some(Explain::AssignToConstant)
        );
        assert_eq!(
            Explain::for_error(&err("SyntaxError", "abrupt end")),
            Some(Explain::UnexpectedEnd)
        );
        assert_eq!(Explain::for_error(&err("Error", "custom")), None);
    }

    #[test]
    fn every_explanation_exists_in_both_languages() {
        for e in Explain::ALL {
            assert!(!e.text(Lang::En).is_empty() && !e.text(Lang::Es).is_empty());
            assert_ne!(e.text(Lang::En), e.text(Lang::Es));
        }
    }
}
