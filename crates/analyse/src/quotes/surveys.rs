//! Poll findings. "In a CNN/ORC poll, 31% of Republicans said …": the
//! respondents are counted, not quoted, and the finding is the poll's. A
//! speaker phrase that counts respondents gives way to the poll or survey
//! named in its sentence.

use super::attribution::speaker_before;
use super::doc::Doc;

/// Words that count people ("half", "a third", "55 percent"); a digit counts too ("4 in 10").
const QUANTITIES: &[&str] = &["percent", "%", "half", "third", "thirds", "quarter", "quarters"];

/// Heads that name respondents.
const RESPONDENTS: &[&str] = &["respondents", "voters", "americans", "adults", "surveyed", "polled"];

/// Words that name one poll ("the polls" name none in particular).
const POLLS: &[&str] = &["poll", "survey"];

fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Does the phrase `[from, to)` count or name respondents ("79 percent of
/// Democrats", "about half", "voters nationwide")?
fn counts_respondents(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let w = doc.word(k);
        w.starts_with(|c: char| c.is_ascii_digit()) || is_in(QUANTITIES, w) || is_in(RESPONDENTS, w)
    })
}

/// The poll that speaks for the respondents of `speaker`: the phrase ending
/// in "poll" or "survey" in the same sentence ("a Washington Post-ABC News
/// poll"); `None` when the speaker is not respondents or no poll is named.
pub fn pollster(doc: &Doc, speaker: (usize, usize)) -> Option<(usize, usize)> {
    if !counts_respondents(doc, speaker.0, speaker.1) {
        return None;
    }
    let (from, to) = doc.clause(speaker.0);
    let poll = (from..to).filter(|&k| !(speaker.0..speaker.1).contains(&k)).find(|&k| is_in(POLLS, doc.word(k)))?;
    speaker_before(doc, poll + 1, from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pollster_of(text: &str, speaker: &str) -> Option<String> {
        let doc = Doc::new(text, &[]);
        let first = doc.toks.iter().position(|t| speaker.starts_with(t.text(text)))?;
        let n = speaker.split_whitespace().count();
        pollster(&doc, (first, first + n)).map(|(s, e)| doc.slice(s, e).to_string())
    }

    #[test]
    fn respondents_speak_through_their_poll() {
        let text = "In a new Harbour Times poll, 55 percent of voters said the port should reopen.";
        assert_eq!(pollster_of(text, "55 percent of voters").as_deref(), Some("a new Harbour Times poll"));
        let text = "Ana Ruiz said the poll was wrong.";
        assert_eq!(pollster_of(text, "Ana Ruiz"), None);
    }
}
