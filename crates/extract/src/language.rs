//! Language identification of article text (whatlang), ISO 639-1 codes.

/// The language of `text` when whatlang is reasonably sure, as an ISO 639-1 code.
pub fn detect(text: &str) -> Option<String> {
    let sample = crate::paragraphs::prefix(text, 2000);
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
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
