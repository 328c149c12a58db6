//! MEANTIME (NewsReader's English Wikinews articles) as a held-out check for
//! `concord eval timex`: its TIMEX3 annotations are scored like the TimeML
//! corpora but reported apart, since other annotators under other
//! guidelines made them and no rule is fitted to them.
//!
//! The text is the tokens joined by spaces, sentences by newlines (as the NER
//! evaluation builds it). The creation-time expression is the anchor, and
//! its line is not scored; MEANTIME annotates only an article's opening
//! sentences, so predictions after the last annotated sentence are not
//! scored either.

use std::path::Path;

use roxmltree::Node;

use super::timex::{anchor_of, Document, Span};

/// The MEANTIME documents under the NER data folder `dir` that have a
/// creation date.
pub fn documents(dir: &Path) -> Vec<Document> {
    super::ner::meantime_files(dir)
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .filter_map(|raw| read(&raw))
        .collect()
}

/// "03-02-2009" (one article writes its date day first) as "2009-02-03".
fn day_first(value: &str) -> Option<String> {
    let (d, m, y) = (value.get(0..2)?, value.get(3..5)?, value.get(6..10)?);
    (value.len() == 10 && &value[2..3] == "-" && &value[5..6] == "-").then(|| format!("{y}-{m}-{d}"))
}

/// Reads one NAF/CAT file; None when it does not parse or has no usable date.
fn read(raw: &str) -> Option<Document> {
    let xml = roxmltree::Document::parse(raw).ok()?;
    let root = xml.root_element();
    // Token id -> (byte span, sentence number).
    let mut text = String::new();
    let mut tokens: Vec<(&str, usize, usize, &str)> = Vec::new();
    for t in root.children().filter(|n| n.has_tag_name("token")) {
        let (Some(id), Some(sentence)) = (t.attribute("t_id"), t.attribute("sentence")) else { continue };
        if let Some(&(_, _, _, last)) = tokens.last() {
            text.push(if last == sentence { ' ' } else { '\n' });
        }
        let start = text.len();
        text.push_str(t.text().unwrap_or(""));
        tokens.push((id, start, text.len(), sentence));
    }
    let span_of = |n: Node| {
        let at: Vec<_> = n
            .children()
            .filter_map(|a| a.attribute("t_id"))
            .filter_map(|id| tokens.iter().find(|t| t.0 == id))
            .collect();
        Some((at.iter().map(|t| t.1).min()?, at.iter().map(|t| t.2).max()?, at.iter().map(|t| t.3).max()?))
    };
    let mut anchor = None;
    let mut skip = Vec::new();
    let mut gold = Vec::new();
    let mut last_sentence = "";
    for n in root.descendants().filter(|n| n.has_attribute("m_id") && n.children().any(|c| c.has_tag_name("token_anchor"))) {
        let Some((start, end, sentence)) = span_of(n) else { continue };
        if sentence.parse::<usize>().ok() > last_sentence.parse::<usize>().ok() {
            last_sentence = sentence;
        }
        if !n.has_tag_name("TIMEX3") {
            continue;
        }
        if n.attribute("functionInDocument") == Some("CREATION_TIME") {
            anchor = n.attribute("value").and_then(|v| anchor_of(v).or_else(|| anchor_of(&day_first(v)?)));
            skip.push((start, end));
        } else {
            gold.push(Span { start, end, value: n.attribute("value").map(str::to_string) });
        }
    }
    // Everything after the last sentence holding an annotation.
    if let Some(after) = tokens.iter().find(|t| t.3.parse::<usize>().ok() > last_sentence.parse::<usize>().ok()) {
        skip.push((after.1, text.len()));
    }
    gold.sort_by_key(|s| s.start);
    Some(Document { text, anchor: Some(anchor?), gold, skip })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tokens_gold_anchor_and_the_unscored_parts() {
        let raw = r#"<Document doc_id="1">
<token t_id="1" sentence="0">Plant</token><token t_id="2" sentence="0">shut</token>
<token t_id="3" sentence="1">May</token><token t_id="4" sentence="1">4</token><token t_id="5" sentence="1">,</token><token t_id="6" sentence="1">2009</token>
<token t_id="7" sentence="2">It</token><token t_id="8" sentence="2">closed</token><token t_id="9" sentence="2">Monday</token>
<token t_id="10" sentence="3">More</token>
<Markables>
<TIMEX3 m_id="1" functionInDocument="CREATION_TIME" type="DATE" value="2009-05-04"><token_anchor t_id="3"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="2" functionInDocument="NONE" type="DATE" value="2009-05-04"><token_anchor t_id="9"/></TIMEX3>
</Markables></Document>"#;
        let doc = read(raw).expect("parses");
        assert_eq!(doc.text, "Plant shut\nMay 4 , 2009\nIt closed Monday\nMore");
        assert_eq!(doc.anchor.map(|a| (a.year, a.month, a.day)), Some((2009, 5, 4)));
        let g = &doc.gold[0];
        assert_eq!((&doc.text[g.start..g.end], g.value.as_deref()), ("Monday", Some("2009-05-04")));
        assert_eq!(doc.skip, [(11, 23), (41, 45)]);
        assert_eq!(day_first("03-02-2009").as_deref(), Some("2009-02-03"));
        assert_eq!(day_first("2009-02-03"), None);
    }
}
