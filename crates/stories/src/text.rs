//! Words of an article as the clusterer sees them: lowercased tokens for
//! shingles, and stemmed, stopword-free terms hashed to `u32` for the
//! similarity vectors.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

/// At most this many bytes of a body are read (hostile input stays bounded).
pub const MAX_TEXT: usize = 200_000;

/// Lowercased word tokens of `text` (letters and digits); the letters after an
/// apostrophe inside a word are dropped ("Iran's" -> "iran").
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(text.len().min(MAX_TEXT) / 6);
    // One exact-size allocation per word.
    for_each_word(text, |w, _| out.push(w.to_owned()));
    out
}

/// Calls `f` with each of [`words`]' tokens in turn, and whether it began
/// with a capital, without allocating one string per word: a word already
/// in lower case is handed over as a slice of `text` found by a tight byte
/// scan, only the others are lowercased into a buffer.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str, bool)) {
    let text = &text[..text.floor_char_boundary(MAX_TEXT)];
    let bytes = text.as_bytes();
    let mut lowered = String::new();
    // `after_letter`: the previous char was a letter or digit; `in_clitic`: the
    // letters after an apostrophe that ended a word are being skipped.
    let (mut i, mut after_letter, mut in_clitic) = (0, false, false);
    while i < bytes.len() {
        let (ch, len) = char_at(text, i);
        if !is_word_char(ch) {
            in_clitic = (ch == '\'' || ch == '’') && after_letter && !in_clitic;
            after_letter = false;
            i += len;
            continue;
        }
        after_letter = true;
        if in_clitic {
            i += len;
            continue;
        }
        let begun = i;
        while i < bytes.len() && (bytes[i].is_ascii_lowercase() || bytes[i].is_ascii_digit()) {
            i += 1;
        }
        if bytes.get(i).is_none_or(|b| b.is_ascii() && !b.is_ascii_alphanumeric()) {
            f(&text[begun..i], false);
            continue;
        }
        let capitalised = i == begun && ch.is_uppercase();
        // An upper-case or non-ASCII letter: lower the rest of the word char by char.
        lowered.clear();
        lowered.push_str(&text[begun..i]);
        while i < bytes.len() {
            let (ch, len) = char_at(text, i);
            if !is_word_char(ch) {
                break;
            }
            if ch.is_ascii() {
                lowered.push(ch.to_ascii_lowercase());
            } else {
                lowered.extend(ch.to_lowercase());
            }
            i += len;
        }
        f(&lowered, capitalised);
    }
}

/// The char starting at byte `i` of `text` (a char boundary) and its length in bytes.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes()[i] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => text[i..].chars().next().map_or((char::REPLACEMENT_CHARACTER, 1), |c| (c, c.len_utf8())),
    }
}

/// Letters and digits make words (ASCII tested first, without Unicode tables).
fn is_word_char(ch: char) -> bool {
    if ch.is_ascii() {
        ch.is_ascii_alphanumeric()
    } else {
        ch.is_alphanumeric()
    }
}

/// Turns word tokens into content terms: stopwords and one-letter tokens out,
/// stems in; Chinese and Japanese runs (no spaces between words) become
/// overlapping character pairs, the usual stand-in for a word segmenter.
pub struct Termer {
    stem: Stem,
    /// Stopwords, sorted for binary search.
    stop: &'static [&'static str],
    /// Terms of the words already seen, keyed by the word's [`hash64`] (most
    /// words of a text were seen before; a key is cheaper than the word).
    seen: std::cell::RefCell<rustc_hash::FxHashMap<u64, Option<u32>>>,
}

/// How a language's words are reduced to stems.
enum Stem {
    /// A Snowball stemmer (`rust-stemmers`).
    Snowball(Stemmer),
    /// The first letters: for heavily inflected languages without a Snowball
    /// stemmer (Polish, Czech, Ukrainian…), where prefixes match across case
    /// endings ("prezydenta", "prezydentowi" → "prezyd").
    Prefix,
}

