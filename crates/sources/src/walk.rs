//! Local paths: a file is one input; a directory is walked recursively in
//! sorted order, hidden entries skipped, each file opened only when reached.

use std::fs::File;
use std::path::Path;

use walkdir::{DirEntry, WalkDir};

use crate::load::{self, io_reason, Source};
use crate::{Documents, Options, SourceError};

/// The documents under a local path (file or directory).
pub(crate) fn documents(path: String, opts: Options) -> Documents {
    match std::fs::metadata(&path) {
        Err(err) => Box::new(std::iter::once(Err(SourceError::new(path, io_reason(&err))))),
        Ok(meta) if meta.is_dir() => {
            let walk = WalkDir::new(&path).sort_by_file_name().follow_links(true).into_iter();
            Box::new(walk.filter_entry(|e| e.depth() == 0 || !is_hidden(e)).flat_map(move |entry| -> Documents {
                match entry {
                    Ok(e) if e.file_type().is_file() => file(e.path(), &opts),
                    Ok(_) => Box::new(std::iter::empty()),
                    Err(err) => {
                        let at = err.path().map_or_else(|| path.clone(), |p| p.display().to_string());
                        let reason = match err.io_error() {
                            Some(io) => io_reason(io),
                            None => err.to_string(),
                        };
                        Box::new(std::iter::once(Err(SourceError::new(at, reason))))
                    }
                }
            }))
        }
        Ok(_) => file(Path::new(&path), &opts),
    }
}

fn is_hidden(entry: &DirEntry) -> bool {
    entry.file_name().to_str().is_some_and(|n| n.starts_with('.'))
}

/// The documents in one file.
fn file(path: &Path, opts: &Options) -> Documents {
    let origin = path.display().to_string();
    match File::open(path) {
        Err(err) => Box::new(std::iter::once(Err(SourceError::new(origin, io_reason(&err))))),
        Ok(f) => {
            let name = path.file_name().map_or_else(|| origin.clone(), |n| n.to_string_lossy().into_owned());
            load::documents(Source::new(&origin, &name, Box::new(f)), opts)
        }
    }
}
