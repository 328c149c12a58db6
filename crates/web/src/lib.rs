//! The HTTP JSON API, the TAXII 2.1 endpoint and the server-rendered web UI.

mod taxii;

use std::path::Path;

/// Serves the UI and API over the store at `db` until interrupted.
pub fn serve(db: &Path, addr: &str, allow_ingest: bool) -> anyhow::Result<()> {
    let _ = (taxii::router(db.to_path_buf()), allow_ingest);
    anyhow::bail!("serve is not implemented yet ({} {addr})", db.display())
}
