//! The header grammar on a table of lines: every date, range, time, zone and
//! organizer form docket reads, and near-misses that must not parse as dates.
//! The snapshot pins what each line is and the pieces parsed from it; review
//! changes with `cargo insta review` (CI runs with INSTA_UPDATE=no).

use docket::parse::date::{DateSpan, DayMonth};
use docket::parse::{self, When, org};
use docket::segment::{Kind, Years, classify};

const LINES: &[&str] = &[
    // Event lines (rule 2)
    "15-16 September, 10:00-14:00 (AST) - Digital Transformation Conference (organizer: UNEP West Asia Region)",
    "19 September, 09:00-12:30 (ET) - The Broadband Commission Annual Fall Session 2021 (organizer: International Telecommunication Union)",
    "30 September, 14:00-17:30 (CEST) - Multi-Stakeholder Dialogue (organizer: United Nations Institute for Disarmament Research)",
    "30 September and 1 October - Global Forum (organizers: UNESCO and the UN Office on the Prevention of Genocide)",
    "22 September, 13:00-14:00 (ET) - Overcoming barriers (organizers: Devex, in partnership with the American Association of Retired Persons)",
    "24 September, 14:00-15:30 (ET) - A business perspective (organizer: Global Enabling Sustainability Initiative (GeSI), with the support of ITU)",
    "30 September, 09:00-10:30 (ET) - Innovating (organizers: International Telecommunication Union, Food and Agriculture Organization, with support of Mission of Andorra and Mission of San Marino)",
    "22 September, 10:00-11:00 (ET) - UnMute (organizers: The Permanent mission of Denmark to the UN, Global Focus and Action 4 Sustainable Development)",
    "23 September, 09:00-10:30 (ET) - Open Culture (organizer: Digital Public Goods Alliance, UN Office of Information and Communications Technology, Office of the Envoy on Technology)",
    "29 September, 08:00-09:30 (ET) - Open Society (organizer: Digital Public Goods Alliance, UNDP, and Office of the Envoy on Technology)",
    "1 October, 10:00-11:30 (ET) - UN International Day of Older Persons (UNIDOP): Digital Equity for All Ages (organizers: AARP, UN Department of Economic and Social Affairs)",
    "Tuesday 7 December 2021, 10:00-11:00 CET - Launch of the report",
    "Sept. 21 - Launch event",
    "2024-09-16 - Workshop on data",
    "21-22 Sep 2023: Regional forum",
    "2–4 July 2024 | Summit week",
    "5 May 2024, 3 p.m. (EAT) - Briefing",
    "5 May 2024, 3pm GMT - Briefing",
    "5 May 2024, 15h00 - Briefing",
    "5 May 2024, 15h30-17h00 (CET) - Briefing",
    "5 May 2024, noon (ET) - Briefing",
    "5 May 2024, 10:30 to 13:45 (CEST) - Briefing",
    "5 May 2024, 10–11:30 a.m. (EDT) - Briefing",
    "5 May 2024, 09:00 (UTC+01:00) - Briefing",
    "5 May 2024, 09:00 GMT+2 - Briefing",
    "5 May 2024, 14:00 (Geneva time) - Briefing",
    "5 May 2024, 14:00 (Nairobi time) - Briefing",
    "5 May 2024, 14:00 (local time) - Briefing",
    "5 May 2024, 11:00 (IST) - Briefing",
    "5 May 2024 at 11:00 am (New York time, EDT) - Briefing",
    "15 September (10:00-14:00 AST) - Dialogue on data",
    "4-5 March 2025 (10:00-17:00 CET each day) - Training week",
    "4 March 2025, starting at 10:00 CET - Hackathon",
    "5/6 May 2025 - Two-day retreat",
    "5/6/2025 - Numeric date",
    // Titles with a trailing date (rule 1)
    "10th Anniversary of RightsCon, 7-11 June 2021",
    "Updates on the GDC Process (15 December 2023)",
    "#DigitalCooperation - Action Today for Future Generations (23 September 2020)",
    "Interview of the Envoy on Technology with UN News, Geneva, 16 May 2023 (listen )",
    "Launch of the Youth Report, 5 June 2025 » Read more",
    "Launch of the Data Report, 5 June 2025 (postponed)",
    "Launch of the Energy Report – 5 June 2025 – CANCELLED",
    "Launch of the Water Report, 5 June 2025 (in English)",
    "Briefing on cyber norms | Date: Tuesday, 11 March 2025 | Time: 10:00 – 11:30 AM EST | Venue: Conference Room 12",
    "Panel on sea cables | 11 March 2025 | Venue: Conference Room 12",
    "Briefing on drones | Date: Tuesday, 11 March 2025",
    "Webinar on public goods, Jun 10, 2025 09:00 AM in Eastern Time (US and Canada)",
    "Remarks at the Mobile World Congress 2023, Barcelona, 27 February 2023 (click here)",
    "Roadmap announced by the Co-facilitators Rwanda and Sweden, 16 January 2023. Find out more here.",
    "2022 STI Forum side-event: Digitalization to Achieve the SDGs, 6 May 2022 (for more information, click )",
    "Remarks at the 2nd Annual GESDA Summit, Geneva, 12 October 2022 (click , for more information on the GESDA Summit click )",
    "Advancing an inclusive digital economy? hosted by UNCTAD and OSET, 7 March 2024",
    "World Summit, 29 November – 3 December 2021",
    "Winter School, 30 December 2024 – 2 January 2025",
    "Expert meeting - 1 through 3 March 2024",
    "Consultations, between 3 and 5 May 2024",
    "Launch of the Annual Report, December 7th, 2021",
    "Global Dialogue, September 21, 2024",
    "Side event on oceans, 14 March 2024 (9:00-10:00 EST)",
    "Summit on the Future, 22-23 September 2024, New York",
    "Global Dialogue (21 September 2024), Geneva",
    "Webinar, March 7, 2024 @ 10:00 am - 12:00 pm",
    "High-level event, 7th December 2021",
    // Standalone date lines (rule 3)
    "10 June 2019",
    "12 March 2024 (10:00 - 13:00 GMT)",
    "Wednesday, 6 March 2024 | 10:00 am – 12:00 pm EST | Virtual",
    "6 March 2024, 10.00–11.30 CET, Palais des Nations, Room XX",
    "6-8 March 2024 | Bangkok, Thailand",
    "5 June 2025 | News release | Geneva",
    "6 March 2024 - Geneva Peace Week",
    "10–12 June 2024, 10:00–17:00 daily (CEST)",
    "Monday to Wednesday, 10–12 June 2024",
    "5 May 2024, 10.00–11.30 CET - Briefing",
    "Version 2.10-3.20 released",
    "12 October 2021",
    "17 November 2025, 11:30–12:30 (CET)",
    "Wednesday, 1 July 2020",
    "Monday, 15 December 2025",
    "Tue 7 Dec",
    "Friday, 5 April 2024, 10:00 am",
    "Date: 5 May 2024, 10:00 (CET)",
    "When: 21-22 Sep 2023",
    // Grouping headings
    "Week of 12-18 September 2021",
    "Week of 26 Sept. to 2 Oct. 2021 & beyond",
    "September 2023",
    "Key events, 2021",
    "Key milestones, 2018-2020",
    // Prose with dates (rule 4 reads these in context)
    "New York, 4 March 2024 - The multi-stakeholder working groups began their work on 22 April 2024.",
    "New York, 29 April – The DPI Safeguards initiative, jointly led by OSET and UNDP, released its report.",
    "The 16th annual Internet Governance Forum was held in Katowice, Poland, from 6 to 10 December 2021.",
    "The Zero Draft will be presented on Friday, 5 April 2024 in the Trusteeship Council Chamber at 10:00 am.",
    "The Office was officially established on January 1, 2025, as the result of a process initiated in 2019.",
    "On 10 May 2024, OSET moderated the side event.",
    "09 Jan 2025 - Press conference by Jane Doe, Director, Economic Analysis Division, DESA.",
    // Near-misses: no date here
    "Side-Event at the 78th Session of the United Nations General Assembly",
    "2030 Agenda for Sustainable Development",
    "SDG 8 and SDG 5 targets",
    "COVID-19 response and recovery",
    "G20 Digital Economy Working Group",
    "WSIS+20 Review Elements Paper",
    "UNGIS Focus 2025-2026",
    "CSTD Inter-sessional Panel 2025–2026",
    "© 2024 United Nations",
    "Resolution A/RES/75/1 adopted by the Assembly",
    "Version 2.10.3 released",
    "Call +41 22 917 12 34",
    "Internet Governance Forum 2021",
    "Last updated: 3 March 2024",
    "Published: 12 October 2021",
    "Impossible day, 31 February 2024",
    "Members may 5 times a year submit",
    "Opening remarks 9:00",
    "Coalition for Digital Environment Sustainability (CODES): Launch Event",
    "Palais des Nations, Geneva, Switzerland",
    "UNGISavatar",
    "on the sidelines of the CSTD Inter-sessional Panel 2025–2026",
    "Watch it live on our YouTube or Facebook.",
    "• Lacina Koné, Director General, Smart Africa",
    // Weekday prefixes and abbreviations
    "Monday, 15 December 2025 - Opening of the session",
    "Mon 15 Dec - Opening",
    "Tues. 16 Dec 2025: Second day",
    "Wednesday 17 December 2025",
    "Thu, 18 Dec 2025, 09:00 (CET)",
    "Fri 19 Dec 2025 | Closing",
    "Saturday, 20 December",
    "Sunday 21 Dec 2025 – Excursion",
    "Weds 3 Sept 2025",
    // Ordinals and month first
    "1st March 2024",
    "2nd March 2024 - Second meeting",
    "3rd of March 2024",
    "March 4th, 2024",
    "22nd September - Side event",
    "September 21, 2024 - Launch",
    "Sept. 21, 2024",
    "Sep 21 2024",
    "Oct. 3 - Dialogue",
    "Nov 30, 2025 - Conference",
    "December 7th, 2021, 3 p.m. (EST) - Ceremony",
    "August 12, 2025, 10:00 am ET - Youth briefing",
    // Abbreviated months
    "12 Jan 2024",
    "12 Feb. 2024",
    "12 Mar 2024",
    "12 Apr. 2024",
    "12 Jun 2024",
    "12 Jul. 2024",
    "12 Aug 2024",
    "12 Sep. 2024",
    "12 Oct 2024",
    "12 Nov. 2024",
    "12 Dec 2024",
    // ISO and numeric
    "2025-01-31",
    "2025-02-30 - Not a day",
    "31/01/2025 - Workshop",
    "01/31/2025 - Workshop",
    "03/04/2025 - Ambiguous day and month",
    "31.01.2025 - Dotted date",
    "1/1/2025",
    // Ranges in every shape
    "21-22 Sep 2023",
    "21–22 September 2023 - Forum",
    "21 — 22 September 2023",
    "29 November - 3 December 2021 - Assembly",
    "29 Nov. to 3 Dec. 2021",
    "30 December 2024 to 2 January 2025",
    "Dec 30, 2024 - Jan 2, 2025",
    "September 21 - October 2, 2024",
    "from 6 to 10 December 2021",
    "From 1 to 3 July 2025 - Summer school",
    "between 4 and 6 March 2024",
    "4 through 6 March 2024",
    "4 until 6 March 2024",
    "4 and 5 March 2024 - Two-day training",
    "26 Sept. to 2 Oct. 2021",
    "Monday 1 – Friday 5 December 2025",
    // Times
    "5 May 2024, 3 p.m.",
    "5 May 2024, 3pm",
    "5 May 2024, 3 PM",
    "5 May 2024, 3.30pm",
    "5 May 2024, 9 a.m. - 1 p.m.",
    "5 May 2024, 9-11 a.m.",
    "5 May 2024, 10–11:30 a.m.",
    "5 May 2024, 11 am – 1 pm",
    "5 May 2024, 15h00",
    "5 May 2024, 15h30 - 17h00",
    "5 May 2024, noon",
    "5 May 2024, 12:00 noon",
    "5 May 2024, midnight",
    "5 May 2024, 10:30 to 13:45 and 14:30 to 17:00 (CET)",
    "5 May 2024, 09:00–12:00, 14:00–17:00",
    "5 May 2024 at 10:00",
    "5 May 2024 from 10:00 to 12:00",
    "5 May 2024 | 10:00 – 11:30 EDT",
    "5 May 2024, 8.00am",
    "5 May 2024, 24:00",
    "5 May 2024, 10.30",
    // Zones
    "5 May 2024, 10:00 (ET)",
    "5 May 2024, 10:00 EST",
    "5 May 2024, 10:00 (EDT)",
    "5 May 2024, 10:00 (CET)",
    "5 May 2024, 10:00 (CEST)",
    "5 May 2024, 10:00 (EAT)",
    "5 May 2024, 10:00 GMT",
    "5 May 2024, 10:00 UTC",
    "5 May 2024, 10:00 (BST)",
    "5 May 2024, 10:00 (AST)",
    "5 May 2024, 10:00 (CST)",
    "5 May 2024, 10:00 (UTC-05:00)",
    "5 May 2024, 10:00 (GMT+2)",
    "5 May 2024, 10:00 UTC+5:30",
    "5 May 2024, 10:00 (New York time)",
    "5 May 2024, 10:00 (Vienna time)",
    "5 May 2024, 10:00 (Addis Ababa time)",
    "5 May 2024, 10:00 (local time)",
    "5 May 2024, 10:00 (CEST/UTC+2)",
    "5 May 2024, 10:00 (New York time, EDT)/16:00 Geneva time",
    "5 May 2024, 10:00 (XYZ)",
    // Labelled fields
    "Date: 5 May 2024",
    "Dates: 5-7 May 2024",
    "Date and Time: 5 May 2024, 10:00-12:00 (CEST)",
    "When: Tuesday, 7 May 2024 | 10:00 – 11:30 EDT",
    "When: Tuesday 7 May 2024, 10:00–11:30 EDT (14:00–15:30 UTC)",
    "Date: 15 December 2025 | Time: 10:00-11:00 (CET)",
    "Time: 10:00 – 11:30 (EDT)",
    "Time: 3 p.m.",
    "Time: Tuesday, 24 June, 2025 - 09:00 to 10:30 (Europe/Oslo)",
    "Venue: Palais des Nations, Geneva",
    "Location: Conference Room 4, United Nations Headquarters",
    "Where: Online",
    "Organizer: ITU",
    "Organizers: UNDP, ITU and UNESCO",
    "Organizer(s): UN DESA",
    "Event organizer: UN Women",
    "Organizing partners: UNICEF, UNFPA and WHO",
    "Organized by UNCTAD and the International Telecommunication Union",
    "Co-organized by Kenya and Finland",
    "Convened by the President of the General Assembly",
    "Hosted by the Government of Rwanda",
    "In partnership with: Co-Develop",
    "With the support of: the Government of Rwanda",
    "with the contribution of the European Union",
    "DAY 1 | Wednesday, 26 June 2024",
    "Day 2 – Thursday, 27 June 2024",
    // Agenda lines
    "09:00–10:30 Opening session",
    "10:30 - 11:00 Coffee break",
    "11:00-12:30 | Panel 1: data governance",
    "12:30–14:00 Lunch",
    "14:00 – 15:30 (CET) Panel 2: AI and the SDGs",
    "15h30-17h00 Closing remarks",
    "9 a.m. - 10 a.m.: Registration and welcome",
    "All day: Exhibition of digital solutions",
    // Datelines
    "GENEVA, 3 March 2024 — The Council opened its session.",
    "New York, 21 September 2024 | Leaders gathered at Headquarters.",
    "NAIROBI, 5 February 2024 – Ministers agreed on a roadmap.",
    "Addis Ababa, 12 February 2025 - The Commission met.",
    // Organizer phrases
    "Webinar hosted by UNCTAD and OSET, 7 March 2024",
    "Dialogue co-organized by ITU, UNESCO and UNDP and co-hosted by Switzerland, 27 May 2024",
    "Forum organised by the UN Office on Drugs and Crime, 4 June 2024",
    "Briefing (organizers: UN-OHRLLS, in partnership with the Alliance of Small Island States)",
    "Dialogue (co-organizers: Kenya, Finland)",
    "Meeting (organizer: Food and Agriculture Organization and UNESCO)",
    // More near-misses
    "Agenda 2063: The Africa We Want",
    "SDG 17.6.1 indicator",
    "Goal 5 and Goal 8",
    "The 2024 Summit",
    "Top 10 tips for 2025",
    "WSIS+20 review 2025",
    "ISO 8601 and RFC 3339 formats",
    "Room S-2725, 2 United Nations Plaza",
    "Tel: +1 (212) 963-1234",
    "Fax 022 917 0123",
    "ISBN 978-92-1-101234-5",
    "Document E/CN.16/2024/2",
    "Press release SG/SM/22345",
    "Python 3.11 and Rust 1.95 released",
    "COP28 in 2023",
    "May the forum succeed",
    "March for climate justice",
    "Updated: 5 May 2024",
    "Posted on 5 May 2024",
    "Modified 5 May 2024",
    "Copyright © 2025 ITU",
    "1 of 12",
    "Page 2 of 5",
    "Over 60 leaders from 15 nations",
    "A/RES/78/1 of 18 September 2023",
];

