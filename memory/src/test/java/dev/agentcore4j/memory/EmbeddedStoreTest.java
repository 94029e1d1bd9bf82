package dev.agentcore4j.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store contract on the embedded SQLite file. */
class EmbeddedStoreTest extends StoreContract {

    private Path dir;

    @Override
    MemoryStore open() {
        try {
            dir = Files.createTempDirectory("memory-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reopen();
    }

    @Override
    MemoryStore reopen() {
        return MemoryStore.open(MemoryDatabase.embedded(), dir);
    }
}
