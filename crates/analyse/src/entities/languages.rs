//! Names in German, French, Spanish, Italian and Portuguese: the word lists
//! of each language (function words, weekday and month names, titles,
//! organisation words) and the filter that holds the candidates the
//! English chunker finds to them. Function and calendar words never open or
//! join a name; a title opening a candidate is peeled off and makes the rest
//! a person ("Bürgermeisterin Ingrid Haldersen"); an organisation word makes
//! an organisation ("Partido Popular"); a country written in the language
//! ("Russland", "Stati Uniti", `exonyms.tsv`) is the listed country, and a
//! major city's name in the language ("München", "Pékin", "Nueva York",
//! `cities.tsv`) the city under its English name. German writes every noun with a
//! capital, so there a candidate stays only with evidence: a listed name, an
//! acronym, a title, an organisation word, a given name opening it, or the
//! surname of a person the text names in full. In the other languages a
//! lone sentence-initial word stays only when the text also writes it
//! capitalised inside a sentence or it is listed.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use concord_model::EntityType;

use super::classify::Named;
use super::gazetteer::{gazetteer, key, Entry};
use super::token::{Shape, Token};
use crate::Language;

/// The word lists of one language, lower case.
struct Words {
    /// Articles, pronouns, prepositions, conjunctions and other words
    /// capitalised only at the start of a sentence.
    function: &'static [&'static str],
    /// Weekday and month names.
    calendar: &'static [&'static str],
    /// Titles written before a person's name.
    titles: &'static [&'static str],
    /// Words that make the name they are part of an organisation.
    organisations: &'static [&'static str],
}

const GERMAN: Words = Words {
    function: &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
        "und", "oder", "aber", "doch", "denn", "sondern", "in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit",
        "nach", "seit", "von", "vom", "zu", "zum", "zur", "für", "gegen", "ohne", "um", "über", "unter", "vor",
        "hinter", "neben", "zwischen", "durch", "trotz", "während", "wegen", "laut", "als", "wie", "wenn", "weil",
        "dass", "ob", "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "sein", "seine", "ihre", "unser", "unsere",
        "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "alle", "viele", "einige", "mehr",
        "auch", "noch", "schon", "nur", "so", "da", "dort", "hier", "jetzt", "nun", "heute", "gestern", "morgen",
        "dann", "danach", "damit", "dabei", "dazu", "deshalb", "daher", "zudem", "außerdem", "trotzdem", "jedoch",
        "bisher", "immer", "nicht", "nichts", "was", "wer", "wo", "warum", "welche", "welcher", "es", "ist", "sind",
        "war", "waren", "hat", "haben", "wird", "werden", "kann", "können", "soll", "sollen", "muss", "bitte",
        "ja", "nein", "mehrere", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "erst",
        "bereits", "insgesamt", "etwa", "rund", "fast", "sogar", "allerdings", "zunächst", "später", "gleichzeitig",
    ],
    calendar: &[
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "januar",
        "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "dezember", "wochenende", "uhr",
    ],
    titles: &[
        "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "bundespräsident",
        "bundespräsidentin", "ministerpräsident", "ministerpräsidentin", "minister", "ministerin", "bundesminister",
        "bundesministerin", "innenminister", "innenministerin", "außenminister", "außenministerin",
        "gesundheitsminister", "gesundheitsministerin", "finanzminister", "finanzministerin", "bürgermeister",
        "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "herr", "herrn", "frau", "dr.", "prof.",
        "professor", "professorin", "trainer", "trainerin", "chef", "chefin", "sprecher", "sprecherin",
        "polizeisprecher", "polizeisprecherin", "abgeordnete", "abgeordneter", "senator", "senatorin", "landrat",
        "landrätin", "regierungschef", "regierungschefin", "vorsitzende", "vorsitzender", "direktor", "direktorin",
        "papst", "könig", "königin", "prinz", "prinzessin", "staatssekretär", "staatssekretärin", "virologe",
        "virologin", "kommissar", "kommissarin", "premierminister", "premierministerin", "sänger", "sängerin",
        "schauspieler", "schauspielerin", "autor", "autorin", "geschäftsführer", "geschäftsführerin",
    ],
    organisations: &[
        "partei", "ministerium", "bundesministerium", "regierung", "bundesregierung", "landesregierung", "verband",
        "gruppe", "universität", "institut", "stiftung", "gesellschaft", "bank", "gmbh", "ag", "e.v.", "verein",
        "bundestag", "landtag", "amt", "bundesamt", "polizei", "gericht", "bundesgerichtshof", "klinik", "klinikum",
        "zeitung", "rundfunk", "kommission", "rat", "behörde", "konzern", "werke", "akademie", "hochschule",
    ],
};

