//! The data file (SPEC §1): load and validate it, edit it keeping everything the user wrote, and
//! save it so that nothing is ever lost.
//!
//! A [`Store`] holds the file's text as the source of truth: edits parse it into a
//! `toml_edit::DocumentMut`, change only what they must, and the result is validated again by
//! parsing its text, exactly as the next start would. A store that was never edited saves the
//! very bytes it loaded.

mod edit;
mod load;
mod problem;
mod save;
mod text;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::{Data, Language};

pub use edit::{Edit, Reconciled};
pub use problem::{Expected, Found, Need, Problem};
pub use save::{is_own_file, write_file, write_output};
pub use text::quote;

/// A problem in a data file, at a place in it: `payoff.toml:14:11: debts[1].apr: expected a
/// rate >= 0, found "-3"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file's name (the last component of its path).
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// The key path (`debts[1].apr`); `None` for TOML syntax errors.
    pub key: Option<String>,
    /// What was expected and what was found (boxed: an `Error` stays small).
    pub problem: Box<Problem>,
}

impl Diagnostic {
    /// The diagnostic in `lang`: the place and key as they are, the problem in words.
    pub fn shown(&self, lang: Language) -> String {
        let place = format!("{}:{}:{}", self.file, self.line, self.column);
        let problem = crate::i18n::problem(lang, &self.problem);
        match &self.key {
            Some(key) => format!("{place}: {key}: {problem}"),
            None => format!("{place}: {problem}"),
        }
    }
}

/// In English, as the command line prints it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown(Language::En))
    }
}

/// An unknown key: kept as is, but perhaps a typo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The unknown key's path (`debts[0].minimun`).
    pub key: String,
    /// The known key it is probably a typo of.
    pub suggestion: Option<String>,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: ",
            self.file,
            self.line,
            self.column,
            crate::present::shown(&self.key)
        )?;
        match &self.suggestion {
            Some(s) => write!(f, "unknown key, did you mean {s:?}?"),
            None => f.write_str("unknown key (kept as is)"),
        }
    }
}

/// Everything that can go wrong with the data file. Display is one line.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file's content is not valid.
    #[error("{0}")]
    Invalid(Diagnostic),
    #[error("cannot {op} {}: {source}", path.display())]
    Io {
        /// What was being done: `read`, `write`, `lock`, ...
        op: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    /// The file on disk is not the one loaded (or last saved): it was not overwritten.
    #[error(
        "{}: the file changed on disk since it was loaded; it was not overwritten",
        path.display()
    )]
    ChangedOnDisk { path: PathBuf },
    /// Another instance held the lock for longer than a save takes.
    #[error(
        "{}: another payoff is saving this file; nothing was written, try again in a moment",
        path.display()
    )]
    Busy { path: PathBuf },
    /// The file's owner may not write it (`chmod u-w`): payoff leaves it alone.
    #[error(
        "{}: read-only (its owner may not write it); nothing was written (chmod u+w allows \
         changes)",
        path.display()
    )]
    ReadOnly { path: PathBuf },
    /// An output path names the data file, its backup or its lock.
    #[error(
        "{}: that is the data file (or its .bak or .lock); choose another output file",
        path.display()
    )]
    OwnFile { path: PathBuf },
    /// A new file would replace one that exists: it was not overwritten.
    #[error("{}: the file already exists; it was not overwritten", path.display())]
    Exists { path: PathBuf },
    /// The path is a symbolic link to nothing: payoff neither reads nor creates through it.
    #[error(
        "{}: a symbolic link to {}, which does not exist; fix the link or remove it (then \
         `payoff init` creates the file)",
        path.display(),
        target.display()
    )]
    DanglingLink { path: PathBuf, target: PathBuf },
    /// An edit names something the file does not have.
    #[error("{0}")]
    Edit(String),
}

