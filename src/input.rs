//! Inputs: the paths a user gives, expanded into documents.
//!
//! Directories are walked recursively for `.txt`, `.md` and `.markdown`
//! files, in sorted order; `-` is standard input (read by the caller). A file
//! that cannot be read, or is not UTF-8 text, becomes an [`InputError`] and
//! the others are still checked.

use crate::document::{Document, Format, LoadError};
use jiff::civil::Date;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub error: LoadError,
}

const EXTENSIONS: [&str; 3] = ["txt", "md", "markdown"];

fn checkable(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Expands directories into the checkable files under them, sorted. Paths
/// given explicitly are kept whatever their extension.
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files, &mut errors, &mut Vec::new());
        } else if p.exists() {
            files.push(p.clone());
        } else {
            errors.push(InputError {
                path: display(p),
                error: LoadError::Io("no such file or directory".into()),
            });
        }
    }
    // one path walks in order already, and names each file once; several
    // may not (paths compare component by component, which is not cheap:
    // a run over 50,000 files would compare each path twice for nothing)
    if paths.len() > 1 {
        if !files.is_sorted() {
            files.sort();
        }
        files.dedup();
    }
    (files, errors)
}

/// Walks `dir`, below the directories in `above` (the walk's path to it).
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<InputError>,
    above: &mut Vec<PathBuf>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError {
                path: display(dir),
                error: LoadError::Io(e.to_string()),
            });
            return;
        }
    };
    // the entries of one directory differ in their names only: sorted by
    // name they are in the paths' order. Their kinds come with them (no
    // call to the file system each), except a link's, which is followed.
    // (each path with where its name begins in it)
    let mut entries: Vec<(PathBuf, usize, Option<bool>)> = entries
        .filter_map(|e| {
            let e = e.ok()?;
            let dir = e
                .file_type()
                .ok()
                .filter(|t| !t.is_symlink())
                .map(|t| t.is_dir());
            let p = e.path();
            let name = p.as_os_str().len() - p.file_name().map_or(0, |n| n.len());
            Some((p, name, dir))
        })
        .collect();
    fn name(e: &(PathBuf, usize, Option<bool>)) -> &[u8] {
        &e.0.as_os_str().as_encoded_bytes()[e.1..]
    }
    // names are unique in a directory: an unstable sort is deterministic
    entries.sort_unstable_by(|a, b| name(a).cmp(name(b)));
    for e in entries {
        if name(&e).starts_with(b".") {
            continue;
        }
        let (p, _, is_dir) = e;
        if is_dir.unwrap_or_else(|| p.is_dir()) {
            // a link to a directory the walk is in would be walked again
            // and again, until the paths grew too long
            if is_dir.is_none() && links_back(&p, dir_and_above(above, dir)) {
                errors.push(InputError {
                    path: display(&p),
                    error: LoadError::Io(
                        "a link to a directory it is in (a loop); not followed".into(),
                    ),
                });
                continue;
            }
            above.push(dir.to_path_buf());
            walk(&p, files, errors, above);
            above.pop();
        } else if checkable(&p) {
            files.push(p);
        }
    }
}

/// The directories of the walk down to `dir`: those `above` it and itself.
fn dir_and_above<'a>(above: &'a [PathBuf], dir: &'a Path) -> impl Iterator<Item = &'a Path> {
    above.iter().map(PathBuf::as_path).chain([dir])
}

/// Whether the directory `link` leads to is one of `dirs`. A link whose
/// target cannot be resolved is not: it is walked, and fails as any
/// directory that cannot be read.
fn links_back<'a>(link: &Path, mut dirs: impl Iterator<Item = &'a Path>) -> bool {
    let Ok(target) = std::fs::canonicalize(link) else {
        return false;
    };
    dirs.any(|d| std::fs::canonicalize(d).is_ok_and(|d| d == target))
}

/// A path as shown in reports: forward slashes, no leading `./`.
pub fn display(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Reads one file into a document, reported under `path`.
pub fn read(file: &Path, path: &str, date: Option<Date>) -> Result<Document, InputError> {
    let bytes = read_bytes(file).map_err(|e| InputError {
        path: path.to_string(),
        error: LoadError::Io(e.to_string()),
    })?;
    Document::from_bytes(path, bytes, Format::from_path(path), date).map_err(|error| InputError {
        path: path.to_string(),
        error,
    })
}

/// What [`read_bytes`] reads before it asks for a file's size.
const FIRST_READ: usize = 16 << 10;

/// The bytes of a file. Most articles are shorter than [`FIRST_READ`] and
/// are read without asking for their size: opened, read into a buffer the
/// thread keeps, read to see the end, closed (four calls to the system
/// where `fs::read` makes five: a run over many small files spends much of
/// its time in them), and copied into a buffer of their size. A longer file is asked
/// for its size once the first read is full, and read on in one go.
pub fn read_bytes(file: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    thread_local! {
        // zeroed once a thread, not once a file
        static FIRST: std::cell::RefCell<Vec<u8>> =
            std::cell::RefCell::new(vec![0; FIRST_READ]);
    }
    let mut f = std::fs::File::open(file)?;
    // the bytes, and whether they are all of them
    let (mut bytes, whole) = FIRST.with(|buf| -> std::io::Result<(Vec<u8>, bool)> {
        let mut buf = buf.borrow_mut();
        let mut n = 0;
        while n < FIRST_READ {
            match f.read(&mut buf[n..]) {
                Ok(0) => return Ok((buf[..n].to_vec(), true)),
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let size = f.metadata().map_or(0, |m| m.len() as usize);
        let mut bytes = Vec::with_capacity(size.max(FIRST_READ));
        bytes.extend_from_slice(&buf[..]);
        Ok((bytes, false))
    })?;
    if !whole {
        f.read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_bytes_reads_every_length_whole() {
        let dir = std::env::temp_dir().join(format!("claimlint-read-bytes-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for len in [
            0,
            1,
            FIRST_READ - 1,
            FIRST_READ,
            FIRST_READ + 1,
            3 * FIRST_READ + 7,
        ] {
            let bytes: Vec<u8> = (0..len).map(|k| (k * 7 % 251) as u8).collect();
            let p = dir.join(format!("{len}.bin"));
            std::fs::write(&p, &bytes).unwrap();
            assert_eq!(read_bytes(&p).unwrap(), bytes, "{len} bytes");
        }
        assert!(read_bytes(&dir.join("missing")).is_err());
        // a directory opens, and fails to read
        assert!(read_bytes(&dir).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
