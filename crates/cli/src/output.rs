//! Standard output that ends the command quietly when its reader has gone
//! (`puente grade --json | head`), as Unix tools do, instead of panicking on a broken pipe.

use std::io::{ErrorKind, Write};

/// The status a shell reports for a command ended by a closed pipe (128 + SIGPIPE), so a
/// pipeline with `pipefail` does not read the cut-off run as a success.
const CLOSED_PIPE_STATUS: i32 = 141;

pub fn write(text: std::fmt::Arguments) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(text).and_then(|()| stdout.flush()) {
        if e.kind() == ErrorKind::BrokenPipe {
            std::process::exit(CLOSED_PIPE_STATUS);
        }
        // Any other failure to print (a full disk behind a redirect) is still reported.
        eprintln!("puente: cannot write to standard output: {e}");
        std::process::exit(2);
    }
}

/// `print!` that survives a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::write(format_args!($($arg)*)) };
}

/// `println!` that survives a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::output::write(format_args!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use {out, outln};
