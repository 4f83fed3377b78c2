//! From written pieces to values: zone abbreviations and city times to UTC
//! offsets under the zone's rules on that date, and page cues that settle
//! ambiguous abbreviations.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use chrono_tz::Tz;
use regex::Regex;

use crate::parse::time::Clock;
use crate::parse::zone;
use crate::places;
use crate::text::push_two_digits;

/// How a written zone maps to an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneRule {
    /// Seconds east of UTC, whatever the date (`CEST`, `EDT`, `UTC+01:00`).
    Fixed(i32),
    /// A region's rules, daylight saving included (`ET`, `New York time`).
    Region(Tz),
}

const H: i32 = 3600;

/// Abbreviations with one meaning.
const FIXED: &[(&str, ZoneRule)] = &[
    ("ET", ZoneRule::Region(Tz::America__New_York)),
    ("CT", ZoneRule::Region(Tz::America__Chicago)),
    ("MT", ZoneRule::Region(Tz::America__Denver)),
    ("PT", ZoneRule::Region(Tz::America__Los_Angeles)),
    ("EST", ZoneRule::Fixed(-5 * H)),
    ("EDT", ZoneRule::Fixed(-4 * H)),
    ("CDT", ZoneRule::Fixed(-5 * H)),
    ("MST", ZoneRule::Fixed(-7 * H)),
    ("MDT", ZoneRule::Fixed(-6 * H)),
    ("PST", ZoneRule::Fixed(-8 * H)),
    ("PDT", ZoneRule::Fixed(-7 * H)),
    ("GMT", ZoneRule::Fixed(0)),
    ("UTC", ZoneRule::Fixed(0)),
    // `2026-04-21T12:00:00Z`.
    ("Z", ZoneRule::Fixed(0)),
    // `13:00 UCT`: the zone database's other name for UTC.
    ("UCT", ZoneRule::Fixed(0)),
    ("WET", ZoneRule::Fixed(0)),
    ("WEST", ZoneRule::Fixed(H)),
    ("CET", ZoneRule::Fixed(H)),
    ("CEST", ZoneRule::Fixed(2 * H)),
    ("EET", ZoneRule::Fixed(2 * H)),
    ("EEST", ZoneRule::Fixed(3 * H)),
    ("WAT", ZoneRule::Fixed(H)),
    ("CAT", ZoneRule::Fixed(2 * H)),
    ("SAST", ZoneRule::Fixed(2 * H)),
    ("EAT", ZoneRule::Fixed(3 * H)),
    ("MSK", ZoneRule::Fixed(3 * H)),
    ("ADT", ZoneRule::Fixed(-3 * H)),
    ("GST", ZoneRule::Fixed(4 * H)),
    ("PKT", ZoneRule::Fixed(5 * H)),
    ("ICT", ZoneRule::Fixed(7 * H)),
    ("HKT", ZoneRule::Fixed(8 * H)),
    ("SGT", ZoneRule::Fixed(8 * H)),
    ("JST", ZoneRule::Fixed(9 * H)),
    ("KST", ZoneRule::Fixed(9 * H)),
    ("AEST", ZoneRule::Fixed(10 * H)),
    ("AEDT", ZoneRule::Fixed(11 * H)),
    ("NZST", ZoneRule::Fixed(12 * H)),
    ("NZDT", ZoneRule::Fixed(13 * H)),
    // Hosts of UN conferences and offices: Hawaii, Brazil, Argentina,
    // Colombia, Peru, Chile (ECLAC), Türkiye, Azerbaijan, Iran, Nepal,
    // western Indonesia, the Philippines.
    ("HST", ZoneRule::Fixed(-10 * H)),
    ("BRT", ZoneRule::Fixed(-3 * H)),
    ("ART", ZoneRule::Fixed(-3 * H)),
    ("COT", ZoneRule::Fixed(-5 * H)),
    ("PET", ZoneRule::Fixed(-5 * H)),
    ("CLT", ZoneRule::Fixed(-4 * H)),
    ("CLST", ZoneRule::Fixed(-3 * H)),
    ("TRT", ZoneRule::Fixed(3 * H)),
    ("AZT", ZoneRule::Fixed(4 * H)),
    ("IRST", ZoneRule::Fixed(3 * H + 30 * 60)),
    ("NPT", ZoneRule::Fixed(5 * H + 45 * 60)),
    ("WIB", ZoneRule::Fixed(7 * H)),
    ("PHT", ZoneRule::Fixed(8 * H)),
    ("MYT", ZoneRule::Fixed(8 * H)),
    ("AFT", ZoneRule::Fixed(4 * H + 30 * 60)),
];

