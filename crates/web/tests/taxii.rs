//! The TAXII 2.1 endpoint read by the reference client (PyPI taxii2-client,
//! from the venv made by `scripts/setup-stix-venv`) against a running server:
//! discovery, API root, collections, paged objects, one object by id.

mod common;

use std::path::Path;
use std::process::Command;

const CLIENT: &str = r#"
import sys
from taxii2client.v21 import Server, as_pages
base = sys.argv[1]
server = Server(base + "/taxii2/")
assert server.title == "concord", server.title
root = server.default or server.api_roots[0]
assert "application/taxii+json;version=2.1" in root.versions
cols = {c.title: c for c in root.collections}
assert set(cols) == {"All stories", "Corroborated stories"}, cols
col = cols["All stories"]
assert col.can_read and not col.can_write
seen = []
for envelope in as_pages(col.get_objects, per_request=7):
    seen.extend(envelope.get("objects", []))
ids = [o["id"] for o in seen]
assert len(ids) == len(set(ids)) and len(ids) > 7, len(ids)
types = {o["type"] for o in seen}
assert {"report", "identity"} <= types, types
one = col.get_object(ids[0])
assert one["objects"][0]["id"] == ids[0]
reports = col.get_objects(type="report")
assert reports["objects"] and all(o["type"] == "report" for o in reports["objects"])
print("taxii ok", len(ids))
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn taxii2_client_reads_the_collections() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture(dir.path());
    let app = concord_web::app(&db, false);
    if std::env::var("CONCORD_SKIP_PY").as_deref() == Ok("1") {
        eprintln!("skipping the TAXII client: CONCORD_SKIP_PY=1");
        return;
    }
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/stix-venv/bin/python");
    assert!(python.is_file(), "{} missing: run scripts/setup-stix-venv (or set CONCORD_SKIP_PY=1)", python.display());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let out = tokio::task::spawn_blocking(move || Command::new(python).arg("-c").arg(CLIENT).arg(base).output().unwrap())
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.contains("taxii ok"), "taxii2-client failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr));
}
