//! The newsroom's attribution vocabulary: cue verbs that introduce speech,
//! role nouns that title a speaker, and the small word classes the speaker
//! and content rules stop at.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::Language;

/// Verb forms that attribute speech or writing (forms that are also common
/// nouns, such as "reports" or "claims", are left out).
const CUE_VERBS: &[&str] = &[
    "says", "said", "say", "saying", "written", "tells", "told", "telling", "added",
    "stated", "claimed", "denies", "denied",
    "accuses", "accused", "warns", "warned", "announces",
    "announced", "confirms", "confirmed", "insists", "insisted",
    "argues", "argued", "noted", "alleges", "alleged",
    "reported", "writes", "wrote", "asserts", "asserted",
    "emphasizes", "emphasized", "emphasises", "emphasised",
    "explains", "explained", "acknowledges", "acknowledged", "admits",
    "admitted", "asked", "replies", "replied", "responds",
    "responded", "declares", "declared", "suggests", "suggested",
    "predicts", "predicted", "promised",
    "vowed", "recalled", "tweeted",
    "posted", "stressed",
    "observes", "observed", "complains", "complained", "charged",
    "countered", "contends", "contended",
    "testifies", "testified", "urges", "urged", "quipped",
    "joked", "indicated", "revealed", "disclosed", "mentioned", "remarked",
    "shouted", "yelled", "recounted", "boasted", "predicted", "cautioned", "blasted", "slammed",
    "criticized", "criticised", "praised", "agreed", "disputed", "demanded",
    "thundered", "acknowledging", "adding", "noting", "arguing",
    "insisting", "claiming", "explaining", "asserting", "stating", "declaring", "announcing",
    "conceded", "concedes", "reiterated", "reiterates", "lamented", "clarified", "retorted", "speculated",
    "underscored", "confided", "exclaimed",
];

/// Participles that report only as a clause of their own, after a comma
/// ("…, warning that …") or an auxiliary ("is demanding that"): right after
/// a noun they describe it ("protesters demanding his resignation have
/// gathered", "a report predicting a boom was hailed").
const PARTICIPLE_CUES: &[&str] = &[
    "confirming", "demanding", "warning", "denying", "alleging", "suggesting", "predicting", "urging", "stressing",
    "emphasizing", "emphasising",
];

/// Speech verbs of German, French, Spanish, Italian and Portuguese (past
/// participles of French, Italian and Portuguese compound tenses included:
/// "a déclaré", "ha detto"); cues only in a text of those languages.
const FOREIGN_CUE_VERBS: &[&str] = &[
    // German
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "teilte", "warnte",
    "warnt", "kritisierte", "kritisiert", "meinte", "fügte", "berichtete", "bestätigte", "forderte", "schrieb",
    "sagen", "erklären", "unterstrich", "versicherte", "räumte",
    // French
    "déclaré", "dit", "affirmé", "indiqué", "souligné", "expliqué", "ajouté", "estimé", "assuré", "précisé",
    "annoncé", "déclare", "affirme", "explique", "ajoute", "souligne", "estime", "indique", "assure", "précise",
    "confié", "martelé", "prévenu", "averti",
    // Spanish
    "dijo", "afirmó", "declaró", "aseguró", "señaló", "explicó", "indicó", "añadió", "agregó", "destacó",
    "subrayó", "advirtió", "manifestó", "expresó", "sostuvo", "comentó", "apuntó", "dicho", "afirma", "asegura",
    "explica", "señala", "dice", "declarado", "afirmado", "asegurado",
    // Italian
    "detto", "dichiarato", "affermato", "spiegato", "aggiunto", "sottolineato", "ribadito", "dichiara", "afferma",
    "spiega", "aggiunge", "sottolinea", "disse", "dice", "commentato", "annunciato", "precisato",
    // Portuguese
    "afirmou", "declarou", "explicou", "acrescentou", "disseram", "afirmaram", "destacou", "ressaltou", "garantiu",
    "diz", "afirma", "declara", "dito", "afirmado",
];

/// Auxiliaries of the compound past before a participle cue ("a déclaré", "ha detto", "ha dicho").
const FOREIGN_AUXILIARIES: &[&str] = &["a", "ont", "avait", "ha", "hanno", "aveva", "han", "había", "habría", "tem", "têm", "tinha"];

