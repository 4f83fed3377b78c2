//! Golden files through `docket check`: every fixture alone and all fixtures
//! together (cross-document dedup) must give exactly `golden/`. On a mismatch
//! the report names each differing record and field.
//! `DOCKET_BLESS=1 cargo test --test golden` rewrites the golden files (read
//! the diff before committing them).

mod util;

#[test]
fn fixtures_match_golden_files() {
    let bless = std::env::var_os("DOCKET_BLESS").is_some();
    let mut args = vec!["check", "fixtures", "golden"];
    if bless {
        args.push("--bless");
    }
    let out = util::run(&args, b"");
    assert!(
        out.status.success(),
        "golden mismatch (DOCKET_BLESS=1 to accept):\n{}{}",
        util::stdout(&out),
        util::stderr(&out)
    );
}
