//! One Klar per OS user: a lock file in the data folder proves who runs; a second start tells
//! the running one (over a local socket) to come to the front, then quits.

use std::fs::File;
use std::path::{Path, PathBuf};

pub enum Instance {
    /// We are the only one; keep the lock for the app's lifetime.
    First(InstanceLock),
    /// Another Klar runs; it has been asked to show its window.
    AlreadyRunning,
}

pub struct InstanceLock {
    _file: File,
    socket: PathBuf,
}

impl InstanceLock {
    pub fn socket_path(&self) -> &Path {
        &self.socket
    }
}

pub fn acquire(data_dir: &Path) -> std::io::Result<Instance> {
    std::fs::create_dir_all(data_dir)?;
    let file = File::options().create(true).truncate(false).write(true).open(data_dir.join("klar.lock"))?;
    let socket = data_dir.join("klar.sock");
    match file.try_lock() {
        Ok(()) => Ok(Instance::First(InstanceLock { _file: file, socket })),
        Err(std::fs::TryLockError::WouldBlock) => {
            poke(&socket);
            Ok(Instance::AlreadyRunning)
        }
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

#[cfg(unix)]
fn poke(socket: &Path) {
    use std::io::Write;
    if let Ok(mut s) = std::os::unix::net::UnixStream::connect(socket) {
        let _ = s.write_all(b"focus\n");
    }
}

#[cfg(not(unix))]
fn poke(_socket: &Path) {}

/// Listens for "focus" pokes from later starts and calls `on_poke` for each.
#[cfg(unix)]
pub fn listen(lock: &InstanceLock, on_poke: impl Fn() + Send + 'static) {
    let path = lock.socket_path().to_path_buf();
    let _ = std::fs::remove_file(&path);
    let Ok(listener) = std::os::unix::net::UnixListener::bind(&path) else {
        tracing::warn!("cannot listen for a second start at {}", path.display());
        return;
    };
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            if stream.is_ok() {
                on_poke();
            }
        }
    });
}

#[cfg(not(unix))]
pub fn listen(_lock: &InstanceLock, _on_poke: impl Fn() + Send + 'static) {}
