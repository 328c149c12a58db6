//! Sentence splitting with UTF-8 byte offsets.
//!
//! Rules tuned for news text: a sentence ends at `.`, `!`, `?` or `…` (with
//! any closing quotation marks and brackets that follow) when the next word
//! could open a sentence; abbreviations ("Mr.", "Gen.", "Aug. 19", "No. 3"),
//! initials ("J.D. Vance") and dotted acronyms ("U.S. officials") do not end
//! one. Line breaks end a sentence too (headlines, captions and bullet lines of
//! scraped text carry no final punctuation), except a hard-wrapped line that
//! runs on in lower case. A headline glued to the first sentence by a space
//! alone is split off before a dateline or a sentence opener.

use concord_model::Sentence;

/// Words that, followed by a period, never end a sentence (titles before a name).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "lt",
    "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "gens", "rev", "hon", "pres", "supt",
    "det", "insp", "amb", "atty", "gov", "st", "mt", "ft", "pvt", "cpl", "brig", "msgr", "fr",
];

/// Words that, followed by a period, do not end a sentence before a number
/// ("Aug. 19", "No. 3", "p. 12").
const BEFORE_NUMBER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vol", "p", "pp", "fig", "art", "sec", "ch", "para", "op", "ed", "approx", "ca",
];

/// Words that, followed by a period, do not end a sentence before a
/// lower-case or capitalised word alike ("vs. Smith", "Inc. said").
const INNER: &[&str] = &["vs", "v", "etc", "cf", "e.g", "i.e", "approx", "est", "dept", "univ"];

/// Capitalised words that commonly open a sentence: after a dotted acronym
/// ("U.S.") such a word means the acronym ended the sentence.
const OPENERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "his", "her", "its", "their", "our", "in", "on", "at", "but", "and", "or",
    "so", "yet", "if", "when", "while", "after", "before", "as", "since", "for", "however",
    "meanwhile", "still", "some", "many", "most", "officials", "according", "last", "earlier",
    "later", "what", "who", "why", "how", "no", "not", "one", "both", "all", "each",
];

/// Words after a German ordinal ("am 19. August", "im 19. Jahrhundert")
/// that show the period marks the ordinal, not a sentence's end.
const AFTER_ORDINAL: &[&str] = &[
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember", "Jahrhundert", "Jahrhunderts", "Jahrtausend", "Jahrtausends",
];

/// Whether `word.` is a day or century number written as a German ordinal
/// before `next` ("19. August").
fn ordinal_before_date(word: &str, next: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) && AFTER_ORDINAL.contains(&next)
}

/// Splits `text` into sentences; offsets are byte offsets into `text`.
pub fn split(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let boundary = match c {
            '\n' => line_break_ends(text, i).then_some(i + 1),
            '.' | '!' | '?' | '…' => terminal_end(text, i, c),
            _ => None,
        };
        if let Some(end) = boundary {
            push(text, start, end, &mut out);
            start = end;
            while iter.peek().is_some_and(|&(j, _)| j < end) {
                iter.next();
            }
        }
    }
    push(text, start, bytes.len(), &mut out);
    split_glued_headline(text, &mut out);
    out
}

/// Words that open a sentence and never run on in one when capitalised
/// after a lower-case word: "… says gunman made her nervous A woman who sat
/// near …" is a headline glued to the article's first sentence.
const GLUED_OPENERS: &[&str] = &["A", "An", "The", "He", "She", "They", "We", "It", "This", "These", "His", "Her", "Their", "Our"];

/// Nouns a capital letter names a kind of ("type A", "plan A", "grade A").
const LETTER_KINDS: &[&str] = &[
    "type", "plan", "class", "grade", "group", "vitamin", "hepatitis", "category", "section", "part", "exhibit",
    "option", "model", "series", "formula", "division", "league", "tier", "level", "size", "schedule", "list", "row",
];

