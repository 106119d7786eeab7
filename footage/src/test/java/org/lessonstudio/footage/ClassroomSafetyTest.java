package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptions are checked word by word against lists a school can read and extend. */
class ClassroomSafetyTest {

    @Test
    void strictRefusesWhatStandardAllowsAndBothRefuseTheWorst(@TempDir Path noSchool) throws Exception {
        ClassroomSafety strict = ClassroomSafety.at("strict", noSchool);
        ClassroomSafety standard = ClassroomSafety.at("standard", noSchool);
        String battle = "Two armies fighting with guns";
        assertEquals(List.of(new ClassroomSafety.Finding("violence", "gun"),
                new ClassroomSafety.Finding("violence", "fight")), strict.check(battle));
        assertEquals(List.of(), standard.check(battle));
        assertEquals(List.of(new ClassroomSafety.Finding("graphic violence", "gory")),
                standard.check("A gory scene"));
    }

    @Test
    void wordsMatchWholeAndSafePhrasesAreAllowed(@TempDir Path noSchool) throws Exception {
        ClassroomSafety strict = ClassroomSafety.at("strict", noSchool);
        assertEquals(List.of(), strict.check("A firefighter shows her skills; an award; a warm day"));
        assertEquals(List.of(), strict.check("A shooting star and a naked mole rat seen with the naked eye"));
        assertEquals(List.of(new ClassroomSafety.Finding("frightening content", "僵尸")),
                strict.check("一群僵尸在街上"));
    }

    @Test
    void aSchoolAddsItsOwnWords(@TempDir Path school) throws Exception {
        Files.writeString(school.resolve("strict.txt"), "# our additions\ncompetitors: brightschool academy\n");
        assertEquals(List.of(new ClassroomSafety.Finding("competitors", "brightschool academy")),
                ClassroomSafety.at("strict", school).check("Pupils at BrightSchool Academy"));
        assertEquals(List.of(), ClassroomSafety.at("standard", school).check("Pupils at BrightSchool Academy"));
    }
}
