//! The `docket` binary: parse arguments, run the library, map the outcome to
//! an exit code (0 ok, 1 an input failed, 2 usage error).

mod cli;

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, ExtractArgs, FormatArg};
use docket::pipeline::{self, Format, Origin};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => extract(args),
    }
}

fn extract(args: ExtractArgs) -> ExitCode {
    let (inputs, mut diagnostics) = pipeline::collect_inputs(&args.paths);
    let mut stdin = Vec::new();
    let reads_stdin = inputs.iter().any(|i| i.origin == Origin::Stdin);
    if reads_stdin && let Err(e) = io::stdin().read_to_end(&mut stdin) {
        eprintln!("docket: error: {}: {e}", pipeline::STDIN_NAME);
        return ExitCode::from(1);
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        pool = pool.num_threads(n as usize);
    }
    let outcome = match pool.build() {
        Ok(pool) => {
            pool.install(|| pipeline::run(&inputs, reads_stdin.then_some(stdin.as_slice())))
        }
        Err(e) => {
            eprintln!("docket: error: cannot start worker threads: {e}");
            return ExitCode::from(1);
        }
    };
    diagnostics.extend(outcome.diagnostics);
    for d in &diagnostics {
        eprintln!("docket: {d}");
    }
    let format = match args.format {
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Json => Format::Json,
    };
    let written = match &args.output {
        Some(path) => File::create(path)
            .and_then(|f| pipeline::write_records(&outcome.records, format, BufWriter::new(f)))
            .map_err(|e| format!("{}: {e}", path.display())),
        None => match pipeline::write_records(
            &outcome.records,
            format,
            BufWriter::new(io::stdout().lock()),
        ) {
            // A closed pipe (`docket extract … | head`) is the reader's choice, not a failure.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            r => r.map_err(|e| format!("standard output: {e}")),
        },
    };
    if let Err(e) = written {
        eprintln!("docket: error: {e}");
        return ExitCode::from(1);
    }
    let _ = io::stderr().flush();
    if diagnostics.iter().any(|d| d.failure) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
