//! Local files and directories: formats, ids, gzip, caps and refusals.

use std::io::Write;
use std::path::Path;

use concord_model::InputFormat;
use concord_sources::{read, Options, SourceError};
use flate2::write::GzEncoder;
use flate2::Compression;

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn read_one(path: &Path, opts: &Options) -> Vec<Result<concord_model::RawDocument, SourceError>> {
    read(&[path.display().to_string()], opts).collect()
}

fn refusal(path: &Path, opts: &Options) -> String {
    let mut out = read_one(path, opts);
    assert_eq!(out.len(), 1, "one result for {}", path.display());
    match out.remove(0) {
        Ok(doc) => panic!("{} was accepted as {:?}", path.display(), doc.format),
        Err(err) => {
            assert_eq!(err.input, path.display().to_string());
            assert!(!err.to_string().contains('\n'), "one-line error: {err}");
            err.reason
        }
    }
}

#[test]
fn html_and_text_files_keep_their_bytes_and_get_stem_ids() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("harbour-story.html");
    write(&html, b"<!doctype html><html><body><p>Flood waters rose.</p></body></html>");
    let text = dir.path().join("scrape.v2.txt");
    write(&text, "Breaking 12:45 Something\nThe council met on Tuesday, caf\u{e9}.\n".as_bytes());

    let docs: Vec<_> = read(&[html.display().to_string(), text.display().to_string()], &Options::default())
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!((docs[0].id.as_str(), docs[0].format), ("harbour-story", InputFormat::Html));
    assert_eq!(docs[0].origin, html.display().to_string());
    assert_eq!((docs[1].id.as_str(), docs[1].format), ("scrape", InputFormat::Text));
    assert_eq!(docs[1].bytes, std::fs::read(&text).unwrap());
    assert!(!docs[1].hints.clean_text);
}

#[test]
fn forced_format_overrides_sniffing() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("page.html");
    write(&html, b"<html><body>Text really</body></html>");
    let opts = Options { format: InputFormat::Text, ..Options::default() };
    let doc = read_one(&html, &opts).remove(0).unwrap();
    assert_eq!(doc.format, InputFormat::Text);
}

#[test]
fn content_sniffing_without_extension() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a"), b"  <html><body>x</body></html>");
    write(&dir.path().join("b"), b"Plain words only.\n");
    let docs: Vec<_> = read(&[dir.path().display().to_string()], &Options::default()).map(Result::unwrap).collect();
    assert_eq!(docs.iter().map(|d| d.format).collect::<Vec<_>>(), vec![InputFormat::Html, InputFormat::Text]);
}

#[test]
fn directories_are_walked_recursively_sorted_skipping_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("b.txt"), b"second file text");
    write(&root.join("a.txt"), b"first file text");
    write(&root.join("sub/c.html"), b"<p>third</p>");
    write(&root.join(".hidden.txt"), b"never read");
    write(&root.join(".git/config.txt"), b"never read either");
    let docs: Vec<_> = read(&[root.display().to_string()], &Options::default()).map(Result::unwrap).collect();
    let ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["a", "b", "c"]);
    assert!(docs[2].origin.ends_with("sub/c.html"));
}

#[test]
fn gzip_files_are_decompressed_and_named_without_extensions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.html.gz");
    write(&path, &gzip(b"<html><body>zipped page</body></html>"));
    let doc = read_one(&path, &Options::default()).remove(0).unwrap();
    assert_eq!(doc.id, "x");
    assert_eq!(doc.format, InputFormat::Html);
    assert_eq!(doc.bytes, b"<html><body>zipped page</body></html>");
}

#[test]
fn truncated_gzip_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.txt.gz");
    let text = "A long enough sentence about the harbour. ".repeat(400);
    let zipped = gzip(text.as_bytes());
    write(&path, &zipped[..zipped.len() / 2]);
    let reason = refusal(&path, &Options::default());
    assert!(reason.contains("gzip"), "{reason}");
}

#[test]
fn empty_and_binary_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    write(&empty, b"");
    assert_eq!(refusal(&empty, &Options::default()), "empty file");
    let blank = dir.path().join("blank.html");
    write(&blank, b" \n\n\t ");
    assert!(refusal(&blank, &Options::default()).starts_with("empty file"));
    let nul = dir.path().join("blob.txt");
    write(&nul, b"abc\0\0\0def");
    assert!(refusal(&nul, &Options::default()).contains("binary"));
    let pdf = dir.path().join("report.html");
    write(&pdf, b"%PDF-1.4\n%...");
    assert!(refusal(&pdf, &Options::default()).contains("PDF"));
}

#[test]
fn oversize_documents_are_truncated_at_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    write(&path, "word ".repeat(10_000).as_bytes());
    let opts = Options { max_bytes: 1000, ..Options::default() };
    let doc = read_one(&path, &opts).remove(0).unwrap();
    assert_eq!(doc.bytes.len(), 1000);
}