/// Words that credit what follows to a source ("selon X", "según X", "laut X").
const FOREIGN_ACCORDING: &[&str] = &["selon", "según", "secondo", "segundo", "laut"];

/// Forms that are cues only right after a quotation ("…,” Viguerie notes.").
const AFTER_QUOTE_CUES: &[&str] = &[
    "notes", "claims", "reports", "tweets", "concludes", "concluded", "adds", "continues",
    "continued", "says", "writes", "states", "charges", "counters", "recalls", "asks", "vows",
    "promises", "stresses", "maintains", "maintained", "quips", "jokes", "explains", "argues",
    "insists", "warns", "laments", "offers", "offered", "shot", "read", "reads", "went", "say",
    "state", "write", "tell", "add", "argue", "claim", "note", "insist", "contend", "explain",
    "warn", "recall", "predict", "agree", "respond", "reply", "ask", "answer", "answered",
    "comments", "muses", "remarks", "assures", "concedes", "retorts", "exclaims", "wonders", "laughs", "sings", "sang",
];

/// Verbs of belief, knowledge and finding, and speech verbs in the plural
/// present ("critics argue"): cues only when a clause follows them.
const CLAUSE_VERBS: &[&str] = &[
    "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped",
    "fear", "fears", "feared", "expect", "expects", "know", "knows", "knew", "feel", "feels",
    "felt", "worry", "worries", "worried", "suspect", "suspects", "suspected", "doubt", "doubts",
    "assume", "assumes", "assumed", "understand", "understands", "realize", "realizes",
    "realized", "realise", "realises", "realised", "recognize", "recognizes", "recognized",
    "conclude", "concludes", "concluded", "estimate", "estimates", "estimated", "argue", "claim",
    "insist", "contend", "warn", "note", "agree", "predict", "suggest", "acknowledge", "admit",
    "show", "shows", "showed", "shown", "find", "finds", "found", "reveal", "reveals", "allege", "assert",
    "maintain", "maintains", "stress", "concede", "confirm", "deny", "explain",
];

/// Verbs that report only with a complementiser after them: "the court
/// ruled that …", "an ad questioned whether …". Forms that are also plural
/// nouns ("charges", "demands", "rules", "questions") are left out: "the
/// nonstop demands that come with the job".
const THAT_VERBS: &[&str] = &["ruled", "questioned", "questioning", "wondered", "wonders"];

/// Common verbs that end a subject phrase ("The email goes on to say").
const COMMON_VERBS: &[&str] = &[
    "goes", "went", "gets", "got", "makes", "made", "takes", "took", "gives", "gave", "comes",
    "came", "calls", "thinks", "thought", "believes", "wants", "seems", "appears", "plans",
    "hopes", "knows", "knew", "feels", "felt", "sees", "saw", "puts", "keeps", "kept", "leads",
    "led", "holds", "held", "is", "was", "are", "were", "has", "had", "will", "would", "can",
    "could", "should", "may", "might", "does", "did", "urges", "tries", "begins", "began",
    "finds", "found", "expects", "brings", "brought", "sends", "sent", "runs", "ran", "wins",
    "won", "loses", "lost", "gets", "shows", "showed", "uses", "needs", "remains",
];

/// Words naming a speaker's role; a name after them is the speaker's name.
const ROLE_NOUNS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
    "analyst", "columnist", "senator", "sen.", "rep.", "representative", "congressman",
    "congresswoman", "president", "vice-president", "secretary", "director", "minister",
    "chairman", "chairwoman", "chair", "candidate", "nominee", "adviser", "advisor", "aide",
    "manager", "strategist", "leader", "governor", "gov.", "mayor", "chief", "ambassador",
    "attorney", "lawyer", "professor", "researcher", "expert", "economist", "pollster",
    "founder", "executive", "ceo", "commissioner", "judge", "justice", "speaker", "host",
    "anchor", "correspondent", "reporter", "editor", "general", "gen.", "lt.", "col.",
    "sergeant", "officer", "operative", "consultant", "activist", "donor", "surrogate",
    "delegate", "sponsor", "voter", "supporter", "member", "hopeful", "rival", "opponent", "mogul",
    "billionaire", "businessman", "businesswoman", "scholar", "fellow", "dr.", "mr.", "mrs.",
    "ms.",
];

