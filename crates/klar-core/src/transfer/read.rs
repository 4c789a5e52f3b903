//! Reading a progress file from disk, refused before it is read when it is larger than Klar allows.

use super::MAX_FILE_BYTES;
use crate::error::{Error, Result};

/// Reads a progress file of at most `MAX_FILE_BYTES`; a larger one is refused before it is read.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    read_capped(path, MAX_FILE_BYTES)
}

/// Reads a file of at most `max` bytes; a larger one is refused before it is read.
pub fn read_capped(path: &std::path::Path, max: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let too_large = || Error::ImportTooLarge { max_mib: (max / (1024 * 1024)) as u64 };
    let f = std::fs::File::open(path)?;
    if f.metadata()?.len() > max as u64 {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    // The file may grow between the check and the read; never take more than the cap.
    f.take(max as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > max {
        return Err(too_large());
    }
    Ok(bytes)
}
