package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The teacher's own clips, found by their words; a poor match falls through to the next provider. */
class ClipLibraryTest {

    @TempDir
    Path lesson;

    private static ShotRequest shot(String description) {
        return ShotRequest.of(description, description + ". No text.", 4, 320, 180, 10);
    }

    private Path clips() throws Exception {
        Path clips = Files.createDirectories(lesson.resolve("clips"));
        Path made = realClip();
        Files.copy(made, clips.resolve("fair.mp4"));
        Files.writeString(clips.resolve("fair.txt"), "A Ferris wheel at dusk, lights coming on");
        Files.copy(made, clips.resolve("ocean-waves-on-a-beach.mp4"));
        Files.copy(Path.of("../examples/assets/clips/snowy-hills-at-sunrise.png"),
                clips.resolve("mountain-at-sunrise.jpg"));
        Files.writeString(clips.resolve("notes.md"), "not a clip");
        return clips;
    }

    /** A real, playable little clip (the procedural provider's), made once per test. */
    private Path realClip() throws Exception {
        Path cache = Files.createDirectories(lesson.resolve("made"));
        return new ProceduralProvider(new ClipCache(cache)).clip(shot("Clouds over a field")).orElseThrow().file();
    }

    @Test
    void aMatchingClipThatCannotBePlayedIsPassedOverWithItsReason() throws Exception {
        Path clips = clips();
        Files.write(clips.resolve("fair.mp4"), new byte[] {1, 2, 3});
        Files.writeString(clips.resolve("mountain-at-sunrise.jpg"), "not a picture");
        ClipLibrary library = new ClipLibrary(clips);
        ShotRequest wheel = shot("A Ferris wheel turning slowly at dusk, one cabin lit, camera still");
        assertEquals(Optional.empty(), library.clip(wheel));
        assertTrue(library.miss(wheel).startsWith("the matching clip, fair.mp4: 3 of 5 words"), library.miss(wheel));
        assertTrue(library.miss(wheel).endsWith("cannot be used: it is not a video FFmpeg recognises"), library.miss(wheel));
        assertTrue(library.miss(shot("Sunrise over a snowy mountain")).endsWith("it is not a PNG or JPEG picture inside"));
    }

    @Test
    void aClipDescribedInASidecarFileIsFoundByItsWords() throws Exception {
        ClipLibrary library = new ClipLibrary(clips());
        Clip clip = library.clip(shot("A Ferris wheel turning slowly at dusk, one cabin lit, camera still"))
                .orElseThrow();
        assertEquals("fair.mp4", clip.file().getFileName().toString());
        assertEquals(Providers.LIBRARY, clip.provider());
        assertEquals("A Ferris wheel at dusk, lights coming on", clip.prompt());
        assertTrue(clip.note().startsWith("fair.mp4: 3 of 5 words (BM25 "), clip.note());
        assertEquals(ClipCache.sha256(clip.file()), clip.sha256());
    }

    @Test
    void fileNamesServeAsDescriptionsAndPicturesAreStills() throws Exception {
        ClipLibrary library = new ClipLibrary(clips());
        assertEquals("ocean-waves-on-a-beach.mp4", library.clip(shot("Waves rolling onto a sandy beach")).orElseThrow()
                .file().getFileName().toString());
        Clip picture = library.clip(shot("Sunrise over a snowy mountain")).orElseThrow();
        assertTrue(picture.still());
    }

    @Test
    void aPoorMatchIsPassedOverAndSaysWhy() throws Exception {
        ClipLibrary library = new ClipLibrary(clips());
        assertEquals(Optional.empty(), library.clip(shot("A wheel of cheese on a table")));
        assertTrue(library.miss(shot("A wheel of cheese on a table")).startsWith("the closest clip, fair.mp4: 1 of"));
        assertEquals(Optional.empty(), library.clip(shot("Planets orbiting the sun")));
        assertEquals(null, new ClipLibrary(lesson.resolve("no-such-folder")).miss(shot("anything")),
                "a lesson without a clip folder is not worth a note");
    }