/// Pronouns that can stand as a speaker.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Words that end a speaker phrase when walking back from a cue.
const BOUNDARY: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "as", "if",
    "but", "or", "so", "than", "after", "before", "since", "although", "though", "what", "how",
    "why", "whether", "then", "is", "was", "were", "are", "be", "been", "being", "will",
    "would", "can", "could", "may", "might", "must", "should", "shall", "not", "in", "on", "at",
    "by", "with", "from", "into", "about", "over", "under", "during", "against", "between",
    "through", "to", "of", "for", "and", "meanwhile", "however", "still", "yet", "now", "also",
    "but", "even", "only", "both", "all", "once", "instead", "there", "here", "this", "these",
    "those", "his", "her", "their", "our", "its", "my", "your", "him", "them", "us", "me",
    "do", "does", "did", "has", "have", "had", "having", "said", "says", "told", "just", "too",
    "very", "more", "most", "such", "like", "unlike", "without", "within", "among", "upon",
    "until", "unless", "whereas", "per", "via", "out", "up", "off", "down", "away", "back",
    "later", "earlier", "separately", "previously", "finally", "again", "today", "yesterday",
    "then", "thus", "therefore", "indeed", "instead", "perhaps", "maybe", "recently",
    "moreover", "furthermore", "additionally", "given", "besides", "nevertheless", "nonetheless", "amid", "elsewhere",
    "amidst", "despite", "following", "throughout",
    // German, French, Spanish, Italian and Portuguese function words that no English text uses
    "und", "oder", "dass", "nach", "während", "weil", "nachdem", "hatte", "que", "qui", "mientras", "para",
    "sobre", "tras", "lors", "après", "avec", "pour", "dans", "pendant", "mentre", "dopo", "nel", "nella",
    "quando", "aber", "mais", "pero", "però", "porque", "perché", "cuando", "quand", "wenn",
];

/// Auxiliaries, adverbs and time words skipped between a speaker and its cue.
const SKIP_BEFORE_CUE: &[&str] = &[
    "has", "have", "had", "also", "previously", "later", "reportedly", "would", "will", "then",
    "again", "further", "publicly", "repeatedly", "recently", "separately", "earlier",
    "frequently", "often", "initially", "first", "just", "did", "does", "do", "once",
    "privately", "already", "never", "always", "still", "subsequently", "quickly", "bluntly",
    "flatly", "simply", "openly", "on", "last", "this", "week", "month", "year", "yesterday",
    "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "may", "might", "could", "can", "twice", "once", "again", "long", "since", "soon",
    "now", "even", "later", "first", "finally", "originally", "ultimately", "night", "morning",
    "afternoon", "evening", "weekend", "here", "both", "all", "each",
];

/// Words that make a following participle passive ("was told"), not a cue.
const PASSIVE: &[&str] = &["is", "was", "were", "are", "be", "been", "being", "get", "got"];

/// Determiners and possessive pronouns that open a nominal phrase.
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"];

/// Heads that name a group of organisations ("the agencies").
const GROUP_HEADS: &[&str] = &[
    "agencies", "organisations", "organizations", "companies", "groups", "bodies", "services",
    "departments", "governments", "countries", "nations", "offices", "firms", "authorities",
];

/// Words that mark an organisation rather than a person.
const ORG_WORDS: &[&str] = &[
    "campaign", "agency", "agencies", "mission", "ministry", "committee", "party", "group",
    "company", "report", "statement", "office", "department", "government", "bureau",
    "council", "house", "administration", "community", "service", "commission", "court",
    "news", "times", "post", "journal", "network", "association", "institute", "university",
    "foundation", "corporation", "inc", "corp", "union", "team", "organization",
    "organisation", "force", "police", "army", "navy", "congress", "senate", "coalition",
    "embassy", "consulate", "board", "bank", "authority", "tribunal", "parliament", "assembly",
    "cabinet", "regulator", "watchdog", "charity", "league", "club", "airline", "carrier", "directorate",
    "secretariat", "inspectorate",
];

