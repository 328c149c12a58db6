//! Batched ingest: extraction, analysis and clustering features in parallel,
//! then one transaction per batch that stores, deduplicates and clusters; the
//! next batch is extracted while the current one is stored.

use concord_model::{plural, AnchorKind, Analysis, Article, RawDocument};
use concord_sources::SourceError;
use concord_stories::{Features, StoryIndex};
use concord_store::{Placement, Store};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::{anchor_of, cluster, refresh_dossiers, PipelineError};

/// Documents per transaction, at most: each commit writes a full-text index
/// segment and the pages it touched, so fewer, larger batches cost less (256
/// take 5% fewer instructions per article than 64 in a 3k ingest).
const BATCH: usize = 256;
/// Bytes of raw documents per transaction, at most: large pages close a batch
/// early, so two batches in flight stay within a few dozen MB.
const BATCH_BYTES: usize = 32 << 20;
/// Articles added between two re-checks of their placements within one run
/// (every run ends with one too).
const RECHECK_EVERY: usize = 50_000;

/// What happened during a run, for progress display.
#[derive(Debug)]
pub enum Event<'a> {
    /// A document was read and handled (stored, skipped or refused).
    Document(&'a str),
    /// An input or document was refused, with a one-line reason.
    Refused(&'a str),
}

/// The outcome of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Documents stored.
    pub documents: usize,
    /// Articles stored.
    pub articles: usize,
    /// Documents skipped because identical content was already stored.
    pub duplicates: usize,
    /// Inputs or documents refused.
    pub failed: usize,
    /// Why each refusal happened (`input: reason`).
    pub errors: Vec<String>,
    /// Ids of the articles stored.
    pub article_ids: Vec<String>,
    /// Where the run's time went.
    pub seconds: StageSeconds,
}

/// Wall-clock seconds a run spent in each part of the pipeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageSeconds {
    /// Content hashing and the duplicate-content check.
    pub dedupe: f64,
    /// Extraction and (when run) analysis, in parallel.
    pub extract_analyse: f64,
    /// Writing, duplicate groups and clustering, and committing, per batch.
    pub store_cluster: f64,
    /// Dossier synthesis of the changed stories.
    pub synthesise: f64,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = |n: usize, word: &str| format!("{n} {}", plural(n, word));
        write!(
            f,
            "ingested {} from {}, {} skipped, {} failed",
            count(self.articles, "article"),
            count(self.documents, "document"),
            count(self.duplicates, "duplicate"),
            self.failed
        )
    }
}

/// Which of the optional stages a run performs. Extraction, dedupe and
/// clustering always run; an article stored without analysis is analysed when
/// its story is next synthesised, and stories left unsynthesised stay marked
/// dirty until a later run (or the first view) synthesises them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stages {
    /// Analyse each article (sentences, entities, time expressions, quotes) as it is stored.
    pub analyse: bool,
    /// Synthesise the dossier of every story the run changed.
    pub synthesise: bool,
}

impl Default for Stages {
    fn default() -> Stages {
        Stages { analyse: true, synthesise: true }
    }
}

