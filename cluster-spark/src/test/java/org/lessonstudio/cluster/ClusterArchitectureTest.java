package org.lessonstudio.cluster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The farm module's place in docs/architecture.md's layers (cli's ArchitectureTest cannot see it,
 * since the teacher's build leaves it out): it sits on the application layer and uses nothing of
 * the stages' work directly; nothing below it knows it (app finds it through ServiceLoader); Spark
 * is only here.
 */
class ClusterArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lessonstudio");

    @Test
    void theFarmSitsOnTheApplicationLayerOnly() {
        noClasses().that().resideInAPackage("org.lessonstudio.cluster..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonstudio.voice..",
                        "org.lessonstudio.footage..", "org.lessonstudio.media..", "org.lessonstudio.course..",
                        "org.lessonstudio.renderer..", "org.lessonstudio.timeline..", "org.bytedeco..")
                .because("a task is rendered by app's TaskRunner, the same as on the teacher's machine")
                .check(ALL);
    }

    @Test
    void nothingBelowKnowsTheFarmAndSparkIsOnlyHere() {
        noClasses().that().resideOutsideOfPackage("org.lessonstudio.cluster..")
                .should().dependOnClassesThat().resideInAPackage("org.lessonstudio.cluster..").check(ALL);
        noClasses().that().resideOutsideOfPackage("org.lessonstudio.cluster..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..").check(ALL);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.lessonstudio.(**)").should().beFreeOfCycles().check(ALL);
    }
}
