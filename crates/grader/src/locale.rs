//! Locale-aware formatting (ECMA-402: `Intl`, `toLocaleString`, `localeCompare`) for an engine
//! built without locale data. A host that has its own (the browser, through the grading
//! worker) answers each request; the sandbox's `Intl` is a thin shim over it, so learner code
//! formats exactly as the browser it runs in would. A native build with the `intl` feature has
//! Boa's own `Intl` and needs no host.

use std::sync::RwLock;

use boa_engine::native_function::NativeFunction;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{js_string, Context, JsNativeError, JsResult, JsString, JsValue, Source};

/// Answers one JSON request (`{"op": …}`) with `{"ok": value}` or `{"error", "message"}`.
pub type LocaleHook = fn(&str) -> String;

static HOOK: RwLock<Option<LocaleHook>> = RwLock::new(None);

const SHIM: &str = include_str!("intl_shim.js");

/// Makes `hook` answer every sandbox's locale requests from now on.
pub fn on_locale(hook: LocaleHook) {
    if let Ok(mut slot) = HOOK.write() {
        *slot = Some(hook);
    }
}

fn hook() -> Option<LocaleHook> {
    HOOK.read().ok().and_then(|slot| *slot)
}

/// Installs the shim in `context` when a host listens; the host's answers then win over any
/// `Intl` the engine has, so one host formats one way. The shim is installed on first use of
/// any name it defines: most runs never format for a locale.
pub(crate) fn install(context: &mut Context) -> JsResult<()> {
    if hook().is_none() {
        return Ok(());
    }
    let global = context.global_object();
    let prototypes = context.intrinsics().constructors();
    let number = prototypes.number().prototype();
    let date = prototypes.date().prototype();
    let string = prototypes.string().prototype();
    crate::lazy::install_lazily(
        context,
        &[
            (global, "Intl"),
            (number, "toLocaleString"),
            (date.clone(), "toLocaleString"),
            (date.clone(), "toLocaleDateString"),
            (date, "toLocaleTimeString"),
            (string.clone(), "localeCompare"),
            (string.clone(), "toLocaleUpperCase"),
            (string, "toLocaleLowerCase"),
        ],
        install_shim,
    )
}

fn install_shim(context: &mut Context) -> JsResult<()> {
    let installer = context.eval(Source::from_bytes(SHIM))?;
    let host = FunctionObjectBuilder::new(context.realm(), NativeFunction::from_fn_ptr(ask_host))
        .name(js_string!("host"))
        .length(1)
        .build();
    let global = context.global_object();
    if let Some(installer) = installer.as_callable() {
        installer.call(
            &JsValue::undefined(),
            &[host.into(), global.into()],
            context,
        )?;
    }
    Ok(())
}

fn ask_host(_this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let request = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_escaped();
    let hook = hook().ok_or_else(|| JsNativeError::typ().with_message("no locale host"))?;
    Ok(JsString::from(hook(&request)).into())
}
