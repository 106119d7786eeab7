package org.lessonstudio.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.source.RootFolder;

/**
 * A teacher's folder of course templates reads only files really inside it, links followed: a
 * template that is a link leading outside is refused with a plain message, and its text never
 * reaches a package.
 */
class CourseTemplatesTest {

    @TempDir
    Path root;

    private Path secret() throws IOException {
        return Files.writeString(root.resolve("secret.js"), "var password = 'the school's password';\n");
    }

    @Test
    void aTemplateFolderWithALinkLeadingOutsideIsRefusedBeforeAnythingIsMade() throws Exception {
        Path own = Files.createDirectories(root.resolve("my-templates"));
        Files.createSymbolicLink(own.resolve("player.js"), Path.of("../secret.js"));
        secret();
        IOException refused = assertThrows(IOException.class, () -> CourseTemplates.in(own));
        assertEquals("the course template player.js cannot be used: `player.js` is a link to ../secret.js, which is "
                + "outside the folder " + own.toRealPath() + "; copy the file into the folder instead of linking to it",
                refused.getMessage());
    }

    @Test
    void aLinkMadeAfterTheFolderWasCheckedIsStillNotFollowed() throws Exception {
        Path own = Files.createDirectories(root.resolve("my-templates"));
        CourseTemplates templates = CourseTemplates.in(own);
        Files.createSymbolicLink(own.resolve("player.js"), secret());
        CourseTemplates.TemplateProblem script = assertThrows(CourseTemplates.TemplateProblem.class,
                () -> templates.file("player.js"));
        assertTrue(script.getMessage().startsWith("the course template player.js cannot be used: `player.js` is a "
                + "link to " + root.resolve("secret.js")), script.getMessage());
        assertTrue(!script.getMessage().contains("password"), script.getMessage());

        Files.writeString(root.resolve("page.ftl"), "<p>${password}</p>");
        Files.createSymbolicLink(own.resolve("index.html.ftl"), root.resolve("page.ftl"));
        CourseTemplates.TemplateProblem page = assertThrows(CourseTemplates.TemplateProblem.class,
                () -> templates.expand("index.html.ftl", Map.of()));
        assertTrue(page.getMessage().startsWith("the course template index.html.ftl cannot be used: `index.html.ftl` "
                + "is a link to "), page.getMessage());
    }

    @Test
    void linksInsideTheFolderAreFine() throws Exception {
        Path own = Files.createDirectories(root.resolve("my-templates"));
        Files.createDirectories(own.resolve("styles"));
        Files.writeString(own.resolve("styles/ivory.css"), "body { background: ivory; }\n");
        Files.createSymbolicLink(own.resolve("player.css"), Path.of("styles/ivory.css"));
        assertEquals("body { background: ivory; }\n",
                new String(CourseTemplates.in(own).file("player.css"), StandardCharsets.UTF_8));
    }

    /**
     * The standard templates travel inside the jar, copied from templates/ when it is built, links
     * followed: a link there leading out of its folder would put what it points to in every package.
     */
    @Test
    void theStandardTemplatesHoldNoLinkLeadingOutOfTheirFolder() throws Exception {
        List<String> leaving = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("../templates"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                RootFolder standard = RootFolder.of(folder);
                try (Stream<Path> files = Files.walk(standard.real())) {
                    for (Path file : files.toList()) {
                        String name = standard.real().relativize(file).toString();
                        if (standard.find(name) instanceof RootFolder.Refused refused) {
                            leaving.add(standard.explain(refused, folder.getFileName() + "/" + name));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaving);
    }
}
