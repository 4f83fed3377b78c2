//! `docket extract`: paths in, records out.

use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::{ExtractArgs, FormatArg, StatsFormat};
use docket::documents::{self, Origin};
use docket::pipeline::{self, Format, Options, Stats};

pub fn run(args: ExtractArgs) -> ExitCode {
    let started = Instant::now();
    let mut paths = args.paths.clone();
    let mut stdin = Vec::new();
    let mut stdin_read = false;
    if let Some(list) = &args.paths_from {
        let listed = if list.as_os_str() == "-" {
            stdin_read = true;
            documents::read_path_list(io::stdin().lock())
        } else {
            File::open(list).and_then(|f| documents::read_path_list(BufReader::new(f)))
        };
        match listed {
            Ok(listed) => paths.extend(listed),
            Err(e) => {
                eprintln!("docket: error: {}: {e}", list.display());
                return ExitCode::from(2);
            }
        }
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        pool = pool.num_threads(n as usize);
    }
    let pool = match pool.build() {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("docket: error: cannot start worker threads: {e}");
            return ExitCode::from(1);
        }
    };
    // Directories are walked on the `--jobs` threads too.
    let (inputs, mut diagnostics) = pool.install(|| documents::collect_inputs(&paths));
    let reads_stdin = inputs.iter().any(|i| i.origin == Origin::Stdin);
    if reads_stdin && stdin_read {
        eprintln!("docket: error: standard input cannot hold both the path list and a document");
        return ExitCode::from(2);
    }
    if reads_stdin && let Err(e) = io::stdin().read_to_end(&mut stdin) {
        eprintln!("docket: error: {}: {e}", documents::STDIN_NAME);
        return ExitCode::from(1);
    }
    let options = Options {
        partial: args.partial,
        record_cap: args.max_record_bytes,
        progress: progress_bar(&inputs, args.quiet),
    };
    let outcome =
        pool.install(|| pipeline::run(&inputs, reads_stdin.then_some(stdin.as_slice()), &options));
    diagnostics.extend(outcome.diagnostics.iter().cloned());
    for d in diagnostics.iter().filter(|d| d.failure || !args.quiet) {
        eprintln!("docket: {d}");
    }
    let format = match args.format {
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Json => Format::Json,
    };
    // Output is serialized on the same `--jobs` threads.
    let written =
        pool.install(|| super::write_output(&outcome.records, format, args.output.as_deref()));
    if let Err(code) = written {
        return code;
    }
    let failed = diagnostics.iter().any(|d| d.failure);
    let mut stats = outcome.stats.clone();
    // Freeing a million records one by one takes seconds; the process is ending.
    std::mem::forget(outcome);
    if let Some(format) = args.stats {
        // Diagnostics about the paths themselves (missing, unreadable) count too.
        stats.warnings = diagnostics.iter().filter(|d| !d.failure).count();
        stats.errors = diagnostics.iter().filter(|d| d.failure).count();
        eprintln!(
            "{}",
            stats_line(&stats, started.elapsed().as_secs_f64(), format)
        );
    }
    let _ = io::stderr().flush();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A bar on a terminal, sized by the inputs' bytes on disk when all are
/// files; nothing when standard error is not a terminal or with `--quiet`.
fn progress_bar(inputs: &[documents::Input], quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total: Option<u64> = inputs.iter().map(|i| i.size).sum();
    let bar = match total {
        Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let template = if total.is_some() {
        "{spinner} {elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} · {msg}"
    } else {
        "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} · {msg}"
    };
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

fn stats_line(s: &Stats, seconds: f64, format: StatsFormat) -> String {
    let mb = s.bytes as f64 / 1e6;
    let rate = if seconds > 0.0 { mb / seconds } else { 0.0 };
    match format {
        StatsFormat::Json => {
            let mut v = serde_json::to_value(s).unwrap_or_default();
            v["seconds"] = serde_json::json!((seconds * 1000.0).round() / 1000.0);
            v["mb_per_s"] = serde_json::json!((rate * 10.0).round() / 10.0);
            v.to_string()
        }
        StatsFormat::Text => format!(
            "docket: {} documents, {:.1} MB, {} records found, {} after dedup, {} skipped archive records, {} warnings, {} errors, {:.2} s, {:.1} MB/s",
            s.documents,
            mb,
            s.records_found,
            s.records,
            s.skipped_records,
            s.warnings,
            s.errors,
            seconds,
            rate
        ),
    }
}
