//! One test per fixed bug, named for it, through the public extraction API.

use docket::dedup::dedup;
use docket::extract::extract;

fn titles(page: &str) -> Vec<String> {
    dedup(extract("page.txt", page))
        .into_iter()
        .map(|r| r.title)
        .collect()
}

/// A prose sentence ending in its date was read as a rule-1 title.
#[test]
fn sentence_ending_in_its_date_is_not_a_title() {
    let page = "The Forum was held in Katowice, Poland, from 6 to 10 December 2021.\n";
    assert!(titles(page).is_empty());
}

/// `Last updated: 3 March 2024` became a record titled "Last updated".
#[test]
fn page_stamps_are_not_records() {
    let page = "Last updated: 3 March 2024\n\nPublished: 12 October 2021\n";
    assert!(titles(page).is_empty());
}

/// A `Date:` label hid the date line from rule 3.
#[test]
fn labelled_date_lines_are_date_lines() {
    let page = "Expert Group Meeting\n\nDate: 5 May 2024, 10:00 (CET)\n\nExperts will meet.\n";
    let r = &dedup(extract("page.txt", page))[0];
    assert_eq!(
        (r.title.as_str(), r.start.as_deref()),
        ("Expert Group Meeting", Some("2024-05-05T10:00:00+01:00"))
    );
}

/// `Geneva Time` failed: the city parser swallowed "Time" as a city word.
#[test]
fn city_time_with_capital_t_is_a_zone() {
    let page = "5 May 2024, 14:00 (Geneva Time) - Briefing\n\nText.\n";
    assert_eq!(
        dedup(extract("page.txt", page))[0].utc_offset.as_deref(),
        Some("+02:00")
    );
}

/// Link text followed by a separator (`… (click here) -`) stayed in the title.
#[test]
fn link_text_before_a_trailing_separator_is_removed() {
    let page = "5 May 2024 - Remarks at the Summit (click here) -\n\nText.\n";
    assert_eq!(titles(page), ["Remarks at the Summit"]);
}

/// Dedup compared every pair of a day's records: a page of near-identical
/// titles took minutes. (Sized up in tests/pathological.rs.)
#[test]
fn near_identical_titles_merge_in_one_group() {
    let mut page = String::new();
    for k in 0..500 {
        page += &format!("Launch of the report number {k}, 5 May 2024\n\n");
    }
    let records = dedup(extract("page.txt", &page));
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].sources.len(), 500);
}

/// `Partnership signed with …` was read as a `Partners` label and lost its record.
#[test]
fn words_starting_with_a_label_are_not_labels() {
    let page =
        "Partnership signed with Türkiye\n\nOn 20 June 2023, the parties signed an agreement.\n";
    assert_eq!(titles(page), ["Partnership signed with Türkiye"]);
}

/// `DAY 1 | Wednesday, 26 June 2024` became a record titled "DAY 1", and the
/// day heading of an agenda dated the title above it.
#[test]
fn agenda_day_headings_date_their_sessions_only() {
    let page =
        "Meeting room XXVI, Geneva\n\nDAY 1 | Wednesday, 26 June 2024\n\n10:00-10:30 | Welcome\n";
    let records = dedup(extract("page.txt", page));
    assert_eq!(records.len(), 1);
    assert_eq!(
        (records[0].title.as_str(), records[0].start_date.as_str()),
        ("Welcome", "2024-06-26")
    );
}

/// A time alone on the line below a date was taken for the venue.
#[test]
fn a_time_line_below_a_date_is_its_time() {
    let page = "Final brief\nThursday, 15 February 2024\n14:00–15:00 (UTC+01:00)\nPhysical and virtual participation\nRoom L, ITU Montbrillant Building\n\nThe session gives updates.\n";
    let r = &dedup(extract("page.txt", page))[0];
    assert_eq!(r.start.as_deref(), Some("2024-02-15T14:00:00+01:00"));
    assert_eq!(
        r.location.as_deref(),
        Some("Room L, ITU Montbrillant Building")
    );
}

/// `in Bangkok, Thailand from 4 to 6 March` lost its country.
#[test]
fn a_venue_extends_to_its_country_before_a_lowercase_word() {
    let page =
        "Regional workshop\n\nThe workshop was held in Bangkok, Thailand from 4 to 6 March 2024.\n";
    let r = &dedup(extract("page.txt", page))[0];
    assert_eq!(r.location.as_deref(), Some("Bangkok, Thailand"));
}

