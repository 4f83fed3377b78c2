//! Pathological input stays linear. Each case is sized to finish well under a
//! second in a release build; a quadratic step would take minutes. (No timing
//! is asserted: speed is measured by `cargo bench`.)

use docket::dedup::dedup;
use docket::extract::extract;

#[test]
fn a_100_mb_single_line() {
    let line = "On 5 May 2024 the Forum (met) in Geneva, 10:00-12:00 (CET) and 2030 Agenda; "
        .repeat(100_000_000 / 80);
    let page = format!("A title above it\n\n{line}\n");
    let records = extract("huge.txt", &page);
    // The line is the section's first paragraph and announces the happening.
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].start_date, "2024-05-05");
}

#[test]
fn a_page_of_100000_date_like_tokens() {
    let mut page = String::from("Week of 1-7 May 2024\n\n");
    for k in 0..20_000 {
        page += &format!(
            "{} May, 10:00-11:00 (AST) - Item {k} (organizer: SDG 8, 2030 Agenda, 3 May 2024)\n\n",
            k % 7 + 1
        );
    }
    let records = dedup(extract("dates.txt", &page));
    assert_eq!(records.len(), 20_000);
    assert!(
        records
            .iter()
            .all(|r| r.year_inferred && r.utc_offset.is_none())
    );
}

#[test]
fn deeply_repeated_parentheses() {
    let deep = format!("{}{}", "(".repeat(500_000), ")".repeat(500_000));
    let flat = "(click here)".repeat(80_000);
    let page = format!(
        "5 May 2024 - Nested {deep}\n\n6 May 2024 - Links {flat}\n\nTitle {deep}, 7 May 2024\n\n(organizer: {deep}\n"
    );
    let records = extract("parens.txt", &page);
    // The lines are too long for titles: prose, so nothing is announced.
    assert!(records.is_empty());
    let short = format!(
        "5 May 2024 - Links {}\n\nBody.\n",
        "(click here)".repeat(100)
    );
    let records = extract("short.txt", &short);
    assert_eq!(records[0].title, "Links");
}

#[test]
fn many_identical_and_near_identical_records_on_one_day() {
    let mut page = String::new();
    for k in 0..20_000 {
        page += &format!(
            "Launch of the report, 5 May 2024\n\nLaunch of the report number {k}, 5 May 2024\n\n"
        );
    }
    let records = dedup(extract("same.txt", &page));
    // "launch of the report" holds 80 % of every numbered title's words: one group.
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].sources.len(), 40_000);
}

#[test]
fn a_block_of_100000_title_fields() {
    // Whether a block is a card is settled once per block, not per line.
    let mut page = String::from("Heading\n\n");
    for k in 0..100_000 {
        page += &format!("Title: Item number {k}\n");
    }
    page += "Date: 5 May 2024\n";
    let records = extract("titles.txt", &page);
    assert_eq!(records.len(), 1);
    // Read as a card: the labels are gone.
    assert!(records[0].title.starts_with("Item number 9999"));
}

#[test]
fn a_run_of_200000_fields_on_a_page_without_blank_lines() {
    // Whether a title has a date below its card's fields is asked by
    // titles only, not rescanned from each field of the run.
    let mut page = String::from("Events\nTitle: The only card\n");
    for k in 0..200_000 {
        page += &format!("Venue: Room {k}\n");
    }
    page += "Date: 5 May 2024\nSide event: The last card\nDate: 6 May 2024\n";
    let titles: Vec<_> = extract("fields.txt", &page)
        .into_iter()
        .map(|r| r.title)
        .collect();
    assert_eq!(titles, ["The only card", "The last card"]);
}

#[test]
fn cards_whose_times_and_titles_are_joined_across_lines() {
    // Each join takes a line out of the page: in one sweep, not by moving
    // the rest of the page once per join.
    let mut page = String::from("Programme\n\n");
    for k in 0..30_000 {
        page += &format!("15 May 2023\n10:00\n12:30\nSession number {k}\n\n");
        page +=
            &format!("Part {k}:\nThe second half {k}\n16 May 2023, 09:00-09:45\n\nIt meets.\n\n");
    }
    let records = extract("joined.txt", &page);
    let stacked = records
        .iter()
        .filter(|r| r.end_time.as_deref() == Some("12:30"));
    assert_eq!(stacked.count(), 30_000);
    let split = records.iter().filter(|r| r.title.starts_with("Part "));
    assert_eq!(split.count(), 30_000);
    assert!(
        records
            .iter()
            .any(|r| r.title == "Part 29999: The second half 29999")
    );
}

#[test]
fn a_line_of_closing_bars() {
    // Each closing bar is taken off in a loop, not by a call per bar.
    let page = format!(
        "5 May 2024 - Launch{}\n\nThe report is launched.\n",
        " |".repeat(30_000)
    );
    let records = extract("bars.txt", &page);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].title, "Launch");
}

#[test]
fn many_items_dated_by_a_heading_far_above() {
    // The headings that name a year are gathered once a page, not rescanned
    // for each item that needs one.
    let mut page = String::from("Sessions of the Council in 2014\n\n");
    for k in 0..20_000 {
        page += &format!(
            "{} May - Session {k} of the Council\n\nThe session meets.\n\n",
            k % 28 + 1
        );
    }
    let records = extract("heading.txt", &page);
    assert_eq!(records.len(), 20_000);
    assert!(
        records
            .iter()
            .all(|r| r.start_date.starts_with("2014-05-") && r.year_inferred)
    );
}

#[test]
fn a_run_of_lines_each_ending_on_a_joining_word() {
    // Read as one broken line, classified once when the run ends; each line
    // asked once whether its raw line was bulleted.
    let page = format!(
        "Water Forum, 12 May 2024\n\n{}and more.\n",
        "Item of the\n".repeat(200_000)
    );
    let records = extract("joined.txt", &page);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].start_date, "2024-05-12");
    let summary = records[0].summary.as_deref().unwrap_or_default();
    assert!(summary.starts_with("Item of the Item of the"));
    assert!(summary.ends_with("of the and more."));
}
