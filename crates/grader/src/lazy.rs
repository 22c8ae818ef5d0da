//! Built-ins installed on first use. Scripts like the `URL` classes and the `Intl` shim cost a
//! parse and an evaluation in every sandbox, yet most runs never touch them; each name gets an
//! accessor instead, and the first read (or write) of any of them installs the whole script.

use boa_engine::native_function::NativeFunction;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

/// Installs what the lazy names stand for. It must define each of them as a data property.
pub(crate) type Installer = fn(&mut Context) -> JsResult<()>;

/// Makes each `(object, name)` of `targets` install `installer`'s script when first used.
pub(crate) fn install_lazily(
    context: &mut Context,
    targets: &[(JsObject, &str)],
    installer: Installer,
) -> JsResult<()> {
    // Shared by every accessor of this group: whether the script has run, and what each name
    // held before, to put back for a name the script did not define.
    let state = JsObject::with_null_proto();
    state.set(js_string!("done"), false, false, context)?;
    let list = boa_engine::object::builtins::JsArray::new(context)?;
    for (target, name) in targets {
        let key = JsString::from(*name);
        let original = target.get(key.clone(), context)?;
        let entry = boa_engine::object::builtins::JsArray::from_iter(
            [target.clone().into(), key.into(), original],
            context,
        );
        list.push(entry, context)?;
    }
    let list: JsObject = list.into();
    for (target, name) in targets {
        let key = JsString::from(*name);
        let getter = NativeFunction::from_copy_closure_with_captures(
            move |_this,
                  _args,
                  (target, key, state, list): &(JsObject, JsString, JsObject, JsObject),
                  context| {
                install_once(state, list, installer, context)?;
                target.get(key.clone(), context)
            },
            (target.clone(), key.clone(), state.clone(), list.clone()),
        );
        let setter = NativeFunction::from_copy_closure_with_captures(
            move |_this,
                  args,
                  (target, key, state, list): &(JsObject, JsString, JsObject, JsObject),
                  context| {
                install_once(state, list, installer, context)?;
                let value = args.first().cloned().unwrap_or_default();
                define_data(target, key.clone(), value, context)?;
                Ok(JsValue::undefined())
            },
            (target.clone(), key.clone(), state.clone(), list.clone()),
        );
        let realm = context.realm().clone();
        let getter = FunctionObjectBuilder::new(&realm, getter).build();
        let setter = FunctionObjectBuilder::new(&realm, setter).length(1).build();
        target.define_property_or_throw(
            key,
            PropertyDescriptor::builder()
                .get(getter)
                .set(setter)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
    }
    Ok(())
}

fn install_once(
    state: &JsObject,
    list: &JsObject,
    installer: Installer,
    context: &mut Context,
) -> JsResult<()> {
    if state.get(js_string!("done"), context)?.to_boolean() {
        return Ok(());
    }
    state.set(js_string!("done"), true, false, context)?;
    // Every name gets its old value back first; the script then replaces the ones it defines.
    // A name it leaves alone (or a script that fails) can never send a read back here.
    let length = list.get(js_string!("length"), context)?.to_u32(context)?;
    for i in 0..length {
        let entry = list.get(i, context)?;
        let Some(entry) = entry.as_object() else {
            continue;
        };
        let target = entry.get(0, context)?;
        let key = entry.get(1, context)?.to_string(context)?;
        let original = entry.get(2, context)?;
        if let Some(target) = target.as_object() {
            define_data(&target, key, original, context)?;
        }
    }
    installer(context)
}

fn define_data(
    target: &JsObject,
    key: JsString,
    value: JsValue,
    context: &mut Context,
) -> JsResult<()> {
    target.define_property_or_throw(
        key,
        PropertyDescriptor::builder()
            .value(value)
            .writable(true)
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    Ok(())
}