/// Heads of a document that speaks for whoever wrote it ("the report
/// revealed", "according to a study by …").
const DOCUMENT_HEADS: &[&str] = &[
    "report", "reports", "study", "studies", "analysis", "assessment", "survey", "surveys", "poll", "polls", "statement",
    "findings", "review", "audit", "memo", "filing", "document", "documents", "letter", "paper", "investigation",
    "email", "tweet", "ad", "advertisement", "complaint", "lawsuit", "indictment", "video",
];

/// Heads that stand for a business named before ("the company confirmed").
const COMPANY_HEADS: &[&str] = &[
    "company", "firm", "corporation", "conglomerate", "giant", "airline", "carrier", "lender", "bank", "insurer",
    "retailer", "automaker", "carmaker", "manufacturer", "startup", "chain", "operator", "publisher", "broadcaster",
    "developer", "supplier", "maker", "miner", "utility",
];

/// Roles whose holder speaks for a body ("a Microsoft spokesperson … the
/// spokesperson added").
const SPOKES_ROLES: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "representative", "official"];

/// Nouns for people who may speak without being named ("the narrator",
/// "voters", "the couple"), in the singular: a plural is looked up without
/// its "s".
const PEOPLE_NOUNS: &[&str] = &[
    "people", "person", "man", "men", "woman", "women", "boy", "girl", "child", "children", "mother", "father",
    "parent", "son", "daughter", "wife", "husband", "brother", "sister", "family", "friend", "neighbour",
    "neighbor", "colleague", "couple", "crowd", "audience", "fan", "resident", "citizen", "voter", "protester",
    "protestor", "demonstrator", "critic", "student", "teacher", "worker", "employee", "staff", "doctor", "nurse",
    "surgeon", "neurosurgeon", "physician", "scientist", "witness", "victim", "survivor", "lawmaker", "legislator",
    "republican", "democrat", "conservative", "liberal", "progressive", "narrator", "author", "writer", "actor",
    "actress", "singer", "star", "player", "coach", "sheriff", "prince", "princess", "king", "queen", "pope",
    "bishop", "pastor", "priest", "rabbi", "imam", "prosecutor", "investigator", "detective", "agent", "juror",
    "plaintiff", "defendant", "investor", "owner", "customer", "user", "migrant", "refugee", "soldier", "troops",
    "veteran", "farmer", "miner", "driver", "pilot", "insider", "source", "organizer", "organiser", "host",
    "journalist", "commentator", "blogger", "poster", "tweeter", "caller", "mp", "councillor", "councilor",
    "diplomat", "envoy", "negotiator", "president", "premier", "chancellor", "emperor", "dictator", "cleric",
    "staffer", "crew", "challenger", "holdout", "historian", "expert", "scholar", "economist", "analyst", "respondent", "radioman", "impostor", "guest", "listener", "viewer",
];

/// Headline kickers that name no one ("Breaking:", "The Latest:", "UPDATE:").
const KICKERS: &[&str] = &[
    "breaking", "exclusive", "update", "updated", "watch", "wow", "bombshell", "busted", "latest", "so",
    "clarification", "correction", "video", "photos", "live", "developing", "just", "leaked", "boom", "alert",
    "new", "now", "must", "see", "shocking", "huge", "opinion", "analysis", "explainer", "factbox", "editorial",
    "review", "recap", "podcast", "coronavirus", "covid-19", "brexit",
];

/// Every listed word, lowercase and sorted, with a bit for each list that
/// holds it: one binary search answers every "is it a …?" question.
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::of(LISTS))
}

/// The lists read only in a text of another language than English, apart
/// so that they cost English lookups nothing.
fn foreign_lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::of(FOREIGN_LISTS))
}

