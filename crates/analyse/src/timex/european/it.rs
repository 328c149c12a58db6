//! Italian words of time.

use chrono::Weekday::{self, *};

use super::super::lexicon::Unit::*;
use super::Words;

const MONTHS: &[(&str, u32)] = &[
    ("gennaio", 1), ("febbraio", 2), ("marzo", 3), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("agosto", 8), ("settembre", 9), ("ottobre", 10), ("novembre", 11), ("dicembre", 12),
    ("gen.", 1), ("feb.", 2), ("apr.", 4), ("mag.", 5), ("giu.", 6), ("lug.", 7), ("ago.", 8), ("set.", 9), ("sett.", 9),
    ("ott.", 10), ("nov.", 11), ("dic.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lunedì", Mon), ("lunedi", Mon), ("martedì", Tue), ("martedi", Tue), ("mercoledì", Wed), ("mercoledi", Wed),
    ("giovedì", Thu), ("giovedi", Thu), ("venerdì", Fri), ("venerdi", Fri), ("sabato", Sat), ("domenica", Sun),
];

/// The Italian words.
pub const WORDS: Words = Words {
    months: MONTHS,
    capitalised: false,
    ambiguous_months: &[],
    month_cues: &[],
    month_mods: r"(?:inizio|metà|fine)\s+",
    weekdays: WEEKDAYS,
    days: &[("oggi", 0), ("ieri", -1), ("l'altro ieri", -2), ("l'altroieri", -2), ("domani", 1), ("dopodomani", 2)],
    parts: &[("mattina", "MO"), ("mattino", "MO"), ("pomeriggio", "AF"), ("sera", "EV"), ("notte", "NI")],
    this_parts: &[("stamattina", "MO"), ("stamani", "MO"), ("questa mattina", "MO"), ("oggi pomeriggio", "AF"), ("stasera", "EV"), ("questa sera", "EV")],
    day_part_joint: r"\s+",
    weekday_part_joint: r"\s+",
    day_nouns: &[("domani", &["il", "del", "un", "nel", "al", "di"])],
    units: &[
        ("ora", Hour), ("giorno", Day), ("settimana", Week), ("fine settimana", Weekend), ("weekend", Weekend), ("mese", Month),
        ("trimestre", Quarter), ("anno", Year), ("decennio", Decade), ("secolo", Century),
    ],
    plurals: &[
        ("minuti", Minute), ("ore", Hour), ("giorni", Day), ("settimane", Week), ("mesi", Month), ("trimestri", Quarter),
        ("anni", Year), ("decenni", Decade), ("secoli", Century),
    ],
    numbers: &[
        ("un", 1), ("uno", 1), ("una", 1), ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7),
        ("otto", 8), ("nove", 9), ("dieci", 10), ("undici", 11), ("dodici", 12), ("quindici", 15), ("venti", 20),
        ("trenta", 30), ("cento", 100),
    ],
    vague: &["alcuni", "alcune", "diversi", "diverse", "pochi", "poche", "qualche"],
    before: &[("scorso", -1), ("scorsa", -1), ("prossimo", 1), ("prossima", 1), ("questo", 0), ("questa", 0), ("quest'", 0)],
    after: &[("scorso", -1), ("scorsa", -1), ("passato", -1), ("passata", -1), ("prossimo", 1), ("prossima", 1)],
    articles: r"(?:il|lo|la)\s+|l['’]",
    date_joint: r"\s+",
    year_joint: r",?\s+",
    first: "1º|1°|primo",
    century: r"(?P<rom>[XVI]{1,5})\s+secolo",
    ago_before: "",
    ago_after: "fa",
    age_before: &["di", "ha", "aveva", "avere", "compiuto", "compiere", "i", "gli"],
    age_phrases: &["età di"],
    titles_before_weekday: &[],
    every: &["ogni"],
    age_after: &[],
    forward: r"sarà|saranno|dovrà|dovranno|potrà|potranno|prossimo|prossima|previsto|prevista|\w{2,}(?:erà|irà|eranno|iranno)",
    past: r"ha|hanno|aveva|avevano|era|erano|fu|furono|stato|stata|stati|detto|scorso|scorsa|fa",
};
