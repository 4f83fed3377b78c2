//! Merging partial runs: any split of the fixtures, extracted with
//! `--partial` and merged in any grouping or order, gives exactly one
//! extraction over everything; merge is associative, commutative, idempotent.

mod util;

use std::path::PathBuf;

use proptest::prelude::*;

use docket::dedup::Sorted;
use docket::documents::{Input, collect_inputs};
use docket::merge::{merge, partial_union};
use docket::pipeline::{self, Format, Options};
use docket::record::Record;

fn pages() -> Vec<Input> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(util::root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    collect_inputs(&paths).0
}

fn run(inputs: &[Input], partial: bool) -> Vec<Record> {
    pipeline::run(
        inputs,
        None,
        &Options {
            partial,
            ..Options::default()
        },
    )
    .records
    .into_vec()
}

fn bytes(records: &[Record]) -> Vec<u8> {
    let mut out = Vec::new();
    let sorted = Sorted::from(records.to_vec());
    pipeline::write_records(&sorted, Format::Jsonl, &mut out).unwrap();
    out
}

fn cat(parts: &[&[Record]]) -> Vec<Record> {
    parts.iter().flat_map(|p| p.iter().cloned()).collect()
}

/// The most fixtures a split assigns to groups.
const MAX_FIXTURES: usize = 64;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    // A group for each fixture, with room for more fixtures to come.
    #[test]
    fn any_split_merges_to_one_run(groups in prop::collection::vec(0usize..3, MAX_FIXTURES)) {
        let all = pages();
        prop_assert!(all.len() <= groups.len(), "more fixtures than groups");
        let parts: Vec<Vec<Record>> = (0..3)
            .map(|g| {
                let inputs: Vec<Input> = all.iter().zip(&groups).filter(|(_, k)| **k == g).map(|(i, _)| i.clone()).collect();
                run(&inputs, true)
            })
            .collect();
        let (a, b, c) = (&parts[0][..], &parts[1][..], &parts[2][..]);
        let one_run = bytes(&run(&all, false));
        prop_assert_eq!(bytes(&merge(cat(&[a, b, c]))), one_run.clone());
        // Associative and commutative, on partial results and on the final merge.
        let ab_c = partial_union(cat(&[&partial_union(cat(&[a, b])), c]));
        let a_bc = partial_union(cat(&[a, &partial_union(cat(&[b, c]))]));
        prop_assert_eq!(bytes(&ab_c), bytes(&a_bc));
        prop_assert_eq!(bytes(&merge(cat(&[c, b, a]))), one_run.clone());
        prop_assert_eq!(bytes(&merge(ab_c.clone())), one_run);
        // Idempotent: merging a result with itself changes nothing.
        prop_assert_eq!(bytes(&partial_union(cat(&[&ab_c, &ab_c]))), bytes(&ab_c));
    }
}

#[test]
fn merge_through_the_binary_equals_one_extract() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    let part_a = util::run(
        &[
            "extract",
            "fixtures/000_d8550ba7dfabd0ff.txt",
            "fixtures/013_webtv_schedule.txt",
            "--partial",
        ],
        b"",
    );
    let part_b = util::run(
        &[
            "extract",
            "fixtures/001_e24d582a0b195a18.txt",
            "fixtures/004_3461837687bf0dde.txt",
            "--partial",
        ],
        b"",
    );
    std::fs::write(&a, &part_a.stdout).unwrap();
    std::fs::write(&b, &part_b.stdout).unwrap();
    let merged = util::run(&["merge", a.to_str().unwrap(), b.to_str().unwrap()], b"");
    let once = util::run(
        &[
            "extract",
            "fixtures/000_d8550ba7dfabd0ff.txt",
            "fixtures/001_e24d582a0b195a18.txt",
            "fixtures/004_3461837687bf0dde.txt",
            "fixtures/013_webtv_schedule.txt",
        ],
        b"",
    );
    assert!(merged.status.success(), "{}", util::stderr(&merged));
    assert_eq!(merged.stdout, once.stdout);
    // Partial merges of partial merges, in another order, from standard input.
    let ba = util::run(
        &[
            "merge",
            "--partial",
            b.to_str().unwrap(),
            a.to_str().unwrap(),
        ],
        b"",
    );
    let again = util::run(&["merge", "-"], &ba.stdout);
    assert_eq!(again.stdout, once.stdout);
    let bad = util::run(&["merge", "-"], b"{not json}\n");
    assert_eq!(bad.status.code(), Some(1));
    assert!(util::stderr(&bad).contains("<stdin>: line 1"));
}
