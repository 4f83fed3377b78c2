//! Pages wrapped at a fixed width (as `lynx -dump` or a mail archive writes
//! them) give the records of the same pages unwrapped: every fixture, wrapped
//! at several widths as a text wrapper does it (at spaces only, a word longer
//! than the width alone on its line), must give the same records but for
//! their source lines.

mod util;

use util::records_without_sources as records;

/// `text` wrapped greedily at `width` characters.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut used = 0;
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let len = word.chars().count();
            if used > 0 && used + 1 + len > width {
                out.push('\n');
                used = 0;
            }
            if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += len;
        }
        out.push('\n');
    }
    out
}

#[test]
fn wrapped_fixtures_give_the_same_records() {
    let (mut total, mut checked) = (0, 0);
    for (name, page) in util::fixture_pages() {
        let unwrapped = records(&name, &page);
        total += unwrapped.len();
        for width in [50, 60, 66, 72, 76, 80, 90, 100] {
            let wrapped = wrap(&page, width);
            // A page where the wrapper broke a single line shows too little
            // of the wrap to be read as wrapped: `… and the Global` then
            // `Digital Compact` may as well be two lines as written.
            if wrapped.lines().count() < page.lines().count() + 2 {
                continue;
            }
            checked += 1;
            assert_eq!(
                records(&name, &wrapped),
                unwrapped,
                "{name} wrapped at {width}"
            );
        }
    }
    assert!(total >= 100, "the fixtures give records");
    assert!(checked >= 80, "most fixtures are wrapped at most widths");
}

#[test]
fn a_page_of_short_items_is_not_joined() {
    // Items one a line, the first ending with its date's month: none is
    // broken in mid-phrase, so none is joined to the next.
    let page = "Past events\n\n2024\n\nGlobal Digital Compact consultation – 5 March\n\
                AI governance webinar – 12 April\n";
    let titles: Vec<String> = records("page.txt", page)
        .into_iter()
        .map(|r| r.title)
        .collect();
    assert_eq!(
        titles,
        [
            "Global Digital Compact consultation",
            "AI governance webinar"
        ]
    );
}

#[test]
fn a_fields_label_alone_starts_a_line_of_its_own() {
    // `Organizer` below a venue as long as the width: a label, not the
    // venue's last word.
    let page = "Launch of the Digital Economy Report 2025\n\nDate\n15 May 2025\nLocation\n\
                Conference Room 4, UN Headquarters, New York\nOrganizer\nUNCTAD\n\n\
                The report examines the environmental footprint of digitalization and \
                what it means for developing countries.\n";
    let wrapped = wrap(page, 50);
    assert!(wrapped.contains("New York\nOrganizer\n"), "{wrapped}");
    let r = &records("page.txt", &wrapped)[0];
    assert_eq!(
        (r.location.as_deref(), r.organizers.as_slice()),
        (
            Some("Conference Room 4, UN Headquarters, New York"),
            &["UNCTAD".to_string()][..]
        )
    );
    assert_eq!(records("page.txt", &wrapped), records("page.txt", page));
}

#[test]
fn a_sentence_below_a_dated_line_as_long_as_the_width_is_its_text() {
    // The dated line is as long as the width, and the sentence below it
    // whole on its line: the item's text, not the line's last words.
    let page = "Events\n\nLaunch of the Progress Report, 7 December 2023, from 10 a.m. to 1 p.m. (EST)\n\
                The report reviews progress in the first year and the road ahead for the \
                digital cooperation agenda of the United Nations system.\n\n\
                Dialogue on Cyber Resilience, 8 December 2023, 10:00 to 12:00 (Geneva time)\n\
                Experts will discuss the resilience of critical infrastructure.\n";
    let wrapped = wrap(page, 76);
    assert!(
        wrapped.contains("(Geneva time)\nExperts"),
        "the dated line fills the width: {wrapped}"
    );
    let got: Vec<_> = records("page.txt", &wrapped)
        .into_iter()
        .map(|r| (r.title, r.summary))
        .collect();
    assert_eq!(
        got[1],
        (
            "Dialogue on Cyber Resilience".to_string(),
            Some("Experts will discuss the resilience of critical infrastructure.".to_string())
        )
    );
    assert_eq!(records("page.txt", &wrapped), records("page.txt", page));
}

