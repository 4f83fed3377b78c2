//! UN Geneva's press calendar as scrapers save it: a heading row whose cells
//! ran together (`DateOrgActivityCityContact`), then rows whose cells run
//! together or stand on lines of their own (`18 May ILOEmployment and
//! Social Outlook 2026 …GenevaNEWSROOM@ilo.org`; `19 MayUN`, a blank line,
//! `World Fair Play Day`). Each row is read back into its day, its
//! activity's name and its city.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::date::MONTH_NAMES;
use crate::places;

/// A heading row's column names, run together: `DateOrgActivityCityContact`.
pub fn is_glued_heading(text: &str) -> bool {
    const NAMES: [&str; 10] = [
        "Date", "Org", "Activity", "Event", "Title", "City", "Venue", "Contact", "Time", "Topic",
    ];
    if !text.starts_with("Date") || text.len() > MAX_HEADING_BYTES || text.contains(' ') {
        return false;
    }
    let mut rest = text;
    let mut names = 0;
    while !rest.is_empty() {
        let Some(name) = NAMES.iter().find(|n| rest.starts_with(**n)) else {
            return false;
        };
        rest = &rest[name.len()..];
        names += 1;
    }
    let named = |n: &str| text.contains(n);
    names >= 3 && (named("Activity") || named("Event") || named("Title") || named("Topic"))
}

/// The longest glued heading row.
const MAX_HEADING_BYTES: usize = 60;

/// A row's day at the start of a line, maybe glued to the next cell
/// (`19 MayUN`, `30 SeptWTO…`, `May 19ILO`, `6-7 Oct`): its length.
pub fn row_date(text: &str) -> Option<usize> {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        // The months' names, then `Sept` and their first three letters: the
        // longest first, as alternatives are tried in order.
        let names = MONTH_NAMES.iter().copied();
        let short = std::iter::once("Sept").chain(MONTH_NAMES.iter().map(|m| &m[..3]));
        let month = names.chain(short).collect::<Vec<_>>().join("|");
        Regex::new(&format!(
            r"^(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})? (?:{month})\.?|(?:{month}) \d{{1,2}})(?: \d{{4}})?"
        ))
        .expect("valid regex")
    });
    if !text.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let end = DAY.find(text)?.end();
    // `May 19ILO` ends with the day's digits; a day's number runs on
    // (`May 192`) only in another text.
    let next = text[end..].chars().next();
    next.is_none_or(|c| !c.is_ascii_digit() && !c.is_lowercase())
        .then_some(end)
}

/// One row read back: the day as written, the activity and its city.
#[derive(Debug, PartialEq, Eq)]
pub struct Row {
    pub day: String,
    pub name: String,
    pub place: Option<String>,
}

/// The row that opens with `start` (a line with its day, see [`row_date`])
/// and goes on with the `cells` below it (other lines up to the next row,
/// blank ones left out); `None` when no activity is named.
pub fn row(start: &str, cells: &[&str]) -> Option<Row> {
    let at = row_date(start)?;
    let mut day = start[..at].trim().to_string();
    let mut cells: Vec<&str> = std::iter::once(start[at..].trim())
        .chain(cells.iter().map(|c| c.trim()))
        .filter(|c| !c.is_empty())
        .collect();
    // `29 Sep`, then `2 Oct`: the row's last day on a line of its own.
    if let Some(last) = cells.first().filter(|c| row_date(c) == Some(c.len())) {
        day = format!("{day} – {last}");
        cells.remove(0);
    }
    let mut place = None;
    let mut name = None;
    for cell in cells {
        let cell = without_org(cell);
        if is_contact(cell) {
            place = place.or_else(|| city_opening(cell).map(str::to_string));
            continue;
        }
        if cell.is_empty() {
            continue;
        }
        if places::only_places(cell) {
            place = place.or(Some(cell.to_string()));
            continue;
        }
        if name.is_some() {
            continue;
        }
        let (activity, city) = split_glued_city(cell);
        name = Some(cut_glued_text(activity).trim_end().to_string());
        place = place.or(city.map(str::to_string));
    }
    Some(Row {
        day,
        name: name.filter(|n| !n.is_empty())?,
        place,
    })
}

/// The organizations a row names by acronym before its activity, longest
/// first so that `UNIDIR` is not read as `UN`.
const ORGS: [&str; 36] = [
    "UNFCCC", "UNCTAD", "UNAIDS", "UNIDIR", "UNITAR", "UNRISD", "UNHCR", "UNECE", "UNICEF",
    "UNDRR", "UNFPA", "UNODA", "OHCHR", "UNOG", "UNEP", "UNDP", "OCHA", "WIPO", "IFRC", "ICRC",
    "IUCN", "CERN", "Gavi", "ILO", "IOM", "ITU", "WHO", "WMO", "WTO", "IPU", "ITC", "CBD", "FAO",
    "WFP", "UPU", "UN",
];

/// `cell` without the organization's acronym that opens it, run together
/// with the activity (`ILOEmployment …`, `UNECEUNECE Sustainable …`) or alone.
fn without_org(cell: &str) -> &str {
    ORGS.iter()
        .find_map(|org| {
            let rest = cell.strip_prefix(org)?;
            let next = rest.chars().next();
            next.is_none_or(|c| c.is_uppercase() || c == ' ')
                .then(|| rest.trim_start())
        })
        .unwrap_or(cell)
}

