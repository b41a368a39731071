//! Files the daemon creates hold children's and families' data, so only
//! the account running it may read them: files 0600, folders 0700.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

const FILE_MODE: u32 = 0o600;
const FOLDER_MODE: u32 = 0o700;

/// Makes every file and folder this process creates from now on private
/// to its user, whatever creates it (the store's own files included).
pub fn restrict_new_files() {
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

/// Creates a folder (and its parents) readable by this user alone; an
/// existing folder is made so.
pub fn create_folder(path: &Path) -> io::Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(FOLDER_MODE)
        .create(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(FOLDER_MODE))
}

/// Opens a file for appending, creating it readable by this user alone;
/// an existing file is made so.
pub fn open_append(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(FILE_MODE)
        .open(path)?;
    file.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))?;
    Ok(file)
}

/// Makes a folder and everything in it private: for a store created
/// before the daemon kept its files so.
pub fn make_private(path: &Path) -> io::Result<()> {
    let metadata = std::fs::symlink_metadata(path)?;
    if metadata.is_symlink() {
        return Ok(());
    }
    if metadata.is_dir() {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(FOLDER_MODE))?;
        for entry in std::fs::read_dir(path)? {
            make_private(&entry?.path())?;
        }
        return Ok(());
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(FILE_MODE))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn folders_and_files_are_for_their_owner_alone() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("a/b");
        create_folder(&folder).unwrap();
        assert_eq!(mode(&folder), 0o700);
        let log = folder.join("outbox.log");
        std::fs::write(&log, "old\n").unwrap();
        std::fs::set_permissions(&log, std::fs::Permissions::from_mode(0o644)).unwrap();
        open_append(&log).unwrap();
        assert_eq!(mode(&log), 0o600, "an existing file is made private");

        let old_store = dir.path().join("data");
        std::fs::create_dir_all(old_store.join("blobs")).unwrap();
        std::fs::write(old_store.join("db"), "x").unwrap();
        for path in [&old_store, &old_store.join("blobs"), &old_store.join("db")] {
            let wide = if path.is_dir() { 0o755 } else { 0o644 };
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(wide)).unwrap();
        }
        make_private(&old_store).unwrap();
        assert_eq!(mode(&old_store), 0o700);
        assert_eq!(mode(&old_store.join("blobs")), 0o700);
        assert_eq!(mode(&old_store.join("db")), 0o600);
    }
}
