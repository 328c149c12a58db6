//! Writes a synthetic store for load tests: N fictional articles in stories of
//! 1–8 articles each, with sentence analyses, entities and cached dossiers,
//! written straight through the store API (no extraction or analysis).
//!
//! usage: cargo run --release -p concord-web --example load_store -- DB [N]

use concord_model::*;
use concord_store::Store;

const TOWNS: &[&str] = &["Riverton", "Port Ellery", "Holm", "Vellin", "Brennic", "Karsk", "Orsk", "Tarnow"];
const OUTLETS: &[&str] = &["Harbour Ledger", "Valley Courier", "Northern Wire", "Crestline Post", "Global Ledger", "Meridian Wire"];
const EVENTS: &[&str] = &["flood barrier fails", "council passes budget", "tram strike begins", "water utility hacked",
                          "bridge reopens", "hospital expands", "port workers protest", "school closes early"];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let db = args.get(1).ok_or_else(|| anyhow::anyhow!("usage: load_store DB [N]"))?;
    let n: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(10_000);
    let mut store = Store::open(std::path::Path::new(db))?;
    let now = "2025-06-01T00:00:00Z";
    let (mut written, mut story_no) = (0, 0);
    while written < n {
        let batch = store.batch()?;
        for _ in 0..200 {
            if written >= n {
                break;
            }
            story_no += 1;
            let size = 1 + (story_no * 7919) % 8;
            let town = TOWNS[story_no % TOWNS.len()];
            let event = EVENTS[(story_no / 3) % EVENTS.len()];
            let story_id = format!("s{story_no:06}");
            let mut coverage = Vec::new();
            let mut sources = Vec::new();
            for k in 0..size.min(n - written) {
                let id = format!("load-{story_no}-{k}");
                let outlet = OUTLETS[(story_no + k) % OUTLETS.len()];
                let day = 1 + (story_no % 28);
                let body = format!(
                    "In {town}, the {event} story developed on day {day}. Mayor Ada Quill of {town} said crews worked through the night. \
                     Officials from the {town} council said {k} more updates would follow.\n\n\
                     Residents of {town} described the scene to {outlet}. The estimate of damage is {} thousand.",
                    100 + k * 10
                );
                let mut sentences = Vec::new();
                let mut start = 0;
                for (i, c) in body.char_indices() {
                    if c == '.' {
                        let text = body[start..=i].trim_start();
                        let s = i + 1 - text.len();
                        sentences.push(Sentence { start: s, end: i + 1, text: text.into() });
                        start = i + 1;
                    }
                }
                let place = Entity {
                    id: format!("place:{}", town.to_lowercase()),
                    name: town.into(),
                    kind: EntityType::Place,
                    aliases: vec![],
                    mentions: vec![Mention { start: 3, end: 3 + town.len(), text: town.into(), sentence: 0 }],
                    related: vec![],
                    country: None,
                };
                let article = Article {
                    id: id.clone(),
                    source: format!("{id}.txt"),
                    outlet: Some(outlet.into()),
                    url: Some(format!("https://{}.example/{id}", outlet.to_lowercase().replace(' ', "-"))),
                    title: Some(format!("{town}: {event}")),
                    published: Some(format!("2025-05-{day:02}T{:02}:00:00", 6 + k)),
                    body,
                    ..Default::default()
                };
                let doc = batch.insert_document(&id, &format!("load-hash-{id}"), "text", now)?;
                let analysis = Analysis { sentences, entities: vec![place], ..Default::default() };
                batch.insert_article(doc, &article, &analysis, now)?;
                batch.assign_story(&id, &story_id)?;
                coverage.push(CoverageItem { id: id.clone(), outlet: article.outlet.clone(), title: article.title.clone(),
                                             published: article.published.clone(), url: article.url.clone(), duplicate_of: None, opening: None });
                sources.push(Source { article: id, sentence: 0 });
                written += 1;
            }
            batch.touch_story(&story_id, now)?;
            let outlets: Vec<String> = coverage.iter().filter_map(|c| c.outlet.clone()).collect();
            batch.save_dossier(&Dossier {
                id: story_id.clone(),
                title: Some(format!("{town}: {event}")),
                articles: coverage,
                summary: vec![SummarySentence { text: format!("In {town}, the {event} story developed."), sources: sources.clone() }],
                facts: vec![Fact { text: format!("Mayor Ada Quill of {town} said crews worked through the night."),
                                   sources: sources.clone(), support: outlets.len(), single_source: outlets.len() == 1, outlets }],
                quotes: vec![],
                timeline: vec![TimelineEntry { date: "2025-05".into(), text: "The story develops.".into(), sources: sources.clone() }],
                discrepancies: vec![],
                entities: vec![EntitySummary { id: format!("place:{}", town.to_lowercase()), name: town.into(),
                                               kind: EntityType::Place, aliases: vec![], sources }],
            })?;
        }
        batch.commit()?;
    }
    println!("{db}: {written} articles in {story_no} stories");
    Ok(())
}
