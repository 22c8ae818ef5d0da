//! A memory cap for the process (or wasm instance) that grades. Boa allocates with the global
//! allocator and cannot recover from a failed allocation, so learner code that builds a
//! huge string or array would take the whole host down with it: natively the process aborts,
//! in the browser the worker's wasm traps. Capping the heap well above what real exercises use
//! turns "the machine is out of memory" into "this run used too much", early and predictably,
//! and the hosts (the `puente` CLI and the grading worker) register [`CappedAllocator`] as their
//! global allocator, learn about a refusal from [`on_refusal`], and report it with
//! [`crate::GradeReport::out_of_memory`].

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

/// The heap one grading may use. The fundamentals pack peaks at a few megabytes per grading
/// (see docs/limits.md), so real exercises never come near; runaway code reaches it in well
/// under a second, long before the wall-clock limit.
pub const DEFAULT_CAP: usize = 256 * 1024 * 1024;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static CAP: AtomicUsize = AtomicUsize::new(usize::MAX);
static REFUSED: AtomicBool = AtomicBool::new(false);
/// A `fn()` to call when an allocation is refused, or null.
static HOOK: AtomicPtr<()> = AtomicPtr::new(std::ptr::null_mut());

/// The system allocator, counting the bytes in use and refusing any allocation that would take
/// them over the cap set with [`set_cap`] (no cap until then).
#[derive(Debug, Default, Clone, Copy)]
pub struct CappedAllocator;

impl CappedAllocator {
    pub const fn new() -> Self {
        CappedAllocator
    }
}

/// Caps the bytes in use from now on; allocations already made count towards it.
pub fn set_cap(bytes: usize) {
    CAP.store(bytes, Ordering::Relaxed);
}

/// The cap in force (`usize::MAX` when there is none).
pub fn cap() -> usize {
    CAP.load(Ordering::Relaxed)
}

/// Bytes allocated now.
pub fn in_use() -> usize {
    IN_USE.load(Ordering::Relaxed)
}

/// The most bytes that were ever in use at once.
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Whether an allocation has been refused. Only reads a flag, so a host may call it after the
/// program was stopped in the middle of an allocation.
pub fn refused() -> bool {
    REFUSED.load(Ordering::Relaxed)
}

/// Calls `hook` when an allocation is refused, just before the program is stopped. It runs
/// inside the allocator: it must not allocate (write a fixed message to a file descriptor, set
/// a flag, call a host function without arguments).
pub fn on_refusal(hook: fn()) {
    HOOK.store(hook as *mut (), Ordering::Relaxed);
}

/// Whether a panic is Rust refusing a size too large to address at all, which learner code
/// causes the way it causes a refused allocation (on 32-bit wasm, `'x'.repeat(2 ** 30)`).
pub fn is_capacity_overflow(info: &std::panic::PanicHookInfo<'_>) -> bool {
    info.payload_as_str()
        .is_some_and(|message| message.contains(CAPACITY_OVERFLOW))
}

/// The panic message of a size past the address space.
pub const CAPACITY_OVERFLOW: &str = "capacity overflow";

fn refuse() {
    REFUSED.store(true, Ordering::Relaxed);
    let hook = HOOK.load(Ordering::Relaxed);
    if !hook.is_null() {
        // SAFETY: HOOK only ever holds null or a `fn()` stored by `on_refusal`.
        let hook: fn() = unsafe { std::mem::transmute::<*mut (), fn()>(hook) };
        hook();
    }
}

/// Counts `bytes` as in use, or refuses them when that would pass the cap.
fn reserve(bytes: usize) -> bool {
    let after = IN_USE
        .fetch_add(bytes, Ordering::Relaxed)
        .saturating_add(bytes);
    if after > CAP.load(Ordering::Relaxed) {
        IN_USE.fetch_sub(bytes, Ordering::Relaxed);
        refuse();
        return false;
    }
    PEAK.fetch_max(after, Ordering::Relaxed);
    true
}

fn release(bytes: usize) {
    IN_USE.fetch_sub(bytes, Ordering::Relaxed);
}

/// The system's answer to an allocation that passed the cap: a null pointer means the machine
/// itself is out of memory (or, in wasm, the browser would not grow the instance's memory),
/// which the host must hear about the same way.
fn checked(bytes: usize, ptr: *mut u8) -> *mut u8 {
    if ptr.is_null() {
        release(bytes);
        refuse();
    }
    ptr
}

// SAFETY: every call is forwarded to `System` with the caller's layout; the counting around it
// never touches the memory.
unsafe impl GlobalAlloc for CappedAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !reserve(layout.size()) {
            return std::ptr::null_mut();
        }
        checked(layout.size(), unsafe { System.alloc(layout) })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if !reserve(layout.size()) {
            return std::ptr::null_mut();
        }
        checked(layout.size(), unsafe { System.alloc_zeroed(layout) })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        release(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        if new_size > old {
            if !reserve(new_size - old) {
                return std::ptr::null_mut();
            }
            let moved = unsafe { System.realloc(ptr, layout, new_size) };
            if moved.is_null() {
                release(new_size - old);
                refuse();
            }
            moved
        } else {
            let moved = unsafe { System.realloc(ptr, layout, new_size) };
            if !moved.is_null() {
                release(old - new_size);
            }
            moved
        }
    }
}
