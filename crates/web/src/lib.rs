//! The HTTP side of concord: a JSON API (described at `/api/openapi.json`),
//! a read-only TAXII 2.1 endpoint and a server-rendered web UI, all over the
//! same SQLite store.
//!
//! Every response carries a Content-Security-Policy; request bodies and query
//! strings are bounded; every page is rendered through auto-escaping
//! templates and only `http(s)` article URLs become links.

mod api;
mod error;
mod ingest;
mod links;
mod openapi;
mod pool;
mod safety;
mod taxii;
mod ui;

use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context;

pub use pool::Stores;

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    /// The store.
    pub stores: Stores,
    /// Whether `POST /api/ingest` is open.
    pub allow_ingest: bool,
}

/// The whole application: UI, API and TAXII routes with the safety layers.
pub fn app(db: &Path, allow_ingest: bool) -> axum::Router {
    let state = AppState { stores: Stores::new(db.to_path_buf()), allow_ingest };
    axum::Router::new()
        .merge(ui::router())
        .merge(api::router().into_router())
        .merge(taxii::router())
        .fallback(ui::not_found)
        .with_state(state)
        .layer(axum::middleware::from_fn(safety::guard))
}

/// Serves the UI and API over the store at `db` until interrupted (Ctrl-C or SIGTERM).
pub fn serve(db: &Path, addr: &str, allow_ingest: bool) -> anyhow::Result<()> {
    let addr: SocketAddr = addr.parse().with_context(|| format!("bad address {addr}"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("binding {addr}"))?;
        eprintln!("concord: serving {} on http://{addr}/", db.display());
        axum::serve(listener, app(db, allow_ingest)).with_graceful_shutdown(shutdown()).await?;
        Ok(())
    })
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
