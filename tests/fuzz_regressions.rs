//! Replays the fuzz targets' saved inputs (`fuzz/regressions/<target>/*`:
//! minimized crashes and slow units, and hand-made hard cases) through the
//! same checks the fuzz targets run, on the stable toolchain.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::fs;
use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .expect("regressions folder")
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no saved inputs in {}", dir.display());
    for input in inputs {
        let data = fs::read(&input).unwrap();
        eprintln!("replaying {}", input.display());
        check(&data);
    }
}

#[test]
fn header_inputs() {
    replay("header", checks::header);
}

#[test]
fn document_inputs() {
    replay("document", checks::document);
}
