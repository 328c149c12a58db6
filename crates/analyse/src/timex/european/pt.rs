//! Portuguese words of time.

use chrono::Weekday::{self, *};

use super::super::lexicon::Unit::*;
use super::Words;

const MONTHS: &[(&str, u32)] = &[
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("abril", 4), ("maio", 5), ("junho", 6), ("julho", 7),
    ("agosto", 8), ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12),
    ("jan.", 1), ("fev.", 2), ("abr.", 4), ("ago.", 8), ("set.", 9), ("out.", 10), ("nov.", 11), ("dez.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("segunda-feira", Mon), ("terça-feira", Tue), ("terca-feira", Tue), ("quarta-feira", Wed), ("quinta-feira", Thu),
    ("sexta-feira", Fri), ("sábado", Sat), ("sabado", Sat), ("domingo", Sun),
];

/// The Portuguese words.
pub const WORDS: Words = Words {
    months: MONTHS,
    capitalised: false,
    ambiguous_months: &["marco"],
    month_cues: &["em", "de", "desde", "até", "e", "ou"],
    month_mods: r"(?:início|meados|fim|final|finais)\s+de\s+",
    weekdays: WEEKDAYS,
    days: &[("hoje", 0), ("ontem", -1), ("anteontem", -2), ("amanhã", 1), ("depois de amanhã", 2)],
    parts: &[("manhã", "MO"), ("tarde", "AF"), ("noite", "NI")],
    this_parts: &[("esta manhã", "MO"), ("nesta manhã", "MO"), ("esta tarde", "AF"), ("nesta tarde", "AF"), ("esta noite", "NI")],
    day_part_joint: r"\s+(?:de|à|pela|na)\s+",
    weekday_part_joint: r"\s+(?:de|à|pela|na)\s+",
    day_nouns: &[("amanhã", &["o", "do", "um"])],
    units: &[
        ("hora", Hour), ("dia", Day), ("semana", Week), ("fim de semana", Weekend), ("mês", Month), ("trimestre", Quarter),
        ("ano", Year), ("década", Decade), ("século", Century),
    ],
    plurals: &[
        ("minutos", Minute), ("horas", Hour), ("dias", Day), ("semanas", Week), ("meses", Month), ("trimestres", Quarter),
        ("anos", Year), ("décadas", Decade), ("séculos", Century),
    ],
    numbers: &[
        ("um", 1), ("uma", 1), ("dois", 2), ("duas", 2), ("três", 3), ("quatro", 4), ("cinco", 5), ("seis", 6), ("sete", 7),
        ("oito", 8), ("nove", 9), ("dez", 10), ("onze", 11), ("doze", 12), ("quinze", 15), ("vinte", 20), ("trinta", 30),
        ("cem", 100),
    ],
    vague: &["alguns", "algumas", "vários", "várias", "poucos", "poucas"],
    before: &[("próximo", 1), ("próxima", 1), ("este", 0), ("esta", 0), ("neste", 0), ("nesta", 0)],
    after: &[("passado", -1), ("passada", -1), ("que vem", 1)],
    articles: r"(?:o|a)\s+",
    date_joint: r"\s+de\s+",
    year_joint: r"\s+de\s+",
    first: "1º|1°|primeiro",
    century: r"século\s+(?P<rom>[XVI]{1,5})",
    ago_before: "há",
    ago_after: "atrás",
    age_before: &["de", "os", "tem", "tinha", "completar", "completou"],
    age_phrases: &["idade de"],
    titles_before_weekday: &[],
    every: &["cada"],
    age_after: &[],
    forward: r"vai|vão|será|serão|deverá|deverão|poderá|próximo|próxima|previsto|prevista|\w{2,}(?:ará|erá|irá|arão|erão|irão)",
    past: r"foi|foram|era|eram|tinha|tinham|disse|disseram|passado|passada|desde|atrás|\w{3,}(?:ou|aram|eram|iram)",
};
