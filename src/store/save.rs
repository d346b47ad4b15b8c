//! Safe writing (SPEC §1.4): a sidecar lock, a content check, a backup, and an atomic swap that
//! is checked once more after it happens.
//!
//! A crash or `kill -9` at any moment leaves the old file or the new one, whole: the new text
//! goes to a temporary file in the same folder, is synced, and is renamed over the file; the
//! folder is synced so the rename itself survives a power cut.

use std::fs::{self, File, OpenOptions, Permissions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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

/// How long a save waits for another instance's save to finish before it gives up.
const LOCK_WAIT: Duration = Duration::from_secs(2);

/// Opens the sidecar lock file, private like the data and owned like it.
fn open_lock(path: &Path) -> Result<File, Error> {
    let lock_path = sidecar(path, ".lock");
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(&lock_path)
        .map_err(io_error("open the lock", &lock_path))?;
    if let Ok(meta) = fs::metadata(path) {
        owned_like(&file, &meta).map_err(io_error("set the owner of", &lock_path))?;
    }
    Ok(file)
}

/// Takes the exclusive advisory lock on `<file>.lock`, waiting up to [`LOCK_WAIT`] for another
/// instance's save to finish. Where the file system has no locks, saves go on unlocked.
/// Released on drop.
pub(super) fn lock(path: &Path) -> Result<Option<File>, Error> {
    let file = open_lock(path)?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(file)),
            Err(TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(Error::Busy {
                    path: path.to_path_buf(),
                });
            }
            Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                return Ok(None);
            }
            Err(TryLockError::Error(e)) => {
                return Err(io_error("lock", &sidecar(path, ".lock"))(e));
            }
        }
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

