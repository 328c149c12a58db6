//! Direct quotations: spans between quotation marks.
//!
//! Curly (“ ” ‘ ’, German „ “ and ‚ ‘), straight (" and '') and angle (« », German » « and ‹ ›) marks are paired within a
//! paragraph; a curly quotation inside a straight one is found as well as
//! the straight one around it. A paragraph that opens a quotation without closing it continues
//! into the next paragraph when that one opens with a mark again (the news
//! convention for long quotations); otherwise the quotation ends with its
//! paragraph.

/// Longest quotation kept, in bytes; longer spans are unbalanced marks.
const MAX_QUOTE: usize = 6000;

/// A quotation in marks, possibly over several paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset one past the closing mark (or the paragraph end when unclosed).
    pub close: usize,
    /// Content spans without marks, one per paragraph, whitespace trimmed.
    pub parts: Vec<(usize, usize)>,
}

impl Marked {
    /// Start of the content.
    pub fn start(&self) -> usize {
        self.parts.first().map_or(self.open, |p| p.0)
    }

    /// End of the content.
    pub fn end(&self) -> usize {
        self.parts.last().map_or(self.close, |p| p.1)
    }
}

/// The kind of mark that opened a quotation, which decides what closes it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Curly,
    Straight,
    Angle,
    Single,
    /// German »…«.
    Reversed,
    /// German ‹…›.
    SingleAngle,
    /// The low single ‚…‘.
    LowSingle,
}

fn closes(open: Mark, c: char) -> bool {
    match open {
        Mark::Curly => matches!(c, '”' | '“' | '"'),
        Mark::Straight => matches!(c, '"' | '”'),
        Mark::Angle => c == '»',
        Mark::Single => c == '’',
        Mark::Reversed => c == '«',
        Mark::SingleAngle => c == '›',
        Mark::LowSingle => c == '‘',
    }
}

/// An open quotation being scanned.
struct Open {
    mark: Mark,
    open: usize,
    content: usize,
    parts: Vec<(usize, usize)>,
    /// Where a curly quotation opened inside a straight one ("… “Equal Justice” …").
    nested: Option<usize>,
}

fn trimmed(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let s = text.get(start..end)?;
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then_some((start + lead, start + lead + t.len()))
}

/// Finds the quotations in marks of `text`, in text order.
pub fn find(text: &str) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut prev = '\n';
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let mut next = iter.peek().map_or('\n', |&(_, n)| n);
        let mut after = i + c.len_utf8();
        let c = if c == '\'' && next == '\'' {
            // two apostrophes stand for a double mark in some archives
            iter.next();
            next = iter.peek().map_or('\n', |&(_, n)| n);
            after = i + 2;
            '"'
        } else {
            c
        };
        if let Some(o) = open.as_mut() {
            if c == '\n' {
                if let Some(part) = trimmed(text, o.content, i) {
                    o.parts.push(part);
                }
                let rest = &text[after..];
                let lead = rest.len() - rest.trim_start().len();
                let reopens = rest.trim_start().starts_with(['“', '"', '«']) || rest.trim_start().starts_with("''");
                let mut o = open.take().expect("checked above");
                o.nested = None;
                if reopens && o.mark != Mark::Single && i - o.open < MAX_QUOTE {
                    // continuation: skip to just past the next paragraph's opening mark
                    let mark_at = after + lead;
                    let mark_len = if text[mark_at..].starts_with("''") {
                        2
                    } else {
                        text[mark_at..].chars().next().map_or(1, char::len_utf8)
                    };
                    while iter.peek().is_some_and(|&(j, _)| j < mark_at + mark_len) {
                        iter.next();
                    }
                    o.content = mark_at + mark_len;
                    open = Some(o);
                    prev = ' ';
                    continue;
                }
                if !o.parts.is_empty() {
                    out.push(Marked { open: o.open, close: i, parts: o.parts });
                }
                prev = c;
                continue;
            }
            let single_ok = o.mark != Mark::Single || !next.is_alphanumeric();
            if o.mark == Mark::Straight && c == '“' {
                // curly marks inside a straight quotation quote within it
                o.nested = Some(i);
            } else if let Some(inner) = o.nested.filter(|_| c == '”') {
                // the inner quotation is also a quotation of its own
                if let Some(part) = trimmed(text, inner + '“'.len_utf8(), i) {
                    out.push(Marked { open: inner, close: after, parts: vec![part] });
                }
                o.nested = None;
            } else if closes(o.mark, c) && single_ok && !(c == '“' && prev.is_whitespace() && next.is_alphanumeric()) {
                if let Some(part) = trimmed(text, o.content, i) {
                    o.parts.push(part);
                }
                let o = open.take().expect("checked above");
                if !o.parts.is_empty() && after - o.open < MAX_QUOTE {
                    out.push(Marked { open: o.open, close: after, parts: o.parts });
                }
            } else if c == '“' || c == '«' {
                // a new opening mark while one is open: the first was unbalanced
                open = Some(Open { mark: mark_of(c), open: i, content: after, parts: Vec::new(), nested: None });
            }
        } else {
            let opens = match c {
                '“' | '«' | '„' => true,
                '"' => !prev.is_alphanumeric() && !matches!(prev, '.' | ',' | '?' | '!') && !next.is_whitespace(),
                '‘' | '‚' => !prev.is_alphanumeric() && next.is_alphanumeric(),
                '»' | '‹' => !prev.is_alphanumeric() && !next.is_whitespace(),
                _ => false,
            };
            if opens {
                open = Some(Open { mark: mark_of(c), open: i, content: after, parts: Vec::new(), nested: None });
            }
        }
        prev = c;
    }
    if let Some(o) = open {
        if let Some(part) = trimmed(text, o.content, text.len()) {
            let mut parts = o.parts;
            parts.push(part);
            if text.len() - o.open < MAX_QUOTE {
                out.push(Marked { open: o.open, close: text.len(), parts });
            }
        }
    }
    out.sort_by_key(|m| m.open);
    out
}

