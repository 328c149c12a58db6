//! The UI in a real browser (Debian's headless Chromium through chromedriver):
//! open the biggest story, follow a summary citation to its highlighted source
//! sentence, search for an entity, and save screenshots at desktop and phone
//! widths into `target/artifacts/`. Fails when Chromium is missing (install it
//! with `scripts/setup-browser`) unless `CONCORD_SKIP_BROWSER=1`.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use concord_store::{Store, StoryFilter, StoryOrder};
use fantoccini::{ClientBuilder, Locator};
use serde_json::json;

/// Kills chromedriver when the test ends, however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().flat_map(|n| std::env::split_paths(&path).map(move |d| d.join(n))).find(|p| p.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The page URL once `done` holds, polling for up to 20 s: a click returns
/// before the navigation it starts has committed when the machine is busy.
async fn url_when(client: &fantoccini::Client, done: impl Fn(&url::Url) -> bool) -> url::Url {
    let started = Instant::now();
    loop {
        let url = client.current_url().await.unwrap();
        if done(&url) || started.elapsed() > Duration::from_secs(20) {
            return url;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The example corpus ingested through the pipeline when it yields a story
/// with a cited summary; otherwise the hand-built fixture.
fn corpus_store(dir: &Path) -> (PathBuf, String, String) {
    let db = dir.join("examples.db");
    let corpus = workspace().join("examples/corpus");
    if corpus.is_dir() {
        let mut store = Store::open(&db).unwrap();
        let inputs = vec![corpus.display().to_string()];
        let _ = concord_pipeline::ingest(&mut store, &inputs, &Default::default(), &mut |_| {});
        let filter = StoryFilter { order: StoryOrder::Biggest, limit: 1, ..Default::default() };
        if let Some(row) = store.story_page(&filter).unwrap().0.into_iter().next() {
            let dossier = store.dossier(&row.story.id).unwrap();
            let cited = dossier.as_ref().is_some_and(|d| d.summary.iter().any(|s| !s.sources.is_empty()));
            if let (true, Some(d)) = (cited, dossier) {
                if let Some(e) = d.entities.first() {
                    return (db, row.story.id, e.name.clone());
                }
            }
        }
        eprintln!("note: the example corpus yields no story with a cited summary yet; using the hand-built fixture");
    }
    let fixture = dir.join("fixture");
    std::fs::create_dir_all(&fixture).unwrap();
    (common::fixture(&fixture), "story-flood".into(), "Ada Quill".into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reader_follows_a_citation_and_searches() {
    if std::env::var("CONCORD_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("skipping: CONCORD_SKIP_BROWSER=1");
        return;
    }
    let chromium = which(&["chromium", "chromium-browser"])
        .expect("Chromium is not installed: run scripts/setup-browser (or set CONCORD_SKIP_BROWSER=1)");
    let chromedriver = which(&["chromedriver"])
        .expect("chromedriver is not installed: run scripts/setup-browser (or set CONCORD_SKIP_BROWSER=1)");

    let dir = tempfile::tempdir().unwrap();
    let (db, story_id, entity) = corpus_store(dir.path());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, concord_web::app(&db, false)).await });

    let port = free_port();
    let _driver = Driver(
        Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
    );
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not open port {port}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let profile = tempfile::tempdir().unwrap();
    let args = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];
    let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    let caps = json!({"goog:chromeOptions": {"binary": chromium, "args": args}});
    let caps = caps.as_object().unwrap().clone();
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a Chromium session");
    let artifacts = workspace().join("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = |name: &str, png: Vec<u8>| std::fs::write(artifacts.join(name), png).unwrap();

    // The biggest story, from the list ordered by coverage.
    client.set_window_size(1280, 900).await.unwrap();
    client.goto(&format!("{base}/?sort=biggest")).await.unwrap();
    client.find(Locator::Css("ul.stories a.title")).await.unwrap().click().await.unwrap();
    let url = url_when(&client, |u| u.path().contains("/stories/")).await;
    assert!(url.path().ends_with(&format!("/stories/{story_id}")), "opened {url}, expected story {story_id}");
    client.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css("svg.chart")).await.expect("coverage strip drawn");
    shot("story-desktop.png", client.screenshot().await.unwrap());

    // A summary citation leads to its source sentence, highlighted.
    let cite = client.find(Locator::Css("ol.summary a.cite")).await.expect("a cited summary");
    let href = cite.attr("href").await.unwrap().unwrap();
    cite.click().await.unwrap();
    let url = url_when(&client, |u| u.fragment().is_some()).await;
    let fragment = url.fragment().unwrap_or("").to_string();
    assert!(fragment.starts_with('s'), "citation {href} led to {url}");
    let target = client
        .execute(
            "const t = document.querySelector(':target'); \
             return t ? [t.id, getComputedStyle(t).backgroundColor, t.textContent] : null;",
            vec![],
        )
        .await
        .unwrap();
    let target = target.as_array().expect("a :target element after following the citation");
    assert_eq!(target[0], fragment.as_str());
    let background = target[1].as_str().unwrap();
    assert!(background != "rgba(0, 0, 0, 0)" && background != "transparent", "sentence not highlighted: {background}");
    assert!(!target[2].as_str().unwrap().trim().is_empty(), "empty source sentence");
    shot("citation-desktop.png", client.screenshot().await.unwrap());

    // Searching for an entity finds articles, with the match marked.
    let search = client.find(Locator::Css("header.top input[name=q]")).await.unwrap();
    search.send_keys(&entity).await.unwrap();
    client.find(Locator::Css("header.top button[type=submit]")).await.unwrap().click().await.unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("ul.hits li mark"))
        .await
        .unwrap_or_else(|_| panic!("no hits marked for {entity}"));
    shot("search-desktop.png", client.screenshot().await.unwrap());

    // Phone width: the story page fits without sideways scrolling.
    client.set_window_size(390, 844).await.unwrap();
    client.goto(&format!("{base}/stories/{story_id}")).await.unwrap();
    let overflow = client
        .execute(
            "const w = document.documentElement.clientWidth; \
             const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1) \
               .slice(-3).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40)); \
             return [document.documentElement.scrollWidth - w, wide];",
            vec![],
        )
        .await
        .unwrap();
    assert!(overflow[0].as_i64().unwrap_or(0) <= 1, "story page scrolls sideways at phone width: {overflow}");
    shot("story-phone.png", client.screenshot().await.unwrap());
    client.goto(&format!("{base}{href}")).await.unwrap();
    shot("citation-phone.png", client.screenshot().await.unwrap());
    client.close().await.unwrap();
}
