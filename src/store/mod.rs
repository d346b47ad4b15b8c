//! The data file (SPEC §1): load and validate it, edit it keeping everything the user wrote, and
//! save it so that nothing is ever lost.
//!
//! A [`Store`] holds the file's text as the source of truth: edits parse it into a
//! `toml_edit::DocumentMut`, change only what they must, and the result is validated again by
//! parsing its text, exactly as the next start would. A store that was never edited saves the
//! very bytes it loaded.

mod edit;
mod load;
mod save;
mod text;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::Data;

pub use edit::Edit;
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
    /// What was expected and what was found.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if let Some(key) = &self.key {
            write!(f, "{key}: ")?;
        }
        f.write_str(&self.message)
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
            self.file, self.line, self.column, self.key
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
        "{}: the file changed on disk since it was loaded; it was not overwritten (reload it)",
        path.display()
    )]
    ChangedOnDisk { path: PathBuf },
    /// A new file would replace one that exists: it was not overwritten.
    #[error("{}: the file already exists; it was not overwritten", path.display())]
    Exists { path: PathBuf },
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
    /// Loads and validates the file; first removes temporary files a crashed save left next
    /// to it.
    pub fn open(path: &Path) -> Result<Store, Error> {
        // Best effort: a leftover that cannot be removed must not stop the user.
        save::remove_stale_temps(path).ok();
        let bytes = save::read(path)?;
        let mut store = Store::from_bytes(path, &bytes)?;
        store.disk = Some(bytes);
        Ok(store)
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
        let mut text = doc.to_string();
        if self.text.contains("\r\n") {
            // toml_edit writes `\n`; a file with Windows line ends keeps them.
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
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

    /// Saves the document: under the sidecar lock `<file>.lock`, refuses if the file changed on
    /// disk since it was loaded, keeps the previous content in `<file>.bak` (0600), writes a
    /// temporary file beside it, syncs it and renames it over the file (keeping its
    /// permissions; 0600 for a new file), then syncs the folder.
    pub fn save(&mut self) -> Result<(), Error> {
        save::save(&self.path, self.text.as_bytes(), self.disk.as_deref())?;
        self.disk = Some(self.text.as_bytes().to_vec());
        Ok(())
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
        let message = "invalid UTF-8: a TOML file must be UTF-8 text".to_string();
        Error::Invalid(text::diagnostic(name, good, good.len(), None, message))
    })
}
