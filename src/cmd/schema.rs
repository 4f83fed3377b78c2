//! `docket schema`: the JSON Schema (2020-12) of a record.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    match super::print_out(&docket::record::schema()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
