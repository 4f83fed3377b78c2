//! Pages with no blank line at all (as Common Crawl's WET text writes them)
//! show no blocks; docket reads their layout from the order of their lines.
//! Every fixture with its blank lines removed must still give each record it
//! gives with them, field for field but for the source lines.

mod util;

use util::records_without_sources as records;

#[test]
fn fixtures_without_blank_lines_keep_their_records() {
    let mut total = 0;
    for (name, page) in util::fixture_pages() {
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
