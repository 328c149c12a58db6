//! Where the shared evaluation data lives (`../shared/data` beside the checkout).

use std::path::{Path, PathBuf};

/// The shared data folder: `$CONCORD_SHARED/data` (or `$CONCORD_SHARED` when it
/// already ends in `data`), else the first `shared/data` found walking up from
/// the current directory. `None` when it is absent: tests then skip with a message.
pub fn shared_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CONCORD_SHARED") {
        let dir = PathBuf::from(dir);
        let data = if dir.ends_with("data") { dir } else { dir.join("data") };
        return data.is_dir().then_some(data);
    }
    let cwd = std::env::current_dir().ok()?;
    let mut here: Option<&Path> = Some(&cwd);
    while let Some(dir) = here {
        let candidate = dir.join("shared").join("data");
        if candidate.is_dir() {
            return Some(candidate);
        }
        here = dir.parent();
    }
    None
}
