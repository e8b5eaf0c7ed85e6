package io.newswire.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ScratchFolderTest {

    @Test
    void closingDeletesTheFolderWithEverythingInIt() throws Exception {
        Path path;
        try (ScratchFolder scratch = ScratchFolder.create("newswire-scratch-test-")) {
            path = scratch.path();
            Files.createDirectories(path.resolve("kafka/news.raw.v1-0"));
            Files.writeString(path.resolve("kafka/news.raw.v1-0/00000000000000000000.log"), "records");
            Files.writeString(path.resolve("meta.properties"), "node.id=1");
            assertThat(path).isDirectory();
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void deletingAFolderThatIsNotThereIsFine() {
        assertThatCode(() -> ScratchFolder.delete(Path.of("target", "no-such-folder-" + System.nanoTime())))
                .doesNotThrowAnyException();
    }
}