/// Letters a prefix stem keeps.
const PREFIX_LETTERS: usize = 6;

/// Words remembered per termer before the memory is cleared.
const SEEN_WORDS: usize = 500_000;

impl Termer {
    /// A termer for an ISO 639-1 language (English when unknown).
    pub fn for_language(lang: Option<&str>) -> Termer {
        use Algorithm::*;
        let lang = lang.unwrap_or("en");
        let snowball = match lang {
            "ar" => Some(Arabic),
            "da" => Some(Danish),
            "de" => Some(German),
            "el" => Some(Greek),
            "es" => Some(Spanish),
            "fi" => Some(Finnish),
            "fr" => Some(French),
            "hu" => Some(Hungarian),
            "it" => Some(Italian),
            "nb" | "nn" | "no" => Some(Norwegian),
            "nl" => Some(Dutch),
            "pt" => Some(Portuguese),
            "ro" => Some(Romanian),
            "ru" => Some(Russian),
            "sv" => Some(Swedish),
            "ta" => Some(Tamil),
            "tr" => Some(Turkish),
            "bg" | "cs" | "hr" | "lt" | "lv" | "pl" | "sk" | "sl" | "sr" | "uk" => None,
            _ => Some(English),
        };
        let stem = snowball.map_or(Stem::Prefix, |alg| Stem::Snowball(Stemmer::create(alg)));
        // Short lists of each language's most frequent function words, our
        // own; elsewhere the idf alone discounts common words. A small archive
        // needs them: its idf calls every word about equally rare, and two
        // unrelated Russian pages joined on their shared function words.
        // (NLTK's and stopwords-iso's longer lists, which hold content words
        // too, kept two fewer SemEval same-story pairs together.)
        let stop = match lang {
            "de" => STOP_DE,
            "es" => STOP_ES,
            "fr" => STOP_FR,
            "it" => STOP_IT,
            "nl" => STOP_NL,
            "pl" => STOP_PL,
            "pt" => STOP_PT,
            "ru" => STOP_RU,
            "tr" => STOP_TR,
            _ if snowball == Some(English) => STOP_EN,
            _ => &[],
        };
        Termer { stem, stop, seen: Default::default() }
    }

    /// Calls `emit` with the term of a word token whose [`hash64`] the caller
    /// already has (`None` for a stopword or a stray character), or with
    /// the terms of its character pairs when it is Chinese or Japanese.
    pub fn terms(&self, word: &str, hash: u64, mut emit: impl FnMut(Option<u32>)) {
        if word.is_ascii() || !word.chars().any(is_cjk) {
            emit(self.term_hashed(word, hash));
            return;
        }
        let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).chain([word.len()]).collect();
        for pair in bounds.windows(3) {
            emit(Some(hash32(&word.as_bytes()[pair[0]..pair[2]])));
        }
    }

    fn term_hashed(&self, word: &str, hash: u64) -> Option<u32> {
        if let Some(t) = self.seen.borrow().get(&hash) {
            return *t;
        }
        let term = if word.chars().count() < 2 || self.stop.binary_search(&word).is_ok() {
            None
        } else {
            Some(match &self.stem {
                Stem::Snowball(stemmer) => hash32(stemmer.stem(word).as_bytes()),
                Stem::Prefix => {
                    hash32(&word.as_bytes()[..word.char_indices().nth(PREFIX_LETTERS).map_or(word.len(), |(i, _)| i)])
                }
            })
        };
        let mut seen = self.seen.borrow_mut();
        if seen.len() >= SEEN_WORDS {
            seen.clear();
        }
        seen.insert(hash, term);
        term
    }
}

/// Letters of a name that its cross-language key keeps ("Merkel", "Merkels"
/// and "Merkel's" all give "merke").
const NAME_LETTERS: usize = 5;

