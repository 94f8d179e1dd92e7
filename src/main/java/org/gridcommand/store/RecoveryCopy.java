package org.gridcommand.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of a crashed file taken before H2 rolls its unfinished work back: if the recovery fails, the bytes are
 * put back exactly as they were (ADR 0011); when it succeeds, the copy is removed (it is as large as the file).
 */
final class RecoveryCopy {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryCopy.class);

    private final Path file;
    private final Path copy;

    private RecoveryCopy(Path file, Path copy) {
        this.file = file;
        this.copy = copy;
    }

    /** Copies {@code file}; null (and a warning) when there is no room for a copy: recovery goes on without. */
    static RecoveryCopy take(Path file) {
        Path folder = Backups.folder(file);
        Path copy = folder.resolve(file.getFileName() + ".before-recovery-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()));
        try {
            OwnerOnly.createFolder(folder);
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(copy);
            LOG.info("{} was left mid-transaction by a process that stopped; a copy is kept at {} while H2 rolls "
                    + "the unfinished work back", file, copy);
            return new RecoveryCopy(file, copy);
        } catch (IOException e) {
            LOG.warn("No copy of {} could be kept before recovering it ({}); recovering without one", file,
                    e.getMessage());
            return null;
        }
    }

    /** The recovery failed: the file gets its bytes from before the attempt. */
    void putBack() {
        try {
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.error("Could not put {} back in place of {}: {}. The copy is still there.", copy, file,
                    e.getMessage());
        }
    }

    /** The recovery worked: the copy is not needed. */
    void discard() {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.warn("Could not remove the recovery copy {}: {}", copy, e.getMessage());
        }
    }
}