/// Reads `inputs` through the sources stage and ingests them.
pub fn ingest(
    store: &mut Store,
    inputs: &[String],
    opts: &concord_sources::Options,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<Summary, PipelineError> {
    ingest_documents(store, concord_sources::read(inputs, opts), on)
}

/// Ingests documents (and records refusals) in batches with every stage.
pub fn ingest_documents(
    store: &mut Store,
    docs: impl Iterator<Item = Result<RawDocument, SourceError>>,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<Summary, PipelineError> {
    ingest_with(store, docs, Stages::default(), on)
}

/// Ingests documents in batches running the chosen `stages`, then (when
/// synthesising) refreshes the dossiers of every story that changed.
pub fn ingest_with(
    store: &mut Store,
    docs: impl Iterator<Item = Result<RawDocument, SourceError>>,
    stages: Stages,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<Summary, PipelineError> {
    let mut index = cluster::restore(store)?;
    // Articles placed before the last re-check (see [`recheck`]).
    let mut rechecked = index.len();
    let mut summary = Summary::default();
    let (mut pending, mut pending_bytes) = (Vec::with_capacity(BATCH), 0);
    // Extracted and waiting to be stored: batch N+1 is extracted while batch N
    // is stored and clustered.
    let mut ready = None;
    for item in docs {
        match item {
            Ok(doc) => {
                pending_bytes += doc.bytes.len();
                pending.push(doc);
            }
            Err(err) => refuse(&mut summary, on, err.to_string()),
        }
        if pending.len() == BATCH || pending_bytes >= BATCH_BYTES {
            let docs = std::mem::take(&mut pending);
            pending_bytes = 0;
            ready = Some(step(store, &mut index, ready.take(), docs, stages, &mut summary, on)?);
            if index.len() - rechecked >= RECHECK_EVERY {
                recheck(store, &mut index, &mut rechecked, &mut summary)?;
            }
        }
    }
    if !pending.is_empty() {
        ready = Some(step(store, &mut index, ready.take(), pending, stages, &mut summary, on)?);
    }
    if let Some(last) = ready {
        store_batch(store, &mut index, last, &mut summary, on)?;
    }
    recheck(store, &mut index, &mut rechecked, &mut summary)?;
    if !stages.synthesise {
        return Ok(summary);
    }
    let started = std::time::Instant::now();
    let refreshed = refresh_dossiers(store)?;
    summary.seconds.synthesise = started.elapsed().as_secs_f64();
    tracing::info!(stories = refreshed, secs = summary.seconds.synthesise, "dossiers refreshed");
    Ok(summary)
}

/// Re-checks the placements of the articles added since the last re-check,
/// now that their neighbours have arrived (see `StoryIndex::recheck`).
fn recheck(store: &mut Store, index: &mut StoryIndex, rechecked: &mut usize, summary: &mut Summary) -> Result<(), PipelineError> {
    let started = std::time::Instant::now();
    let changes = cluster::recheck(store, index, index.len() - *rechecked)?;
    *rechecked = index.len();
    let secs = started.elapsed().as_secs_f64();
    summary.seconds.store_cluster += secs;
    tracing::info!(changes, secs, "placements re-checked");
    Ok(())
}

fn refuse(summary: &mut Summary, on: &mut dyn FnMut(Event<'_>), reason: String) {
    on(Event::Refused(&reason));
    summary.failed += 1;
    summary.errors.push(reason);
}

/// Content hash of a document: its bytes and the metadata that came with it,
/// not its origin, so the same page ingested from two paths is stored once.
fn content_hash(doc: &RawDocument) -> String {
    let mut h = Sha256::new();
    h.update(doc.format.as_str().as_bytes());
    h.update([0]);
    h.update(serde_json::to_vec(&doc.hints).expect("hints serialise"));
    h.update([0]);
    h.update(&doc.bytes);
    hex::encode(h.finalize())
}

/// An extracted article with its analysis (when run) and clustering features.
type Ready = (Article, Option<Analysis>, Features);

type Extracted = Result<Vec<Ready>, String>;

/// Extraction, analysis (when asked) and the clustering features of one
/// document, with their sentence embedding in builds with the `embeddings`
/// feature: everything per article that needs no store, so it runs on the pool.
fn extract_and_analyse(doc: &RawDocument, analyse: bool) -> Extracted {
    let articles = concord_extract::extract(doc).map_err(|e| e.to_string())?;
    if articles.is_empty() {
        return Err(format!("{}: no article text found", doc.origin));
    }
    articles
        .into_iter()
        .map(|a| {
            let analysis = analyse.then(|| {
                concord_analyse::analyse(
                    &a.body,
                    anchor_of(a.published.as_deref(), AnchorKind::Published),
                    a.language.as_deref(),
                )
            });
            let mut features = Features::compute(&a, analysis.as_ref().unwrap_or(&Analysis::default()));
            cluster::embed_into(&a, &mut features).map_err(|e| format!("{}: {e}", doc.origin))?;
            Ok((a, analysis, features))
        })
        .collect()
}

/// A document ready to be stored: its content hash and what extraction made of it.
struct Prepared {
    doc: RawDocument,
    hash: String,
    result: Extracted,
}

/// Extracts (and analyses) `docs` on the thread pool while `ready`, the
/// previous batch, is stored and clustered on this thread; returns the new batch.
fn step(
    store: &mut Store,
    index: &mut StoryIndex,
    ready: Option<Vec<Prepared>>,
    docs: Vec<RawDocument>,
    stages: Stages,
    summary: &mut Summary,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<Vec<Prepared>, PipelineError> {
    let fresh = skip_known(store, docs, summary, on)?;
    let mut next = (Vec::new(), 0.0);
    rayon::in_place_scope(|scope| {
        scope.spawn(|_| next = extract_all(fresh, stages.analyse));
        match ready {
            Some(batch) => store_batch(store, index, batch, summary, on),
            None => Ok(()),
        }
    })?;
    summary.seconds.extract_analyse += next.1;
    Ok(next.0)
}

/// Drops documents whose content is already stored, before the expensive stages.
fn skip_known(
    store: &Store,
    docs: Vec<RawDocument>,
    summary: &mut Summary,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<Vec<(RawDocument, String)>, PipelineError> {
    let started = std::time::Instant::now();
    let mut fresh = Vec::with_capacity(docs.len());
    for doc in docs {
        let hash = content_hash(&doc);
        if store.has_document(&hash)? {
            summary.duplicates += 1;
            on(Event::Document(&doc.origin));
        } else {
            fresh.push((doc, hash));
        }
    }
    summary.seconds.dedupe += started.elapsed().as_secs_f64();
    Ok(fresh)
}

/// Extraction (and analysis) of a batch in parallel, with its wall-clock seconds.
fn extract_all(fresh: Vec<(RawDocument, String)>, analyse: bool) -> (Vec<Prepared>, f64) {
    let started = std::time::Instant::now();
    let prepared = fresh
        .into_par_iter()
        .map(|(doc, hash)| {
            let result = extract_and_analyse(&doc, analyse);
            Prepared { doc, hash, result }
        })
        .collect();
    (prepared, started.elapsed().as_secs_f64())
}

/// Stores, deduplicates and clusters one extracted batch in one transaction.
fn store_batch(
    store: &mut Store,
    index: &mut StoryIndex,
    prepared: Vec<Prepared>,
    summary: &mut Summary,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<(), PipelineError> {
    let started = std::time::Instant::now();
    let now = cluster::timestamp();
    let batch = store.batch()?;
    let mut touched = std::collections::BTreeSet::new();
    for Prepared { doc, hash, result } in prepared {
        on(Event::Document(&doc.origin));
        // Checked again inside the transaction: the same content may come
        // twice within one batch, and the first copy is only stored now.
        if batch.has_document(&hash)? {
            summary.duplicates += 1;
            continue;
        }
        let articles = match result {
            Ok(articles) => articles,
            Err(reason) => {
                refuse(summary, on, reason);
                continue;
            }
        };
        let doc_id = batch.insert_document(&doc.origin, &hash, doc.format.as_str(), &now)?;
        let base = batch.free_article_id(&doc.id)?;
        for (i, (mut article, analysis, features)) in articles.into_iter().enumerate() {
            article.id = if i == 0 { base.clone() } else { format!("{base}#{}", i + 1) };
            article.segment = i as u32;
            // Placed first, so the row is written once with its story.
            let placed = cluster::place(index, &article, features);
            let label = cluster::copy_label(&batch, &article, &placed)?;
            let placement = Placement { story_id: Some(&placed.story_id), duplicate_of: label.duplicate_of() };
            batch.insert_clustered_article(doc_id, &article, analysis.as_ref(), &placement, &now)?;
            cluster::relabel(&batch, &article.id, &label)?;
            cluster::record(&batch, &article.id, placed, &now, &mut touched)?;
            summary.articles += 1;
            summary.article_ids.push(article.id);
        }
        summary.documents += 1;
    }
    cluster::touch(&batch, &touched, &now)?;
    batch.commit()?;
    let stored = started.elapsed().as_secs_f64();
    summary.seconds.store_cluster += stored;
    tracing::info!(store_cluster_secs = stored, "batch written");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::{InputFormat, RecordHints};

    fn doc(id: &str, text: &str) -> RawDocument {
        RawDocument {
            origin: format!("{id}.txt"),
            id: id.into(),
            format: InputFormat::Text,
            bytes: text.as_bytes().to_vec(),
            hints: RecordHints::default(),
        }
    }

    #[test]
    fn reingesting_identical_input_adds_nothing_and_clashing_ids_get_suffixes() {
        let mut store = Store::open_in_memory().unwrap();
        let docs = || vec![Ok(doc("a", "The council met on Monday.")), Ok(doc("b", "Rain fell."))];
        let first = ingest_documents(&mut store, docs().into_iter(), &mut |_| {}).unwrap();
        assert_eq!((first.documents, first.duplicates), (2, 0));
        let again = ingest_documents(&mut store, docs().into_iter(), &mut |_| {}).unwrap();
        assert_eq!((again.documents, again.duplicates), (0, 2));
        let clash = ingest_documents(&mut store, vec![Ok(doc("a", "Other text."))].into_iter(), &mut |_| {}).unwrap();
        assert_eq!(clash.article_ids, vec!["a-2"]);
        assert_eq!(store.article_count().unwrap(), 3);
    }

    #[test]
    fn the_summary_line_counts_in_the_right_number() {
        let one = Summary { documents: 1, articles: 1, duplicates: 1, ..Summary::default() };
        assert_eq!(one.to_string(), "ingested 1 article from 1 document, 1 duplicate skipped, 0 failed");
        let many = Summary { documents: 2, articles: 3, ..Summary::default() };
        assert_eq!(many.to_string(), "ingested 3 articles from 2 documents, 0 duplicates skipped, 0 failed");
    }

    #[test]
    fn the_earliest_published_copy_is_the_original_whatever_the_order_of_arrival() {
        let wire = "VALMONT (Meridian Wire) - The Valdorian cyber agency said on Thursday that a state-backed group \
                    it calls Ember Typhoon broke into the Port Ellery water authority through phishing emails sent \
                    to engineers, then used a contractor's valid accounts for months before triggering ransomware \
                    on March 3. The utility said water supply was never affected and that it has not paid the \
                    ransom of 2.4 million dollars. The Karvonian embassy called the accusation groundless.";
        let copy = |id: &str, published: &str, tail: &str| {
            let mut d = doc(id, &format!("{wire} {tail}"));
            d.hints.published = Some(published.into());
            d
        };
        let mut store = Store::open_in_memory().unwrap();
        let runs = [
            copy("paper", "2025-03-06T15:02:00+01:00", "This article was provided by Meridian Wire."),
            copy("wire", "2025-03-06T13:40:00+01:00", ""),
            copy("late-paper", "2025-03-07T08:15:00+01:00", "Republished with permission."),
        ];
        for d in runs {
            ingest_documents(&mut store, vec![Ok(d)].into_iter(), &mut |_| {}).unwrap();
        }
        let label = |id: &str| store.article(id).unwrap().unwrap().duplicate_of;
        assert_eq!(label("wire"), None, "the wire story, published first, is the original");
        assert_eq!(label("paper").as_deref(), Some("wire"), "the re-run that arrived first became its copy");
        assert_eq!(label("late-paper").as_deref(), Some("wire"));
    }

    #[test]
    fn deferred_analysis_is_done_when_the_story_is_synthesised() {
        let mut store = Store::open_in_memory().unwrap();
        let text = "The council met on Monday. Mayor Ada Quill said the bridge would reopen.";
        let stages = Stages { analyse: false, synthesise: false };
        ingest_with(&mut store, vec![Ok(doc("a", text))].into_iter(), stages, &mut |_| {}).unwrap();
        let stored = store.article("a").unwrap().unwrap();
        assert_eq!(stored.analysis, None, "analysis deferred");
        let story = stored.story_id.expect("clustered all the same");
        assert_eq!(store.dirty_stories().unwrap(), std::slice::from_ref(&story), "dossier not yet synthesised");
        let members = crate::members(&store, &story).unwrap();
        assert_eq!(members[0].analysis.sentences.len(), 2, "analysed on the fly for a view");
        assert_eq!(crate::refresh_dossiers(&mut store).unwrap(), 1);
        let stored = store.article("a").unwrap().unwrap();
        assert_eq!(stored.analysis.map(|a| a.sentences.len()), Some(2), "analysis stored by synthesis");
        assert!(store.dirty_stories().unwrap().is_empty());
    }

    #[test]
    fn refusals_are_counted_and_the_rest_continues() {
        let mut store = Store::open_in_memory().unwrap();
        let bad = SourceError { input: "x.bin".into(), reason: "binary file".into() };
        let s = ingest_documents(&mut store, vec![Err(bad), Ok(doc("a", "Text here."))].into_iter(), &mut |_| {})
            .unwrap();
        assert_eq!((s.failed, s.articles), (1, 1));
        assert_eq!(s.errors, vec!["x.bin: binary file"]);
    }
}