/// Regions named before `time` (`Eastern Time`, `Central European time`),
/// with their rules, daylight saving included.
const REGIONS: &[(&str, Tz)] = &[
    ("Eastern", Tz::America__New_York),
    ("East Coast", Tz::America__New_York),
    ("Central", Tz::America__Chicago),
    ("Mountain", Tz::America__Denver),
    ("Pacific", Tz::America__Los_Angeles),
    ("Central European", Tz::Europe__Brussels),
    // French and Spanish, after their lead (`heure d'Europe centrale`,
    // `hora de Europa Central`).
    ("Europe centrale", Tz::Europe__Brussels),
    ("Europa Central", Tz::Europe__Brussels),
    ("Eastern European", Tz::Europe__Athens),
    ("East Africa", Tz::Africa__Nairobi),
    ("Eastern Africa", Tz::Africa__Nairobi),
];

/// Zones named in full before `time`, each with a fixed offset
/// (`Eastern Daylight Time`, `Central European Summer Time`).
const NAMED: &[(&str, ZoneRule)] = &[
    ("Eastern Standard", ZoneRule::Fixed(-5 * H)),
    ("Eastern Daylight", ZoneRule::Fixed(-4 * H)),
    ("Central Standard", ZoneRule::Fixed(-6 * H)),
    ("Central Daylight", ZoneRule::Fixed(-5 * H)),
    ("Pacific Standard", ZoneRule::Fixed(-8 * H)),
    ("Pacific Daylight", ZoneRule::Fixed(-7 * H)),
    ("Greenwich Mean", ZoneRule::Fixed(0)),
    ("Coordinated Universal", ZoneRule::Fixed(0)),
    ("British Summer", ZoneRule::Fixed(H)),
    ("Central European Standard", ZoneRule::Fixed(H)),
    ("Central European Summer", ZoneRule::Fixed(2 * H)),
    ("Eastern European Summer", ZoneRule::Fixed(3 * H)),
    ("West Africa", ZoneRule::Fixed(H)),
    ("Central Africa", ZoneRule::Fixed(2 * H)),
    ("South Africa Standard", ZoneRule::Fixed(2 * H)),
    ("Arabia Standard", ZoneRule::Fixed(3 * H)),
    ("Gulf Standard", ZoneRule::Fixed(4 * H)),
    ("India Standard", ZoneRule::Fixed(5 * H + 1800)),
    ("Japan Standard", ZoneRule::Fixed(9 * H)),
    // Spelt out, an abbreviation's other meanings no longer compete
    // (`Atlantic Standard Time` is no Arabia time).
    ("Atlantic Standard", ZoneRule::Fixed(-4 * H)),
    ("Atlantic Daylight", ZoneRule::Fixed(-3 * H)),
    ("Mountain Standard", ZoneRule::Fixed(-7 * H)),
    ("Mountain Daylight", ZoneRule::Fixed(-6 * H)),
    ("Eastern European Standard", ZoneRule::Fixed(2 * H)),
    ("Moscow Standard", ZoneRule::Fixed(3 * H)),
    ("Pakistan Standard", ZoneRule::Fixed(5 * H)),
    ("Bangladesh Standard", ZoneRule::Fixed(6 * H)),
    ("Indochina", ZoneRule::Fixed(7 * H)),
    ("China Standard", ZoneRule::Fixed(8 * H)),
    ("Singapore Standard", ZoneRule::Fixed(8 * H)),
    ("Philippine Standard", ZoneRule::Fixed(8 * H)),
    ("Korea Standard", ZoneRule::Fixed(9 * H)),
    ("Australian Eastern Standard", ZoneRule::Fixed(10 * H)),
    ("Australian Eastern Daylight", ZoneRule::Fixed(11 * H)),
    ("New Zealand Standard", ZoneRule::Fixed(12 * H)),
    ("New Zealand Daylight", ZoneRule::Fixed(13 * H)),
];

/// An abbreviation with several meanings, each with the page cues that pick it.
struct Ambiguous {
    abbreviation: &'static str,
    readings: &'static [(ZoneRule, &'static str)],
}