/// The language-neutral key of a word token, where outlets writing in
/// different languages still meet: a capitalised word (`capitalised`, the
/// token itself comes lowercased) transliterated to ASCII ("müller" →
/// "muller", "путин" → "putin") and cut to [`NAME_LETTERS`] letters; a number
/// of two digits or more as written; `None` for anything else. Capitals are
/// no sure sign of a name (German nouns, sentence starts), but the idf
/// discounts the common ones.
#[inline]
pub fn name_key(word: &str, capitalised: bool) -> Option<u32> {
    if !capitalised {
        let number = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_digit());
        return number.then(|| hash32(word.as_bytes()));
    }
    let key = if word.is_ascii() {
        Cow::Borrowed(&word[..word.len().min(NAME_LETTERS)])
    } else {
        let ascii = deunicode::deunicode(word);
        Cow::Owned(ascii.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).take(NAME_LETTERS).collect())
    };
    (key.len() >= 2).then(|| hash32(key.as_bytes()))
}

/// Han ideographs and kana: scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// A 64-bit FNV-1a hash finished with a SplitMix mixer.
pub fn hash64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix64(h)
}

/// SplitMix64 finaliser.
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A 32-bit hash (collisions at a million-term vocabulary: about a hundred, harmless).
pub fn hash32(bytes: &[u8]) -> u32 {
    (hash64(bytes) >> 32) as u32
}

// Sorted lists (binary-searched).
const STOP_EN: &[&str] = &[
    "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "if", "in", "into", "is", "it", "its",
    "itself", "just", "last", "like", "may", "me", "might", "more", "most", "mr", "mrs", "ms", "much", "must", "my",
    "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our",
    "ours", "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some", "such",
    "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "through", "to", "told", "too", "two", "under", "until", "up", "us", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "years",
    "you", "your", "yours",
];
const STOP_DE: &[&str] = &[
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "da", "das", "dass", "dem", "den", "der", "des",
    "die", "dies", "diese", "doch", "ein", "eine", "einem", "einen", "einer", "es", "für", "hat", "ich", "im", "in",
    "ist", "mit", "nach", "nicht", "noch", "nur", "oder", "sich", "sie", "sind", "so", "um", "und", "vom", "von",
    "vor", "war", "werden", "wie", "wird", "zu", "zum", "zur",
];
const STOP_ES: &[&str] = &[
    "al", "como", "con", "de", "del", "el", "en", "es", "la", "las", "le", "lo", "los", "más", "no", "para", "pero",
    "por", "que", "se", "su", "sus", "un", "una", "y",
];
const STOP_FR: &[&str] = &[
    "au", "aux", "avec", "ce", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "la", "le", "les",
    "leur", "mais", "ne", "par", "pas", "plus", "pour", "qui", "sa", "se", "son", "sur", "un", "une",
];

