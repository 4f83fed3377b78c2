//! Pages with no blank line at all (as Common Crawl's WET text writes them)
//! show no blocks; docket reads their layout from the order of their lines.
//! Every fixture with its blank lines removed must still give each record it
//! gives with them, field for field but for the source lines.

use docket::dedup::dedup;
use docket::extract::extract;
use docket::record::Record;

/// The records of a page, their sources left out.
fn records(name: &str, page: &str) -> Vec<Record> {
    let mut records = dedup(extract(name, page));
    for r in &mut records {
        r.sources.clear();
    }
    records
}

#[test]
fn fixtures_without_blank_lines_keep_their_records() {
    let mut pages: Vec<_> = std::fs::read_dir("fixtures")
        .expect("fixtures/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    pages.sort();
    assert!(pages.len() >= 10, "the fixtures are found");
    let mut total = 0;
    for path in pages {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let page = std::fs::read_to_string(&path).expect("a fixture is UTF-8");
        let dense: String = page
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(dense.len() < page.len(), "{name} has blank lines");
        let found = records(&name, &dense);
        for r in records(&name, &page) {
            assert!(
                found.contains(&r),
                "{name} without blank lines lost {:?} of {}",
                r.title,
                r.start_date
            );
            total += 1;
        }
    }
    assert!(total >= 100, "the fixtures give records");
}