const AMBIGUOUS: &[Ambiguous] = &[
    Ambiguous {
        abbreviation: "AST",
        readings: &[
            (
                ZoneRule::Fixed(3 * H),
                r"West(?:ern)? Asia|ESCWA|Gulf|Arab|Riyadh|Saudi|Doha|Qatar|Kuwait|Bahrain|Manama|Emirates|Dubai|Abu Dhabi|Baghdad|Iraq|Yemen",
            ),
            (
                ZoneRule::Fixed(-4 * H),
                r"Caribbean|Atlantic|Puerto Rico|Barbados|Trinidad|Halifax|Bermuda|Antigua|Saint Lucia|Grenada|Dominica",
            ),
        ],
    },
    Ambiguous {
        abbreviation: "IST",
        readings: &[
            (
                ZoneRule::Fixed(5 * H + 1800),
                r"India|New Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Hyderabad",
            ),
            (
                ZoneRule::Region(Tz::Asia__Jerusalem),
                r"Israel|Jerusalem|Tel Aviv",
            ),
            (ZoneRule::Fixed(H), r"Ireland|Dublin|Irish"),
        ],
    },
    Ambiguous {
        abbreviation: "CST",
        readings: &[
            (
                ZoneRule::Fixed(-6 * H),
                r"Chicago|Texas|Houston|Dallas|Winnipeg|Central America|Guatemala|Costa Rica|Honduras|El Salvador",
            ),
            (
                ZoneRule::Fixed(8 * H),
                r"China|Beijing|Shanghai|Taipei|Taiwan",
            ),
        ],
    },
    Ambiguous {
        abbreviation: "BST",
        readings: &[
            (
                ZoneRule::Fixed(H),
                r"London|United Kingdom|\bUK\b|Britain|British|England|Scotland|Wales",
            ),
            (ZoneRule::Fixed(6 * H), r"Bangladesh|Dhaka"),
        ],
    },
];

static AMBIGUOUS_CUES: LazyLock<Vec<Vec<Regex>>> = LazyLock::new(|| {
    AMBIGUOUS
        .iter()
        .map(|a| {
            a.readings
                .iter()
                .map(|(_, cues)| Regex::new(&format!(r"\b(?:{cues})\b")).expect("valid regex"))
                .collect()
        })
        .collect()
});

static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    // The prefix is left out only in machine form (`-04:00` of
    // `2026-04-21T08:00:00-04:00`); a mail header's runs its minutes on
    // (`GMT+0100`).
    Regex::new(r"^(?:(?:UTC|GMT)(?:/(?:UTC|GMT))? ?)?([+\-−])(\d{1,2})(?::?(\d\d))?$")
        .expect("valid regex")
});

/// The rule for a zone as written. `contexts` are texts to search, nearest
/// first, for the place that settles an ambiguous abbreviation or a
/// `local time`; the first text with exactly one reading decides.
///
/// # Example
/// ```
/// use docket::resolve::{zone_rule, ZoneRule};
/// assert_eq!(zone_rule("CEST", &[]), Some(ZoneRule::Fixed(7200)));
/// assert_eq!(zone_rule("AST", &["(organizer: UNEP West Asia Region)"]), Some(ZoneRule::Fixed(10800)));
/// assert_eq!(zone_rule("AST", &["no clue here"]), None);
/// assert_eq!(zone_rule("Eastern Daylight Time", &[]), Some(ZoneRule::Fixed(-14400)));
/// assert_eq!(zone_rule("UTC/GMT +3", &[]), Some(ZoneRule::Fixed(10800)));
/// assert!(matches!(zone_rule("Europe/Zurich", &[]), Some(ZoneRule::Region(_))));
/// ```
pub fn zone_rule(written: &str, contexts: &[&str]) -> Option<ZoneRule> {
    if let Some(&(_, rule)) = FIXED.iter().find(|(a, _)| *a == written) {
        return Some(rule);
    }
    if let Some(k) = AMBIGUOUS.iter().position(|a| a.abbreviation == written) {
        return contexts.iter().find_map(|text| {
            let hits: Vec<ZoneRule> = AMBIGUOUS[k]
                .readings
                .iter()
                .zip(&AMBIGUOUS_CUES[k])
                .filter(|(_, re)| re.is_match(text))
                .map(|((rule, _), _)| *rule)
                .collect();
            (hits.len() == 1).then(|| hits[0])
        });
    }
    if let Some(c) = OFFSET.captures(written) {
        let sign = if &c[1] == "+" { 1 } else { -1 };
        let hours: i32 = c[2].parse().ok()?;
        let minutes: i32 = c.get(3).map_or(Some(0), |m| m.as_str().parse().ok())?;
        return (hours <= 14 && minutes < 60)
            .then_some(ZoneRule::Fixed(sign * (hours * H + minutes * 60)));
    }
    // `Europe/Zurich`, as event platforms print it.
    if written.contains('/')
        && let Ok(tz) = written.parse::<Tz>()
    {
        return Some(ZoneRule::Region(tz));
    }
    // `New York time`, or a city alone (`10:00 (New York)`), also in French
    // and Spanish (`heure de Genève`, `hora de Nueva York`).
    let city = written
        .strip_suffix(" time")
        .or_else(|| written.strip_suffix(" Time"))
        .or_else(|| {
            zone::CITY_TIME_LEADS.iter().find_map(|p| {
                let lead = written.get(..p.len())?;
                lead.eq_ignore_ascii_case(p).then(|| &written[p.len()..])
            })
        })
        .unwrap_or(written);
    // `US Eastern Time`, `Eastern US time`: the country said with the region.
    let region = city
        .strip_prefix("US ")
        .or_else(|| city.strip_suffix(" US"))
        .unwrap_or(city);
    if let Some(&(_, tz)) = REGIONS.iter().find(|(r, _)| r.eq_ignore_ascii_case(region)) {
        return Some(ZoneRule::Region(tz));
    }
    if let Some(&(_, rule)) = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(region)) {
        return Some(rule);
    }
    if city.eq_ignore_ascii_case("local") {
        return contexts
            .iter()
            .find_map(|text| places::first_city_zone(text))
            .map(ZoneRule::Region);
    }
    // `Panama time`: a country's name only with `time`, since a country
    // alone in brackets after a time (`10:00 (Kenya)`) may say where.
    places::city_zone(city)
        .or_else(|| (city.len() < written.len()).then(|| places::country_zone(city))?)
        .map(ZoneRule::Region)
}

