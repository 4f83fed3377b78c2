//! One module per subcommand: its `run` takes the parsed arguments and returns
//! the exit code.

pub mod check;
pub mod diff;
pub mod extract;
pub mod merge;
pub mod schema;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use docket::dedup::Sorted;
use docket::pipeline::{Format, write_records};

/// Writes records to FILE, or to standard output where a closed pipe
/// (`docket … | head`) is the reader's choice and ends quietly with success.
pub fn write_output(
    records: &Sorted,
    format: Format,
    output: Option<&Path>,
) -> Result<(), ExitCode> {
    let written = match output {
        Some(path) => File::create(path)
            .and_then(|f| write_records(records, format, BufWriter::new(f)))
            .map_err(|e| format!("{}: {e}", path.display())),
        None => match write_records(records, format, BufWriter::new(io::stdout())) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Err(ExitCode::SUCCESS),
            r => r.map_err(|e| format!("standard output: {e}")),
        },
    };
    written.map_err(|e| {
        eprintln!("docket: error: {e}");
        ExitCode::from(1)
    })
}

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
