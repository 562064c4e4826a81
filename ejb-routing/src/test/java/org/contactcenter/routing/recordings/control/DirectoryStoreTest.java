package org.contactcenter.routing.recordings.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryStoreTest {
    @TempDir
    Path dir;

    @Test
    void anObjectIsStoredUnderItsKeyAndReadWholeOrAsARange() throws IOException {
        DirectoryStore store = new DirectoryStore(dir.resolve("store"));
        String location = store.put("recordings/2026/12/03/c1.wav", "0123456789".getBytes(StandardCharsets.US_ASCII), "audio/wav");
        assertEquals(store.location("recordings/2026/12/03/c1.wav"), location);
        assertTrue(location.startsWith("file:") && store.owns(location), location);
        assertEquals("recordings/2026/12/03/c1.wav", store.key(location));
        assertEquals(10, store.size(location));
        try (InputStream in = store.open(location, 3, 4)) {
            assertEquals("3456", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        try (InputStream in = store.open(location, 8, -1)) {
            assertEquals("89", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        store.delete(location);
        assertEquals(-1, store.size(location));
        store.delete(location); // nothing there: nothing happens
    }

    @Test
    void aPutThatFailsLeavesNeitherAPartialObjectNorATemporaryFile() throws IOException {
        DirectoryStore store = new DirectoryStore(dir.resolve("store"));
        String location = store.put("k/a.wav", "old".getBytes(StandardCharsets.US_ASCII), "audio/wav");
        InputStream breaking = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100) {
                    throw new IOException("the source broke");
                }
                return 'x';
            }
        };
        assertThrows(IOException.class, () -> store.put("k/a.wav", breaking, 1000, "audio/wav"));
        assertThrows(IOException.class, () -> store.put("k/a.wav", new ByteArrayInputStream(new byte[5]), 6, "audio/wav"), "short source");
        try (InputStream in = store.open(location, 0, -1)) {
            assertArrayEquals("old".getBytes(StandardCharsets.US_ASCII), in.readAllBytes(), "the old object stays whole");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "no temporary file left");
        }
    }

    @Test
    void keysAndLocationsCannotLeaveTheStore() throws IOException {
        DirectoryStore store = new DirectoryStore(dir.resolve("store"));
        DirectoryStore sibling = new DirectoryStore(dir.resolve("store-archive"));
        assertThrows(IllegalArgumentException.class, () -> store.location("../outside.wav"));
        assertThrows(IllegalArgumentException.class, () -> store.location(""));
        String other = sibling.put("a.wav", new byte[1], "audio/wav");
        assertFalse(store.owns(other), "a sibling directory sharing the name's beginning is another store");
        assertThrows(NoSuchFileException.class, () -> store.open(other, 0, -1));
        assertThrows(NoSuchFileException.class, () -> store.open(store.prefix() + "../store-archive/a.wav", 0, -1));
    }
}
