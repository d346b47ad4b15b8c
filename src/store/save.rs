//! Safe writing (SPEC §1.4): a sidecar lock, a content check, a backup, and an atomic replace.
//!
//! A crash or `kill -9` at any moment leaves the old file or the new one, whole: the new text
//! goes to a temporary file in the same folder, is synced, and is renamed over the file; the
//! folder is synced so the rename itself survives a power cut.

use std::fs::{self, File, OpenOptions, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Error;

/// The suffix of temporary files; their prefix is `.<file name>.`.
const TEMP_SUFFIX: &str = ".tmp";

fn io_error(op: &'static str, path: &Path) -> impl FnOnce(io::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Io { op, path, source }
}

/// The file a path names: the target of a symlink (so a symlinked data file stays a symlink).
pub(super) fn resolve(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    }
}

/// `path` with `suffix` appended to its file name: `payoff.toml` -> `payoff.toml.bak`.
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn temp_prefix(path: &Path) -> String {
    format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

pub(super) fn read(path: &Path) -> Result<Vec<u8>, Error> {
    fs::read(path).map_err(io_error("read", path))
}

/// The file's content, or `None` if there is no file.
pub(super) fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, Error> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error("read", path)(e)),
    }
}

/// Opens the sidecar lock file, private like the data.
fn open_lock(path: &Path) -> Result<File, Error> {
    let lock_path = sidecar(path, ".lock");
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(&lock_path)
        .map_err(io_error("open the lock", &lock_path))
}

/// Takes the exclusive advisory lock on `<file>.lock`, waiting for another instance's save to
/// finish. Where the file system has no locks, saves go on unlocked. Released on drop.
fn lock(path: &Path) -> Result<Option<File>, Error> {
    let file = open_lock(path)?;
    match file.lock() {
        Ok(()) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(None),
        Err(e) => Err(io_error("lock", &sidecar(path, ".lock"))(e)),
    }
}

/// Removes `.<file name>.*.tmp` files a crashed save left in the file's folder, unless another
/// instance is saving right now. Returns how many were removed.
pub(super) fn remove_stale_temps(path: &Path) -> io::Result<usize> {
    let path = resolve(path);
    let prefix = temp_prefix(&path);
    let mut stale = Vec::new();
    for entry in fs::read_dir(folder(&path))? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) && entry.file_type()?.is_file()
        {
            stale.push(entry.path());
        }
    }
    if stale.is_empty() {
        return Ok(0);
    }
    let lock = open_lock(&path).map_err(io::Error::other)?;
    if lock.try_lock().is_err() {
        // Another instance is saving: its temporary file is not stale.
        return Ok(0);
    }
    let mut removed = 0;
    for file in stale {
        if fs::remove_file(file).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// Writes `bytes` to `path` atomically: temporary file, sync, permissions, rename, folder sync.
/// `perms` `None` means private (0600). With `new`, refuses to replace an existing file.
fn write_atomic(
    path: &Path,
    bytes: &[u8],
    perms: Option<Permissions>,
    new: bool,
) -> Result<(), Error> {
    let dir = folder(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(io_error("create a temporary file in", dir))?;
    let tmp_path = tmp.path().to_path_buf();
    let written = tmp.write_all(bytes).and_then(|()| {
        match perms {
            Some(p) => tmp.as_file().set_permissions(p)?,
            None => private(tmp.as_file())?,
        }
        tmp.as_file().sync_all()
    });
    written.map_err(io_error("write", &tmp_path))?;
    let persisted = if new {
        tmp.persist_noclobber(path)
    } else {
        tmp.persist(path)
    };
    match persisted {
        Ok(_) => {}
        Err(e) if new && e.error.kind() == io::ErrorKind::AlreadyExists => {
            return Err(Error::Exists {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(io_error("replace", path)(e.error)),
    }
    sync_dir(dir).map_err(io_error("sync the folder", dir))
}

#[cfg(unix)]
fn private(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn private(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Saves `new` over the file at `path`, which must still hold `loaded` (`None`: must not
/// exist). See [`super::Store::save`].
pub(super) fn save(path: &Path, new: &[u8], loaded: Option<&[u8]>) -> Result<(), Error> {
    let target = resolve(path);
    let _lock = lock(&target)?;
    let current = read_if_exists(&target)?;
    match (current.as_deref(), loaded) {
        (None, None) => {}
        (Some(now), Some(then)) if now == then => {}
        (Some(_), None) => return Err(Error::Exists { path: target }),
        _ => return Err(Error::ChangedOnDisk { path: target }),
    }
    let perms = match current {
        Some(old) => {
            write_atomic(&sidecar(&target, ".bak"), &old, None, false)?;
            Some(
                fs::metadata(&target)
                    .map_err(io_error("read the permissions of", &target))?
                    .permissions(),
            )
        }
        None => None,
    };
    write_atomic(&target, new, perms, loaded.is_none())
}

/// Creates a new file (mode 0600) and its missing parent folders (0700); refuses to replace
/// an existing file.
pub(super) fn create_new(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if fs::symlink_metadata(path).is_ok() {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    let dir = folder(path);
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(io_error("create the folder", dir))?;
    write_atomic(path, bytes, None, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidecars_sit_next_to_the_file() {
        let p = Path::new("/data/payoff.toml");
        assert_eq!(sidecar(p, ".bak"), Path::new("/data/payoff.toml.bak"));
        assert_eq!(sidecar(p, ".lock"), Path::new("/data/payoff.toml.lock"));
        assert_eq!(temp_prefix(p), ".payoff.toml.");
        assert_eq!(folder(Path::new("payoff.toml")), Path::new("."));
    }
}
