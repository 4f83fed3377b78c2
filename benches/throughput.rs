//! `cargo bench`: parser micro-benchmarks and an end-to-end run over a
//! generated corpus (read, extract, dedup, write JSON Lines).
//! `DOCKET_BENCH_MB` sets the end-to-end corpus size (default 16).

#[allow(dead_code)] // the benchmarks use part of the generator
#[path = "support/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

use docket::dedup::dedup;
use docket::documents::collect_inputs;
use docket::extract::extract;
use docket::parse::{date, find_all_when, when};
use docket::pipeline::{self, Format, Options};
use docket::segment::classify;

// The binary's allocator (see `src/main.rs`), so that figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

const HEADERS: &[&str] = &[
    "15-16 September, 10:00-14:00 (AST) - Digital Transformation Conference (organizer: UNEP West Asia Region)",
    "Tuesday, 7 May 2024 | 10:00 – 11:30 EDT",
    "26 Sept. to 2 Oct. 2021",
    "September 21, 2024 - Launch",
    "Launch of the report and recommendations of the High-level Panel on Digital Cooperation, 10 June 2019",
    "The 76th Session of the General Assembly and the 2030 Agenda for Sustainable Development",
];

#[divan::bench]
fn parse_date(b: Bencher) {
    b.bench(|| {
        HEADERS
            .iter()
            .filter(|h| date::date(black_box(h)).is_ok())
            .count()
    });
}

#[divan::bench]
fn parse_when(b: Bencher) {
    b.bench(|| {
        HEADERS
            .iter()
            .filter(|h| when(black_box(h)).is_ok())
            .count()
    });
}

#[divan::bench]
fn scan_line_for_dates(b: Bencher) {
    b.bench(|| {
        HEADERS
            .iter()
            .map(|h| find_all_when(black_box(h)).len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn classify_fixture_lines(b: Bencher) {
    let lines: Vec<String> = corpus::TEMPLATES
        .iter()
        .flat_map(|t| t.lines())
        .map(docket::text::fold_ws)
        .collect();
    let bytes: usize = lines.iter().map(String::len).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        lines
            .iter()
            .map(|l| classify(black_box(l)))
            .collect::<Vec<_>>()
    });
}

#[divan::bench]
fn extract_fixture_pages(b: Bencher) {
    let bytes: usize = corpus::TEMPLATES.iter().map(|t| t.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        corpus::TEMPLATES
            .iter()
            .map(|t| extract("page.txt", black_box(t)).len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn dedup_fixture_records(b: Bencher) {
    let records: Vec<_> = corpus::TEMPLATES
        .iter()
        .enumerate()
        .flat_map(|(k, t)| extract(&format!("{k}.txt"), t))
        .collect();
    b.bench(|| dedup(black_box(records.clone())).len());
}

/// A corpus on disk, made once per benchmark run.
static CORPUS: LazyLock<(tempfile::TempDir, usize)> = LazyLock::new(|| {
    let mb: usize = std::env::var("DOCKET_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16);
    let dir = tempfile::tempdir().expect("temp dir");
    let pages = corpus::pages(1, mb << 20);
    let bytes = pages.iter().map(String::len).sum();
    for (k, page) in pages.iter().enumerate() {
        std::fs::write(dir.path().join(format!("p{k:07}.txt")), page).expect("page written");
    }
    (dir, bytes)
});

#[divan::bench(args = [1, 2], sample_count = 5, sample_size = 1)]
fn end_to_end(b: Bencher, jobs: usize) {
    let (dir, bytes) = &*CORPUS;
    let (inputs, _) = collect_inputs(&[PathBuf::from(dir.path())]);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .expect("pool");
    b.counter(BytesCount::new(*bytes)).bench(|| {
        pool.install(|| {
            let outcome = pipeline::run(&inputs, None, &Options::default());
            pipeline::write_records(&outcome.records, Format::Jsonl, std::io::sink())
                .expect("written");
            outcome.records.len()
        })
    });
}
