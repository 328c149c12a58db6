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
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut kept_from = 0;
    let mut at = 0;
    while let Some(rel) = lower[at..].find('<') {
        let start = at + rel;
        let Some(end) = skippable_end(&lower, bytes, start) else {
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
fn skippable_end(lower: &str, bytes: &[u8], start: usize) -> Option<usize> {
    let rest = &lower[start + 1..];
    if rest.starts_with("!--") {
        return Some(lower[start + 4..].find("-->").map_or(lower.len(), |e| start + 4 + e + 3));
    }
    let name = DROPPED.iter().find(|name| {
        rest.starts_with(*name)
            && bytes.get(start + 1 + name.len()).is_some_and(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
    })?;
    let tag_end = lower[start..].find('>').map_or(lower.len(), |e| start + e + 1);
    if *name == "script" && lower[start..tag_end].contains("ld+json") {
        return None;
    }
    Some(closing_end(lower, name, tag_end, RAW_TEXT.contains(name)))
}

/// The end of the element `name` whose start tag ends at `from`: the matching
/// closing tag, counting nested elements of the same name unless `raw`.
fn closing_end(lower: &str, name: &str, from: usize, raw: bool) -> usize {
    let open = format!("<{name}");
    let close = format!("</{name}");
    let mut depth = 1usize;
    let mut at = from;
    loop {
        let Some(c) = lower[at..].find(&close).map(|e| at + e) else { return lower.len() };
        if !raw {
            let opened = lower[at..c].match_indices(&open).filter(|(i, _)| {
                lower.as_bytes().get(at + i + open.len()).is_some_and(|b| b.is_ascii_whitespace() || *b == b'>')
            });
            depth += opened.count();
        }
        depth -= 1;
        at = lower[c..].find('>').map_or(lower.len(), |g| c + g + 1);
        if depth == 0 || at >= lower.len() {
            return at;
        }
    }
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
