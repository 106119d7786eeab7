package org.lessonstudio.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layout of docs/architecture.md, held to: every module's main classes (this module's test
 * class path has them all) are read, and a dependency that breaks a rule fails the build, naming
 * the classes. The stages depend only down the pipeline; the application layer sits on them; the
 * command line, the preview and the language server sit on the application layer, and only the
 * command line knows the language server (it starts it); no package
 * depends on itself through others (see also {@link SourceCyclesTest}); JavaFX is only in the
 * preview, JavaCV only in media; the environment is read only through {@code Env}.
 */
class ArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lessonstudio");

    private static final String[] STAGES = {"org.lessonstudio.dsl..", "org.lessonstudio.timeline..",
            "org.lessonstudio.voice..", "org.lessonstudio.footage..", "org.lessonstudio.renderer..",
            "org.lessonstudio.media..", "org.lessonstudio.course.."};

    /**
     * No package depends on itself through others, as the compiled classes show it (a class named
     * in full, without an import, included); {@link SourceCyclesTest} reads the sources for what
     * compiling hides (a constant copied into the class that reads it).
     */
    private static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.lessonstudio.(**)")
            .should().beFreeOfCycles();

    @Test
    void everyModuleIsRead() {
        for (String module : new String[] {"dsl", "timeline", "voice", "footage", "renderer", "media", "course",
                "app", "cli", "preview", "lsp"}) {
            assertTrue(ALL.stream().anyMatch(c -> c.getPackageName().startsWith("org.lessonstudio." + module)),
                    module + "'s classes are on the class path, so the rules below see them");
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        NO_PACKAGE_CYCLES.check(ALL);
    }

    @Test
    void theCycleRuleFindsACycle() {
        JavaClasses cycle = new ClassFileImporter().importPackages("org.lessonstudio.cli.cycle");
        AssertionError found = assertThrows(AssertionError.class, () -> NO_PACKAGE_CYCLES.check(cycle));
        assertTrue(found.getMessage().contains("Cycle detected: Slice cli.cycle.ping -> \n"
                + "                Slice cli.cycle.pong -> \n                Slice cli.cycle.ping")
                || found.getMessage().contains("cli.cycle.ping"), found.getMessage());
    }

    @Test
    void theStagesNeverDependOnTheLayersAboveThem() {
        noClasses().that().resideInAnyPackage(STAGES)
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonstudio.app..", "org.lessonstudio.cli..",
                        "org.lessonstudio.preview..", "org.lessonstudio.lsp..", "org.lessonstudio.bench..")
                .check(ALL);
    }

    @Test
    void theCommandLineAndThePreviewNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("org.lessonstudio.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.lessonstudio.preview..").check(ALL);
        noClasses().that().resideInAPackage("org.lessonstudio.preview..")
                .should().dependOnClassesThat().resideInAPackage("org.lessonstudio.cli..").check(ALL);
        noClasses().that().resideInAPackage("org.lessonstudio.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonstudio.cli..",
                        "org.lessonstudio.preview..", "org.lessonstudio.lsp..").check(ALL);
    }

    /** The language server is a front end too: the command line starts it; it knows neither the command line nor the window. */
    @Test
    void theLanguageServerStandsBesideTheOtherFrontEnds() {
        noClasses().that().resideInAPackage("org.lessonstudio.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonstudio.cli..",
                        "org.lessonstudio.preview..").check(ALL);
        noClasses().that().resideInAPackage("org.lessonstudio.preview..")
                .should().dependOnClassesThat().resideInAPackage("org.lessonstudio.lsp..").check(ALL);
        noClasses().that().resideOutsideOfPackage("org.lessonstudio.lsp..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.lsp4j..")
                .because("the protocol's types stay in the language server; app.edit answers in offsets and spans")
                .check(ALL);
    }

    @Test
    void theFrontEndsLeaveTheWorkToTheApplicationLayer() {
        noClasses().that().resideInAnyPackage("org.lessonstudio.cli..", "org.lessonstudio.preview..",
                        "org.lessonstudio.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonstudio.voice..",
                        "org.lessonstudio.footage..", "org.lessonstudio.media..", "org.lessonstudio.course..")
                .because("reading, narrating, finding footage, encoding and packaging happen in app, once for every"
                        + " front end")
                .check(ALL);
    }

    @Test
    void javaFxIsOnlyInThePreviewAndJavaCvOnlyInMedia() {
        noClasses().that().resideOutsideOfPackage("org.lessonstudio.preview..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(ALL);
        noClasses().that().resideOutsideOfPackage("org.lessonstudio.media..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..").check(ALL);
    }

    @Test
    void sparkIsOnlyInTheOptionalFarmModule() {
        // the farm (cluster-spark) is not on this class path: the teacher's build leaves it out, and its
        // own ClusterArchitectureTest holds its place; here, nothing may reach for Spark or for it
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
                "org.lessonstudio.cluster..").because("app finds a farm through ServiceLoader").check(ALL);
    }

    @Test
    void theApplicationAndItsFrontEndsReadTheEnvironmentOnlyThroughEnv() {
        noClasses().that().resideInAnyPackage("org.lessonstudio.app..", "org.lessonstudio.cli..",
                        "org.lessonstudio.preview..", "org.lessonstudio.lsp..")
                .and().doNotHaveFullyQualifiedName("org.lessonstudio.app.Env")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("tests and servers build an Env of their own; the process's environment is read once,"
                        + " by Env.fromProcess()")
                .check(ALL);
    }
}
