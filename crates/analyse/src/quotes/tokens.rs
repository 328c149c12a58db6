//! Word and punctuation tokens with byte spans, the unit the quotation rules
//! walk over. Abbreviations ("U.S.", "Gov.", the initial in "Channing D.
//! Phillips"), possessives ("Iran’s") and hyphenated
//! words stay one token; two apostrophes standing for a double quotation
//! mark are one token; every other non-space character is its own token.

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// True for a word (starts with a letter or digit), false for punctuation.
    pub word: bool,
    /// True when a line break separates it from the previous token.
    pub new_paragraph: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the token starts with an uppercase letter or is a number.
    pub fn capitalised(&self, text: &str) -> bool {
        self.text(text).chars().next().is_some_and(|c| c.is_uppercase())
    }
}

/// Abbreviations that keep their dot ("Gov. Kasich", "Sen. Cruz").
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Prof",
    "Rev", "St", "Jr", "Sr", "Mt", "Ft", "Cmdr", "Supt", "Insp", "Pres", "Atty", "Amb",
];

/// Characters that join two word parts when a letter or digit follows them.
fn joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '’' | '&')
}

/// Does the text after a dot show that the dot closed an abbreviation
/// ("Alexandria, Va., said", "(R-Fla.)")?
fn abbreviated(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    rest.starts_with([',', ')']) || rest.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase))
}

/// Splits `text` into tokens.
pub fn tokenise(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut new_paragraph = false;
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            new_paragraph = true;
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let doubled = c == '\'' && chars.peek().is_some_and(|&(_, d)| d == '\'');
            if doubled {
                chars.next();
            }
            let end = i + c.len_utf8() + usize::from(doubled);
            out.push(Token { start: i, end, word: false, new_paragraph });
            new_paragraph = false;
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut dotted = false;
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
                continue;
            }
            if !joiner(d) {
                break;
            }
            let after = text.get(j + d.len_utf8()..).unwrap_or("");
            let next = after.chars().next();
            // ("Trump said.Trump claimed": two sentences whose space was lost, as the splitter has it)
            if d == '.' && crate::sentences::lost_space(&text[i..end], after) {
                break;
            }
            if next.is_some_and(|n| n.is_alphanumeric()) {
                dotted |= d == '.';
                end = j + d.len_utf8();
                chars.next();
            } else if d == '.' && (dotted || end - i == 1 && c.is_uppercase() || ABBREVIATIONS.contains(&&text[i..end]) || abbreviated(text, j + 1)) {
                // the closing dot of an abbreviation such as "U.S." or "Gov."
                end = j + 1;
                chars.next();
                break;
            } else {
                break;
            }
        }
        out.push(Token { start: i, end, word: true, new_paragraph });
        new_paragraph = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenise(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_abbreviations_possessives_and_quote_marks_apart() {
        assert_eq!(
            words("“Iran’s U.N. mission,” Gov. Ruiz said.\nNext"),
            vec!["“", "Iran’s", "U.N.", "mission", ",", "”", "Gov.", "Ruiz", "said", ".", "Next"]
        );
        let toks = tokenise("a\nb");
        assert!(toks[1].new_paragraph && !toks[0].new_paragraph);
        assert_eq!(words("Ruiz (R-Fla.) of Tampa, Fla., said"), vec!["Ruiz", "(", "R-Fla.", ")", "of", "Tampa", ",", "Fla.", ",", "said"]);
        assert_eq!(words("Ruiz said.Ruiz left example.com"), vec!["Ruiz", "said", ".", "Ruiz", "left", "example.com"]);
    }
}