    @Test
    void clipsAndDescriptionsThatAreLinksLeadingOutOfTheFolderAreNeverRead(@TempDir Path outside) throws Exception {
        Path clips = clips();
        Files.write(outside.resolve("private.mp4"), new byte[] {9, 9, 9});
        Files.writeString(outside.resolve("secret.txt"), "Planets orbiting the sun, the school's password");
        Files.createSymbolicLink(clips.resolve("planets-orbiting-the-sun.mp4"), outside.resolve("private.mp4"));
        Files.createSymbolicLink(clips.resolve("ocean-waves-on-a-beach.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(clips.resolve("ferris-wheel-again.mp4"), Path.of("fair.mp4"));
        ClipLibrary library = new ClipLibrary(clips);

        assertEquals(Optional.empty(), library.clip(shot("Planets orbiting the sun")), "the link outside is left out");
        assertTrue(library.miss(shot("Planets orbiting the sun"))
                .endsWith("(left out, as links leading out of the folder: planets-orbiting-the-sun.mp4)"));
        Clip waves = library.clip(shot("Waves rolling onto a sandy beach")).orElseThrow();
        assertEquals("ocean waves on a beach", waves.prompt(), "its description from its name, not the linked text");
        Clip again = library.clip(shot("A Ferris wheel again")).orElseThrow();
        assertEquals(clips.resolve("fair.mp4").toRealPath(), again.file(), "a link inside leads to the file opened");
    }

    @Test
    void aClipsFolderThatIsALinkIsNotRead(@TempDir Path outside) throws Exception {
        Files.write(outside.resolve("ocean-waves-on-a-beach.mp4"), new byte[] {4, 5, 6});
        Path linked = Files.createSymbolicLink(lesson.resolve("clips"), outside);
        FootageException refused = assertThrows(FootageException.class,
                () -> new ClipLibrary(linked).clip(shot("Waves rolling onto a sandy beach")));
        assertTrue(refused.getMessage().startsWith("the clips folder " + linked + " has become a link (to "),
                refused.getMessage());
    }

    @Test
    void theChooserTakesTheLibraryClipFirstAndFallsBackToProcedural(@TempDir Path cache) throws Exception {
        Map<String, FootageProvider> providers = Map.of("library", new ClipLibrary(clips()),
                "procedural", new ProceduralProvider(new ClipCache(cache)));
        FootageChooser chooser = new FootageChooser(providers, List.of("library", "procedural"), false);
        ScenePrompt wheel = new ScenePrompt("Wheel", 1, 3, "A Ferris wheel at dusk", 1, "full", "", "prompt");
        assertEquals(Optional.of(Providers.LIBRARY), chooser.make(wheel, shot(wheel.description())).provider());
        ScenePrompt moon = new ScenePrompt("Moon", 2, 9, "The Moon rising over the sea", 1, "full", "", "prompt");
        FootageChooser.Choice drawn = chooser.make(moon, ShotRequest.of(moon.description(), "p", 1, 64, 36, 10));
        assertEquals(Providers.PROCEDURAL, drawn.clip().orElseThrow().provider());
        assertTrue(drawn.notes().get(0).startsWith("library: "), drawn.notes().toString());
        ScenePrompt fromProcedural = new ScenePrompt("Wheel", 1, 3, "A Ferris wheel at dusk", 1, "full", "procedural",
                "prompt");
        assertEquals(List.of("procedural", "library"), chooser.chain(fromProcedural), "the statement's choice first");
    }

    @Test
    void offlineLeavesOutTheServicesAndSaysSo(@TempDir Path cache) throws Exception {
        ClipCache clips = new ClipCache(cache);
        FootageBudget budget = new FootageBudget(0);
        Map<String, FootageProvider> providers = Map.of("library", new ClipLibrary(lesson.resolve("clips")),
                "procedural", new ProceduralProvider(clips), "runway", GeneratedFootage.runway(clips, budget, Map.of()));
        ScenePrompt shot = new ScenePrompt("Wheel", 1, 3, "A Ferris wheel at dusk", 1, "full", "", "prompt");
        FootageChooser offline = new FootageChooser(providers, List.of("runway", "library"), true);
        assertEquals(List.of("library", "procedural"), offline.chain(shot));
        assertEquals(List.of("runway"), offline.skippedOffline(shot));
        FootageChooser.Choice choice = offline.make(shot, ShotRequest.of(shot.description(), "p", 1, 64, 36, 10));
        assertEquals(Optional.of(Providers.PROCEDURAL), choice.provider());
        assertEquals("runway: left out (--offline)", choice.notes().get(0));
    }
}
