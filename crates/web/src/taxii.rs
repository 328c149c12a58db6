//! A read-only TAXII 2.1 server: discovery, one API root, a collection per
//! story filter, objects with pagination. Mounted by the web server.

use crate::AppState;

/// The TAXII routes, to be merged into the web server's router.
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
}
