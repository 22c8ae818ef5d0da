//! One fresh Boa context per grading run, with the harness installed before any learner code.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::module::SyntheticModuleInitializer;
use boa_engine::object::builtins::JsPromise;
use boa_engine::{Context, JsError, JsObject, JsResult, JsString, JsValue, Module, Source};

use crate::limits::Limits;
use crate::loader::SandboxLoader;

/// The harness that runs before any learner code: one function-scoped script, kept in a file per
/// concern under harness/ and assembled here in order. The prelude opens the scope and captures
/// the built-ins every later part uses; the runner closes it and returns the API the host drives.
const HARNESS: &str = concat!(
    include_str!("harness/prelude.js"),
    include_str!("harness/format.js"),
    include_str!("harness/equality.js"),
    include_str!("harness/asymmetric.js"),
    include_str!("harness/mocks.js"),
    include_str!("harness/expect.js"),
    include_str!("harness/registration.js"),
    include_str!("harness/assert.js"),
    include_str!("harness/commonjs.js"),
    include_str!("harness/console.js"),
    include_str!("harness/timers.js"),
    include_str!("harness/errors.js"),
    include_str!("harness/runner.js")
);

/// Names that `@jest/globals` exports.
const JEST_EXPORTS: [&str; 14] = [
    "describe",
    "test",
    "it",
    "xtest",
    "xit",
    "xdescribe",
    "fit",
    "fdescribe",
    "expect",
    "beforeEach",
    "afterEach",
    "beforeAll",
    "afterAll",
    "jest",
];

/// Names that the `assert` module (`node:assert`) exports besides its default export.
const ASSERT_EXPORTS: [&str; 17] = [
    "ok",
    "equal",
    "notEqual",
    "strictEqual",
    "notStrictEqual",
    "deepEqual",
    "notDeepEqual",
    "deepStrictEqual",
    "notDeepStrictEqual",
    "throws",
    "doesNotThrow",
    "rejects",
    "doesNotReject",
    "match",
    "doesNotMatch",
    "fail",
    "strict",
];

/// A context with the harness installed, ready to load learner code.
pub(crate) struct Sandbox {
    pub(crate) context: Context,
    loader: Rc<SandboxLoader>,
    harness: JsObject,
    /// The page model's scripts, compiled ahead of a page run (see `page::prepare`).
    pub(crate) page_scripts: Option<crate::page::Prepared>,
}

/// How a promise from the harness ended after the job queue was driven.
pub(crate) enum Settled {
    Value(JsValue),
    Rejected(JsValue),
    Pending,
    Aborted(JsError),
}

thread_local! {
    /// A sandbox built ahead of time by [`prewarm`], untouched by any code but the harness's.
    static SPARE: RefCell<Option<Sandbox>> = const { RefCell::new(None) };
}

/// Builds the next run's sandbox now, while nobody is waiting for it, unless one is ready.
/// Creating a context and installing the harness is most of the cost of grading a small
/// exercise; a host with idle time between runs (the browser's grading worker) calls this after
/// each reply so the learner's next Run starts from a ready sandbox. Each sandbox still serves
/// exactly one run. Returns whether a sandbox is ready.
pub fn prewarm() -> bool {
    SPARE.with(|spare| {
        let mut spare = spare.borrow_mut();
        if spare.is_none() {
            *spare = Sandbox::build().ok();
            // After a page exercise, the next run is most likely one too (the same exercise,
            // run again): compile the page model now rather than when Run is pressed.
            if let Some(sandbox) = spare.as_mut().filter(|_| crate::page::seen()) {
                sandbox.page_scripts = crate::page::prepare(&mut sandbox.context).ok();
            }
            // The last run's context is garbage now, and so is the harness's parse; sweeping it
            // here keeps that work out of the next run.
            boa_engine::gc::force_collect();
        }
        spare.is_some()
    })
}

impl Sandbox {
    /// A sandbox for one run under `limits`: the prewarmed one if there is one, else a new one.
    pub(crate) fn new(limits: &Limits) -> JsResult<Self> {
        let mut sandbox = match SPARE.with(|spare| spare.borrow_mut().take()) {
            Some(sandbox) => sandbox,
            None => Sandbox::build()?,
        };
        // Limits apply from here on: the harness setup itself is trusted and bounded.
        let runtime = sandbox.context.runtime_limits_mut();
        runtime.set_loop_iteration_limit(limits.loop_iterations);
        runtime.set_recursion_limit(limits.recursion);
        Ok(sandbox)
    }

    fn build() -> JsResult<Self> {
        let loader = Rc::new(SandboxLoader::default());
        let mut context = Context::builder().module_loader(loader.clone()).build()?;
        crate::locale::install(&mut context)?;
        crate::page::offer_url(&mut context)?;
        let harness = context
            .eval(Source::from_bytes(HARNESS))?
            .as_object()
            .expect("the harness script evaluates to its API object");
        let mut sandbox = Sandbox {
            context,
            loader,
            harness,
            page_scripts: None,
        };
        let jest = sandbox.jest_module()?;
        sandbox.loader.insert("@jest/globals", jest);
        let assert = sandbox.assert_module()?;
        for name in [
            "assert",
            "node:assert",
            "assert/strict",
            "node:assert/strict",
        ] {
            sandbox.loader.insert(name, assert.clone());
        }
        Ok(sandbox)
    }

