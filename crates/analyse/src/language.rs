//! The languages the analysis has rules of its own for. An article's ISO
//! 639-1 tag picks them; an article in a language without rules of its own
//! (or of unknown language) is read with the English rules, which still find
//! its numeric dates, its quotation marks and its listed names.

/// A language the analysis reads by its own rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Language {
    /// English, and every language without rules of its own.
    #[default]
    English,
    German,
    French,
    Spanish,
    Italian,
    Portuguese,
}

impl Language {
    /// The rules for an ISO 639-1 tag (`en-GB` reads as `en`); English for
    /// anything else.
    pub fn of(tag: Option<&str>) -> Language {
        let Some(tag) = tag else {
            return Language::English;
        };
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "de" => Language::German,
            "fr" => Language::French,
            "es" => Language::Spanish,
            "it" => Language::Italian,
            "pt" => Language::Portuguese,
            _ => Language::English,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_rules_and_unknown_reads_as_english() {
        assert_eq!(Language::of(Some("de")), Language::German);
        assert_eq!(Language::of(Some("pt-BR")), Language::Portuguese);
        assert_eq!(Language::of(Some("FR")), Language::French);
        assert_eq!(Language::of(Some("pl")), Language::English);
        assert_eq!(Language::of(None), Language::English);
    }
}