impl Lexicon {
    /// The lexicon of `lists`.
    fn of(lists: &[(&'static [&'static str], u32)]) -> Lexicon {
        let mut words: FxHashMap<&'static str, u32> = FxHashMap::default();
        for &(list, bit) in lists {
            for &w in list {
                *words.entry(w).or_default() |= bit;
            }
        }
        // which lengths occur for each first letter: most words are rejected here
        let mut shapes = [0u64; 26];
        for w in words.keys() {
            if let Some(letter) = w.bytes().next().filter(u8::is_ascii_lowercase) {
                shapes[usize::from(letter - b'a')] |= 1u64 << w.len().min(63);
            }
        }
        Lexicon { words, shapes }
    }

    /// Is `word` in the list whose bit is `bit`, ignoring ASCII case?
    fn contains(&self, bit: u32, word: &str) -> bool {
        let Some(letter) = word.bytes().next().map(|b| b.to_ascii_lowercase()).filter(u8::is_ascii_lowercase) else {
            return false;
        };
        if word.len() >= 63 || self.shapes[usize::from(letter - b'a')] & (1u64 << word.len()) == 0 {
            return false;
        }
        // lower-cased on the stack (ASCII letters only, so it stays UTF-8)
        let mut buffer = [0u8; 64];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|lower| self.words.get(lower).is_some_and(|bits| bits & bit != 0))
    }
}

/// The words with their lists' bits, and a quick filter on (first letter, length).
struct Lexicon {
    words: FxHashMap<&'static str, u32>,
    shapes: [u64; 26],
}

// One bit per list.
const CUE: u32 = 1 << 0;
const AFTER_QUOTE_CUE: u32 = 1 << 1;
const COMMON_VERB: u32 = 1 << 2;
const ROLE: u32 = 1 << 3;
const PRONOUN: u32 = 1 << 4;
const BOUNDARY_WORD: u32 = 1 << 5;
const SKIPPABLE: u32 = 1 << 6;
const PASSIVE_WORD: u32 = 1 << 7;
const DETERMINER: u32 = 1 << 8;
const GROUP_HEAD: u32 = 1 << 9;
const ORG_WORD: u32 = 1 << 10;
const KICKER: u32 = 1 << 11;
const CLAUSE_VERB: u32 = 1 << 12;
const FOREIGN_CUE: u32 = 1 << 13;
const FOREIGN_AUXILIARY: u32 = 1 << 14;
const FOREIGN_ACCORDING_WORD: u32 = 1 << 15;
const DOCUMENT_HEAD: u32 = 1 << 16;
const COMPANY_HEAD: u32 = 1 << 17;
const SPOKES_ROLE: u32 = 1 << 18;
const PEOPLE_NOUN: u32 = 1 << 19;
const THAT_VERB: u32 = 1 << 20;
const PARTICIPLE_CUE: u32 = 1 << 21;

/// The lists and their bits.
const LISTS: &[(&[&str], u32)] = &[
    (CUE_VERBS, CUE),
    (AFTER_QUOTE_CUES, AFTER_QUOTE_CUE),
    (COMMON_VERBS, COMMON_VERB),
    (ROLE_NOUNS, ROLE),
    (PRONOUNS, PRONOUN),
    (BOUNDARY, BOUNDARY_WORD),
    (SKIP_BEFORE_CUE, SKIPPABLE),
    (PASSIVE, PASSIVE_WORD),
    (DETERMINERS, DETERMINER),
    (GROUP_HEADS, GROUP_HEAD),
    (ORG_WORDS, ORG_WORD),
    (KICKERS, KICKER),
    (CLAUSE_VERBS, CLAUSE_VERB),
    (DOCUMENT_HEADS, DOCUMENT_HEAD),
    (COMPANY_HEADS, COMPANY_HEAD),
    (SPOKES_ROLES, SPOKES_ROLE),
    (PEOPLE_NOUNS, PEOPLE_NOUN),
    (THAT_VERBS, THAT_VERB),
    (PARTICIPLE_CUES, PARTICIPLE_CUE | CUE),
];

/// The lists of other languages and their bits.
const FOREIGN_LISTS: &[(&[&str], u32)] = &[
    (FOREIGN_CUE_VERBS, FOREIGN_CUE),
    (FOREIGN_AUXILIARIES, FOREIGN_AUXILIARY),
    (FOREIGN_ACCORDING, FOREIGN_ACCORDING_WORD),
];

/// Is `word` in the list whose bit is `bit` (see [`LISTS`]), ignoring ASCII case?
fn contains(bit: u32, word: &str) -> bool {
    lexicon().contains(bit, word)
}

/// Is `word` a cue verb?
pub fn is_cue(word: &str) -> bool {
    contains(CUE, word)
}