const FRENCH: Words = Words {
    function: &[
        "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "au", "aux", "et", "ou", "mais", "donc",
        "car", "ni", "en", "dans", "sur", "sous", "avec", "sans", "pour", "par", "chez", "vers", "contre", "selon",
        "depuis", "pendant", "après", "avant", "entre", "il", "elle", "ils", "elles", "on", "nous", "vous", "je",
        "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon",
        "ma", "mes", "qui", "que", "quoi", "où", "quand", "comment", "pourquoi", "si", "comme", "plus", "moins",
        "très", "aussi", "encore", "déjà", "toujours", "jamais", "ne", "pas", "tout", "tous", "toute", "toutes",
        "plusieurs", "certains", "certaines", "aucun", "aucune", "autre", "autres", "ainsi", "alors", "puis",
        "enfin", "cependant", "pourtant", "toutefois", "désormais", "aujourd'hui", "hier", "demain", "ici", "là",
        "oui", "non", "merci", "veuillez", "c'est", "c’est", "il y", "selon", "lors", "face", "afin", "dont",
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "est", "sont", "a", "ont", "fait",
    ],
    calendar: &[
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
        "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ],
    titles: &[
        "m.", "mme", "mme.", "mlle", "monsieur", "madame", "président", "présidente", "ministre", "premier",
        "première", "maire", "dr", "dr.", "docteur", "professeur", "pr", "général", "député", "députée", "sénateur",
        "sénatrice", "porte-parole", "directeur", "directrice", "secrétaire", "chancelière", "chancelier", "pape",
        "roi", "reine", "prince", "princesse", "entraîneur", "juge", "commissaire",
    ],
    organisations: &[
        "parti", "ministère", "gouvernement", "fondation", "université", "institut", "association", "fédération",
        "conseil", "commission", "assemblée", "sénat", "banque", "groupe", "société", "compagnie", "agence",
        "office", "tribunal", "cour", "syndicat", "union", "police", "gendarmerie", "hôpital", "centre", "académie",
    ],
};

const SPANISH: Words = Words {
    function: &[
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "del", "al", "de", "y", "e", "o", "u", "pero",
        "sino", "en", "con", "sin", "por", "para", "sobre", "entre", "desde", "hasta", "hacia", "contra", "según",
        "durante", "tras", "ante", "bajo", "él", "ella", "ellos", "ellas", "nosotros", "usted", "ustedes", "yo",
        "se", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "este", "esta", "estos", "estas", "esto",
        "ese", "esa", "esos", "esas", "eso", "aquel", "aquella", "que", "qué", "quien", "quién", "donde", "dónde",
        "cuando", "cuándo", "como", "cómo", "si", "no", "sí", "muy", "más", "menos", "también", "tampoco", "ya",
        "aún", "todavía", "siempre", "nunca", "todo", "toda", "todos", "todas", "algunos", "algunas", "alguna",
        "alguno", "varios", "varias", "muchos", "muchas", "otro", "otra", "otros", "otras", "así", "además",
        "luego", "después", "antes", "ahora", "hoy", "ayer", "mañana", "aquí", "allí", "sin embargo", "gracias",
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "es", "son", "fue", "ha", "han",
        "hay", "le", "les", "mientras", "aunque", "porque", "pues", "cada",
    ],
    calendar: &[
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero", "marzo",
        "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    ],
    titles: &[
        "presidente", "presidenta", "ministro", "ministra", "canciller", "alcalde", "alcaldesa", "don", "doña",
        "señor", "señora", "sr.", "sra.", "dr.", "dra.", "doctor", "doctora", "gobernador", "gobernadora",
        "diputado", "diputada", "senador", "senadora", "secretario", "secretaria", "director", "directora",
        "portavoz", "general", "rey", "reina", "príncipe", "princesa", "papa", "entrenador", "juez", "jueza",
        "vicepresidente", "vicepresidenta", "consejero", "consejera", "profesor", "profesora",
    ],
    organisations: &[
        "partido", "ministerio", "gobierno", "fundación", "universidad", "instituto", "asociación", "federación",
        "consejo", "comisión", "congreso", "senado", "banco", "grupo", "sociedad", "compañía", "agencia",
        "tribunal", "corte", "sindicato", "unión", "policía", "hospital", "centro", "secretaría", "dirección",
        "departamento", "organización", "empresa", "ayuntamiento", "junta",
    ],
};

const ITALIAN: Words = Words {
    function: &[
        "il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "un'", "un’", "del", "dello", "della",
        "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle", "dal", "dalla", "dai", "nel", "nella",
        "nei", "nelle", "sul", "sulla", "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "e", "ed", "o",
        "ma", "però", "anche", "ancora", "già", "non", "più", "meno", "molto", "tutto", "tutti", "tutte", "alcuni",
        "alcune", "altri", "altre", "altro", "questo", "questa", "questi", "queste", "quello", "quella", "quelli",
        "che", "chi", "cosa", "dove", "quando", "come", "perché", "se", "così", "poi", "oggi", "ieri", "domani",
        "qui", "lì", "là", "sì", "no", "grazie", "buon", "buona", "lui", "lei", "loro", "noi", "voi", "io", "si",
        "ci", "ne", "suo", "sua", "suoi", "sue", "nostro", "nostra", "secondo", "dopo", "prima", "mentre", "inoltre",
        "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "è", "sono", "ha", "hanno",
        "negli", "dagli", "sugli", "ogni", "infatti", "quindi", "invece",
    ],
    calendar: &[
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gennaio", "febbraio", "marzo",
        "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ],
    titles: &[
        "presidente", "ministro", "ministra", "sindaco", "sindaca", "premier", "signor", "signore", "signora",
        "sig.", "sig.ra", "dott.", "dott.ssa", "dottor", "dottore", "prof.", "professore", "professoressa",
        "senatore", "senatrice", "deputato", "deputata", "segretario", "segretaria", "direttore", "direttrice",
        "portavoce", "generale", "re", "regina", "principe", "principessa", "papa", "allenatore", "giudice",
        "cancelliera", "cancelliere", "governatore", "assessore", "onorevole", "on.",
    ],
    organisations: &[
        "partito", "ministero", "governo", "fondazione", "università", "istituto", "associazione", "federazione",
        "consiglio", "commissione", "camera", "senato", "banca", "gruppo", "società", "compagnia", "agenzia",
        "tribunale", "corte", "sindacato", "unione", "polizia", "ospedale", "centro", "comune", "regione",
        "procura", "organizzazione", "azienda",
    ],
};

const PORTUGUESE: Words = Words {
    function: &[
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao",
        "aos", "à", "às", "de", "em", "com", "sem", "por", "para", "pelo", "pela", "pelos", "pelas", "sobre",
        "entre", "desde", "até", "contra", "segundo", "durante", "após", "e", "ou", "mas", "porém", "ele", "ela",
        "eles", "elas", "nós", "você", "vocês", "eu", "se", "seu", "sua", "seus", "suas", "este", "esta", "estes",
        "estas", "isto", "esse", "essa", "esses", "essas", "isso", "aquele", "aquela", "que", "quem", "onde",
        "quando", "como", "porque", "não", "sim", "muito", "mais", "menos", "também", "já", "ainda", "sempre",
        "nunca", "todo", "toda", "todos", "todas", "alguns", "algumas", "outro", "outra", "outros", "outras",
        "assim", "além", "depois", "antes", "agora", "hoje", "ontem", "amanhã", "aqui", "ali", "obrigado",
        "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "é", "são", "foi", "há",
        "cada", "enquanto", "embora",
    ],
    calendar: &[
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
        "novembro", "dezembro",
    ],
    titles: &[
        "presidente", "presidenta", "ministro", "ministra", "prefeito", "prefeita", "governador", "governadora",
        "senhor", "senhora", "sr.", "sra.", "dr.", "dra.", "doutor", "doutora", "deputado", "deputada", "senador",
        "senadora", "secretário", "secretária", "diretor", "diretora", "porta-voz", "general", "rei", "rainha",
        "príncipe", "princesa", "papa", "treinador", "juiz", "juíza", "professor", "professora",
    ],
    organisations: &[
        "partido", "ministério", "governo", "fundação", "universidade", "instituto", "associação", "federação",
        "conselho", "comissão", "congresso", "senado", "banco", "grupo", "sociedade", "companhia", "agência",
        "tribunal", "sindicato", "união", "polícia", "hospital", "centro", "secretaria", "prefeitura", "empresa",
    ],
};

/// German heads of compound organisation names ("Innenministerium", "Bundesregierung", "Robert-Koch-Institut").
const GERMAN_COMPOUND_HEADS: &[&str] = &[
    "ministerium", "partei", "institut", "universität", "stiftung", "verband", "regierung", "gericht", "behörde",
    "klinikum", "hochschule", "kommission", "polizei", "bundesamt",
];

/// Country names in each language (Unicode CLDR via babel, generated by `exonyms.py`).
const EXONYMS: &str = include_str!("exonyms.tsv");

/// Major cities' names in each language with their English name and country
/// (compiled by hand, confirmed by GeoNames; generated by `cities.py`).
const CITIES: &str = include_str!("cities.tsv");

/// (language tag, lower-cased key of a local name) → its entry and whether it is a city's.
type LocalPlaces = HashMap<(&'static str, String), (Entry, bool)>;

/// (language tag, lower-cased key of the local name) → the place it names,
/// as the English list entry: the countries of [`EXONYMS`], then the cities
/// of [`CITIES`] (their entry in the English lists where they have one).
/// The flag tells a city, whose name in the language outranks a listed
/// English name of the same spelling ("Sevilla" is Seville).
static LOCAL_PLACES: LazyLock<LocalPlaces> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let rows = |data: &'static str| data.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').collect::<Vec<_>>());
    for cols in rows(EXONYMS) {
        let [local, english, tags] = cols[..] else { continue };
        let Some(&entry) = gazetteer().get(&key(english.split_whitespace())) else { continue };
        insert(&mut map, local, tags, (entry, false));
    }
    for cols in rows(CITIES) {
        let [local, english, country, tags] = cols[..] else { continue };
        let listed = gazetteer().get(&key(english.split_whitespace())).filter(|e| e.kind == EntityType::Place && e.name == english);
        let entry = listed.copied().unwrap_or(Entry { name: english, kind: EntityType::Place, country: Some(country), acronym: false, actor: None });
        insert(&mut map, local, tags, (entry, true));
    }
    map
});

