//! Hostile input never panics: every truncation of valid samples and a
//! batch of pseudo-random byte strings, read under every format.

use concord_model::InputFormat;
use concord_sources::from_bytes;

const FORMATS: [InputFormat; 6] =
    [InputFormat::Auto, InputFormat::Html, InputFormat::Text, InputFormat::Jsonl, InputFormat::Warc, InputFormat::Feed];

fn samples() -> Vec<Vec<u8>> {
    let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n0\r\n\r\n";
    let mut warc = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2025-03-10T10:00:00Z\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    warc.extend_from_slice(block);
    warc.extend_from_slice(b"\r\n\r\n");
    vec![
        warc,
        br#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>&lt;p&gt;b&lt;/p&gt;</description></item></channel></rss>"#.to_vec(),
        "{\"id\": \"a\", \"text\": \"caf\u{e9} \u{1F600}\"}\n{\"html\": \"<p>x</p>\"}\n".as_bytes().to_vec(),
        b"WARC/1.0\r\nContent-Length: 18446744073709551615\r\n\r\n".to_vec(),
    ]
}

fn check(name: &str, bytes: &[u8]) {
    for format in FORMATS {
        for result in from_bytes(name, bytes.to_vec(), format) {
            if let Err(err) = result {
                assert!(!err.to_string().contains('\n'), "multi-line error: {err}");
            }
        }
    }
}

#[test]
fn truncated_samples_never_panic() {
    for sample in samples() {
        for cut in 0..=sample.len() {
            check("sample", &sample[..cut]);
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..300 {
        let len = round % 97;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // mostly printable, with structure characters and the odd control byte
                const ALPHABET: &[u8] = b"WARC/1.0\r\n{}\":<>[]&;x 0123456789\x1f\x8b\xff";
                ALPHABET[(state % ALPHABET.len() as u64) as usize]
            })
            .collect();
        check("random.warc.gz", &bytes);
    }
}
