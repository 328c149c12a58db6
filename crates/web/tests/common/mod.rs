//! A hand-built store for the web tests: two stories with analyses and a
//! cached dossier, one article with hostile metadata, ids holding `#` and `/`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use concord_model::*;
use concord_store::Store;

/// The hostile strings planted in the fixture.
pub const EVIL_TITLE: &str = "<script>alert(1)</script> Hack claim";
pub const EVIL_OUTLET: &str = "<img src=x onerror=alert(2)>";
pub const EVIL_URL: &str = "javascript:alert(3)";

fn sentences(body: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in body.char_indices() {
        if c == '.' {
            let end = i + 1;
            let text = body[start..end].trim_start();
            let s = end - text.len();
            if !text.is_empty() {
                out.push(Sentence { start: s, end, text: text.into() });
            }
            start = end;
        }
    }
    out
}

fn entity(id: &str, name: &str, kind: EntityType, body: &str) -> Entity {
    let mentions = body
        .match_indices(name)
        .map(|(i, m)| Mention { start: i, end: i + m.len(), text: m.into(), sentence: 0 })
        .collect();
    Entity { id: id.into(), name: name.into(), kind, aliases: vec![], mentions, related: vec![], country: None }
}

struct Doc<'a> {
    id: &'a str,
    outlet: &'a str,
    title: &'a str,
    url: &'a str,
    published: &'a str,
    body: &'a str,
    story: &'a str,
}

const DOCS: &[Doc] = &[
    Doc { id: "ledger-1", outlet: "The Harbour Ledger", title: "Flood barrier fails in Riverton",
          url: "https://ledger.example/flood", published: "2025-03-02T09:00:00",
          body: "The flood barrier in Riverton failed on Saturday. Mayor Ada Quill said crews worked through the night.\n\nThe council will meet on Monday.",
          story: "story-flood" },
    Doc { id: "courier/7", outlet: "Valley Courier", title: "Riverton barrier gives way",
          url: "https://courier.example/7", published: "2025-03-02T15:30:00",
          body: "A flood barrier in Riverton failed on Saturday. Ada Quill said the crews worked all night. Damage is estimated at 4 million.",
          story: "story-flood" },
    Doc { id: "wire#2", outlet: "Northern Wire", title: "Riverton counts the cost",
          url: "https://wire.example/2", published: "2025-03-03",
          body: "Riverton began counting the cost of the flood. Damage is estimated at 6 million.",
          story: "story-flood" },
    Doc { id: "evil", outlet: EVIL_OUTLET, title: EVIL_TITLE, url: EVIL_URL, published: "2025-02-01",
          body: "The council said <script>alert(4)</script> nothing. Riverton officials declined to comment.",
          story: "story-evil" },
];

/// Writes the fixture store into `dir`; returns its path.
pub fn fixture(dir: &Path) -> PathBuf {
    let path = dir.join("web.db");
    let mut store = Store::open(&path).unwrap();
    let batch = store.batch().unwrap();
    for (n, d) in DOCS.iter().enumerate() {
        let doc = batch.insert_document(d.id, &format!("hash{n}"), "text", "2025-03-04T00:00:00Z").unwrap();
        let article = Article {
            id: d.id.into(),
            source: format!("{}.txt", d.id),
            outlet: Some(d.outlet.into()),
            url: Some(d.url.into()),
            title: Some(d.title.into()),
            published: Some(d.published.into()),
            body: d.body.into(),
            dropped: vec!["Subscribe to our newsletter".into(), "<b>Cookie</b> notice".into()],
            ..Default::default()
        };
        let mut entities = vec![entity("place:riverton", "Riverton", EntityType::Place, d.body)];
        if d.body.contains("Ada Quill") {
            entities.push(entity("person:ada quill", "Ada Quill", EntityType::Person, d.body));
        }
        let analysis = Analysis { sentences: sentences(d.body), entities, ..Default::default() };
        batch.insert_article(doc, &article, &analysis, "2025-03-04T00:00:00Z").unwrap();
        batch.assign_story(d.id, d.story).unwrap();
        batch.touch_story(d.story, "2025-03-04T00:00:00Z").unwrap();
    }
    batch.save_dossier(&flood_dossier()).unwrap();
    batch.commit().unwrap();
    path
}

fn src(article: &str, sentence: usize) -> Source {
    Source { article: article.into(), sentence }
}

fn coverage(d: &Doc) -> CoverageItem {
    CoverageItem {
        id: d.id.into(),
        outlet: Some(d.outlet.into()),
        title: Some(d.title.into()),
        published: Some(d.published.into()),
        url: Some(d.url.into()),
        duplicate_of: None,
        opening: None,
    }
}

/// The dossier of the flood story, as synthesis would make it.
pub fn flood_dossier() -> Dossier {
    Dossier {
        id: "story-flood".into(),
        title: Some("Flood barrier fails in Riverton".into()),
        articles: DOCS[..3].iter().map(coverage).collect(),
        summary: vec![
            SummarySentence { text: "The flood barrier in Riverton failed on Saturday.".into(),
                              sources: vec![src("ledger-1", 0), src("courier/7", 0)] },
            SummarySentence { text: "Damage estimates range from 4 to 6 million.".into(),
                              sources: vec![src("courier/7", 2), src("wire#2", 1)] },
        ],
        facts: vec![
            Fact { text: "The flood barrier in Riverton failed on Saturday.".into(),
                   sources: vec![src("ledger-1", 0), src("courier/7", 0)],
                   outlets: vec!["The Harbour Ledger".into(), "Valley Courier".into()], support: 2, single_source: false },
            Fact { text: "The council will meet on Monday.".into(), sources: vec![src("ledger-1", 2)],
                   outlets: vec!["The Harbour Ledger".into()], support: 1, single_source: true },
        ],
        quotes: vec![QuoteGroup {
            speaker: Speaker { name: "Ada Quill".into(), entity: Some("person:ada quill".into()) },
            text: "crews worked through the night".into(),
            variants: vec![
                QuoteVariant { text: "crews worked through the night".into(), sources: vec![src("ledger-1", 1)], direct: true, denied: false },
                QuoteVariant { text: "the crews worked all night".into(), sources: vec![src("courier/7", 1)], direct: false, denied: false },
                QuoteVariant { text: "the crews left early".into(), sources: vec![src("courier/7", 2)], direct: false, denied: true },
            ],
            sources: vec![src("ledger-1", 1), src("courier/7", 1)],
            direct: false,
        }],
        timeline: vec![
            TimelineEntry { date: "2025-03-01".into(), text: "The barrier fails.".into(),
                            sources: vec![src("ledger-1", 0), src("courier/7", 0)] },
            TimelineEntry { date: "2025-03-03".into(), text: "The council meets.".into(), sources: vec![src("ledger-1", 2)] },
        ],
        discrepancies: vec![Discrepancy {
            kind: DiscrepancyKind::Number,
            description: "Outlets give different damage estimates.".into(),
            sides: vec![
                Side { text: "Damage is estimated at 4 million.".into(), sources: vec![src("courier/7", 2)] },
                Side { text: "Damage is estimated at 6 million.".into(), sources: vec![src("wire#2", 1)] },
            ],
        }],
        entities: vec![
            EntitySummary { id: "place:riverton".into(), name: "Riverton".into(), kind: EntityType::Place,
                            aliases: vec![], sources: vec![src("ledger-1", 0)] },
            EntitySummary { id: "person:ada quill".into(), name: "Ada Quill".into(), kind: EntityType::Person,
                            aliases: vec![], sources: vec![src("ledger-1", 1)] },
        ],
    }
}