fn day(d: &DayMonth) -> String {
    let written = match d.year {
        Some(y) => format!("{y:04}-{:02}-{:02}", d.month, d.day),
        None => format!("????-{:02}-{:02}", d.month, d.day),
    };
    // Read day first until the page says which part is the day.
    match d.ambiguous {
        true => written + "?",
        false => written,
    }
}

fn span(d: &DateSpan) -> String {
    if d.start == d.end {
        day(&d.start)
    } else {
        format!("{}..{}", day(&d.start), day(&d.end))
    }
}

fn when(w: &When) -> String {
    let mut s = span(&w.date);
    if let Some(t) = w.time {
        s += &format!(" {}", t.start);
        if let Some(e) = t.end {
            s += &format!("-{e}");
        }
    }
    if let Some(z) = &w.zone {
        s += &format!(" [{z}]");
    }
    s
}

fn describe(line: &str) -> String {
    let (kind, found) = match classify(line) {
        Kind::Blank => ("blank".to_string(), None),
        Kind::Noise => ("noise".to_string(), None),
        Kind::Fragment => ("fragment".to_string(), None),
        Kind::Body => ("body".to_string(), None),
        Kind::Title => ("title".to_string(), None),
        Kind::Grouping(Years::Given(c)) => (
            format!(
                "grouping {}-{:02}..{}",
                c.start_year, c.start_month, c.end_year
            ),
            None,
        ),
        Kind::Grouping(Years::Unknown) => ("grouping (no year)".to_string(), None),
        Kind::Grouping(Years::Kept) => ("grouping (year kept)".to_string(), None),
        Kind::DatedTitle(f) => ("dated-title".to_string(), Some(f)),
        Kind::Event(f) => ("event".to_string(), Some(f)),
        Kind::DateOnly(f) => ("date-only".to_string(), Some(f)),
        Kind::Labeled(label, value) => (format!("labeled {label:?}: {:?}", &line[value]), None),
        Kind::Session(s) => {
            let time = s.time.map_or("all day".to_string(), |t| {
                let end = t.end.map(|e| format!("-{e}")).unwrap_or_default();
                format!("{}{end}", t.start)
            });
            let zone = s.zone.map(|z| format!(" [{z}]")).unwrap_or_default();
            let name = &line[s.name];
            (format!("session {time}{zone} | name {name:?}"), None)
        }
    };
    let mut out = format!("{line}\n  {kind}");
    match found {
        Some(f) => {
            out += &format!(": {} | text {:?}", when(&f.when), &line[f.span.clone()]);
            if !f.name.is_empty() {
                out += &format!(" | name {:?}", &line[f.name.clone()]);
            }
            if let Some(place) = f.place.clone() {
                out += &format!(" | place {:?}", &line[place]);
            }
        }
        None => {
            let dates: Vec<String> = parse::find_all_when(line)
                .iter()
                .map(|(r, w)| format!("{} {:?}", when(w), &line[r.clone()]))
                .collect();
            if !dates.is_empty() {
                out += &format!(" | dates in text: {}", dates.join("; "));
            }
        }
    }
    let o = org::organizers_in(line);
    if o != org::Orgs::default() {
        out += &format!(
            "\n  organizers {:?} partners {:?}",
            o.organizers, o.partners
        );
    }
    out
}

#[test]
fn header_table() {
    assert!(LINES.len() >= 200);
    let report: Vec<String> = LINES.iter().map(|l| describe(l)).collect();
    insta::assert_snapshot!(report.join("\n"));
}
