//! French words of time.

use chrono::Weekday::{self, *};

use super::super::lexicon::Unit::*;
use super::Words;

const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
    ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12),
    ("janv.", 1), ("févr.", 2), ("avr.", 4), ("juil.", 7), ("sept.", 9), ("oct.", 10), ("nov.", 11), ("déc.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lundi", Mon), ("mardi", Tue), ("mercredi", Wed), ("jeudi", Thu), ("vendredi", Fri), ("samedi", Sat), ("dimanche", Sun),
];

/// The French words.
pub const WORDS: Words = Words {
    months: MONTHS,
    capitalised: false,
    ambiguous_months: &["mars"],
    month_cues: &["en", "de", "d'", "d’", "depuis", "fin", "début", "mi", "dès", "courant", "et", "ou", "à", "jusqu'en", "jusqu’en"],
    month_mods: r"(?:début|fin)\s+|mi-",
    weekdays: WEEKDAYS,
    days: &[("aujourd'hui", 0), ("hier", -1), ("avant-hier", -2), ("demain", 1), ("après-demain", 2)],
    parts: &[("matin", "MO"), ("après-midi", "AF"), ("soir", "EV")],
    this_parts: &[("ce matin", "MO"), ("cet après-midi", "AF"), ("ce soir", "EV")],
    day_part_joint: r"\s+",
    weekday_part_joint: r"\s+",
    day_nouns: &[],
    units: &[
        ("heure", Hour), ("jour", Day), ("journée", Day), ("semaine", Week), ("week-end", Weekend), ("mois", Month),
        ("trimestre", Quarter), ("an", Year), ("année", Year), ("décennie", Decade), ("siècle", Century),
    ],
    plurals: &[
        ("minutes", Minute), ("heures", Hour), ("jours", Day), ("semaines", Week), ("trimestres", Quarter), ("ans", Year),
        ("années", Year), ("décennies", Decade), ("siècles", Century),
    ],
    numbers: &[
        ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8),
        ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("quinze", 15), ("vingt", 20), ("trente", 30), ("cent", 100),
    ],
    vague: &["quelques", "plusieurs"],
    before: &[("ce", 0), ("cet", 0), ("cette", 0)],
    after: &[("dernier", -1), ("dernière", -1), ("passé", -1), ("passée", -1), ("prochain", 1), ("prochaine", 1)],
    articles: r"(?:la|le)\s+|l['’]",
    date_joint: r"\s+",
    year_joint: r",?\s+",
    first: "1er|premier",
    century: r"(?P<rom>[XVI]{1,5})(?:e|ème)\s+siècle",
    ago_before: r"il\s+y\s+a",
    ago_after: "",
    age_before: &["de", "d'", "d’", "à", "a", "âgé", "âgée", "âgés", "âgées"],
    age_phrases: &["l'âge de"],
    titles_before_weekday: &["journal du"],
    every: &["chaque"],
    age_after: &[],
    forward: r"va|vont|sera|seront|devrait|devraient|doit|doivent|prévu|prévue|prévus|prévues|prochain|prochaine|aura|auront|pourrait|pourraient|\w{2,}(?:era|eront|ira|iront|dra|dront)",
    past: r"a|ont|avait|avaient|était|étaient|fut|furent|depuis|dernier|dernière|eu|été",
};