/// True when a zone needs the page to be settled: an ambiguous abbreviation
/// or a `local time`.
pub fn needs_context(written: &str) -> bool {
    AMBIGUOUS.iter().any(|a| a.abbreviation == written)
        || written.eq_ignore_ascii_case("local time")
}

/// Seconds east of UTC in force at that local date and time (noon when no
/// time is known, so the day's usual offset is taken).
pub fn offset_seconds(rule: ZoneRule, date: NaiveDate, time: Option<Clock>) -> i32 {
    match rule {
        ZoneRule::Fixed(s) => s,
        ZoneRule::Region(tz) => {
            let t = time.map_or(NaiveTime::from_hms_opt(12, 0, 0), |c| {
                NaiveTime::from_hms_opt(c.hour, c.minute, 0)
            });
            let local = NaiveDateTime::new(date, t.unwrap_or_default());
            // In a spring-forward gap no local time exists; the offset just after it applies.
            tz.offset_from_local_datetime(&local)
                .earliest()
                .or_else(|| {
                    tz.offset_from_local_datetime(&(local + chrono::Duration::hours(1)))
                        .earliest()
                })
                .map_or(0, |o| o.fix().local_minus_utc())
        }
    }
}

/// `±HH:MM`.
pub fn format_offset(seconds: i32) -> String {
    let a = seconds.unsigned_abs();
    let mut out = String::with_capacity(6);
    out.push(if seconds < 0 { '-' } else { '+' });
    push_two_digits(&mut out, a / 3600);
    out.push(':');
    push_two_digits(&mut out, a % 3600 / 60);
    out
}

/// RFC 3339 local date-time with its offset.
pub fn rfc3339(date: NaiveDate, time: Clock, offset: &str) -> String {
    let mut out = iso_date(date);
    out.push('T');
    time.push_to(&mut out);
    out.push_str(":00");
    out.push_str(offset);
    out
}

