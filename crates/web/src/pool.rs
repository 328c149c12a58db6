//! Store access for request handlers: a small pool of SQLite connections over
//! one file (WAL lets readers run beside a writer), used on blocking threads.
//! At most `KEEP` jobs run at once, the rest wait their turn, so busy times
//! reuse warm connections instead of opening (and migrating) new ones.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use concord_model::Dossier;
use concord_store::{Store, StoryRow};
use concord_synth::Member;

use crate::error::ApiError;

/// Connections kept open between requests, and jobs run at once.
const KEEP: usize = 16;

/// Shared state of the server.
#[derive(Clone)]
pub struct Stores {
    inner: Arc<Inner>,
}

struct Inner {
    db: PathBuf,
    idle: Mutex<Vec<Store>>,
    turns: Arc<tokio::sync::Semaphore>,
}

impl Stores {
    /// A pool over the store file at `db`.
    pub fn new(db: PathBuf) -> Stores {
        Stores { inner: Arc::new(Inner { db, idle: Mutex::new(Vec::new()), turns: Arc::new(tokio::sync::Semaphore::new(KEEP)) }) }
    }

    /// Runs `job` with a connection on a blocking thread.
    pub async fn with<T, F>(&self, job: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, ApiError> + Send + 'static,
    {
        let inner = self.inner.clone();
        let turn = self.inner.turns.clone().acquire_owned().await.map_err(ApiError::internal)?;
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            let taken = inner.idle.lock().ok().and_then(|mut idle| idle.pop());
            let mut store = match taken {
                Some(store) => store,
                None => Store::open(&inner.db).map_err(ApiError::internal)?,
            };
            let out = job(&mut store);
            if let Ok(mut idle) = inner.idle.lock() {
                if idle.len() < KEEP {
                    idle.push(store);
                }
            }
            out
        })
        .await
        .map_err(ApiError::internal)?
    }
}

/// A story with its dossier (cached, or synthesised now when stale).
pub struct StoryView {
    /// The story row.
    pub row: StoryRow,
    /// Its cross-checked account.
    pub dossier: Dossier,
    /// Its headline, or its opening words when it has none.
    pub title: String,
}

/// Loads a story (following merge redirects) and its dossier.
pub fn story_view(store: &Store, id: &str) -> Result<StoryView, ApiError> {
    let Some(id) = store.resolve_story_id(id).map_err(ApiError::internal)? else {
        return Err(ApiError::not_found("story", id));
    };
    let Some(row) = store.story_row(&id).map_err(ApiError::internal)? else {
        return Err(ApiError::not_found("story", &id));
    };
    let dossier = concord_pipeline::dossier(store, &row.story).map_err(ApiError::internal)?;
    let title = match dossier.title.clone() {
        Some(title) => title,
        None => story_title(store, &row)?,
    };
    Ok(StoryView { row, dossier, title })
}

/// A story's headline, or "(untitled)" and the opening words of its first
/// article when none of its articles has one.
pub fn story_title(store: &Store, row: &StoryRow) -> Result<String, ApiError> {
    concord_pipeline::story_title(store, &row.story).map_err(ApiError::internal)
}
/// The members of a story as synthesis and export take them.
pub fn members(store: &Store, id: &str) -> Result<Vec<Member>, ApiError> {
    concord_pipeline::members(store, id).map_err(ApiError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_without_headlines_is_titled_by_its_opening_words() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("untitled.jsonl");
        let text = "The harbour board closed the northern pier on Tuesday after divers found cracks in two of its pillars.";
        std::fs::write(&input, format!("{}\n", serde_json::json!({ "id": "pier", "text": text }))).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        concord_pipeline::ingest(&mut store, &[input.to_string_lossy().into_owned()], &Default::default(), &mut |_| {}).unwrap();
        let story = store.article("pier").unwrap().unwrap().story_id.unwrap();
        let view = story_view(&store, &story).unwrap();
        assert_eq!(view.title, "(untitled) The harbour board closed the northern pier on Tuesday after…");
    }
}
