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
