//! A reproducible corpus of pages built from the fixtures' layouts: each page
//! is a fixture with its years shifted, its month names rotated and its day
//! numbers shifted, chosen by a seeded generator, so records vary, and a
//! page id, so no page repeats another exactly.
//! Shared by `examples/gen_corpus.rs` and `benches/throughput.rs`.

use std::sync::LazyLock;

use docket::parse::date::MONTH_NAMES as MONTHS;
use regex::{Captures, Regex};

/// The pages every corpus page is made from.
pub const TEMPLATES: [&str; 14] = [
    include_str!("../../fixtures/000_d8550ba7dfabd0ff.txt"),
    include_str!("../../fixtures/001_e24d582a0b195a18.txt"),
    include_str!("../../fixtures/002_8bf731f832a792d5.txt"),
    include_str!("../../fixtures/003_5bfb55fa4b295fe3.txt"),
    include_str!("../../fixtures/004_3461837687bf0dde.txt"),
    include_str!("../../fixtures/005_desa_events_listing.txt"),
    include_str!("../../fixtures/006_press_releases.txt"),
    include_str!("../../fixtures/007_wsis_side_events.txt"),
    include_str!("../../fixtures/008_igf_consultations_agenda.txt"),
    include_str!("../../fixtures/009_meetings_calendar.txt"),
    include_str!("../../fixtures/010_webinar_zones.txt"),
    include_str!("../../fixtures/011_newsletter_near_misses.txt"),
    include_str!("../../fixtures/012_techbank_news.txt"),
    include_str!("../../fixtures/013_webtv_schedule.txt"),
];

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(19|20)\d\d\b").expect("valid regex"));
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})( (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")
        .expect("valid regex")
});
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")
        .expect("valid regex")
});

/// SplitMix64: a small, fixed generator, so a seed gives the same corpus everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// The next page: a template with shifted years, days and rotated months.
pub fn page(rng: &mut Rng) -> String {
    let template = TEMPLATES[rng.below(TEMPLATES.len() as u64) as usize];
    let years = rng.below(61) as i32 - 30;
    let months = rng.below(12) as usize;
    let days = rng.below(28) as u32;
    let text = YEAR.replace_all(template, |c: &Captures| {
        let y: i32 = c[0].parse().unwrap_or(2000);
        (y + years).clamp(1900, 2099).to_string()
    });
    let text = DAY_MONTH.replace_all(&text, |c: &Captures| {
        let d: u32 = c[1].parse().unwrap_or(1);
        format!("{}{}", (d - 1 + days) % 28 + 1, &c[2])
    });
    let text = MONTH.replace_all(&text, |c: &Captures| {
        let k = MONTHS.iter().position(|m| *m == &c[1]).unwrap_or(0);
        MONTHS[(k + months) % 12].to_string()
    });
    // A page id (a lone token, which starts no section and dates nothing)
    // makes every page's text unique, as pages of a crawl are: docket
    // extracts a repeated page only once, and the corpus must not repeat.
    format!("{text}\nP{:016x}\n", rng.next_u64())
}

/// Pages totalling at least `bytes` bytes.
pub fn pages(seed: u64, bytes: usize) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let p = page(&mut rng);
        total += p.len();
        out.push(p);
    }
    out
}
