package org.gridcommand.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data folder and the database's files are readable by their owner only: the file holds every report and
 * the lock file holds the key to the file's server. On systems without POSIX permissions (Windows) the user's
 * own application-data folder already is private, and nothing is changed.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code folder} (and missing parents) with owner-only access for the folders it creates. */
    public static void createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolder(parent);
        }
        if (posix()) {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(absolute, FOLDER); // the umask may have taken bits away or not
        } else {
            Files.createDirectory(absolute);
        }
    }

    /** Takes group and world access away from {@code path} if it exists (a file or one of our folders). */
    public static void restrict(Path path) {
        if (!posix() || !Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (another owner): the folder's own permissions decide
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
