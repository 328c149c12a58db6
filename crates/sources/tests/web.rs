//! URLs against a small HTTP server on 127.0.0.1 started by each test:
//! content-type, robots.txt, redirect loops, slow servers, size caps.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use concord_model::InputFormat;
use concord_sources::{read, Options};

/// What the server answers for a path: status, content type, body, extra header.
type Route = (u16, &'static str, Vec<u8>, Option<String>);

/// Serves `routes` on a fresh loopback port; counts hits per path; `/slow`
/// answers after two seconds.
struct Server {
    base: String,
    hits: Arc<Mutex<HashMap<String, usize>>>,
}

impl Server {
    fn start(routes: Vec<(&'static str, Route)>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<HashMap<&'static str, Route>> = Arc::new(routes.into_iter().collect());
        let hits = Arc::new(Mutex::new(HashMap::new()));
        let served = Arc::new(AtomicUsize::new(0));
        let (routes2, hits2) = (routes.clone(), hits.clone());
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if served.fetch_add(1, Ordering::SeqCst) > 50 {
                    break; // bounded: a test never needs more
                }
                let (routes, hits) = (routes2.clone(), hits2.clone());
                thread::spawn(move || serve(stream, &routes, &hits));
            }
        });
        Server { base, hits }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
}

fn serve(stream: TcpStream, routes: &HashMap<&'static str, Route>, hits: &Mutex<HashMap<String, usize>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_or(true, |n| n == 0) || line == "\r\n" {
            break;
        }
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
    *hits.lock().unwrap().entry(path.clone()).or_default() += 1;
    if path == "/slow" {
        thread::sleep(Duration::from_secs(2));
    }
    let (status, ctype, body, extra) = routes.get(path.as_str()).cloned().unwrap_or((404, "text/plain", b"not found".to_vec(), None));
    let mut out = stream;
    let extra = extra.map(|h| format!("{h}\r\n")).unwrap_or_default();
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n",
        body.len()
    );
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(&body);
}

fn page(body: &str) -> Route {
    (200, "text/html; charset=utf-8", body.as_bytes().to_vec(), None)
}

fn robots() -> (&'static str, Route) {
    ("/robots.txt", (200, "text/plain", b"User-agent: *\nDisallow: /private/\n".to_vec(), None))
}

#[test]
fn pages_and_feeds_are_fetched_by_content_type_and_robots_read_once() {
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Loop Wire</title>
<item><title>One</title><link>http://x/1</link><description>First item.</description></item></channel></rss>"#;
    let server = Server::start(vec![
        robots(),
        ("/news/story.html", page("<html><body><p>Storm hits</p></body></html>")),
        ("/feeds/top", (200, "application/rss+xml", rss.as_bytes().to_vec(), None)),
    ]);
    let inputs = vec![server.url("/news/story.html"), server.url("/feeds/top")];
    let docs: Vec<_> = read(&inputs, &Options::default()).map(Result::unwrap).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!((docs[0].id.as_str(), docs[0].format), ("story", InputFormat::Html));
    assert_eq!(docs[0].origin, inputs[0]);
    assert_eq!(docs[0].bytes, b"<html><body><p>Storm hits</p></body></html>");
    assert_eq!(docs[1].id, "top/1");
    assert_eq!(docs[1].hints.outlet.as_deref(), Some("Loop Wire"));
    assert_eq!(server.hits("/robots.txt"), 1);
}

#[test]
fn robots_disallow_is_respected() {
    let server = Server::start(vec![robots(), ("/private/memo.html", page("<p>secret</p>"))]);
    let out: Vec<_> = read(&[server.url("/private/memo.html")], &Options::default()).collect();
    assert_eq!(out.len(), 1);
    let err = out[0].as_ref().unwrap_err();
    assert_eq!(err.reason, "disallowed by the site's robots.txt");
    assert_eq!(server.hits("/private/memo.html"), 0);
}

#[test]
fn redirect_loops_are_refused() {
    let server = Server::start(vec![
        ("/loop", (302, "text/html", Vec::new(), Some("Location: /loop-again".to_string()))),
        ("/loop-again", (302, "text/html", Vec::new(), Some("Location: /loop".to_string()))),
    ]);
    let out: Vec<_> = read(&[server.url("/loop")], &Options::default()).collect();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].as_ref().unwrap_err().reason, "too many redirects");
    assert!(server.hits("/loop") + server.hits("/loop-again") <= 7);
}

#[test]
fn slow_servers_time_out() {
    let server = Server::start(vec![("/slow", page("<p>late</p>"))]);
    let opts = Options { timeout: Duration::from_millis(300), ..Options::default() };
    let out: Vec<_> = read(&[server.url("/slow")], &opts).collect();
    assert_eq!(out.len(), 1);
    let err = out[0].as_ref().unwrap_err();
    assert_eq!(err.input, server.url("/slow"));
    assert!(err.reason.contains("timed out"), "{}", err.reason);
}

#[test]
fn large_pages_are_cut_at_the_size_cap_and_errors_named() {
    let big = format!("<html><body>{}</body></html>", "<p>word</p>".repeat(20_000));
    let server = Server::start(vec![robots(), ("/big.html", page(&big))]);
    let opts = Options { max_bytes: 4096, ..Options::default() };
    let inputs = vec![server.url("/big.html"), server.url("/missing.html")];
    let out: Vec<_> = read(&inputs, &opts).collect();
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].as_ref().unwrap().bytes.len(), 4096);
    assert_eq!(out[1].as_ref().unwrap_err().to_string(), format!("{}: HTTP status 404", inputs[1]));
}

#[test]
fn unreachable_hosts_are_refused() {
    let probe = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/gone.html", probe.local_addr().unwrap());
    drop(probe);
    let again = url.replace("gone", "also-gone");
    let out: Vec<_> = read(&[url.clone(), again.clone()], &Options::default()).collect();
    assert_eq!(out.len(), 2);
    let err = out[0].as_ref().unwrap_err();
    assert_eq!(err.input, url);
    assert!(err.reason.starts_with("robots.txt unreachable"), "{}", err.reason);
    // the host is not retried: the second URL gets the same refusal
    assert_eq!(out[1].as_ref().unwrap_err().reason, err.reason);
}