#[test]
fn a_dated_line_wrapped_itself_keeps_apart_from_its_text() {
    // The title's date falls on the next line, as long as the width; the
    // sentence below is the item's text.
    let page = "Events\n\nRegional Consultation for the Arab States, 30 November - 2 December 2023, \
                10:00 - 11:30 (GMT+2)\nMember States consult on the regional roadmap.\n";
    let wrapped = wrap(page, 50);
    assert!(
        wrapped.contains(", 30\nNovember - 2 December 2023, 10:00 - 11:30 (GMT+2)\nMember"),
        "{wrapped}"
    );
    let r = &records("page.txt", &wrapped)[0];
    assert_eq!(
        (r.title.as_str(), r.summary.as_deref()),
        (
            "Regional Consultation for the Arab States",
            Some("Member States consult on the regional roadmap.")
        )
    );
}

#[test]
fn a_sentence_broken_only_before_names_shows_the_page_wrapped() {
    // No break falls after a joining word or before a lower-case one: the
    // sentence runs on before `Nations`, and a field before its last word,
    // `Union.`.
    let page = "ECOSOC Youth Forum 2025\n\n\
                The 2025 ECOSOC Youth Forum will be held from 15 to 17 April 2025 at United \
                Nations Headquarters in New York.\n\n\
                Organized by ECOSOC in partnership with the International Telecommunication \
                Union.\n";
    let wrapped = wrap(page, 80);
    assert!(wrapped.contains("at United\nNations"), "{wrapped}");
    assert!(wrapped.contains("Telecommunication\nUnion."), "{wrapped}");
    let r = &records("page.txt", &wrapped)[0];
    assert_eq!(
        (r.location.as_deref(), r.partners.as_slice()),
        (
            Some("United Nations Headquarters"),
            &["International Telecommunication Union".to_string()][..]
        )
    );
    assert_eq!(records("page.txt", &wrapped), records("page.txt", page));
}

#[test]
fn items_wrapped_at_their_dash_year_or_place_read_as_unwrapped() {
    // A range broken at its dash, a title before its year, a dated title
    // before its place, an event's text below a field, and an event line as
    // long as the width above its text: each item keeps its date, name and
    // text.
    let page = "Calendar\n\n\
                Expert meeting on ageing, 30 December 2024 – 2 January 2025\nOnline\n\
                Experts review the draft report.\n\n\
                Launch of the Global Report on Food Crises 2024\n\n\
                The report will be launched on 24 April 2024 at 14:00 CEST in Rome and online.\n\n\
                Statement by the Tech Envoy at IGF 2023 — 10 October 2023, Kyoto\n\
                The Envoy addressed the opening session of the Internet Governance Forum.\n\n\
                Wednesday, 18 June 2025, 18:30 - 20:00 CEST\n\
                Loss and damage: lessons from the Pacific\n\
                Organizers: Pacific Islands Forum Secretariat\n\
                Panelists will discuss funding arrangements.\n\n\
                Mon, 24 Feb 2025 - Webinar on open data portals\n\
                The webinar presents the new portal.\n";
    let unwrapped = records("page.txt", page);
    assert_eq!(unwrapped.len(), 5);
    for (width, break_shown) in [
        (45, "2024 –\n2 January"),
        (45, "Food Crises\n2024\n"),
        (45, "Secretariat\nPanelists"),
        (72, "Kyoto\nThe Envoy"),
        (48, "portals\nThe webinar"),
    ] {
        let wrapped = wrap(page, width);
        assert!(wrapped.contains(break_shown), "{width}: {wrapped}");
        assert_eq!(records("page.txt", &wrapped), unwrapped, "{width}");
    }
}

#[test]
fn a_media_advisorys_capital_labels_start_lines_of_their_own() {
    let page = "Media Advisory\n\nWHAT: Launch of the report of the High-level Panel on Digital Cooperation\n\
                WHEN: Monday, 10 June 2019, 11:00 a.m. – 12:00 p.m. EDT\n\
                WHERE: Conference Room 1, United Nations Headquarters, New York\n\
                WHO: Secretary-General António Guterres; Melinda Gates and Jack Ma, Co-Chairs of the Panel\n\n\
                Media wishing to attend must be accredited.\n";
    let wrapped = wrap(page, 72);
    assert!(wrapped.contains("New York\nWHO: "), "{wrapped}");
    let r = &records("page.txt", &wrapped)[0];
    assert_eq!(
        r.location.as_deref(),
        Some("Conference Room 1, United Nations Headquarters, New York")
    );
    assert_eq!(records("page.txt", &wrapped), records("page.txt", page));
}
