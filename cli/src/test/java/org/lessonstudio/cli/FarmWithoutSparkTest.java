package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The teacher's build has no render farm: asked for one, it says how to build it, and renders nothing. */
class FarmWithoutSparkTest {

    @Test
    void askingForAFarmSaysHowToBuildIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("course.lesson"), "course \"Empty\"\n  code: E\n");
        Run export = Run.lesson("export", folder.toString(), "--to", "html", "--on", "spark://127.0.0.1:7077");
        assertEquals(1, export.exitCode());
        assertTrue(export.err().startsWith("lesson: this Lesson Studio cannot render on spark://127.0.0.1:7077: the Spark"
                + " backend is an optional module; build it once with `mvn -B -q -pl cluster-spark -am package"
                + " -DskipTests`"), export.err());
        assertTrue(!Files.exists(folder.resolve("E-html.zip")), "nothing was written");

        Run master = Run.lesson("farm", "master");
        assertEquals(1, master.exitCode());
        assertTrue(master.err().contains("cluster-spark"), master.err());
        Run worker = Run.lesson("farm", "worker");
        assertEquals(1, worker.exitCode());
        assertTrue(worker.err().contains("lesson farm worker spark://HOST:7077"), worker.err());
    }
}