/// `YYYY-MM-DD`, as `NaiveDate`'s `Display` writes it, without the
/// formatting machinery for the years docket meets (0 to 9999): written for
/// every record, twice or more.
pub fn iso_date(date: NaiveDate) -> String {
    let year = date.year();
    if !(0..=9999).contains(&year) {
        return date.to_string();
    }
    let year = year as u32;
    let mut out = String::with_capacity(25);
    push_two_digits(&mut out, year / 100);
    push_two_digits(&mut out, year % 100);
    out.push('-');
    push_two_digits(&mut out, date.month());
    out.push('-');
    push_two_digits(&mut out, date.day());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn offsets_follow_dst() {
        let et = zone_rule("ET", &[]).unwrap();
        assert_eq!(
            format_offset(offset_seconds(et, d(2021, 9, 19), None)),
            "-04:00"
        );
        assert_eq!(
            format_offset(offset_seconds(et, d(2021, 12, 19), None)),
            "-05:00"
        );
        let ny = zone_rule("New York time", &[]).unwrap();
        assert_eq!(
            offset_seconds(ny, d(2020, 7, 1), Some(Clock { hour: 8, minute: 0 })),
            -4 * H
        );
        assert_eq!(zone_rule("New York", &[]), Some(ny));
        let geneva = zone_rule("Geneva time", &[]).unwrap();
        assert_eq!(offset_seconds(geneva, d(2025, 1, 10), None), H);
        // Also in French and Spanish.
        assert_eq!(zone_rule("heure de Genève", &[]), Some(geneva));
        assert_eq!(zone_rule("hora de Nueva York", &[]), Some(ny));
        let cet = ZoneRule::Region(Tz::Europe__Brussels);
        assert_eq!(zone_rule("heure d’Europe centrale", &[]), Some(cet));
        assert_eq!(zone_rule("hora de Europa Central", &[]), Some(cet));
        // Regions named before `time` follow their rules too.
        let eastern = zone_rule("Eastern Time", &[]).unwrap();
        assert_eq!(offset_seconds(eastern, d(2024, 6, 5), None), -4 * H);
        assert_eq!(offset_seconds(eastern, d(2024, 12, 5), None), -5 * H);
        // With the country before or after, or by its coast.
        for written in ["US Eastern Time", "Eastern US time", "US East Coast"] {
            assert_eq!(zone_rule(written, &[]), Some(eastern), "{written}");
        }
        let nairobi = zone_rule("Eastern Africa time", &[]).unwrap();
        assert_eq!(offset_seconds(nairobi, d(2024, 6, 5), None), 3 * H);
        let cet = zone_rule("Central European time", &[]).unwrap();
        assert_eq!(offset_seconds(cet, d(2024, 6, 5), None), 2 * H);
        // So does a country with one zone, named before `time`; alone, a
        // country says where, not when.
        let panama = zone_rule("Panama time", &[]).unwrap();
        assert_eq!(offset_seconds(panama, d(2020, 9, 22), None), -5 * H);
        let swiss = zone_rule("Switzerland Time", &[]).unwrap();
        assert_eq!(offset_seconds(swiss, d(2024, 6, 5), None), 2 * H);
        assert_eq!(zone_rule("Panama", &[]), None);
        assert_eq!(zone_rule("Mexico time", &[]), None);
    }

    #[test]
    fn explicit_offsets_and_unknowns() {
        assert_eq!(zone_rule("UTC+01:00", &[]), Some(ZoneRule::Fixed(H)));
        assert_eq!(zone_rule("GMT-5", &[]), Some(ZoneRule::Fixed(-5 * H)));
        assert_eq!(
            zone_rule("GMT+0530", &[]),
            Some(ZoneRule::Fixed(5 * H + 30 * 60))
        );
        // A machine form's offset and `Z`.
        assert_eq!(zone_rule("-04:00", &[]), Some(ZoneRule::Fixed(-4 * H)));
        assert_eq!(zone_rule("Z", &[]), Some(ZoneRule::Fixed(0)));
        assert_eq!(zone_rule("Estonian time", &[]), None);
        // Zones spelt out in full.
        assert_eq!(
            zone_rule("Indochina Time", &[]),
            Some(ZoneRule::Fixed(7 * H))
        );
        assert_eq!(
            zone_rule("Atlantic Standard Time", &[]),
            Some(ZoneRule::Fixed(-4 * H))
        );
        assert_eq!(
            zone_rule("NPT", &[]),
            Some(ZoneRule::Fixed(5 * H + 45 * 60))
        );
        assert_eq!(
            zone_rule("AFT", &[]),
            Some(ZoneRule::Fixed(4 * H + 30 * 60))
        );
        // Every abbreviation the parser takes has a rule, or its readings.
        for a in crate::parse::zone::ABBREVIATIONS {
            let known =
                FIXED.iter().any(|(f, _)| *f == a) || AMBIGUOUS.iter().any(|z| z.abbreviation == a);
            assert!(known, "{a}");
        }
        assert_eq!(format_offset(5 * H + 1800), "+05:30");
        assert_eq!(format_offset(-(3 * H + 1800)), "-03:30");
        for date in [
            d(2021, 9, 1),
            d(1900, 12, 31),
            d(5, 1, 2),
            d(9999, 12, 31),
            d(10000, 1, 1),
        ] {
            assert_eq!(iso_date(date), date.to_string());
        }
        assert_eq!(
            zone_rule("local time", &["Palais des Nations, Geneva"]),
            Some(ZoneRule::Region(Tz::Europe__Zurich))
        );
    }

    #[test]
    fn ambiguous_needs_one_reading() {
        assert_eq!(zone_rule("AST", &["Caribbean and Gulf"]), None);
        assert_eq!(
            zone_rule("AST", &["Caribbean and Gulf", "Barbados"]),
            Some(ZoneRule::Fixed(-4 * H))
        );
        assert_eq!(
            zone_rule("AST", &["nothing", "Doha"]),
            Some(ZoneRule::Fixed(3 * H))
        );
    }
}