/// `co-organized by A, B and C and co-hosted by D` gave the organizer
/// "C and co-hosted by D".
#[test]
fn each_organizer_phrase_ends_at_the_next() {
    let page = "Forum page\n\nThe Forum took place on 27 May 2024, co-organized by ITU, UNESCO and UNDP and co-hosted by ITU and the Swiss Confederation.\n";
    let r = &dedup(extract("page.txt", page))[0];
    assert_eq!(
        r.organizers,
        ["ITU", "UNESCO", "UNDP", "Swiss Confederation"]
    );
}

/// A headline right below a date line that opens a block (`12 March 2024`
/// then `UN launches …`) was swallowed as the venue of the section above, and
/// its paragraph with it.
#[test]
fn a_headline_below_an_opening_date_line_starts_its_own_section() {
    let page = "Latest news\n\n12 March 2024\nUN launches report on digital divides\n\nThe report was presented at a meeting held on 12 March 2024 in Geneva.\n";
    let records = dedup(extract("page.txt", page));
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].title, "UN launches report on digital divides");
    assert_eq!(records[0].location.as_deref(), Some("Geneva"));
}

/// `Workshop, Bucharest, Romania, 27 September 2022` was read as a place and
/// its date (any short name before a country counted as a town), so the
/// listing's item made no record of its own.
#[test]
fn a_name_before_a_town_and_country_is_a_title() {
    let page = "Key events\n\nConference (PP-22), Bucharest, Romania, 26 September 2022\n\
        Workshop, Bucharest, Romania, 27 September 2022\n";
    let records = dedup(extract("page.txt", page));
    let got: Vec<_> = records
        .iter()
        .map(|r| (r.title.as_str(), r.location.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Conference (PP-22), Bucharest, Romania",
                Some("Bucharest, Romania")
            ),
            ("Workshop, Bucharest, Romania", Some("Bucharest, Romania")),
        ]
    );
}

/// A video's caption after its date (`09 Jan 2025 - Press conference by …,
/// DESA.`) was read as an event line and titled the record; the heading
/// above it names the happening.
#[test]
fn a_dated_caption_below_a_heading_is_its_body() {
    let page = "Launch of the Economic Situation Report\n\
                09 Jan 2025 - Press conference by Jane Doe, Director, Economic Analysis Division, DESA.\n";
    assert_eq!(titles(page), ["Launch of the Economic Situation Report"]);
}

/// A headline, its date line, then the release opening with its dateline
/// (`GENEVA (5 June 2025) – …`): the dateline's city was not read, since the
/// date came from the date line.
#[test]
fn a_releases_dateline_locates_the_headline_dated_above() {
    let page = "UN experts welcome adoption of treaty on digital rights\n\n05 June 2025\n\n\
                GENEVA (5 June 2025) – UN experts today welcomed the adoption of a treaty.\n";
    let r = &dedup(extract("page.txt", page))[0];
    assert_eq!(r.location.as_deref(), Some("Geneva"));
    // A dateline of another day says nothing of this one.
    let page = page.replace("(5 June", "(4 June");
    assert_eq!(dedup(extract("page.txt", &page))[0].location, None);
    // A dateline with no date names a city the gazetteer knows.
    let page = "UNDP launches a hub for public infrastructure\nJune 5, 2025\n\
                New York – UNDP and partners today launched a global hub.\n";
    let r = &dedup(extract("page.txt", page))[0];
    assert_eq!(r.location.as_deref(), Some("New York"));
    let page = page.replace("New York –", "Our partners –");
    assert_eq!(dedup(extract("page.txt", &page))[0].location, None);
}

/// Meetings coverage: the headline, the release's symbol, its date, then the
/// meeting's number (`10000th Meeting (AM)`), which titled the record.
#[test]
fn a_meeting_number_below_the_date_is_no_title() {
    let page = "Security Council Debates Artificial Intelligence Risks\nSC/16001\n\
                24 September 2025\n10000th Meeting (AM)\n\n\
                Speakers at the Security Council today stressed the need for guardrails.\n";
    assert_eq!(
        titles(page),
        ["Security Council Debates Artificial Intelligence Risks"]
    );
}