    fn jest_module(&mut self) -> JsResult<Module> {
        let exports = self
            .get(&self.harness.clone(), "exports")?
            .as_object()
            .expect("exports is an object");
        let names: Vec<JsString> = JEST_EXPORTS.iter().map(|n| JsString::from(*n)).collect();
        let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
            |module, exports: &JsObject, context| {
                for name in JEST_EXPORTS {
                    let value = exports.get(JsString::from(name), context)?;
                    module.set_export(&JsString::from(name), value)?;
                }
                Ok(())
            },
            exports,
        );
        Ok(Module::synthetic(
            &names,
            init,
            None,
            None,
            &mut self.context,
        ))
    }

    fn assert_module(&mut self) -> JsResult<Module> {
        let assert = self
            .get(&self.harness.clone(), "assert")?
            .as_object()
            .expect("assert is a function object");
        let mut names: Vec<JsString> = ASSERT_EXPORTS.iter().map(|n| JsString::from(*n)).collect();
        names.push(JsString::from("default"));
        let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
            |module, assert: &JsObject, context| {
                for name in ASSERT_EXPORTS {
                    let value = assert.get(JsString::from(name), context)?;
                    module.set_export(&JsString::from(name), value)?;
                }
                module.set_export(&JsString::from("default"), assert.clone().into())?;
                Ok(())
            },
            assert,
        );
        Ok(Module::synthetic(
            &names,
            init,
            None,
            None,
            &mut self.context,
        ))
    }

    /// Runs the CommonJS file registered as `name` and wraps its exports as an ES module: the
    /// exports object is the default export, and its properties are named exports.
    pub(crate) fn commonjs_module(&mut self, name: &str) -> JsResult<Module> {
        let exports = self.call("require", &[JsValue::from(JsString::from(name))])?;
        self.object_module(exports)
    }

    /// An ES module whose default export is `exports` and whose named exports are its
    /// properties.
    pub(crate) fn object_module(&mut self, exports: JsValue) -> JsResult<Module> {
        let mut names = vec![JsString::from("default")];
        if let Some(object) = exports.as_object() {
            for key in object.own_property_keys(&mut self.context)? {
                if let boa_engine::property::PropertyKey::String(key) = key {
                    let text = key.to_std_string_escaped();
                    if text != "default" && is_identifier(&text) {
                        names.push(key);
                    }
                }
            }
        }
        let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
            |module, (exports, names): &(JsValue, Vec<JsString>), context| {
                module.set_export(&JsString::from("default"), exports.clone())?;
                if let Some(object) = exports.as_object() {
                    for name in names.iter().skip(1) {
                        let value = object.get(name.clone(), context)?;
                        module.set_export(name, value)?;
                    }
                }
                Ok(())
            },
            (exports, names.clone()),
        );
        Ok(Module::synthetic(
            &names,
            init,
            None,
            None,
            &mut self.context,
        ))
    }

    /// The harness's own `assert`, for hints that are run with it.
    pub(crate) fn harness_member(&mut self, name: &str) -> JsResult<JsValue> {
        let harness = self.harness.clone();
        self.get(&harness, name)
    }

    fn get(&mut self, obj: &JsObject, name: &str) -> JsResult<JsValue> {
        obj.get(JsString::from(name), &mut self.context)
    }

    /// Parses an ES module, giving it a path so errors and stack traces name the file.
    pub(crate) fn parse_module(&mut self, source: &str, path: &str) -> JsResult<Module> {
        Module::parse(
            Source::from_bytes(source).with_path(Path::new(path)),
            None,
            &mut self.context,
        )
    }

    pub(crate) fn register(&self, name: &str, module: Module) {
        self.loader.insert(name, module);
    }

    /// The module registered under `name`, if any.
    pub(crate) fn registered(&self, name: &str) -> Option<Module> {
        self.loader.get(name)
    }

    /// Calls a function of the harness API with `args`.
    pub(crate) fn call(&mut self, name: &str, args: &[JsValue]) -> JsResult<JsValue> {
        let harness = self.harness.clone();
        let f = self.get(&harness, name)?;
        let f = f.as_callable().expect("harness API members are functions");
        f.call(&JsValue::undefined(), args, &mut self.context)
    }

    /// Calls a harness function that returns a JSON string, for host-side decoding.
    pub(crate) fn call_json(&mut self, name: &str, args: &[JsValue]) -> JsResult<String> {
        let value = self.call(name, args)?;
        Ok(value
            .as_string()
            .map(|s| s.to_std_string_escaped())
            .unwrap_or_else(|| "null".into()))
    }

    /// Runs queued jobs until `promise` settles, firing virtual timers when only they can make
    /// progress, up to `max_timer_firings` of them.
    pub(crate) fn settle(&mut self, promise: &JsPromise, max_timer_firings: u32) -> Settled {
        let mut fired = 0;
        loop {
            if let Err(e) = self.context.run_jobs() {
                return Settled::Aborted(e);
            }
            match promise.state() {
                PromiseState::Fulfilled(v) => return Settled::Value(v),
                PromiseState::Rejected(v) => return Settled::Rejected(v),
                PromiseState::Pending => {}
            }
            if fired >= max_timer_firings {
                return Settled::Pending;
            }
            match self.call("tick", &[]) {
                Ok(v) if v.to_boolean() => fired += 1,
                Ok(_) => return Settled::Pending,
                Err(e) => return Settled::Aborted(e),
            }
        }
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}