/// Cue verbs of denial: what they report is what the speaker rejects
/// ("denied the country's role in the hack"), not what the speaker asserts.
const DENIALS: &[&str] = &["denies", "denied", "deny", "denying", "disputed", "disputes", "disputing"];

/// Is the cue `cue` (a verb or a phrase) one of denial?
pub fn is_denial(cue: &str) -> bool {
    cue.split_whitespace().any(|w| DENIALS.iter().any(|d| d.eq_ignore_ascii_case(w)))
}

/// Is `word` a speech verb of `language` other than English (none for English)?
pub fn is_foreign_cue(language: Language, word: &str) -> bool {
    language != Language::English && foreign_lexicon().contains(FOREIGN_CUE, word)
}

/// Is `word` an auxiliary of the compound past of `language` (none for English)?
pub fn is_foreign_auxiliary(language: Language, word: &str) -> bool {
    language != Language::English && foreign_lexicon().contains(FOREIGN_AUXILIARY, word)
}

/// Is `word` "selon", "según", "laut" …, crediting a source in `language` (none for English)?
pub fn is_foreign_according(language: Language, word: &str) -> bool {
    language != Language::English && foreign_lexicon().contains(FOREIGN_ACCORDING_WORD, word)
}

/// Is `word` a cue right after a quotation: any cue, a form that is also a
/// noun, or a lowercase past tense ("exclaimed", "retorted")?
pub fn is_cue_after_quote(word: &str) -> bool {
    is_cue(word) || is_past(word) || contains(AFTER_QUOTE_CUE, word)
}

/// Does `word` look like a past tense or participle in "-ed" ("walked")?
pub fn is_past(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase)
}

/// Irregular past tenses, which the verb lists miss: the sentence's own
/// verb after a relative clause ("…, who said they had not been warned,
/// left"), a clause's verb before "according to".
const IRREGULAR_PASTS: &[&str] = &[
    "left", "met", "led", "won", "lost", "took", "made", "came", "went", "became", "fled", "sent", "spent", "held",
    "ran", "began", "gave", "got", "kept", "brought", "built", "fell", "rose", "paid", "saw", "found", "stood",
    "cost", "hit", "cut", "set", "put", "said", "told", "thought", "knew", "grew", "sold", "bought", "wrote", "spoke",
    "struck", "broke", "drove", "flew",
];

/// A verb a clause of its own may have: a past, a listed verb form not in
/// -ing, a form of "be", an irregular past.
pub fn is_finite_verb(w: &str) -> bool {
    is_past(w) || is_verb(w) && !w.ends_with("ing") || is_passive(w) || is_irregular_past(w)
}

/// Is `word` a pronoun that can be a clause's subject ("he", "they", "I")?
pub fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "it" | "we" | "I" | "i")
}

/// Is `word` an auxiliary or modal verb ("is", "has", "will", "could", "did")?
pub fn is_auxiliary(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "be" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should" | "shall" | "does" | "did")
}

/// Is `word` an irregular past tense ("met", "left")?
pub fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PASTS.contains(&word)
}

/// Is `word` a possessive ("Ruiz's", "Iran’s")?
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// Is `word` a participle that reports only after a comma or an auxiliary?
pub fn is_participle_cue(word: &str) -> bool {
    contains(PARTICIPLE_CUE, word)
}

/// Is `word`, capitalised at a sentence's start, a participle ("Speaking
/// Sunday, …", "Asked about it, …") rather than a name that ends like one
/// ("Beijing", "Boeing", "Reading")? Only an English word is.
pub fn is_opening_participle(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed")) && crate::entities::gazetteer::gazetteer().is_common_word(&lower)
}

/// Is `word` a verb that reports only before "that", "whether" or "if"?
pub fn is_that_verb(word: &str) -> bool {
    contains(THAT_VERB, word)
}

/// Is `word` a verb that attributes the clause after it ("believes", "show")?
pub fn is_clause_verb(word: &str) -> bool {
    contains(CLAUSE_VERB, word)
}

/// Does `word` look like a verb that ends a subject phrase: a cue, a past
/// tense, a participle or a common verb?
pub fn is_verb(word: &str) -> bool {
    let lower = word.starts_with(char::is_lowercase);
    // (words in "-ing" that are no verb's participle)
    let participle = || {
        word.len() > 4
            && word.ends_with("ing")
            && !matches!(word, "during" | "nothing" | "something" | "anything" | "everything" | "morning" | "evening" | "thing" | "spring" | "string" | "ceiling" | "wedding")
    };
    lower && (is_cue_after_quote(word) || participle() || contains(COMMON_VERB, word))
}