/// What a new version of a file is written as before it takes the file's place: a temporary
/// file in the same folder, written, given its mode and owner, and synced.
fn temp_copy(
    path: &Path,
    bytes: &[u8],
    like: Option<&fs::Metadata>,
) -> Result<tempfile::TempPath, Error> {
    let dir = folder(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(io_error("create a temporary file in", dir))?;
    let tmp_path = tmp.path().to_path_buf();
    let written = tmp.write_all(bytes).and_then(|()| {
        match like {
            Some(meta) => {
                tmp.as_file().set_permissions(meta.permissions())?;
                owned_like(tmp.as_file(), meta)?;
            }
            None => private(tmp.as_file())?,
        }
        tmp.as_file().sync_all()
    });
    written.map_err(io_error("write", &tmp_path))?;
    Ok(tmp.into_temp_path())
}

/// Writes `bytes` to `path` atomically: temporary file, sync, rename, folder sync. The file
/// gets the mode and owner of `like`'s file, or is private (0600). With `new`, refuses to
/// replace an existing file.
fn write_atomic(
    path: &Path,
    bytes: &[u8],
    like: Option<&fs::Metadata>,
    new: bool,
) -> Result<(), Error> {
    let tmp = temp_copy(path, bytes, like)?;
    let persisted = if new {
        tmp.persist_noclobber(path)
    } else {
        tmp.persist(path)
    };
    match persisted {
        Ok(()) => {}
        Err(e) if new && e.error.kind() == io::ErrorKind::AlreadyExists => {
            return Err(Error::Exists {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(io_error("replace", path)(e.error)),
    }
    let dir = folder(path);
    sync_dir(dir).map_err(io_error("sync the folder", dir))
}

/// Writes a file the user named (an export): atomically, private (0600) when new, and never
/// over the data file at `data`, its backup or its lock.
pub fn write_output(data: &Path, out: &Path, bytes: &[u8]) -> Result<(), Error> {
    if is_own_file(data, out) {
        return Err(Error::OwnFile {
            path: out.to_path_buf(),
        });
    }
    write_file(out, bytes)
}

/// Writes a file atomically: a new one private (0600), an existing one keeping its mode and
/// owner; through a symlink, its target.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let path = resolve(path);
    write_atomic(&path, bytes, fs::metadata(&path).ok().as_ref(), false)
}

/// Whether `out` names the data file `data`, its `.bak` or its `.lock`: the same path after
/// following symlinks, or the same file (a hard link).
pub fn is_own_file(data: &Path, out: &Path) -> bool {
    let data = resolve(data);
    let out_place = place(out);
    [
        data.clone(),
        sidecar(&data, ".bak"),
        sidecar(&data, ".lock"),
    ]
    .iter()
    .any(|own| place(own) == out_place || same_file(own, out))
}

/// Where a path leads: symlinks followed (a few levels, for dangling ones too), the folder made
/// absolute. The file itself need not exist.
fn place(path: &Path) -> PathBuf {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        if let Ok(real) = fs::canonicalize(&path) {
            return real;
        }
        match fs::read_link(&path) {
            Ok(target) => path = folder(&path).join(target),
            Err(_) => break,
        }
    }
    let dir = fs::canonicalize(folder(&path)).unwrap_or_else(|_| folder(&path).to_path_buf());
    dir.join(path.file_name().unwrap_or_default())
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_a: &Path, _b: &Path) -> bool {
    false
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

/// Gives `file` the owner and group of `meta`'s file, so that a save run as root (`sudo
/// payoff pay ...`) leaves the user's files the user's. Only root may give a file away: for
/// anyone else a different owner is left as it is.
#[cfg(unix)]
fn owned_like(file: &File, meta: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let mine = file.metadata()?;
    if mine.uid() == meta.uid() && mine.gid() == meta.gid() {
        return Ok(());
    }
    match std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())) {
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn owned_like(_file: &File, _meta: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

/// Whether the file's owner may write it (`chmod u-w` means "leave it alone").
#[cfg(unix)]
fn owner_may_write(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o200 != 0
}

#[cfg(not(unix))]
fn owner_may_write(meta: &fs::Metadata) -> bool {
    !meta.permissions().readonly()
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
    save_locked(&target, new, loaded)
}

/// [`save`] with the lock already held, on the resolved `target`.
pub(super) fn save_locked(target: &Path, new: &[u8], loaded: Option<&[u8]>) -> Result<(), Error> {
    let target = target.to_path_buf();
    let current = read_if_exists(&target)?;
    match (current.as_deref(), loaded) {
        (None, None) => write_atomic(&target, new, None, true),
        (Some(now), Some(then)) if now == then => replace(&target, new, then),
        (Some(_), None) => Err(Error::Exists { path: target }),
        _ => Err(Error::ChangedOnDisk { path: target }),
    }
}

/// Replaces the file at `target`, which held `loaded` a moment ago, with `new`; the old version
/// becomes `<file>.bak`. A change made by another program at any moment before the swap is
/// never overwritten: it stays in the file and the save is refused.
fn replace(target: &Path, new: &[u8], loaded: &[u8]) -> Result<(), Error> {
    let meta = fs::metadata(target).map_err(io_error("read the permissions of", target))?;
    if !owner_may_write(&meta) {
        return Err(Error::ReadOnly {
            path: target.to_path_buf(),
        });
    }
    let tmp = temp_copy(target, new, Some(&meta))?;
    #[cfg(target_os = "linux")]
    {
        use rustix::io::Errno;
        match exchange(&tmp, target) {
            Ok(()) => return settle_exchange(target, tmp, loaded),
            // Some file systems cannot swap two names: replace as everywhere else.
            Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => {}
            Err(e) => return Err(io_error("replace", target)(e.into())),
        }
    }
    replace_by_rename(target, tmp, loaded, &meta)
}

/// The portable replace: the backup written first, then one more look at the file right
/// before the rename, so only a change in the instant between the two can be lost.
fn replace_by_rename(
    target: &Path,
    tmp: tempfile::TempPath,
    loaded: &[u8],
    meta: &fs::Metadata,
) -> Result<(), Error> {
    let bak = sidecar(target, ".bak");
    write_atomic(&bak, loaded, Some(meta), false)?;
    private_path(&bak)?;
    if read_if_exists(target)?.as_deref() != Some(loaded) {
        return Err(Error::ChangedOnDisk {
            path: target.to_path_buf(),
        });
    }
    tmp.persist(target)
        .map_err(|e| io_error("replace", target)(e.error))?;
    let dir = folder(target);
    sync_dir(dir).map_err(io_error("sync the folder", dir))
}

/// Swaps the names of two files at once (`renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> rustix::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE)
}

/// After the swap the temporary name holds what was the file. If that is still what was
/// loaded, it becomes the backup; if another program changed it in the meantime, the two are
/// swapped back and the save is refused, so the other program's version stays.
#[cfg(target_os = "linux")]
fn settle_exchange(target: &Path, tmp: tempfile::TempPath, loaded: &[u8]) -> Result<(), Error> {
    let out = fs::read(&tmp).map_err(io_error("read", &tmp))?;
    if out != loaded {
        exchange(&tmp, target).map_err(|e| io_error("restore", target)(e.into()))?;
        return Err(Error::ChangedOnDisk {
            path: target.to_path_buf(),
        });
    }
    private_path(&tmp)?;
    let bak = sidecar(target, ".bak");
    tmp.persist(&bak)
        .map_err(|e| io_error("keep the backup", &bak)(e.error))?;
    let dir = folder(target);
    sync_dir(dir).map_err(io_error("sync the folder", dir))
}

/// Makes the file at `path` private (0600).
fn private_path(path: &Path) -> Result<(), Error> {
    File::open(path)
        .and_then(|f| private(&f))
        .map_err(io_error("set the permissions of", path))
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

    #[cfg(unix)]
    #[test]
    fn the_portable_replace_looks_once_more_before_the_rename() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("payoff.toml");
        fs::write(&path, "by hand\n").unwrap();
        let meta = fs::metadata(&path).unwrap();
        // Loaded "loaded", but the file now holds a hand edit: refused, the edit stays.
        let tmp = temp_copy(&path, b"new\n", Some(&meta)).unwrap();
        let refused = replace_by_rename(&path, tmp, b"loaded\n", &meta);
        assert!(matches!(refused, Err(Error::ChangedOnDisk { .. })));
        assert_eq!(fs::read(&path).unwrap(), b"by hand\n");
        // Still what was loaded: replaced, the old text in a private backup.
        let tmp = temp_copy(&path, b"new\n", Some(&meta)).unwrap();
        replace_by_rename(&path, tmp, b"by hand\n", &meta).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new\n");
        let bak = sidecar(&path, ".bak");
        assert_eq!(fs::read(&bak).unwrap(), b"by hand\n");
        assert_eq!(
            fs::metadata(&bak).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 2, "no temporary file is left: {left:?}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_change_found_after_the_swap_is_swapped_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("payoff.toml");
        fs::write(&path, "by hand\n").unwrap();
        let meta = fs::metadata(&path).unwrap();
        let tmp = temp_copy(&path, b"new\n", Some(&meta)).unwrap();
        exchange(&tmp, &path).unwrap();
        let refused = settle_exchange(&path, tmp, b"loaded\n");
        assert!(matches!(refused, Err(Error::ChangedOnDisk { .. })));
        assert_eq!(fs::read(&path).unwrap(), b"by hand\n");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "only the file is left: {left:?}");
    }

    #[test]
    fn sidecars_sit_next_to_the_file() {
        let p = Path::new("/data/payoff.toml");
        assert_eq!(sidecar(p, ".bak"), Path::new("/data/payoff.toml.bak"));
        assert_eq!(sidecar(p, ".lock"), Path::new("/data/payoff.toml.lock"));
        assert_eq!(temp_prefix(p), ".payoff.toml.");
        assert_eq!(folder(Path::new("payoff.toml")), Path::new("."));
    }
}
