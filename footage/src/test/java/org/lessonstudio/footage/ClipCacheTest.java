package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.media.ClipReader;

/** Clips kept by what made them; only whole clips with their records are ever found. */
class ClipCacheTest {

    @TempDir
    Path folder;

    private static final ClipCache.Key KEY = new ClipCache.Key("runway", "gen4.5", "a wheel", 4, 1280, 720, 7);

    private Clip made(Path partial) {
        return new Clip(partial, false, new Provider.Runway("gen4.5"), "gen4.5", "task-1", "a wheel", 7, 4, "", "generated");
    }

    @Test
    void aStoredClipIsFoundAgainWithItsRecord() throws Exception {
        ClipCache cache = new ClipCache(folder);
        Path partial = cache.partial(".mp4");
        Files.write(partial, new byte[] {1, 2, 3, 4});
        Clip kept = cache.store(KEY, partial, made(partial));
        assertEquals(ClipCache.sha256(kept.file()), kept.sha256());
        Clip found = cache.find(KEY).orElseThrow();
        assertEquals(kept.file(), found.file());
        assertEquals("task-1", found.jobId());
        assertEquals(7, found.seed());
        assertEquals(Optional.empty(), cache.find(new ClipCache.Key("runway", "gen4.5", "a wheel", 4, 1280, 720, 8)),
                "another seed is another clip");
    }

    @Test
    void aClipWithoutItsRecordOrCutShortIsNotFound() throws Exception {
        ClipCache cache = new ClipCache(folder);
        Path partial = cache.partial(".mp4");
        Files.write(partial, new byte[] {1, 2, 3, 4});
        Clip kept = cache.store(KEY, partial, made(partial));
        Files.write(kept.file(), new byte[] {1, 2});
        assertEquals(Optional.empty(), cache.find(KEY), "a truncated clip is not taken for a whole one");
        Files.delete(kept.file().resolveSibling(kept.file().getFileName().toString().replace(".mp4", ".json")));
        assertEquals(Optional.empty(), cache.find(KEY), "a clip whose record was never written does not count");
    }

    @Test
    void theProceduralProviderMakesARealClipOnceFromTheWords() throws Exception {
        ProceduralProvider procedural = new ProceduralProvider(new ClipCache(folder));
        ShotRequest shot = ShotRequest.of("Snow falling on a quiet town at night", "p", 1.5, 96, 54, 10);
        assertEquals(Optional.empty(), procedural.ready(shot));
        Clip clip = procedural.clip(shot).orElseThrow();
        try (ClipReader reader = ClipReader.open(clip.file())) {
            assertEquals(1.5, reader.duration(), 0.11);
            assertEquals(96, reader.width());
        }
        assertEquals(Providers.PROCEDURAL, clip.provider());
        long modified = Files.getLastModifiedTime(clip.file()).toMillis();
        Clip again = procedural.clip(shot).orElseThrow();
        assertEquals(clip.file(), again.file());
        assertEquals(modified, Files.getLastModifiedTime(again.file()).toMillis(), "not made twice");
        Clip other = procedural.clip(ShotRequest.of("A sunny beach", "p", 1.5, 96, 54, 10)).orElseThrow();
        assertNotEquals(clip.sha256(), other.sha256(), "other words, another picture");
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary files left");
        }
    }

    @Test
    void aRecordWhoseJobIdHasAnotherShapeIsNotUsed() throws Exception {
        ClipCache cache = new ClipCache(folder);
        Path partial = cache.partial(".mp4");
        Files.write(partial, new byte[] {1, 2, 3, 4});
        Clip kept = cache.store(KEY, partial, made(partial));
        Path record = kept.file().resolveSibling(kept.file().getFileName().toString().replace(".mp4", ".json"));
        Files.writeString(record, Files.readString(record).replace("\"task-1\"", "\"task 1 <b>key</b>\""));
        assertEquals(Optional.empty(), cache.find(KEY), "an id no service of ours gave is never shown or recorded");
    }
}
