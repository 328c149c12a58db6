//! German words of time.

use chrono::Weekday::{self, *};

use super::super::lexicon::Unit::{self, *};
use super::Words;

const MONTHS: &[(&str, u32)] = &[
    ("Januar", 1), ("Jänner", 1), ("Februar", 2), ("März", 3), ("Maerz", 3), ("April", 4), ("Mai", 5), ("Juni", 6),
    ("Juli", 7), ("August", 8), ("September", 9), ("Oktober", 10), ("November", 11), ("Dezember", 12),
    ("Jan.", 1), ("Feb.", 2), ("Febr.", 2), ("Apr.", 4), ("Aug.", 8), ("Sep.", 9), ("Sept.", 9), ("Okt.", 10),
    ("Nov.", 11), ("Dez.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Montag", Mon), ("Dienstag", Tue), ("Mittwoch", Wed), ("Donnerstag", Thu), ("Freitag", Fri), ("Samstag", Sat),
    ("Sonnabend", Sat), ("Sonntag", Sun),
];

const UNITS: &[(&str, Unit)] = &[
    ("Stunde", Hour), ("Tag", Day), ("Tages", Day), ("Woche", Week), ("Wochenende", Weekend), ("Wochenendes", Weekend),
    ("Monat", Month), ("Monats", Month), ("Quartal", Quarter), ("Quartals", Quarter), ("Jahr", Year), ("Jahres", Year),
    ("Jahrzehnt", Decade), ("Jahrzehnts", Decade), ("Jahrhundert", Century), ("Jahrhunderts", Century),
];

const PLURALS: &[(&str, Unit)] = &[
    ("Minuten", Minute), ("Stunden", Hour), ("Tage", Day), ("Tagen", Day), ("Wochen", Week), ("Monate", Month),
    ("Monaten", Month), ("Quartale", Quarter), ("Quartalen", Quarter), ("Jahre", Year), ("Jahren", Year),
    ("Jahrzehnte", Decade), ("Jahrzehnten", Decade), ("Jahrhunderte", Century), ("Jahrhunderten", Century),
];

/// The German words.
pub const WORDS: Words = Words {
    months: MONTHS,
    capitalised: true,
    ambiguous_months: &["August"],
    month_cues: &["im", "seit", "bis", "ab", "vom", "zum", "anfang", "mitte", "ende", "monat", "und", "oder", "von", "des", "bereits", "schon", "noch"],
    month_mods: r"(?:Anfang|Mitte|Ende)\s+",
    weekdays: WEEKDAYS,
    days: &[("heute", 0), ("gestern", -1), ("vorgestern", -2), ("morgen", 1), ("übermorgen", 2)],
    parts: &[("morgen", "MO"), ("früh", "MO"), ("vormittag", "MO"), ("mittag", "MI"), ("nachmittag", "AF"), ("abend", "EV"), ("nacht", "NI")],
    this_parts: &[],
    day_part_joint: r"\s+",
    weekday_part_joint: "",
    day_nouns: &[("morgen", &["am", "den", "der", "des", "dem", "jeden", "diesen", "einem", "einen", "guten", "frühen"])],
    units: UNITS,
    plurals: PLURALS,
    numbers: &[
        ("ein", 1), ("eine", 1), ("einem", 1), ("einer", 1), ("einen", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5),
        ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("fünfzehn", 15),
        ("zwanzig", 20), ("dreißig", 30), ("hundert", 100),
    ],
    vague: &["einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "ein paar"],
    before: &[
        ("letzte", -1), ("letzten", -1), ("letzter", -1), ("letztes", -1), ("vergangene", -1), ("vergangenen", -1),
        ("vergangener", -1), ("vergangenes", -1), ("vorige", -1), ("vorigen", -1), ("voriges", -1), ("nächste", 1),
        ("nächsten", 1), ("nächster", 1), ("nächstes", 1), ("kommende", 1), ("kommenden", 1), ("kommender", 1),
        ("kommendes", 1), ("diese", 0), ("diesen", 0), ("dieser", 0), ("dieses", 0),
    ],
    after: &[],
    articles: "",
    date_joint: r"\.\s*",
    year_joint: r",?\s+",
    first: "",
    century: r"(?P<ord>\d{1,2})\.\s*Jahrhunderts?",
    ago_before: "vor",
    ago_after: "",
    age_before: &[],
    age_phrases: &["im alter von", "alter von"],
    titles_before_weekday: &["bild am", "welt am", "tagesspiegel am", "faz am"],
    every: &["jeden"],
    age_after: &["alt", "alte", "alten", "alter", "altes", "jung"],
    forward: r"wird|werden|wirst|werde|soll|sollen|sollte|sollten|will|wollen|plant|planen|geplant|nächste|nächsten|nächster|nächstes|kommende|kommenden|bevorstehend(?:e|en)?|voraussichtlich|künftig|demnächst",
    past: r"war|waren|wurde|wurden|hatte|hatten|hat|haben|sagte|sagten|erklärte|erklärten|berichtete|teilte|seit|gab|kam|ging|fand|starb|begann|letzte|letzten|vergangene|vergangenen|sank|sanken|stieg|stiegen|fiel|fielen|lag|lagen|stand|standen|sah|traf|trafen|hielt|rief|schrieb|sprach|nahm|nahmen|brachte|dachte|wusste|musste|mussten|konnte|konnten|blieb|zog|trat|verlor|gewann|beschloss|verließ|flog|kündigte|meldete|sagte|zeigte|stellte|legte|gestern|vorgestern",
};