/// Scrapes often join the headline to the first sentence with a space
/// alone. In the first sentence only (a headline's place), a break is made
/// before a dateline in capitals ("… coming Friday CLEVELAND, Ohio – Gov.
/// …", "… kingmaker BERLIN (REUTERS) - …"), before one of
/// [`GLUED_OPENERS`] between two lower-case words ("… nervous A woman
/// …") or before a name in capitals that repeats the word before it ("…
/// for SHS's Avaneshni AVANESHNI Govender was …"); at least three words
/// must stand before it.
fn split_glued_headline(text: &str, out: &mut Vec<Sentence>) {
    let Some(first) = out.first() else { return };
    let (start, end) = (first.start, first.end);
    let words: Vec<(usize, &str)> = text[start..end]
        .split(' ')
        .scan(start, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let lower_end = |w: &str| w.chars().next_back().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    let capitals = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.chars().any(char::is_lowercase);
    let cut = (3..words.len().saturating_sub(1)).find(|&k| {
        let (before, w, next) = (words[k - 1].1, words[k].1, words[k + 1].1);
        // ("type A blood", "plan A is": a letter naming a kind)
        let kind = w == "A" && LETTER_KINDS.contains(&before.to_lowercase().as_str());
        let opener = GLUED_OPENERS.contains(&w) && lower_end(before) && next.starts_with(char::is_lowercase) && !kind;
        // "CLEVELAND, Ohio –", "BERLIN (REUTERS) -", "LOS ANGELES (CBSLA) —"
        let place = w.trim_end_matches(',');
        let dateline = capitals(place) && lower_end(before) && {
            let rest = words[k + 1..].iter().take(3).map(|x| x.1);
            (w.ends_with(',') || next.starts_with('(') || capitals(next)) && rest.clone().any(|x| matches!(x, "—" | "–" | "-") || x.ends_with(')'))
        };
        // "… for SHS's Avaneshni AVANESHNI Govender was …": a lead opening
        // on its first name in capitals, the headline's last word again
        let repeated = capitals(w) && before.to_uppercase() == w && before != w;
        opener || dateline || repeated
    });
    if let Some(k) = cut {
        let at = words[k].0;
        let mut pieces = Vec::new();
        push(text, start, at, &mut pieces);
        push(text, at, end, &mut pieces);
        out.splice(0..1, pieces);
    }
}

/// Most bytes of one sentence (about 300 words): a longer run without a
/// sentence end (a list, a text stripped of its punctuation) is cut at the
/// last space before the limit, so that no later stage spends time on the
/// square of a sentence's length.
pub const MAX_SENTENCE: usize = 2_000;

/// Adds `text[start..end]`, trimmed of whitespace and leading bullet marks,
/// when not empty, in pieces of at most [`MAX_SENTENCE`] bytes.
fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let Some(span) = text.get(start..end) else { return };
    let body = span.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '·' | '▪' | '■' | '●' | '►'));
    let lead = span.len() - body.len();
    let body = body.trim_end();
    if body.is_empty() {
        return;
    }
    let (mut s, mut body) = (start + lead, body);
    while body.len() > MAX_SENTENCE {
        let limit = body.floor_char_boundary(MAX_SENTENCE);
        let cut = body[..limit].rfind(char::is_whitespace).filter(|&k| k > 0).unwrap_or(limit);
        let (piece, rest) = body.split_at(cut);
        let piece = piece.trim_end();
        out.push(Sentence { start: s, end: s + piece.len(), text: piece.to_string() });
        let next = rest.trim_start();
        s += cut + rest.len() - next.len();
        body = next;
    }
    out.push(Sentence { start: s, end: s + body.len(), text: body.to_string() });
}

/// Whether the newline at `i` ends a sentence: always, unless the line runs
/// on (ends in a letter, digit or comma) into a next line starting lower case.
fn line_break_ends(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t', '\r']);
    let Some(last) = before.chars().next_back() else { return true };
    let after = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
    let Some(next) = after.chars().next() else { return true };
    if next == '\n' {
        return true;
    }
    let runs_on = last.is_alphanumeric() || matches!(last, ',' | ';' | '-' | '–' | '(');
    !(runs_on && next.is_lowercase())
}