const STOP_RU: &[&str] = &[
    "без", "бы", "был", "была", "были", "было", "во", "все", "всё", "вы", "да", "для", "до", "его", "ее", "если",
    "есть", "еще", "ещё", "её", "же", "за", "из", "или", "им", "их", "как", "ко", "когда", "кто", "ли", "мы", "на",
    "над", "не", "него", "нет", "ни", "но", "об", "он", "она", "они", "оно", "от", "по", "под", "после", "при", "со",
    "так", "также", "то", "того", "тоже", "только", "уже", "что", "чтобы", "эти", "это", "этого", "этот",
];
const STOP_IT: &[&str] = &[
    "al", "alla", "alle", "anche", "che", "chi", "come", "con", "da", "dal", "dalla", "dei", "del", "della", "delle",
    "dello", "di", "gli", "ha", "hanno", "il", "in", "la", "le", "lo", "ma", "nel", "nella", "non", "per", "più",
    "se", "si", "sono", "su", "sul", "sulla", "tra", "un", "una", "uno",
];
const STOP_PT: &[&str] = &[
    "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "ela", "ele", "em", "entre", "foi", "mais",
    "mas", "na", "nas", "no", "nos", "não", "os", "para", "pela", "pelo", "por", "que", "se", "seu", "sua", "são",
    "também", "um", "uma",
];
const STOP_PL: &[&str] = &[
    "aby", "ale", "bo", "by", "być", "był", "była", "było", "czy", "do", "go", "ich", "jak", "jako", "jego", "jej",
    "jest", "już", "która", "które", "który", "lub", "może", "na", "nie", "od", "oraz", "po", "przez", "przy", "się",
    "są", "tak", "także", "tego", "to", "tylko", "tym", "we", "za", "ze", "że",
];
const STOP_TR: &[&str] = &[
    "ama", "bir", "bu", "da", "daha", "de", "değil", "diye", "en", "gibi", "göre", "her", "ile", "ise", "için",
    "kadar", "ki", "ne", "olan", "olarak", "olduğu", "sonra", "ve", "veya", "ya", "çok", "şu",
];
const STOP_NL: &[&str] = &[
    "aan", "als", "bij", "dat", "de", "den", "der", "die", "dit", "door", "een", "en", "er", "het", "hij", "in", "is",
    "maar", "met", "naar", "niet", "nog", "of", "om", "onder", "ook", "op", "over", "te", "tot", "uit", "van", "voor",
    "was", "werd", "wordt", "ze", "zich", "zijn",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The terms of `text` in `lang`, stopwords left out.
    fn terms_of(lang: &str, text: &str) -> Vec<u32> {
        let termer = Termer::for_language(Some(lang));
        let mut out = Vec::new();
        for_each_word(text, |w, _| termer.terms(w, hash64(w.as_bytes()), |t| out.extend(t)));
        out
    }

    #[test]
    fn stopword_lists_are_sorted_for_binary_search() {
        for list in [STOP_EN, STOP_DE, STOP_ES, STOP_FR, STOP_IT, STOP_NL, STOP_PL, STOP_PT, STOP_RU, STOP_TR] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn words_lowercase_and_drop_possessives() {
        assert_eq!(words("Iran's hackers—HIT the Campaign."), vec!["iran", "hackers", "hit", "the", "campaign"]);
        assert_eq!(
            words("ÉTÉ d’été rock'n'roll 3.5km x² O'Neill’s Straße"),
            vec!["été", "d", "rock", "roll", "3", "5km", "x²", "o", "s", "straße"]
        );
    }

    #[test]
    fn terms_stem_and_skip_stopwords() {
        assert_eq!(terms_of("en", "the"), Vec::<u32>::new());
        assert_eq!(terms_of("en", "hacking"), terms_of("en", "hacked"));
        assert_ne!(terms_of("en", "hacking"), terms_of("en", "campaign"));
        assert_eq!(terms_of("de", "und"), Vec::<u32>::new());
        assert_eq!(terms_of("de", "Wahlen"), terms_of("de", "Wahl"));
    }

    #[test]
    fn slavic_words_meet_on_their_first_letters() {
        assert_eq!(terms_of("pl", "prezydenta"), terms_of("pl", "prezydentowi"));
        assert_ne!(terms_of("pl", "prezydenta"), terms_of("pl", "premiera"));
    }

    #[test]
    fn names_and_numbers_meet_across_languages() {
        let keys = |text: &str| {
            let mut out = Vec::new();
            for_each_word(text, |w, capitalised| out.extend(name_key(w, capitalised)));
            out
        };
        assert_eq!(keys("Kanzlerin Müller traf Putin 2024")[1..], keys("chancellor Muller met Путин in 2024"));
        assert_eq!(keys("Merkels Besuch")[..1], keys("Merkel's visit"));
        assert_eq!(keys("a 5 km walk, no names"), Vec::<u32>::new());
        assert_eq!(keys("特朗普 said 2020"), keys("2020"), "Chinese characters have no case");
    }

    #[test]
    fn chinese_runs_become_character_pairs() {
        let short = terms_of("zh", "美国总统");
        assert_eq!(short.len(), 3);
        let longer = terms_of("zh", "美国总统选举");
        assert_eq!(longer.len(), 5);
        assert!(short.iter().all(|t| longer.contains(t)));
        assert_eq!(terms_of("zh", "美"), Vec::<u32>::new(), "a lone character is no term");
    }
}
