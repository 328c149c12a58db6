//! Pathological pages: markup nested so deep that tree-based extractors
//! would take minutes is measured cheaply first, and such a page is read as
//! plain text instead (tags stripped, block elements turned into line breaks).

/// Nesting deeper than this is treated as pathological (real pages stay under ~100).
pub const MAX_DEPTH: usize = 512;

/// Elements without content or end tag.
const VOID: [&str; 14] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
/// Elements whose boundaries break lines.
const BLOCK: [&str; 16] =
    ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote", "pre", "table"];

/// True when the element nesting of `html` goes deeper than [`MAX_DEPTH`].
pub fn too_deep(html: &str) -> bool {
    let mut depth = 0usize;
    for (name, closing, self_closing) in tags(html) {
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing && !VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) {
            depth += 1;
            if depth > MAX_DEPTH {
                return true;
            }
        }
    }
    false
}

/// The text of `html`, one line per block element.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 4);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let end = after.find('>').map_or(after.len(), |g| g + 1);
        let name = tag_name(&after[1..end]);
        if BLOCK.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            out.push('\n');
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    html_escape::decode_html_entities(&out).replace('\u{a0}', " ")
}

/// (name, is a closing tag, ends with `/>`) of each tag in `html`.
fn tags(html: &str) -> impl Iterator<Item = (&str, bool, bool)> + '_ {
    let mut at = 0;
    let lts = std::iter::from_fn(move || {
        let lt = super::prune::find_byte(html, b'<', at)?;
        at = lt + 1;
        Some(lt)
    });
    // No tag ends once no `>` follows (and looking again for each `<` would be quadratic).
    let spans = lts.map_while(move |lt| Some((lt, super::prune::find_byte(html, b'>', lt + 1)?)));
    spans.filter_map(move |(lt, end)| {
        let inner = &html[lt + 1..end];
        let closing = inner.starts_with('/');
        let name = tag_name(inner);
        (!name.is_empty()).then(|| (name, closing, inner.ends_with('/')))
    })
}

/// The element name at the start of a tag's inside (`/div class=x` → `div`).
fn tag_name(inner: &str) -> &str {
    let name = inner.trim_start_matches('/');
    let end = name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len());
    &name[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_open_elements_not_void_ones() {
        assert!(!too_deep("<div><p>a<br><img src=x></p></div>"));
        let deep = format!("{}x{}", "<div>".repeat(MAX_DEPTH + 1), "</div>".repeat(MAX_DEPTH + 1));
        assert!(too_deep(&deep));
        let siblings = "<div>a</div>".repeat(MAX_DEPTH * 2);
        assert!(!too_deep(&siblings));
    }

    #[test]
    fn text_breaks_lines_at_blocks() {
        assert_eq!(to_text("<div><p>One &amp; two</p><p>Three <b>four</b></p></div>"), "\n\nOne & two\n\nThree four\n\n");
    }
}