/// If the terminal mark `c` at `i` ends a sentence, the byte offset just past
/// the sentence (after closing quotes and brackets).
fn terminal_end(text: &str, i: usize, c: char) -> Option<usize> {
    let mut end = i + c.len_utf8();
    // Runs of marks ("?!", "...") end together.
    let rest = &text[end..];
    let marks = rest.len() - rest.trim_start_matches(['.', '!', '?', '…']).len();
    end += marks;
    let rest = &text[end..];
    let closers = rest.len() - rest.trim_start_matches(['"', '”', '’', '\'', ')', ']', '»']).len();
    end += closers;
    let rest = &text[end..];
    let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if after.len() == rest.len() && !after.is_empty() && !after.starts_with(['\r', '\n']) {
        // no space after: "3.5", "U.S.-led", "example.com"; but a lower-case
        // word and a capitalised one run together ("Trump said.Trump claimed")
        // are two sentences whose space was lost
        let glued = c == '.' && marks == 0 && closers == 0 && lost_space(word_before(text, i), after);
        return glued.then_some(end);
    }
    let next = after.chars().next()?;
    if next == '\n' || next == '\r' {
        return Some(end);
    }
    if next.is_lowercase() || matches!(next, ',' | ';' | ':' | '-' | '–' | '—') {
        return None;
    }
    if c != '.' || marks > 0 || closers > 0 {
        return Some(end);
    }
    let word = word_before(text, i);
    let lower = word.to_lowercase();
    let next_word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    if TITLES.contains(&lower.as_str()) || INNER.contains(&lower.as_str()) {
        return None;
    }
    if next.is_ascii_digit() && BEFORE_NUMBER.contains(&lower.as_str()) {
        return None;
    }
    if ordinal_before_date(word, &next_word) {
        return None;
    }
    let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
    if initial || dotted {
        let opener = OPENERS.contains(&next_word.to_lowercase().as_str());
        return (next.is_uppercase() && opener && !initial).then_some(end);
    }
    Some(end)
}

/// Did a space go missing after the period between `word` and `after`:
/// a lower-case word of three letters or more, then a capitalised word
/// ("Trump said.Trump claimed"), not "example.com", "iPhone.Apple" nor "U.S."?
pub fn lost_space(word: &str, after: &str) -> bool {
    let mut next = after.chars();
    word.chars().count() >= 3 && word.chars().all(char::is_lowercase) && next.next().is_some_and(char::is_uppercase) && next.next().is_some_and(char::is_lowercase)
}

/// The word (letters and inner periods) just before byte `i`.
fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(j, c)| j + c.len_utf8());
    head[from..].trim_start_matches('.')
}

#[cfg(test)]
mod tests {
    use super::{split, MAX_SENTENCE};

