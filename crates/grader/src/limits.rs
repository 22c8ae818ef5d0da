use serde::{Deserialize, Serialize};

/// Resource limits for one grading run. Boa cannot be interrupted from outside, so these engine
/// limits stop runaway code deterministically; a wall-clock limit is enforced by the host
/// (a terminated Web Worker in the browser, a killed child process natively).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// Loop iterations allowed per call frame (summed over all loops of that frame).
    pub loop_iterations: u64,
    /// Nested calls allowed before "too much recursion".
    pub recursion: usize,
    /// Timer callbacks the virtual clock may fire during one test.
    pub timer_firings: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            loop_iterations: 10_000_000,
            recursion: 2_000,
            timer_firings: 100_000,
        }
    }
}
