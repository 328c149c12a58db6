//! Sentence splitting with UTF-8 byte offsets.

use concord_model::Sentence;

/// Splits `text` into sentences (provisional: one per line).
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if !trimmed.trim().is_empty() {
            let lead = trimmed.len() - trimmed.trim_start().len();
            out.push(Sentence { start: start + lead, end: start + trimmed.len(), text: trimmed.trim_start().to_string() });
        }
        start += line.len();
    }
    out
}
