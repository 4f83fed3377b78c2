//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "docket",
    version,
    about = "Turn the raw text of scraped UN web pages into clean, deduplicated JSON records of dated happenings.",
    long_about = "docket reads the raw text of scraped UN web pages (event overviews, side-event listings, \
press releases, meeting announcements) and writes one JSON record per dated happening: title, dates, \
times, timezone and UTC offset, organizers, partners, location, summary, and where it was found. \
Records found more than once (in one page, across pages, across captures) are merged.",
    after_help = "Examples:\n  docket extract fixtures/\n  docket check fixtures/ golden/\n  docket diff old.jsonl new.jsonl\n  docket schema\n  docket extract page.txt other.txt -o records.jsonl\n  cat page.txt | docket extract - --format json\n\nExit status: 0 on success, 1 when an input failed (unreadable, binary, invalid UTF-8), 2 on usage errors."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract records from files, directories or standard input.
    #[command(
        after_help = "Examples:\n  docket extract fixtures/                    all files below fixtures/, as JSON Lines\n  docket extract a.txt b.txt -o out.jsonl     two pages into one file\n  docket extract - --format json < page.txt   standard input, one pretty JSON array\n  docket extract corpus/ --jobs 1             single-threaded (same bytes as any --jobs)"
    )]
    Extract(ExtractArgs),
    /// Compare extraction of every fixture with golden files (for CI).
    #[command(
        after_help = "Each fixture FIXTURES/NAME.txt is extracted alone and compared with GOLDEN/NAME.jsonl;\nall fixtures together are compared with GOLDEN/all.jsonl (cross-document dedup).\nA difference is reported per record: missing, extra, or field with expected and actual values.\n\nExamples:\n  docket check fixtures/ golden/\n  docket check fixtures/ golden/ --format json > report.json\n  docket check fixtures/ golden/ --bless      rewrite the golden files (read the diff first)\n\nExit status: 0 all match, 1 something differs, 2 usage errors."
    )]
    Check(CheckArgs),
    /// The changeset between two outputs, keyed by id (for nightly refreshes).
    #[command(
        after_help = "Writes one JSON object per change to standard output:\n  {\"op\": \"add\"|\"remove\"|\"change\", \"id\", \"before\", \"after\", \"fields\", \"moved\"}\nand a summary such as '+3 added, -1 removed, ~2 changed' to standard error.\nA rescheduled happening (same title, new date) has a new id: it is a remove and an add,\nboth with \"moved\": {\"from\": OLD_ID, \"to\": NEW_ID}.\n\nExamples:\n  docket diff yesterday.jsonl today.jsonl > changes.jsonl\n  docket diff yesterday.jsonl today.jsonl --fail-on-change\n\nExit status: 0, or 1 with --fail-on-change when anything changed; 2 on unreadable input."
    )]
    Diff(DiffArgs),
    /// Merge partial runs into the output one run over all inputs gives.
    #[command(
        after_help = "Reads partial records (`docket extract --partial`) from FILEs or standard input and writes\nthe deduplicated, sorted records, byte for byte what `docket extract` over all the inputs at\nonce writes. With --partial it writes their union instead, to merge again later: merge is\nassociative, commutative and idempotent. Dedup only joins records of the same start_date,\nso an engine may partition partial records by start_date and merge each part.\n\nExamples:\n  docket extract part1/ --partial > a.jsonl; docket extract part2/ --partial > b.jsonl\n  docket merge a.jsonl b.jsonl > records.jsonl\n  cat a.jsonl b.jsonl | docket merge --partial > ab.jsonl"
    )]
    Merge(MergeArgs),
    /// Print the JSON Schema (2020-12) of a record.
    #[command(after_help = "Example:\n  docket schema > record.schema.json")]
    Schema,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Directory of fixture pages.
    #[arg(value_name = "FIXTURES")]
    pub fixtures: PathBuf,

    /// Directory of golden JSON Lines files.
    #[arg(value_name = "GOLDEN")]
    pub golden: PathBuf,

    /// Rewrite the golden files with the current output.
    #[arg(long)]
    pub bless: bool,

    /// Report format: `text` for people, `json` for CI annotations.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// Partial-record files (JSON Lines); `-` or none reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Write the union of the partial records instead of the final records.
    #[arg(long)]
    pub partial: bool,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The earlier output (JSON Lines or a JSON array).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The later output.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Exit with status 1 when anything was added, removed or changed.
    #[arg(long)]
    pub fail_on_change: bool,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files or directories to read (directories recursively, in sorted order,
    /// hidden entries skipped); `-` reads standard input. Plain text, gzip
    /// (every member) and WARC/WET archives are recognized by their content.
    #[arg(required_unless_present = "paths_from", value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Write the records to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Output format: `jsonl` (one record per line) or `json` (one pretty array).
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    pub format: FormatArg,

    /// Number of worker threads [default: all cores]. Output is identical for any value.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,

    /// Also read the paths listed in FILE, one per line (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub paths_from: Option<PathBuf>,

    /// Skip WARC records whose body is larger than N bytes (with a warning).
    #[arg(long, value_name = "N", default_value_t = docket::documents::DEFAULT_RECORD_CAP)]
    pub max_record_bytes: usize,

    /// Print counts to standard error when done: documents, bytes, records
    /// before and after dedup, warnings, seconds, MB/s (`--stats=json` for JSON).
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "text"
    )]
    pub stats: Option<StatsFormat>,

    /// No progress bar and no warnings (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,

    /// Write partial records (each finding before dedup, with its sources) for
    /// `docket merge` to combine with other partial runs.
    #[arg(long)]
    pub partial: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Jsonl,
    Json,
}
