//! Spanish words of time.

use chrono::Weekday::{self, *};

use super::super::lexicon::Unit::*;
use super::Words;

const MONTHS: &[(&str, u32)] = &[
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
    ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("ene.", 1), ("feb.", 2), ("abr.", 4), ("ago.", 8), ("sept.", 9), ("oct.", 10), ("nov.", 11), ("dic.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lunes", Mon), ("martes", Tue), ("miércoles", Wed), ("miercoles", Wed), ("jueves", Thu), ("viernes", Fri),
    ("sábado", Sat), ("sabado", Sat), ("domingo", Sun),
];

/// The Spanish words.
pub const WORDS: Words = Words {
    months: MONTHS,
    capitalised: false,
    ambiguous_months: &[],
    month_cues: &[],
    month_mods: r"(?:principios|mediados|finales|fines)\s+de\s+",
    weekdays: WEEKDAYS,
    days: &[("hoy", 0), ("ayer", -1), ("anteayer", -2), ("antier", -2), ("mañana", 1), ("pasado mañana", 2)],
    parts: &[("mañana", "MO"), ("tarde", "AF"), ("noche", "NI")],
    this_parts: &[("esta mañana", "MO"), ("esta tarde", "AF"), ("esta noche", "NI")],
    day_part_joint: r"\s+(?:por|en|a)\s+la\s+",
    weekday_part_joint: r"\s+(?:por|en|a)\s+la\s+",
    day_nouns: &[("mañana", &["la", "una", "esta", "esa", "cada", "toda", "de", "por", "media", "misma", "su", "aquella", "el"])],
    units: &[
        ("hora", Hour), ("día", Day), ("semana", Week), ("fin de semana", Weekend), ("mes", Month), ("trimestre", Quarter),
        ("año", Year), ("década", Decade), ("siglo", Century),
    ],
    plurals: &[
        ("minutos", Minute), ("horas", Hour), ("días", Day), ("semanas", Week), ("meses", Month), ("trimestres", Quarter),
        ("años", Year), ("décadas", Decade), ("siglos", Century),
    ],
    numbers: &[
        ("un", 1), ("una", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8),
        ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12), ("quince", 15), ("veinte", 20), ("treinta", 30), ("cien", 100),
    ],
    vague: &["unos", "unas", "varios", "varias", "algunos", "algunas", "pocos", "pocas"],
    before: &[("pasado", -1), ("pasada", -1), ("próximo", 1), ("próxima", 1), ("este", 0), ("esta", 0)],
    after: &[("pasado", -1), ("pasada", -1), ("próximo", 1), ("próxima", 1), ("que viene", 1), ("entrante", 1)],
    articles: r"(?:el|la)\s+",
    date_joint: r"\s+de\s+",
    year_joint: r"\s+(?:de|del)\s+",
    first: "1º|1°|primero",
    century: r"siglo\s+(?P<rom>[XVI]{1,5})",
    ago_before: "hace",
    ago_after: "",
    age_before: &["de", "los", "las", "tiene", "tenía", "cumplir", "cumple", "cumplió"],
    age_phrases: &["la edad de"],
    titles_before_weekday: &[],
    every: &["cada"],
    age_after: &[],
    forward: r"va|van|será|serán|habrá|prevé|previsto|prevista|previstos|próximo|próxima|deberá|deberán|podrá|podría|\w{2,}(?:ará|erá|irá|arán|erán|irán)",
    past: r"fue|fueron|era|eran|había|habían|ha|han|dijo|pasado|pasada|desde|\w{3,}(?:ó|aron|ieron)",
};