    fn texts(text: &str) -> Vec<String> {
        split(text).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_into_bounded_pieces_at_spaces() {
        let text = format!("{} Then it ends.", "word ".repeat(1_000));
        let sentences = split(&text);
        assert_eq!(sentences.len(), 3);
        for s in &sentences {
            assert!(s.text.len() <= MAX_SENTENCE && !s.text.starts_with(' ') && !s.text.ends_with(' '), "{:?}", s.text.len());
            assert_eq!(&text[s.start..s.end], s.text);
        }
        assert!(sentences[2].text.ends_with("Then it ends."));
        // a single word longer than the limit is cut inside, at a character boundary
        let long = "é".repeat(MAX_SENTENCE);
        assert!(split(&long).iter().all(|s| s.text.len() <= MAX_SENTENCE && long.is_char_boundary(s.start)));
    }

    #[test]
    fn offsets_slice_the_body() {
        let body = "  Café owners met.  Então “Olá!” she said.\n\nNext one";
        for s in split(body) {
            assert_eq!(&body[s.start..s.end], s.text);
        }
        assert_eq!(texts(body), ["Café owners met.", "Então “Olá!” she said.", "Next one"]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "Gen. Smith and Mr. Jones met U.S. and U.N. envoys at 3 p.m. on Aug. 19 in room No. 3 with J.D. Vance. Then they left.";
        assert_eq!(texts(t).len(), 2, "{:?}", texts(t));
    }

    #[test]
    fn times_and_numbers_before_openers() {
        let t = "The polls close at 8 p.m. The count starts at once. Item No. 3 passed.";
        assert_eq!(texts(t), ["The polls close at 8 p.m.", "The count starts at once.", "Item No. 3 passed."]);
    }

    #[test]
    fn acronym_before_sentence_opener_splits() {
        let t = "The envoy flew to the U.S. The talks resumed.";
        assert_eq!(texts(t), ["The envoy flew to the U.S.", "The talks resumed."]);
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        let t = "Officials said it was “intended to sway the vote.” The campaign denied it.";
        assert_eq!(texts(t), ["Officials said it was “intended to sway the vote.”", "The campaign denied it."]);
        let t = "\"Is it over?\" she asked. \"No.\" He left.";
        assert_eq!(texts(t), ["\"Is it over?\" she asked.", "\"No.\"", "He left."]);
    }

    #[test]
    fn line_breaks_split_headlines_but_not_wrapped_lines() {
        let t = "Campaign hit by hackers\nThe campaign said on Saturday that it\nhad been hacked.\n\nShort Url";
        assert_eq!(
            texts(t),
            ["Campaign hit by hackers", "The campaign said on Saturday that it\nhad been hacked.", "Short Url"]
        );
    }

    #[test]
    fn a_headline_glued_to_the_first_sentence_is_split_off() {
        let t = "Texas church witness says gunman made her nervous A woman who sat near him said he made her uneasy. The A team won.";
        assert_eq!(texts(t), ["Texas church witness says gunman made her nervous", "A woman who sat near him said he made her uneasy.", "The A team won."]);
        let t = "Governor says update on daycare coming Friday CLEVELAND, Ohio – Gov. Ana Ruiz said parents were listening.";
        assert_eq!(texts(t)[0], "Governor says update on daycare coming Friday");
        let t = "Merkel faces new crisis as far-right emerges as kingmaker BERLIN (REUTERS) - Senior figures will meet.";
        assert_eq!(texts(t)[0], "Merkel faces new crisis as far-right emerges as kingmaker");
        let t = "Six of the best for Ana AVANESHNI Govender was one of the top achievers.";
        assert_eq!(texts(t).len(), 1, "another name in capitals is no repeat");
        let t = "Six of the best for Avaneshni AVANESHNI Govender was one of the top achievers.";
        assert_eq!(texts(t), ["Six of the best for Avaneshni", "AVANESHNI Govender was one of the top achievers."]);
        // one sentence of ordinary prose stays whole; a title after a capital is no break
        for t in ["They watched The Godfather in the old cinema on Monday.", "Thousands Ring In 2020 At Grand Park In Downtown Los Angeles", "Patients with type A blood were seen first."] {
            assert_eq!(texts(t).len(), 1, "{t:?}");
        }
    }

    #[test]
    fn numbers_and_domains_do_not_split() {
        let t = "Shares rose 3.5 percent on example.com today. Prices fell.";
        assert_eq!(texts(t).len(), 2);
        // nor a brand or a domain in capitals; a lost space between two sentences does
        let t = "He bought an iPhone.Apple sold it at shop.BBC.co.uk today.";
        assert_eq!(texts(t).len(), 1);
        let t = "“It is ours,” Ruiz said.Ruiz claimed that she had built it.";
        assert_eq!(texts(t), ["“It is ours,” Ruiz said.", "Ruiz claimed that she had built it."]);
    }

    #[test]
    fn german_ordinals_before_a_month_or_century_do_not_split() {
        let t = "Die Wahl fand am 19. August statt. Im 19. Jahrhundert war das anders. Der Zähler stand bei 19. Danach fiel er.";
        assert_eq!(
            texts(t),
            ["Die Wahl fand am 19. August statt.", "Im 19. Jahrhundert war das anders.", "Der Zähler stand bei 19.", "Danach fiel er."]
        );
    }

    #[test]
    fn hostile_input_does_not_panic() {
        for t in ["", ".", "\n\n", "…", "a.\u{a0}B", "Mr.", "?!\"", "é.", "U.S."] {
            let _ = split(t);
        }
    }
}
