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

/// True when at least 120 words are sampled, a fifth or more of them are the
/// function words above, "the" alone is at least one word in forty and at most
/// one word in twenty has a letter outside ASCII. Prose
/// in another language, word lists and code fall through to whatlang; the
/// test costs a few microseconds where whatlang costs a couple of hundred.
fn is_plain_english(sample: &str) -> bool {
    let (mut words, mut function, mut the, mut foreign) = (0usize, 0usize, 0usize, 0usize);
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(400) {
        words += 1;
        if !word.is_ascii() {
            foreign += 1;
            continue;
        }
        // Every function word has at most five letters: lower-case on the stack.
        if word.len() > 5 {
            continue;
        }
        let mut buf = [0u8; 5];
        for (b, c) in buf.iter_mut().zip(word.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        let lower = &buf[..word.len()];
        if lower == b"the" {
            the += 1;
        }
        if ENGLISH.iter().any(|e| e.as_bytes() == lower) {
            function += 1;
        }
    }
    words >= 120 && function * 5 >= words && the * 40 >= words && foreign * 20 <= words
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
