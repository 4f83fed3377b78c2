//! The `docket` binary: parse arguments, run one subcommand, map the outcome
//! to an exit code (0 ok, 1 failure or difference, 2 usage error).

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Diff(args) => cmd::diff::run(args),
        Command::Merge(args) => cmd::merge::run(args),
        Command::Schema => cmd::schema::run(),
    }
}

// Records are allocated by one worker and grown, merged or freed by another
// (the shared table of findings, dedup on every core); glibc then takes the
// other thread's arena lock on each such call, and two jobs spent 10-15 %
// more CPU than one. mimalloc frees across threads without a lock. Version 2
// holds less memory than 3; `no_thp` because asking for huge pages made page
// faults compact memory, seconds of system time on 1 GB.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