/// Is `word` a role noun ("spokesman")?
pub fn is_role(word: &str) -> bool {
    contains(ROLE, word)
}

/// A word for people or a role, singular or plural ("voters", "official",
/// "lawyers").
pub fn names_people(word: &str) -> bool {
    is_people(word) || is_role(word) || word.len() > 3 && word.strip_suffix('s').is_some_and(is_role)
}

/// Pronouns for someone unnamed ("someone told you", "Nobody said"): a
/// whole speaker phrase, and no antecedent for a later "she".
const INDEFINITE_PRONOUNS: &[&str] = &["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"];

/// Is `word` a pronoun for someone unnamed ("someone", "Nobody")?
pub fn is_indefinite_pronoun(word: &str) -> bool {
    INDEFINITE_PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Is `word` a personal pronoun?
pub fn is_pronoun(word: &str) -> bool {
    contains(PRONOUN, word)
}

/// Is `word` written in capitals ("US", "IT")? Such a word is a name, never
/// a function word.
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_uppercase())
}

/// Does `word` end a speaker phrase?
pub fn is_boundary(word: &str) -> bool {
    !is_acronym(word) && contains(BOUNDARY_WORD, word)
}

/// Nouns in -ly, which no adverb rule may skip ("The man’s family said").
const LY_NOUNS: &[&str] = &["family", "assembly", "supply", "reply", "rally", "monopoly", "anomaly", "homily", "bully", "belly", "jelly", "folly", "lily", "ally"];

/// Is `word` a lower-case adverb in "-ly" ("widely", not "rally")?
pub fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.starts_with(char::is_lowercase) && !LY_NOUNS.contains(&word)
}

/// May `word` stand between a speaker and its cue?
pub fn is_skippable(word: &str) -> bool {
    !is_acronym(word) && (contains(SKIPPABLE, word) || is_ly_adverb(word) || word.chars().all(|c| c.is_ascii_digit()))
}

/// Does `word` make a following participle passive?
pub fn is_passive(word: &str) -> bool {
    contains(PASSIVE_WORD, word)
}

/// Is `word` a determiner or possessive pronoun?
pub fn is_determiner(word: &str) -> bool {
    contains(DETERMINER, word)
}

/// Does the plural head `word` name a group of organisations?
pub fn is_group_head(word: &str) -> bool {
    contains(GROUP_HEAD, word)
}

/// Is `word` a headline kicker ("Breaking", "Exclusive")?
pub fn is_kicker(word: &str) -> bool {
    contains(KICKER, word)
}

/// Does `word` mark an organisation?
pub fn is_org_word(word: &str) -> bool {
    contains(ORG_WORD, word)
}

/// Does `word` head a document that speaks for its author ("report")?
pub fn is_document(word: &str) -> bool {
    contains(DOCUMENT_HEAD, word)
}

/// Does `word` stand for a business ("company", "firm")?
pub fn is_company(word: &str) -> bool {
    contains(COMPANY_HEAD, word)
}

/// Does `word` name one who speaks for a body ("spokesperson")?
pub fn is_spokes_role(word: &str) -> bool {
    contains(SPOKES_ROLE, word)
}

/// Does `word` name people who may speak ("narrator", "voters")?
pub fn is_people(word: &str) -> bool {
    contains(PEOPLE_NOUN, word) || word.len() > 3 && word.ends_with('s') && contains(PEOPLE_NOUN, &word[..word.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lowercase_so_lookups_ignore_case() {
        assert!(LISTS.iter().all(|(list, _)| list.iter().all(|w| w.chars().all(|c| !c.is_uppercase()))));
    }

    #[test]
    fn classifies_words_case_insensitively() {
        assert!(is_cue("Said") && is_cue("emphasised") && !is_cue("mission"));
        assert!(is_role("spokesman") && is_pronoun("They") && is_group_head("agencies"));
        assert!(is_passive("was") && !is_passive("said"));
    }
}
