//! Referential integrity of a bundle: every `*_ref` and `*_refs` value must
//! name an object inside it.

use std::collections::BTreeSet;

use serde_json::Value;

/// `object-id.property -> missing-id` for every reference that resolves to nothing.
pub fn dangling_refs(bundle: &Value) -> Vec<String> {
    let objects = bundle["objects"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    let ids: BTreeSet<&str> = objects.iter().filter_map(|o| o["id"].as_str()).collect();
    let mut out = Vec::new();
    for o in objects {
        let Some(map) = o.as_object() else { continue };
        for (k, v) in map {
            let refs: Vec<&str> = if k.ends_with("_ref") {
                v.as_str().into_iter().collect()
            } else if k.ends_with("_refs") {
                v.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
            } else {
                continue;
            };
            for r in refs.into_iter().filter(|r| !ids.contains(r)) {
                out.push(format!("{}.{k} -> {r}", o["id"].as_str().unwrap_or("?")));
            }
        }
    }
    out
}
