//! One module per subcommand: its `run` takes the parsed arguments and returns
//! the exit code.

pub mod check;
pub mod diff;
pub mod extract;
pub mod merge;
pub mod schema;

use std::io::{self, Write};
use std::process::ExitCode;

/// Writes to standard output; a closed pipe ends quietly with success.
pub fn print_out(text: &str) -> Result<(), ExitCode> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("docket: error: standard output: {e}");
            Err(ExitCode::from(1))
        }
    }
}