/// Lists `local` as `entry` for each language of the comma-separated `tags`
/// (a country's name wins over a city's).
fn insert(map: &mut LocalPlaces, local: &str, tags: &'static str, entry: (Entry, bool)) {
    let local = key(super::token::words(local, &[]).iter().map(|t| t.text));
    for tag in tags.split(',') {
        map.entry((tag, local.clone())).or_insert(entry);
    }
}

fn tag(language: Language) -> &'static str {
    match language {
        Language::English => "en",
        Language::German => "de",
        Language::French => "fr",
        Language::Spanish => "es",
        Language::Italian => "it",
        Language::Portuguese => "pt",
    }
}

/// The country or city a span names in `language` ("Russland", "Stati
/// Uniti", "München", "Nueva York"), as the English list entry; a country
/// only where the English lists do not already list the span.
fn local_place(language: Language, words: &[Token<'_>], listed: bool) -> Option<Entry> {
    let local = key(words.iter().map(|t| t.text));
    let &(entry, city) = LOCAL_PLACES.get(&(tag(language), local))?;
    (city || !listed).then_some(entry)
}

fn words(language: Language) -> Option<&'static Words> {
    match language {
        Language::English => None,
        Language::German => Some(&GERMAN),
        Language::French => Some(&FRENCH),
        Language::Spanish => Some(&SPANISH),
        Language::Italian => Some(&ITALIAN),
        Language::Portuguese => Some(&PORTUGUESE),
    }
}

