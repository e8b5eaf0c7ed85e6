package io.newswire.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder this process owns and removes, contents and all: the data of a throw-away stack (tests, benchmarks, whose
 * broker logs reach gigabytes), or the data folder {@code up --reset} empties.
 */
public final class ScratchFolder implements AutoCloseable {
    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    /** A new, empty folder under the system's temporary directory. */
    public static ScratchFolder create(String prefix) {
        try {
            return new ScratchFolder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder", e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and everything in it; a folder that is not there is fine. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public void close() {
        try {
            delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path + " (delete it by hand)", e);
        }
    }
}
