//! Some scrapers save a page as Markdown: headings behind `#` marks, labels
//! in `**` emphasis, links as `[text](url)`. Every fixture written so must
//! give the records it gives as plain text, sources included: the marks
//! are left out and every line stays in its place.

use docket::dedup::dedup;
use docket::extract::extract;

mod util;

/// `page` as a scraper might save it as Markdown: the lines in `headings`
/// (1-based) as headings, each field's label in bold, buttons as links and
/// a picture at the end of the first line.
fn as_markdown(page: &str, headings: &[usize]) -> String {
    const LABELS: [&str; 6] = [
        "Date:",
        "Time:",
        "Venue:",
        "Location:",
        "Organizers:",
        "Organizer:",
    ];
    const BUTTONS: [&str; 3] = ["Read more", "Register here", "Learn more"];
    let mut out = String::new();
    for (k, line) in page.lines().enumerate() {
        let mut line = line.to_string();
        if headings.contains(&(k + 1)) {
            line = format!("## {line}");
        }
        if let Some(label) = LABELS.iter().find(|l| line.starts_with(*l)) {
            line = format!("**{label}**{}", &line[label.len()..]);
        }
        if BUTTONS.contains(&line.trim()) {
            line = format!("[{}](https://www.un.org/en/page?id={k})", line.trim());
        }
        if k == 0 {
            line.push_str(" ![Banner](https://www.un.org/banner.jpg)");
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn fixtures_written_as_markdown_keep_their_records() {
    let mut total = 0;
    for (name, page) in util::fixture_pages() {
        let plain = dedup(extract(&name, &page));
        let headings: Vec<usize> = plain
            .iter()
            .flat_map(|r| r.sources.iter().map(|s| s.line))
            .collect();
        let marked = as_markdown(&page, &headings);
        assert_eq!(dedup(extract(&name, &marked)), plain, "{name} as Markdown");
        total += plain.len();
    }
    assert!(total >= 100, "the fixtures give records");
}
