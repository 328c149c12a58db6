//! Cheap pre-parse pruning: drops elements that never hold article text
//! (`<script>` except JSON-LD, `<style>`, `<svg>`, `<noscript>`, `<template>`,
//! comments, and the navigation, footer and sidebar blocks that the body
//! extractor would discard anyway) so the HTML parser and the extractors see
//! a fraction of the bytes.

/// Elements removed with their content (lowercase names).
const DROPPED: [&str; 11] =
    ["script", "style", "svg", "noscript", "template", "nav", "footer", "aside", "select", "button", "iframe"];
/// Elements whose content is raw text (no nesting to track).
const RAW_TEXT: [&str; 5] = ["script", "style", "svg", "noscript", "template"];

/// `html` without the elements in [`DROPPED`] (JSON-LD scripts are kept) and comments.
pub fn prune(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut kept_from = 0;
    let mut at = 0;
    while let Some(start) = find_byte(html, b'<', at) {
        let Some(end) = skippable_end(html, start) else {
            at = start + 1;
            continue;
        };
        out.push_str(&html[kept_from..start]);
        kept_from = end;
        at = end;
    }
    out.push_str(&html[kept_from..]);
    out
}

/// Where the droppable construct starting at `start` ends, if it is one.
fn skippable_end(html: &str, start: usize) -> Option<usize> {
    let rest = &html.as_bytes()[start + 1..];
    if rest.starts_with(b"!--") {
        return Some(memchr::memmem::find(&html.as_bytes()[start + 4..], b"-->").map_or(html.len(), |e| start + 4 + e + 3));
    }
    let name = DROPPED.iter().find(|name| is_tag(rest, name.as_bytes()))?;
    let tag_end = find_byte(html, b'>', start).map_or(html.len(), |e| e + 1);
    if *name == "script" && html[start..tag_end].to_ascii_lowercase().contains("ld+json") {
        return None;
    }
    Some(closing_end(html, name.as_bytes(), tag_end, RAW_TEXT.contains(name)))
}

/// The position of the first `byte` (ASCII) in `html` at or after `from`.
pub(super) fn find_byte(html: &str, byte: u8, from: usize) -> Option<usize> {
    memchr::memchr(byte, &html.as_bytes()[from..]).map(|i| from + i)
}

/// True when `rest` (the bytes after a `<`) starts with the element name
/// `name` (any case) followed by whitespace, `>` or `/`.
fn is_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name))
        && rest.get(name.len()).is_some_and(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
}

/// The end of the element `name` whose start tag ends at `from`: the matching
/// closing tag, counting nested elements of the same name unless `raw`.
fn closing_end(html: &str, name: &[u8], from: usize, raw: bool) -> usize {
    let bytes = html.as_bytes();
    let mut depth = 1usize;
    let mut at = from;
    while let Some(lt) = find_byte(html, b'<', at) {
        let rest = &bytes[lt + 1..];
        let closes = rest.first() == Some(&b'/') && rest.get(1..=name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name));
        if closes {
            depth -= 1;
            at = find_byte(html, b'>', lt).map_or(html.len(), |g| g + 1);
            if depth == 0 || at >= html.len() {
                return at;
            }
            continue;
        }
        let opens = rest.get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name))
            && rest.get(name.len()).is_some_and(|b| b.is_ascii_whitespace() || *b == b'>');
        depth += usize::from(opens && !raw);
        at = lt + 1;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_scripts_styles_and_comments_but_keeps_json_ld() {
        let html = "<p>One</p><SCRIPT src=x>var a = '<p>no</p>';</script><!-- c --><style>p{}</style>\
                    <script type=\"application/ld+json\">{\"datePublished\":\"2024-08-20\"}</script><p>Two</p><svg><path/></svg>";
        let pruned = prune(html);
        assert_eq!(
            pruned,
            "<p>One</p><script type=\"application/ld+json\">{\"datePublished\":\"2024-08-20\"}</script><p>Two</p>"
        );
    }

    #[test]
    fn nested_blocks_are_removed_whole() {
        let html = "<p>a</p><nav><ul><li><nav>inner</nav></li></ul>tail</nav><p>b</p><navbar>x</navbar>";
        assert_eq!(prune(html), "<p>a</p><p>b</p><navbar>x</navbar>");
    }

    #[test]
    fn unterminated_constructs_end_the_page() {
        assert_eq!(prune("<p>ok</p><script>never closed"), "<p>ok</p>");
        assert_eq!(prune("<p>ok</p><!-- open"), "<p>ok</p>");
        assert_eq!(prune("<p>a <scripted> b</p>"), "<p>a <scripted> b</p>");
    }
}
