//! The text being searched, tokenised once, with the lookups every rule needs:
//! the token at a byte offset, the sentence and paragraph around a token.

use concord_model::Sentence;

use super::tokens::{tokenise, Token};
use crate::Language;

/// Most tokens a clause reaches either side of the token it is asked for:
/// far beyond any real sentence (PolNeAR's longest run to about 150 tokens).
pub const MAX_CLAUSE_REACH: usize = 200;

/// How far either side of a word [`Doc::is_name`] looks for the word again, in bytes.
const NAME_REACH: usize = 20_000;

/// A text with its tokens and sentences.
pub struct Doc<'a> {
    /// The analysed text.
    pub text: &'a str,
    /// Its tokens in order.
    pub toks: Vec<Token>,
    /// Its sentences in order.
    pub sentences: &'a [Sentence],
    /// Index of the first token of each paragraph.
    paragraphs: Vec<usize>,
    /// The language whose cues apply besides the English ones.
    pub language: Language,
}

impl<'a> Doc<'a> {
    /// Tokenises `text`.
    pub fn new(text: &'a str, sentences: &'a [Sentence]) -> Self {
        let toks = tokenise(text);
        let paragraphs = std::iter::once(0)
            .chain((1..toks.len()).filter(|&k| toks[k].new_paragraph))
            .collect();
        Doc { text, toks, sentences, paragraphs, language: Language::English }
    }

    /// The text of token `i` ("" past the end).
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Index of the sentence holding byte `pos` (0 when there are none).
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= pos).saturating_sub(1)
    }

    /// Is token `k` capitalised as a name is: inside its sentence, or
    /// opening it and written capitalised elsewhere too ("Trump" opening
    /// "Trump in Iowa said" of a text that names him again; not "Turnout in
    /// Iowa showed")?
    pub fn is_name(&self, k: usize) -> bool {
        let Some(tok) = self.toks.get(k).filter(|t| t.word && t.capitalised(self.text)) else { return false };
        let opens = |t: &Token| t.new_paragraph || self.sentences.get(self.sentence_of(t.start)).is_none_or(|s| s.start == t.start);
        if !opens(tok) {
            return true;
        }
        // (a substring search within a bounded reach, so that a long text costs no more per word)
        let w = self.word(k);
        let mut from = tok.start.saturating_sub(NAME_REACH);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (tok.end + NAME_REACH).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.text[from..to].match_indices(w).any(|(at, _)| {
            let (start, end) = (from + at, from + at + w.len());
            start != tok.start && !alphanumeric(self.text[..start].chars().next_back()) && !alphanumeric(self.text[end..].chars().next())
        })
    }

    /// Token range `[from, to)` of the sentence holding token `i`, cut at
    /// paragraph breaks and to [`MAX_CLAUSE_REACH`] tokens either side of `i`
    /// (text without sentence breaks would otherwise make every cue scan all
    /// of it).
    pub fn clause(&self, i: usize) -> (usize, usize) {
        let Some(tok) = self.toks.get(i) else { return (i, i) };
        let (mut from, mut to) = match self.sentences.get(self.sentence_of(tok.start)) {
            Some(s) if s.start <= tok.start && tok.start < s.end.max(s.start + 1) => {
                (self.token_at(s.start), self.token_at(s.end))
            }
            _ => (0, self.toks.len()),
        };
        from = from.min(i);
        to = to.max(i + 1).min(self.toks.len());
        let (para_start, para_end) = self.paragraph(i);
        let (from, to) = (para_start.max(from), para_end.min(to));
        (from.max(i.saturating_sub(MAX_CLAUSE_REACH)), to.min(i.saturating_add(MAX_CLAUSE_REACH)))
    }

    /// Index of the first token of every paragraph.
    pub fn paragraph_starts(&self) -> &[usize] {
        &self.paragraphs
    }

    /// Token range of the paragraph holding token `i`.
    pub fn paragraph(&self, i: usize) -> (usize, usize) {
        let n = self.toks.len();
        if i >= n {
            return (n, n);
        }
        let p = self.paragraphs.partition_point(|&start| start <= i).saturating_sub(1);
        let from = self.paragraphs.get(p).copied().unwrap_or(0);
        let to = self.paragraphs.get(p + 1).copied().unwrap_or(n);
        (from, to)
    }

    /// Byte span of tokens `[from, to)`.
    pub fn span(&self, from: usize, to: usize) -> (usize, usize) {
        match (self.toks.get(from), to.checked_sub(1).and_then(|k| self.toks.get(k))) {
            (Some(a), Some(b)) if from < to => (a.start, b.end),
            _ => (0, 0),
        }
    }

    /// The text of tokens `[from, to)`.
    pub fn slice(&self, from: usize, to: usize) -> &'a str {
        let (s, e) = self.span(from, to);
        self.text.get(s..e).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_reaches_a_bounded_number_of_tokens_either_side() {
        // without sentences the clause would be the whole text
        let text = "word ".repeat(3 * MAX_CLAUSE_REACH);
        let doc = Doc::new(&text, &[]);
        let middle = doc.toks.len() / 2;
        assert_eq!(doc.clause(middle), (middle - MAX_CLAUSE_REACH, middle + MAX_CLAUSE_REACH));
        assert_eq!(doc.clause(3), (0, 3 + MAX_CLAUSE_REACH));
    }
}