#[test]
fn missing_paths_are_refused_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("ok.txt");
    write(&good, b"fine");
    let missing = dir.path().join("nope.txt").display().to_string();
    let out: Vec<_> = read(&[missing.clone(), good.display().to_string()], &Options::default()).collect();
    assert_eq!(out.len(), 2);
    let err = out[0].as_ref().unwrap_err();
    assert_eq!(err.to_string(), format!("{missing}: no such file or directory"));
    assert_eq!(out[1].as_ref().unwrap().id, "ok");
}

#[cfg(unix)]
#[test]
fn unreadable_files_in_a_directory_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    write(&locked, b"secret");
    write(&dir.path().join("open.txt"), b"public");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        println!("skipping: running with privileges that ignore file permissions");
        return;
    }
    let out: Vec<_> = read(&[dir.path().display().to_string()], &Options::default()).collect();
    assert_eq!(out.len(), 2);
    let err = out[0].as_ref().unwrap_err();
    assert_eq!(err.reason, "permission denied");
    assert!(err.input.ends_with("locked.txt"));
    assert_eq!(out[1].as_ref().unwrap().id, "open");
}

#[test]
fn the_example_corpus_reads_without_refusals() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let out: Vec<_> = read(&[corpus.display().to_string()], &Options::default()).collect();
    let errors: Vec<_> = out.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let docs: Vec<_> = out.into_iter().map(Result::unwrap).collect();
    assert_eq!(docs.len(), 19);
    assert!(docs.iter().any(|d| d.id == "meridian-wire/2" && d.hints.outlet.as_deref() == Some("Meridian Wire")));
    assert!(docs.iter().any(|d| d.id == "gl-storm-idris-insurers" && d.hints.clean_text));
}

#[test]
fn the_seed_scrapes_are_text_documents() {
    let Some(data) = concord_model::shared_data_dir() else {
        println!("skipping: shared data absent");
        return;
    };
    let seeds = data.join("seeds");
    let docs: Vec<_> = read(&[seeds.display().to_string()], &Options::default()).map(Result::unwrap).collect();
    assert_eq!(docs.len(), 5);
    assert!(docs.iter().all(|d| d.format == InputFormat::Text));
    assert_eq!(docs[0].id, "000_7b1148aa8294a083");
}

#[cfg(unix)]
#[test]
fn dangling_links_in_a_directory_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("a-link.txt")).unwrap();
    write(&dir.path().join("b.txt"), b"still read");
    let out: Vec<_> = read(&[dir.path().display().to_string()], &Options::default()).collect();
    assert_eq!(out.len(), 2);
    let err = out[0].as_ref().unwrap_err();
    assert!(err.input.ends_with("a-link.txt"), "{err}");
    assert_eq!(err.reason, "no such file or directory");
    assert_eq!(out[1].as_ref().unwrap().id, "b");
}

#[test]
fn jsonl_streams_past_the_input_cap_and_other_inputs_stop_at_it() {
    let dir = tempfile::tempdir().unwrap();
    let lines: String = (1..=50).map(|i| format!("{{\"id\": \"r{i}\", \"text\": \"record number {i}\"}}\n")).collect();
    let first_line = lines.lines().next().unwrap().len() as u64 + 1;
    // A cap of three records (of the decompressed stream, for the gzip copy).
    let opts = Options { max_input_bytes: first_line * 3, ..Options::default() };
    let all: Vec<String> = (1..=50).map(|i| format!("r{i}")).collect();
    for (name, bytes) in [("many.jsonl", lines.as_bytes().to_vec()), ("many.jsonl.gz", gzip(lines.as_bytes()))] {
        let path = dir.path().join(name);
        write(&path, &bytes);
        let ids: Vec<_> = read_one(&path, &opts).into_iter().map(|r| r.unwrap().id).collect();
        assert_eq!(ids, all, "{name}: every record, the ones past the cap included");
    }
    // Each record stays bounded by the document cap: an over-long one is
    // refused and the records after it are still read.
    let long = format!("{{\"id\": \"big\", \"text\": \"{}\"}}\n", "x".repeat(200));
    let path = dir.path().join("long.jsonl");
    write(&path, format!("{long}{lines}").as_bytes());
    let small = Options { max_bytes: 100, ..opts.clone() };
    let out = read_one(&path, &small);
    assert_eq!(out.len(), 51);
    assert_eq!(out[0].as_ref().unwrap_err().reason, "line longer than 100 bytes");
    assert_eq!(out[50].as_ref().unwrap().id, "r50");
    // A single document is still cut at the input cap.
    let path = dir.path().join("long.txt");
    write(&path, "word ".repeat(100).as_bytes());
    let doc = read_one(&path, &Options { max_input_bytes: 42, ..Options::default() }).remove(0).unwrap();
    assert_eq!(doc.bytes.len(), 42);
}
