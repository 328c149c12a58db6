//! Language identification of article text, ISO 639-1 codes: a cheap test for
//! plain English news prose first (most of what concord reads), whatlang for
//! everything else.

/// The language of `text` when we are reasonably sure, as an ISO 639-1 code.
pub fn detect(text: &str) -> Option<String> {
    let sample = crate::paragraphs::prefix(text, 2000);
    if is_plain_english(sample) {
        return Some("en".to_string());
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
}

/// English function words that other Latin-script languages do not use as
/// words of their own ("a", "in", "on", "die", "den" are left out).
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "is", "that", "for", "with", "was", "said", "it", "as", "by", "at", "he",
    "from", "his", "have", "has", "are", "were", "be", "been", "this", "which", "their", "they", "who",
    "but", "not", "an", "would", "will", "had", "she", "her", "its", "after", "about",
];

/// The function words above packed as [`packed`] keys, sorted for binary search.
static ENGLISH_KEYS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut keys: Vec<u64> = ENGLISH.iter().filter_map(|w| packed(w.as_bytes())).collect();
    keys.sort_unstable();
    keys
});

/// A lower-cased ASCII word of at most five letters as one integer (a
/// comparison instead of a string compare per function word), else `None`.
fn packed(word: &[u8]) -> Option<u64> {
    let mut w = Word::default();
    word.iter().for_each(|&b| w.push_ascii(b));
    (word.len() <= 5 && word.is_ascii()).then_some(w.key)
}

/// True when at least 120 words are sampled, a sixth or more of them are the
/// function words above, "the" alone is at least one word in eighty and at
/// most one word in twenty has a letter outside ASCII. Prose in another
/// language, word lists and code fall through to whatlang; the test costs a
/// few microseconds where whatlang costs a couple of hundred. (In the SemEval
/// news of eight other languages no text of 120 words reaches even one
/// function word in twelve; English news reaches one in six 97 times in 100.)
fn is_plain_english(sample: &str) -> bool {
    let the_key = packed(b"the");
    let (mut words, mut function, mut the, mut foreign) = (0usize, 0usize, 0usize, 0usize);
    let mut word = Word::default();
    let mut end_word = |word: &mut Word| {
        if word.len > 0 {
            words += 1;
            if word.foreign {
                foreign += 1;
            } else if word.len <= 5 {
                the += usize::from(Some(word.key) == the_key);
                function += usize::from(ENGLISH_KEYS.binary_search(&word.key).is_ok());
            }
        }
        *word = Word::default();
        words < 400
    };
    for c in sample.chars() {
        if c.is_ascii_alphabetic() {
            word.push_ascii(c as u8);
        } else if !c.is_ascii() && c.is_alphabetic() {
            word.len += 1;
            word.foreign = true;
        } else if !end_word(&mut word) {
            break;
        }
    }
    end_word(&mut word);
    words >= 120 && function * 6 >= words && the * 80 >= words && foreign * 20 <= words
}

/// The word being read by [`is_plain_english`]: its length in letters, its
/// [`packed`] key while it is short, and whether a letter was not ASCII.
#[derive(Default)]
struct Word {
    len: usize,
    key: u64,
    foreign: bool,
}

impl Word {
    fn push_ascii(&mut self, letter: u8) {
        if self.len < 5 {
            self.key = self.key << 8 | u64::from(letter.to_ascii_lowercase());
        }
        self.len += 1;
    }
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en", Fra => "fr", Deu => "de", Spa => "es", Por => "pt", Ita => "it", Nld => "nl",
        Rus => "ru", Ukr => "uk", Pol => "pl", Ces => "cs", Slk => "sk", Slv => "sl", Hrv => "hr",
        Srp => "sr", Bul => "bg", Ron => "ro", Hun => "hu", Fin => "fi", Swe => "sv", Nob => "nb",
        Dan => "da", Est => "et", Lav => "lv", Lit => "lt", Ell => "el", Tur => "tr", Ara => "ar",
        Pes => "fa", Urd => "ur", Heb => "he", Hin => "hi", Ben => "bn", Cmn => "zh", Jpn => "ja",
        Kor => "ko", Tha => "th", Vie => "vi", Ind => "id", Tgl => "tl", _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH_NEWS: &str = "The ministry said on Tuesday that the talks with the union had broken down after \
        three days, and that it would ask the court to rule on the dispute. Officials from both sides were \
        expected to meet again next week. The union, which represents about 40,000 workers, has said it will \
        strike if the government does not raise its offer. Its leader told reporters that the latest proposal \
        was an insult to the people who keep the trains running. A spokesman for the transport minister said \
        the offer was fair and had been approved by the cabinet. The two sides have been in talks since March, \
        when the last agreement expired. Analysts said a strike would cost the economy millions of dollars a \
        day and could last for weeks, as it did in the past. The opposition called for the minister to resign.";

    #[test]
    fn english_prose_takes_the_fast_path_and_agrees_with_whatlang() {
        assert!(is_plain_english(ENGLISH_NEWS));
        assert_eq!(whatlang::detect_lang(ENGLISH_NEWS), Some(whatlang::Lang::Eng));
        assert_eq!(detect(ENGLISH_NEWS).as_deref(), Some("en"));
    }

    #[test]
    fn every_function_word_has_its_own_key() {
        assert_eq!(ENGLISH_KEYS.len(), ENGLISH.len());
        assert!(ENGLISH_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(packed(b"The"), packed(b"the"));
        assert_eq!(packed(b"theirs"), None);
    }

    #[test]
    fn news_with_few_articles_still_takes_the_fast_path() {
        // Names and figures leave "the" at one word in fifty.
        let text = "Senator Jane Doe (D-Ore.) on Sunday announced she is running for governor in 2026. Doe, who \
            formed an exploratory committee in January, takes aim at Governor Ray Smith and highlights her \
            record on housing, wages and wildfire policy in a video that asks voters to join the campaign. "
            .repeat(4);
        assert!(is_plain_english(&text), "{text}");
    }

    #[test]
    fn other_languages_and_short_texts_fall_through() {
        let dutch = "De minister zei dinsdag dat het overleg met de bond was vastgelopen na drie dagen, en dat \
            zij de rechter zou vragen om een uitspraak. ".repeat(12);
        let german = "Das Ministerium teilte am Dienstag mit, dass die Gespräche mit der Gewerkschaft nach drei \
            Tagen gescheitert seien und dass es das Gericht anrufen werde. ".repeat(12);
        let french = "Le ministère a déclaré mardi que les négociations avec le syndicat avaient échoué après \
            trois jours et qu'il demanderait au tribunal de trancher. ".repeat(12);
        for text in [&dutch, &german, &french] {
            assert!(!is_plain_english(text), "{text}");
        }
        assert_eq!(detect(&dutch).as_deref(), Some("nl"));
        assert!(!is_plain_english("The talks broke down and the court will rule."));
    }
}
