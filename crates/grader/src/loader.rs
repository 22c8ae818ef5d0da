use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use boa_engine::module::{ModuleLoader, Referrer};
use boa_engine::{js_error, Context, JsResult, Module};

/// Serves the few modules a grading run may import: the learner's solution, the harness's
/// `@jest/globals`, and nothing else (there is no file system in the sandbox).
#[derive(Default)]
pub(crate) struct SandboxLoader {
    modules: RefCell<HashMap<String, Module>>,
}

impl SandboxLoader {
    /// Registers `module` under its canonical specifier ("solution", "@jest/globals").
    pub(crate) fn insert(&self, name: &str, module: Module) {
        self.modules.borrow_mut().insert(name.to_string(), module);
    }

    pub(crate) fn get(&self, name: &str) -> Option<Module> {
        self.modules.borrow().get(name).cloned()
    }
}

/// Node's own modules, which exist only under Node (the same list as the harness's, for
/// `require`).
const NODE_BUILTINS: &[&str] = &[
    "fs",
    "fs/promises",
    "path",
    "os",
    "child_process",
    "worker_threads",
    "cluster",
    "http",
    "https",
    "http2",
    "net",
    "tls",
    "dgram",
    "dns",
    "crypto",
    "stream",
    "stream/promises",
    "util",
    "events",
    "readline",
    "process",
    "zlib",
    "buffer",
    "vm",
    "v8",
    "perf_hooks",
    "url",
    "querystring",
    "string_decoder",
    "timers",
    "timers/promises",
    "tty",
    "module",
    "inspector",
    "async_hooks",
    "diagnostics_channel",
];

pub(crate) fn is_node_builtin(specifier: &str) -> bool {
    specifier.starts_with("node:") || NODE_BUILTINS.contains(&specifier)
}

/// `./solution`, `./solution.js` and `solution` all name the same module.
pub(crate) fn canonical(specifier: &str) -> &str {
    let s = specifier.strip_prefix("./").unwrap_or(specifier);
    s.strip_suffix(".js").unwrap_or(s)
}

impl ModuleLoader for SandboxLoader {
    async fn load_imported_module(
        self: Rc<Self>,
        _referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        _context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let specifier = request.specifier().to_std_string_escaped();
        let found = self.modules.borrow().get(canonical(&specifier)).cloned();
        found.ok_or_else(|| {
            if is_node_builtin(&specifier) {
                js_error!(Error: "Cannot load '{}': it is one of Node.js's own modules, and this exercise needs Node.js to run. Puente runs your code the way a browser does, where Node's modules do not exist.", specifier)
            } else {
                js_error!(Error: "Cannot find module '{}': only './solution', the exercise's own files and '@jest/globals' can be imported here", specifier)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn solution_specifiers_are_equivalent() {
        assert_eq!(canonical("./solution"), "solution");
        assert_eq!(canonical("./solution.js"), "solution");
        assert_eq!(canonical("@jest/globals"), "@jest/globals");
    }
}
