//! Writes a reproducible benchmark corpus built from the fixtures' layouts.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 1024 /tmp/corpus          # .txt files
//! cargo run --release --example gen_corpus -- --mb 256 --wet /tmp/corpus-wet  # .warc.wet.gz
//! ```
//! The same `--seed` (default 1) gives the same bytes on every machine.

#[allow(dead_code)] // the generator streams pages; it does not collect them
#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use flate2::{Compression, write::GzEncoder};

const USAGE: &str = "usage: gen_corpus --mb N [--seed S] [--wet] OUT_DIR";
const PAGES_PER_DIR: usize = 1000;
const WET_FILE_BYTES: usize = 64 << 20;

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut mb, mut seed, mut wet, mut out) = (None, 1u64, false, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mb" => mb = args.next().and_then(|v| v.parse::<usize>().ok()),
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).unwrap_or(seed),
            "--wet" => wet = true,
            _ if !a.starts_with('-') => out = Some(PathBuf::from(a)),
            _ => return Err(io::Error::new(io::ErrorKind::InvalidInput, USAGE)),
        }
    }
    let (Some(mb), Some(out)) = (mb, out) else {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, USAGE));
    };
    fs::create_dir_all(&out)?;
    let mut rng = corpus::Rng::new(seed);
    let (mut written, mut pages) = (0usize, 0usize);
    let mut wet_file: Option<(GzEncoder<BufWriter<File>>, usize)> = None;
    while written < mb << 20 {
        let page = corpus::page(&mut rng);
        if wet {
            if wet_file.as_ref().is_none_or(|(_, n)| *n >= WET_FILE_BYTES) {
                if let Some((w, _)) = wet_file.take() {
                    w.finish()?.flush()?;
                }
                let f =
                    File::create(out.join(format!("corpus-{:05}.warc.wet.gz", pages / 10_000)))?;
                wet_file = Some((GzEncoder::new(BufWriter::new(f), Compression::fast()), 0));
            }
            let (w, n) = wet_file.as_mut().expect("open WET file");
            // One gzip member per record, as Common Crawl writes them.
            let record = format!(
                "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://corpus.example/p{pages:08}\r\nWARC-Date: 2024-06-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{pages:08}>\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{page}\r\n\r\n",
                page.len()
            );
            w.write_all(record.as_bytes())?;
            *n += record.len();
        } else {
            let dir = out.join(format!("{:05}", pages / PAGES_PER_DIR));
            if pages % PAGES_PER_DIR == 0 {
                fs::create_dir_all(&dir)?;
            }
            fs::write(dir.join(format!("p{pages:08}.txt")), &page)?;
        }
        written += page.len();
        pages += 1;
    }
    if let Some((w, _)) = wet_file {
        w.finish()?.flush()?;
    }
    eprintln!(
        "gen_corpus: {pages} pages, {:.1} MB of text in {}",
        written as f64 / 1e6,
        out.display()
    );
    Ok(())
}
