//! Reading the course's text files, with the caps that keep a hostile or mistaken file from
//! eating memory or hanging the loader.

use super::diagnostics::{line_of, Diagnostic};
use std::path::Path;

/// Caps that keep a hostile or mistaken file from eating memory.
pub(super) const MAX_TEXT_FILE: u64 = 1024 * 1024;

/// Reads a file of the lessons tree only if it is what it claims to be: a regular file inside
/// `folder` (a link may point elsewhere in the folder, never out of it), of at most `cap` bytes.
/// Lesson folders come from other people: a named pipe behind the name would hang the reader, a
/// link to `/dev/zero` would fill the memory, and a link to a private file would be shown.
pub(crate) fn read_lesson_file(path: &Path, folder: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::{Error, ErrorKind, Read};
    let refused = |what: String| Error::new(ErrorKind::InvalidInput, what);
    let not_regular = || refused("it is not a regular file (a folder, a device or a pipe); lessons read only plain files".into());
    let too_big = |len: u64| refused(format!("the file is {len} bytes; the limit is {cap}"));
    let real = std::fs::canonicalize(path)?;
    if !real.starts_with(std::fs::canonicalize(folder)?) {
        return Err(refused("it is a link to a file outside the lesson folder; copy the file into the folder instead".into()));
    }
    // Checked before opening as well: opening a named pipe waits until someone writes to it.
    if !std::fs::metadata(&real)?.is_file() {
        return Err(not_regular());
    }
    let file = std::fs::File::open(&real)?;
    // The handle is what is read, so it is the handle that must be a plain file of bounded size.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > cap {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::new();
    // One byte more than the cap tells a file that grew while being read from one that fits.
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

pub(super) fn read_text(path: &Path, folder: &Path) -> std::io::Result<String> {
    let bytes = read_lesson_file(path, folder, MAX_TEXT_FILE)?;
    String::from_utf8(bytes).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "the file is not UTF-8 text"))
}

pub(super) fn toml_error(rel: &Path, src: &str, e: &toml::de::Error) -> Diagnostic {
    let line = e.span().map(|s| line_of(src, s.start));
    Diagnostic::error(rel, line, e.message().to_string())
}