fn lower(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// Heads of German compound titles ("SPD-Chef", "Fernsehmoderator", "Zukunftsforscher").
const GERMAN_TITLE_HEADS: &[&str] = &[
    "chef", "chefin", "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "vorsitzende",
    "vorsitzender", "moderator", "moderatorin", "forscher", "forscherin", "experte", "expertin", "politiker",
    "politikerin", "trainer", "trainerin", "kanzler", "kanzlerin", "kandidat", "kandidatin", "direktor", "direktorin",
    "leiter", "leiterin", "ökonom", "ökonomin", "virologe", "virologin", "sänger", "sängerin", "schauspieler",
    "schauspielerin", "anwalt", "anwältin", "bürgermeister", "bürgermeisterin", "gründer", "gründerin", "botschafter",
    "botschafterin", "analyst", "analystin", "sekretär", "sekretärin", "abgeordnete", "abgeordneter",
];

/// Is `word` a title before a person's name in `language`? In German also a
/// compound with a title as its head ("SPD-Chef", "Zukunftsforscher").
pub fn is_title(language: Language, word: &str) -> bool {
    let l = lower(word);
    let compound = || {
        let head = |h: &&str| l.strip_suffix(h).is_some_and(|rest| rest.ends_with('-') || rest.chars().count() >= 3);
        language == Language::German && word.starts_with(char::is_uppercase) && GERMAN_TITLE_HEADS.iter().any(head)
    };
    words(language).is_some_and(|w| w.titles.contains(&l.as_str())) || compound()
}

/// Holds the candidates of a text in `language` to that language's rules
/// (see the module comment); English candidates pass unchanged.
pub fn filter(language: Language, tokens: &[Token<'_>], named: Vec<Named>) -> Vec<Named> {
    let Some(w) = words(language) else { return named };
    let function = |t: &Token<'_>| {
        let l = lower(t.text);
        w.function.contains(&l.as_str()) || w.calendar.contains(&l.as_str())
    };
    let mut out: Vec<Named> = Vec::with_capacity(named.len());
    for mut n in named {
        // a function or calendar word inside a name ends it; one opening it goes
        if let Some(cut) = (n.span.first + 1..n.span.last).find(|&k| w.calendar.contains(&lower(tokens[k].text).as_str())) {
            n.span.last = cut;
            n.span.listed = None;
        }
        while n.span.first < n.span.last && n.span.listed.is_none() && function(&tokens[n.span.first]) {
            n.span.first += 1;
        }
        // a title opening the name, or inside it before capitalised words, makes the rest a person
        // ("Bürgermeisterin Ingrid Haldersen", "Österreichs Kanzler Sebastian Kurz")
        let mut titled = n.span.titled;
        let inner = (n.span.first + 1..n.span.last.saturating_sub(1)).rev().find(|&k| is_title(language, tokens[k].text));
        if let Some(k) = inner.filter(|&k| n.span.listed.is_none() && tokens[k + 1].shape != Shape::Lower && !function(&tokens[k + 1])) {
            n.span.first = k + 1;
            titled = true;
        }
        while n.span.first + 1 < n.span.last && n.span.listed.is_none() && is_title(language, tokens[n.span.first].text) {
            n.span.first += 1;
            titled = true;
        }
        if n.span.first >= n.span.last || n.span.last - n.span.first == 1 && is_title(language, tokens[n.span.first].text) {
            continue;
        }
        // particles join a given name to its surname ("Ursula von der Leyen") and an
        // organisation word to its complement ("Ministerio de Sanidad"), not nouns ("Teil von der Polizei")
        let head = gazetteer().is_given_name(tokens[n.span.first].text) || w.organisations.contains(&lower(tokens[n.span.first].text).as_str());
        // and the parts of a city's name ("Ciudad de México", "Monaco di Baviera"), the longest that opens the candidate
        let city = (n.span.first + 2..=n.span.last).rev().find(|&k| local_place(language, &tokens[n.span.first..k], true).is_some());
        if let Some(k) = city {
            n.span.last = k;
        } else if !head && n.span.listed.is_none() {
            if let Some(cut) = (n.span.first + 1..n.span.last).find(|&k| tokens[k].shape == Shape::Lower) {
                n.span.last = cut;
            }
        }
        if let Some(entry) = local_place(language, &tokens[n.span.first..n.span.last], n.span.listed.is_some()) {
            n.span.listed = Some(entry);
            n.kind = entry.kind;
            n.strength = 3;
            out.push(n);
            continue;
        }
        let words_of = &tokens[n.span.first..n.span.last];
        let compound = language == Language::German
            && words_of.len() == 1
            && GERMAN_COMPOUND_HEADS.iter().any(|h| lower(words_of[0].text).strip_suffix(h).is_some_and(|rest| rest.chars().count() >= 3));
        let organisation_word = words_of.len() > 1 && words_of.iter().any(|t| w.organisations.contains(&lower(t.text).as_str()));
        if (compound || organisation_word) && n.span.listed.is_none() {
            n.kind = EntityType::Organisation;
            n.strength = 3;
        } else if titled && n.span.listed.is_none() {
            n.kind = EntityType::Person;
            n.strength = 3;
            n.span.titled = true;
        }
        out.push(n);
    }
    let given_led = |n: &Named| n.span.last - n.span.first >= 2 && gazetteer().is_given_name(tokens[n.span.first].text);
    // surnames of people named in full (with a given name or a title)
    let surnames: HashSet<&str> = out
        .iter()
        .filter(|n| n.kind == EntityType::Person && (given_led(n) || n.span.titled))
        .map(|n| tokens[n.span.last - 1].text)
        .collect();
    let mid_sentence: HashSet<&str> = tokens.iter().filter(|t| !t.initial && t.shape == Shape::Cap).map(|t| t.text).collect();
    out.retain(|n| {
        let first = &tokens[n.span.first];
        let lone = n.span.last - n.span.first == 1;
        let evidence = n.span.listed.is_some()
            || n.span.titled
            || n.strength >= 3
            || (lone && first.shape == Shape::Upper && first.text.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            || (lone && surnames.contains(first.text));
        if language == Language::German {
            if given_led(n) {
                return true;
            }
            evidence
        } else {
            evidence || !lone || !first.initial || mid_sentence.contains(first.text)
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use concord_model::{Entity, EntityType};

    use crate::Language;

    fn names(text: &str, language: Language) -> Vec<(String, EntityType)> {
        let all: Vec<Entity> = super::super::recognise(text, &crate::sentences::split(text), language);
        all.into_iter().map(|e| (e.name, e.kind)).collect()
    }

    fn has(found: &[(String, EntityType)], name: &str, kind: EntityType) -> bool {
        found.iter().any(|(n, k)| n == name && *k == kind)
    }

    #[test]
    fn german_nouns_are_no_names_and_titles_come_off() {
        let found = names("Bürgermeisterin Ingrid Haldersen eröffnete am Dienstag die Brücke. Der Regen hörte nicht auf. Die Bundesregierung und die SPD lobten das Projekt in Hamburg.", Language::German);
        assert!(has(&found, "Ingrid Haldersen", EntityType::Person), "{found:?}");
        assert!(has(&found, "Bundesregierung", EntityType::Organisation), "{found:?}");
        assert!(has(&found, "SPD", EntityType::Organisation), "{found:?}");
        assert!(has(&found, "Hamburg", EntityType::Place), "{found:?}");
        assert!(!found.iter().any(|(n, _)| n.contains("Regen") || n.contains("Dienstag") || n.contains("Brücke")), "{found:?}");
    }

    #[test]
    fn romance_titles_function_words_and_months() {
        let found = names("Le président Marcel Vautrin a visité Lyon en Mars. Les habitants étaient contents.", Language::French);
        assert!(has(&found, "Marcel Vautrin", EntityType::Person), "{found:?}");
        assert!(!found.iter().any(|(n, _)| n == "Le" || n == "Les" || n == "Mars"), "{found:?}");
        let found = names("El alcalde Tomás Arribas visitó el Ministerio de Sanidad. Esto fue en Mayo.", Language::Spanish);
        assert!(has(&found, "Tomás Arribas", EntityType::Person), "{found:?}");
        assert!(has(&found, "Ministerio de Sanidad", EntityType::Organisation), "{found:?}");
        assert!(!found.iter().any(|(n, _)| n == "Esto" || n == "Mayo" || n == "El"), "{found:?}");
        let found = names("Il sindaco Paolo Ferraresi ha incontrato il Partito Democratico. Grazie a tutti.", Language::Italian);
        assert!(has(&found, "Paolo Ferraresi", EntityType::Person), "{found:?}");
        assert!(has(&found, "Partito Democratico", EntityType::Organisation), "{found:?}");
        assert!(!found.iter().any(|(n, _)| n == "Il" || n == "Grazie"), "{found:?}");
        let found = names("Il premier ha visitato la Germania e gli Stati Uniti.", Language::Italian);
        assert!(has(&found, "Germany", EntityType::Place) && has(&found, "United States", EntityType::Place), "{found:?}");
        let found = names("O prefeito Rui Tavares falou com o Partido Verde. Hoje choveu.", Language::Portuguese);
        assert!(has(&found, "Rui Tavares", EntityType::Person), "{found:?}");
        assert!(has(&found, "Partido Verde", EntityType::Organisation), "{found:?}");
        assert!(!found.iter().any(|(n, _)| n == "O" || n == "Hoje"), "{found:?}");
    }

    #[test]
    fn german_compound_and_inner_titles_come_off() {
        let found = names("SPD-Chef Norbert Kessler lobte den Plan. Österreichs Kanzler Tobias Brenner widersprach. Der Zukunftsforscher Jorin Halm schwieg.", Language::German);
        for person in ["Norbert Kessler", "Tobias Brenner", "Jorin Halm"] {
            assert!(has(&found, person, EntityType::Person), "{person}: {found:?}");
        }
    }

    #[test]
    fn cities_named_in_the_language_are_the_english_cities() {
        let found = names("Die Kanzlerin flog am Morgen von München nach Moskau.", Language::German);
        assert!(has(&found, "Munich", EntityType::Place) && has(&found, "Moscow", EntityType::Place), "{found:?}");
        let found = names("Le ministre a quitté Varsovie pour Pékin, puis la Haye.", Language::French);
        for city in ["Warsaw", "Beijing", "The Hague"] {
            assert!(has(&found, city, EntityType::Place), "{city}: {found:?}");
        }
        let found = names("La delegación viajó de Nueva York a Ciudad de México.", Language::Spanish);
        assert!(has(&found, "New York", EntityType::Place) && has(&found, "Mexico City", EntityType::Place), "{found:?}");
        let found = names("Il treno per Mailand non esiste, ma quello per Milano sì.", Language::Italian);
        assert!(has(&found, "Milan", EntityType::Place) && !has(&found, "Mailand", EntityType::Place), "a German name in Italian: {found:?}");
        let all = super::super::recognise("A comitiva seguiu para Londres.", &crate::sentences::split("A comitiva seguiu para Londres."), Language::Portuguese);
        let london = all.iter().find(|e| e.name == "London").expect("London");
        assert_eq!((london.id.as_str(), london.country.as_deref()), ("place:london", Some("United Kingdom")));
    }

    #[test]
    fn english_is_left_as_it_was() {
        let text = "Der Spiegel reported that Regen fell on Tuesday.";
        assert_eq!(names(text, Language::English), names(text, Language::default()));
        assert!(names(text, Language::English).iter().any(|(n, _)| n == "Regen"));
    }
}