/// The data file, loaded and valid.
#[derive(Clone, Debug)]
pub struct Store {
    path: PathBuf,
    /// The name errors carry.
    name: String,
    /// The current document.
    text: String,
    /// What the file held when it was loaded or last saved; `None` if it is not on disk yet.
    disk: Option<Vec<u8>>,
    data: Data,
    notices: Vec<Notice>,
}

impl Store {
    /// Loads and validates the file, to read it: nothing on disk is touched.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let bytes = save::read(path)?;
        let mut store = Store::from_bytes(path, &bytes)?;
        store.disk = Some(bytes);
        Ok(store)
    }

    /// Loads the file to change it: first removes temporary files a crashed save left next
    /// to it (only a command that saves needs that, so reading commands skip the folder scan).
    pub fn open_to_edit(path: &Path) -> Result<Store, Error> {
        // Best effort: a leftover that cannot be removed must not stop the user.
        save::remove_stale_temps(path).ok();
        Store::open(path)
    }

    /// A store over `text`, without touching the disk: a later [`Store::save`] creates the
    /// file (and refuses if one appeared meanwhile).
    pub fn from_text(path: &Path, text: &str) -> Result<Store, Error> {
        let name = file_name(path);
        let loaded = load::load(&name, text).map_err(Error::Invalid)?;
        Ok(Store {
            path: path.to_path_buf(),
            name,
            text: text.to_string(),
            disk: None,
            data: loaded.data,
            notices: loaded.notices,
        })
    }

    /// Creates the file with `text` (`payoff init`): validates it, creates the missing parent
    /// folders (0700), refuses if the file exists, and writes it atomically with mode 0600.
    pub fn create(path: &Path, text: &str) -> Result<Store, Error> {
        let mut store = Store::from_text(path, text)?;
        save::create_new(path, text.as_bytes())?;
        store.disk = Some(text.as_bytes().to_vec());
        Ok(store)
    }

    fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Store, Error> {
        let text = decode(&file_name(path), bytes)?;
        Store::from_text(path, text)
    }

    /// The file's content.
    pub fn data(&self) -> &Data {
        &self.data
    }

    /// The unknown keys of the current document, in file order.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The current document's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Applies an edit to the document and validates the result; on error nothing changes.
    pub fn apply(&mut self, edit: Edit) -> Result<(), Error> {
        let mut doc: toml_edit::DocumentMut = self
            .text
            .parse()
            .map_err(|e| Error::Invalid(text::syntax_error(&self.name, &self.text, &e)))?;
        edit::apply(&mut doc, &self.data, edit)?;
        // toml_edit drops a byte order mark and writes `\n`: keep both as the file had them.
        let text = text::keep_layout(&self.text, &doc.to_string());
        self.set_text(&text)
    }

    /// Replaces the whole document (undo), validated; on error nothing changes.
    pub fn set_text(&mut self, text: &str) -> Result<(), Error> {
        let loaded = load::load(&self.name, text).map_err(Error::Invalid)?;
        self.text = text.to_string();
        self.data = loaded.data;
        self.notices = loaded.notices;
        Ok(())
    }

    /// Drops the edits since the file was loaded or last saved (a save that failed), so what is
    /// shown is what the file holds; a store never saved keeps its text.
    pub fn revert(&mut self) {
        let saved = self
            .disk
            .as_deref()
            .and_then(|d| std::str::from_utf8(d).ok())
            .map(str::to_string);
        if let Some(saved) = saved {
            // What was on disk loaded once, so it loads again.
            self.set_text(&saved).ok();
        }
    }

    /// The text of an error for a reader who knows which file it is about (the app shows the
    /// file's name already): the message without the path in front.
    pub fn reason(&self, error: &Error) -> String {
        let text = error.to_string();
        let prefix = format!("{}: ", self.path.display());
        let resolved = format!("{}: ", save::resolve(&self.path).display());
        text.strip_prefix(&prefix)
            .or_else(|| text.strip_prefix(&resolved))
            .unwrap_or(&text)
            .to_string()
    }

    /// Whether the document differs from the file as loaded or last saved.
    pub fn is_dirty(&self) -> bool {
        self.disk.as_deref() != Some(self.text.as_bytes())
    }

    /// Whether the file on disk differs from what was loaded or last saved (a removed file, or
    /// one that appeared for a store never saved, counts as changed).
    pub fn changed_on_disk(&self) -> Result<bool, Error> {
        let now = save::read_if_exists(&save::resolve(&self.path))?;
        Ok(now != self.disk)
    }

    /// Saves the document: under the sidecar lock `<file>.lock` (waiting up to 2 s for another
    /// save), refuses if the file changed on disk since it was loaded or its owner may not
    /// write it, writes a temporary file beside it (keeping the file's mode and owner; 0600 for
    /// a new file), syncs it and swaps it in, refusing if what it replaced was not what was
    /// loaded; the previous content stays in `<file>.bak` (0600). Then syncs the folder.
    pub fn save(&mut self) -> Result<(), Error> {
        save::save(&self.path, self.text.as_bytes(), self.disk.as_deref())?;
        self.disk = Some(self.text.as_bytes().to_vec());
        Ok(())
    }

    /// Applies `edit` to the file as it is on disk now and saves it, under the lock throughout:
    /// a change made since it was loaded (another payoff, a hand edit) is read first and kept,
    /// and the edit made on top of it. A hand edit racing the save itself is never overwritten
    /// ([`Store::save`]); the edit is then made anew, a few times before giving up.
    pub fn commit(&mut self, edit: &Edit) -> Result<(), Error> {
        const TRIES: usize = 5;
        let target = save::resolve(&self.path);
        let _lock = save::lock(&target)?;
        let mut last = None;
        for _ in 0..TRIES {
            let now = save::read_if_exists(&target)?;
            if now != self.disk {
                let bytes = now.ok_or_else(|| Error::ChangedOnDisk {
                    path: target.clone(),
                })?;
                let mut fresh = Store::from_bytes(&self.path, &bytes)?;
                fresh.disk = Some(bytes);
                *self = fresh;
            }
            let mut next = self.clone();
            next.apply(edit.clone())?;
            match save::save_locked(&target, next.text.as_bytes(), self.disk.as_deref()) {
                Err(e @ Error::ChangedOnDisk { .. }) => last = Some(e),
                saved => {
                    saved?;
                    next.disk = Some(next.text.as_bytes().to_vec());
                    *self = next;
                    return Ok(());
                }
            }
        }
        Err(last.unwrap_or(Error::ChangedOnDisk { path: target }))
    }

    /// Reads the file again, dropping unsaved edits; on error nothing changes.
    pub fn reload(&mut self) -> Result<(), Error> {
        let bytes = save::read(&self.path)?;
        let mut fresh = Store::from_bytes(&self.path, &bytes)?;
        fresh.disk = Some(bytes);
        *self = fresh;
        Ok(())
    }
}

/// Whether the data file exists; a symbolic link to nothing is an error rather than "no file",
/// since creating the file would have to write through it.
pub fn exists(path: &Path) -> Result<bool, Error> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(Error::Io {
            op: "read",
            path: path.to_path_buf(),
            source,
        }),
        Ok(meta) if meta.file_type().is_symlink() && !path.exists() => Err(Error::DanglingLink {
            path: path.to_path_buf(),
            target: std::fs::read_link(path).unwrap_or_default(),
        }),
        Ok(_) => Ok(true),
    }
}

/// The name a path's errors carry: its last component.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The file's bytes as text; invalid UTF-8 is reported where it starts.
fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let good = std::str::from_utf8(good).unwrap_or_default();
        let problem = Problem::NotUtf8;
        Error::Invalid(text::diagnostic(name, good, good.len(), None, problem))
    })
}
