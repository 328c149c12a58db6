//! Turning undecoded bytes into text: BOM, declared charset, sniffing, size cap.
//!
//! Order of trust: a byte-order mark; then bytes that are valid UTF-8 with
//! non-ASCII content (pages labelled latin-1 are often really UTF-8); then a
//! charset declared in `<meta>` (checked against the bytes: a page labelled
//! UTF-8 whose bytes are not is re-sniffed); finally `chardetng`'s guess.
//! Invalid sequences become U+FFFD; nothing here can fail.

use encoding_rs::{Encoding, UTF_8};

/// Inputs longer than this many bytes are cut (a news page is far smaller).
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// How far into a page a `<meta charset>` declaration is looked for.
const CHARSET_SCAN_BYTES: usize = 4096;

/// Text decoded from raw bytes.
#[derive(Debug)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// The encoding used (WHATWG name).
    pub encoding: &'static str,
    /// True when the input was longer than [`MAX_INPUT_BYTES`] and was cut.
    pub truncated: bool,
}

/// Decodes `bytes`, cutting them at [`MAX_INPUT_BYTES`].
pub fn decode(bytes: &[u8]) -> Decoded {
    let truncated = bytes.len() > MAX_INPUT_BYTES;
    let bytes = if truncated { cut_at_char_boundary(bytes, MAX_INPUT_BYTES) } else { bytes };
    let encoding = choose_encoding(bytes);
    let (text, _, _) = encoding.decode(bytes);
    Decoded { text: text.into_owned(), encoding: encoding.name(), truncated }
}

fn choose_encoding(bytes: &[u8]) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding;
    }
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    if valid_utf8 && !bytes.is_ascii() {
        return UTF_8;
    }
    match declared_charset(bytes) {
        Some(declared) if declared == UTF_8 && !valid_utf8 => sniff(bytes),
        Some(declared) => declared,
        None if valid_utf8 => UTF_8,
        None => sniff(bytes),
    }
}

fn sniff(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The charset named by `<meta charset=…>` or `<meta http-equiv … content="…charset=…">`.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(CHARSET_SCAN_BYTES)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(pos) = rest.find("charset") {
        rest = &rest[pos + "charset".len()..];
        let value = rest.trim_start_matches([' ', '=', '"', '\'']);
        let name: String = value
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
            .collect();
        if let Some(encoding) = Encoding::for_label(name.as_bytes()) {
            // WHATWG: a UTF-16 label in a byte stream without BOM means UTF-8.
            return Some(if encoding.is_single_byte() || encoding == UTF_8 { encoding } else { encoding.output_encoding() });
        }
    }
    None
}

/// `bytes[..max]`, backed off so that a UTF-8 sequence is not split.
fn cut_at_char_boundary(bytes: &[u8], max: usize) -> &[u8] {
    let mut end = max.min(bytes.len());
    let floor = end.saturating_sub(3);
    while end > floor && end < bytes.len() && (bytes[end] & 0xC0) == 0x80 {
        end -= 1;
    }
    &bytes[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("Café in São Paulo".as_bytes());
        assert_eq!(d.text, "Café in São Paulo");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn windows_1252_declared_in_meta() {
        let mut page = b"<html><head><meta charset=\"windows-1252\"></head><body>".to_vec();
        page.extend_from_slice(b"\x93Quoted\x94 caf\xe9</body></html>");
        let d = decode(&page);
        assert!(d.text.contains("\u{201c}Quoted\u{201d} café"), "{}", d.text);
    }

    #[test]
    fn latin1_mislabelled_as_utf8_is_resniffed() {
        let mut page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">".to_vec();
        page.extend_from_slice(b"<p>Le minist\xe8re a d\xe9clar\xe9 que la r\xe9forme \xe9tait pr\xeate.</p>");
        let d = decode(&page);
        assert!(d.text.contains("ministère a déclaré"), "{}", d.text);
        assert!(!d.text.contains('\u{fffd}'));
    }

    #[test]
    fn utf8_labelled_latin1_stays_utf8() {
        let page = "<meta charset=\"iso-8859-1\"><p>Zürich und München</p>".as_bytes();
        assert!(decode(page).text.contains("Zürich und München"));
    }

    #[test]
    fn bom_wins() {
        let d = decode(b"\xef\xbb\xbfplain \xc3\xa9");
        assert_eq!(d.text, "plain é");
    }

    #[test]
    fn invalid_utf8_is_replaced_not_fatal() {
        let d = decode(b"ok \xff\xfe\xfd broken but long enough english text with words");
        assert!(d.text.starts_with("ok "));
    }

    #[test]
    fn oversize_input_is_cut_on_a_char_boundary() {
        let big = "é".repeat(MAX_INPUT_BYTES); // 2 bytes each
        let d = decode(big.as_bytes());
        assert!(d.truncated);
        assert!(d.text.len() <= MAX_INPUT_BYTES);
        assert!(!d.text.contains('\u{fffd}'));
    }
}
