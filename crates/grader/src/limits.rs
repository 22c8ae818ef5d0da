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

impl Limits {
    /// Loop iterations allowed per millisecond of a run's time limit: about what Boa runs in
    /// that time, so the loop cap does not cut off slow but finite code that the time limit
    /// would let finish, and still names an endless loop before the wall clock does.
    const LOOPS_PER_MS: u64 = 5_000;

    /// The limits for a run allowed `time_limit_ms` of wall-clock time.
    pub fn for_time_limit(time_limit_ms: u32) -> Self {
        let default = Self::default();
        Limits {
            loop_iterations: default
                .loop_iterations
                .max(u64::from(time_limit_ms) * Self::LOOPS_PER_MS),
            ..default
        }
    }
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