/// Longest speaker label of a transcript paragraph, in bytes.
const MAX_LABEL: usize = 32;

/// The speaker label opening a part ("WALLACE: …", "KATE BOULDUAN: …"):
/// the byte span of the name and the offset past the colon and spaces.
fn label(text: &str, part: (usize, usize)) -> Option<((usize, usize), usize)> {
    let s = text.get(part.0..part.1)?;
    let colon = s.char_indices().take_while(|&(i, _)| i <= MAX_LABEL).find(|&(_, c)| c == ':').map(|(i, _)| i)?;
    let name = &s[..colon];
    let upper = name.chars().filter(|c| c.is_uppercase()).count();
    if upper < 2 || !name.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-')) {
        return None;
    }
    let rest = &s[colon + 1..];
    let skip = rest.len() - rest.trim_start().len();
    (colon + 1 + skip < s.len()).then_some(((part.0, part.0 + colon), part.0 + colon + 1 + skip))
}

/// A transcript quoted paragraph by paragraph ("“WALLACE: …¶“PENCE: …")
/// split into one quotation per labelled paragraph, each with the byte
/// span of its label; parts before the first label stay one unlabelled
/// quotation.
pub fn by_speaker(text: &str, m: &Marked) -> Vec<(Marked, Option<(usize, usize)>)> {
    let mut out: Vec<(Marked, Option<(usize, usize)>)> = Vec::new();
    for &part in &m.parts {
        match label(text, part) {
            Some((name, content)) => {
                let piece = Marked { open: name.0, close: part.1, parts: vec![(content, part.1)] };
                out.push((piece, Some(name)));
            }
            None => match out.last_mut() {
                Some((last, _)) => {
                    last.parts.push(part);
                    last.close = part.1;
                }
                None => out.push((Marked { open: m.open, close: part.1, parts: vec![part] }, None)),
            },
        }
    }
    if let Some((last, _)) = out.last_mut() {
        last.close = m.close;
    }
    if out.iter().all(|(_, l)| l.is_none()) {
        return vec![(m.clone(), None)];
    }
    out
}

fn mark_of(c: char) -> Mark {
    match c {
        '"' => Mark::Straight,
        '«' => Mark::Angle,
        '‘' => Mark::Single,
        '‚' => Mark::LowSingle,
        '»' => Mark::Reversed,
        '‹' => Mark::SingleAngle,
        _ => Mark::Curly,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<Vec<&str>> {
        find(text).iter().map(|m| m.parts.iter().map(|&(s, e)| &text[s..e]).collect()).collect()
    }

    #[test]
    fn pairs_curly_straight_angle_and_single_marks() {
        let text = "“One,” he said. \"Two\" and «Three» and ‘four five’ but Jones’ dog, ''Six,'' it's.";
        assert_eq!(contents(text), vec![vec!["One,"], vec!["Two"], vec!["Three"], vec!["four five"], vec!["Six,"]]);
    }

    #[test]
    fn continues_a_quote_into_the_next_paragraph_that_reopens() {
        let text = "“First part.\n“Second part,” she said.\nAfter.";
        let found = find(text);
        assert_eq!(contents(text), vec![vec!["First part.", "Second part,"]]);
        assert_eq!(&text[found[0].start()..found[0].end()], "First part.\n“Second part,");
    }

    #[test]
    fn splits_a_quoted_transcript_at_its_speaker_labels() {
        let text = "\"HOST: Will it open?\n\"ANA RUIZ: In May.\n\"More.\"";
        let pieces = by_speaker(text, &find(text)[0]);
        let labels: Vec<&str> = pieces.iter().filter_map(|(_, l)| l.map(|(s, e)| &text[s..e])).collect();
        assert_eq!(labels, vec!["HOST", "ANA RUIZ"]);
        let parts: Vec<&str> = pieces[1].0.parts.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(parts, vec!["In May.", "More."]);
    }

    #[test]
    fn ends_an_unclosed_quote_with_its_paragraph() {
        assert_eq!(contents("He said “never again.\nThe end."), vec![vec!["never again."]]);
        assert_eq!(contents("No marks here."), Vec::<Vec<&str>>::new());
    }
}