/// A contact's address or telephone number, maybe after the city
/// (`Genevadaniel.pruzin@wto.org`); a contact's name comes after the
/// activity's, so never stands for it.
fn is_contact(cell: &str) -> bool {
    !cell.contains(' ') && cell.contains('@') || cell.starts_with('+')
}

/// The city or way to attend that opens `run`, a word maybe run together
/// with what follows it (`Genevadaniel.pruzin@wto.org`, `Virtualunidir…`).
fn city_opening(run: &str) -> Option<&str> {
    let letters = run
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(run.len(), |(k, _)| k);
    (MIN_CITY_BYTES..=letters)
        .rev()
        .filter(|&n| run.is_char_boundary(n))
        .map(|n| &run[..n])
        .find(|city| {
            places::is_place(city)
                || city.starts_with(char::is_uppercase) && places::is_way_to_attend(city)
        })
}

/// The shortest city name looked for (`Rome`, `Bonn`).
const MIN_CITY_BYTES: usize = 4;

/// `…labour marketsGenevaNEWSROOM@ilo.org`: the activity, and the city run
/// together after it (with whatever follows).
fn split_glued_city(cell: &str) -> (&str, Option<&str>) {
    let b = cell.as_bytes();
    for k in 1..b.len() {
        // `…2025Geneva`, `…mediaGeneva`, `…14:00 CETGeneva`.
        if !b[k].is_ascii_uppercase() || b[k - 1] == b' ' {
            continue;
        }
        if let Some(city) = city_opening(&cell[k..]) {
            return (&cell[..k], Some(city));
        }
    }
    (cell, None)
}

/// `… for disarmamentOn quantum tech's impact …`: the name, without the
/// description run together after it (a word of three lower-case letters
/// or more, then a capital).
fn cut_glued_text(name: &str) -> &str {
    let b = name.as_bytes();
    let mut lower = 0;
    for (k, &c) in b.iter().enumerate() {
        if c.is_ascii_lowercase() {
            lower += 1;
        } else if c.is_ascii_uppercase()
            && lower >= 3
            && b.get(k + 1).is_some_and(u8::is_ascii_lowercase)
        {
            return &name[..k];
        } else {
            lower = 0;
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_row_run_together_names_its_columns() {
        assert!(is_glued_heading("DateOrgActivityCityContact"));
        assert!(is_glued_heading("DateEventVenue"));
        assert!(!is_glued_heading("DateOrgCity"));
        assert!(!is_glued_heading("Dateline"));
        assert!(!is_glued_heading("Date Event Title"));
    }

    #[test]
    fn a_rows_day_may_run_into_the_next_cell() {
        assert_eq!(row_date("19 MayUN"), Some(6));
        assert_eq!(row_date("30 SeptWTOTNC/HODs"), Some(7));
        assert_eq!(row_date("May 19ILO"), Some(6));
        assert_eq!(row_date("6-7 Oct"), Some(7));
        assert_eq!(row_date("18 May ILOEmployment"), Some(6));
        assert_eq!(row_date("1 June 2026"), Some(11));
        assert_eq!(row_date("Mayor of Geneva"), None);
    }

    #[test]
    fn a_row_run_together_parts_at_its_organization_and_city() {
        let r = row(
            "18 May ILOEmployment and Social Outlook 2026 Update on labour marketsGenevaNEWSROOM@ilo.org",
            &[],
        )
        .unwrap();
        assert_eq!(r.day, "18 May");
        assert_eq!(
            r.name,
            "Employment and Social Outlook 2026 Update on labour markets"
        );
        assert_eq!(r.place.as_deref(), Some("Geneva"));
        let r = row(
            "19 MayUNIDIRQuantum innovation and security: Insights for disarmamentOn quantum tech's impactVirtualunidir.comms@un.org",
            &[],
        )
        .unwrap();
        assert_eq!(
            r.name,
            "Quantum innovation and security: Insights for disarmament"
        );
        assert_eq!(r.place.as_deref(), Some("Virtual"));
        let r = row(
            "7 OctWTOPress conference: Trade Outlook, 14:00 CETGeneva",
            &[],
        )
        .unwrap();
        assert_eq!(r.name, "Press conference: Trade Outlook, 14:00 CET");
        assert_eq!(r.place.as_deref(), Some("Geneva"));
    }

    #[test]
    fn a_rows_cells_on_lines_of_their_own() {
        let r = row(
            "20 MayWTO",
            &[
                "",
                "Council for Trade in Goods",
                " ",
                "Genevadaniel.pruzin@wto.org",
            ],
        )
        .unwrap();
        assert_eq!(
            (r.day.as_str(), r.name.as_str()),
            ("20 May", "Council for Trade in Goods")
        );
        assert_eq!(r.place.as_deref(), Some("Geneva"));
        let r = row(
            "29 Sep",
            &[
                "2 Oct ",
                " ",
                "UNECEUNECE Sustainable Energy Week 2025Geneva",
                "Jean Rodriguez",
                "+41 (0)79 444 5081",
            ],
        )
        .unwrap();
        assert_eq!(r.day, "29 Sep – 2 Oct");
        assert_eq!(r.name, "UNECE Sustainable Energy Week 2025");
        let r = row(
            "6-7 Oct",
            &["UNECE", "Fifth meeting of the UN Forum of Mayors", "Geneva"],
        )
        .unwrap();
        assert_eq!(r.name, "Fifth meeting of the UN Forum of Mayors");
        assert_eq!(r.place.as_deref(), Some("Geneva"));
        assert_eq!(row("21 MayWTO", &["", "daniel.pruzin@wto.org"]), None);
    }
}
