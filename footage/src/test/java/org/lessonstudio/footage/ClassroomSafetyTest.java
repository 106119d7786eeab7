package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Prompts a school must never send: every one is refused at the default level. */
    private static final List<String> UNSAFE = List.of(
            "A soldier firing a gun at a crowd",
            "A gory car crash with blood on the road",
            "A naked woman on a beach",
            "A teenager cutting herself in a bathroom",
            "A man snorting cocaine at a party",
            "Children drinking beer and smoking cigarettes",
            "A terrorist bombing a train station",
            "A nazi rally with swastika flags",
            "Elon Musk explaining rockets",
            "A can of Coca-Cola next to a McDonald's logo",
            "A zombie chasing students through a dark school",
            "Gamblers at a casino betting on roulette",
            "A suicide note on a desk",
            "Sexy dancers in lingerie");

    /** Ordinary classroom footage from every subject: every one is accepted at the default level. */
    private static final List<String> ORDINARY = List.of(
            "Sunlight passing through a glass prism and splitting into a rainbow",
            "A cell dividing under a microscope, time-lapse",
            "Lava flowing slowly from a volcano at night",
            "Roman soldiers marching along a stone road, historical reconstruction",
            "The pyramids of Giza at sunrise",
            "A medieval castle on a hill with a moat",
            "A river delta seen from a satellite",
            "Snow-capped mountains above a green valley in the Alps",
            "A football rolling into a goal net on a sunny afternoon",
            "A sprinter crossing the finish line on an athletics track",
            "A basketball swishing through a hoop in slow motion",
            "A hummingbird hovering beside a red flower",
            "Autumn leaves falling in a quiet forest",
            "Waves crashing against rocks on a windy coast",
            "A Ferris wheel turning slowly at dusk, one cabin lit",
            "A shooting star over a desert at night");

    @Test
    void everyUnsafePromptIsRefusedAndEveryOrdinaryOneAccepted(@TempDir Path noSchool) throws Exception {
        ClassroomSafety strict = ClassroomSafety.at("strict", noSchool);
        for (String prompt : UNSAFE) {
            org.junit.jupiter.api.Assertions.assertFalse(strict.check(prompt).isEmpty(), "not refused: " + prompt);
        }
        for (String prompt : ORDINARY) {
            assertEquals(List.of(), strict.check(prompt), "refused: " + prompt);
        }
    }

    private static List<ClassroomSafety.PromptFinding> check(ClassroomSafety safety, String... templateThenLesson) {
        List<PromptPiece> pieces = new java.util.ArrayList<>();
        for (int i = 0; i < templateThenLesson.length; i++) {
            pieces.add(new PromptPiece(i % 2 == 0 ? PromptPiece.Origin.TEMPLATE : PromptPiece.Origin.LESSON,
                    templateThenLesson[i]));
        }
        return safety.check(pieces);
    }

    private static ClassroomSafety.PromptFinding inTemplate(String category, String word) {
        return new ClassroomSafety.PromptFinding(new ClassroomSafety.Finding(category, word),
                PromptPiece.Origin.TEMPLATE);
    }

    private static ClassroomSafety.PromptFinding inLesson(String category, String word) {
        return new ClassroomSafety.PromptFinding(new ClassroomSafety.Finding(category, word),
                PromptPiece.Origin.LESSON);
    }

    @Test
    void aTemplateMayForbidListedThingsButNotAskForThem(@TempDir Path noSchool) throws Exception {
        ClassroomSafety strict = ClassroomSafety.at("strict", noSchool);
        assertEquals(List.of(), check(strict, "No text, captions, logos or watermarks in frame. Never a weapon;"
                + " avoid blood, and do not show a casino. Without any nudity: ", "A river at dawn"));
        assertEquals(List.of(inTemplate("brand logos", "disney")),
                check(strict, "No logos. In the style of Disney. ", "A river at dawn"));
        assertEquals(List.of(inTemplate("brand logos", "logo")),
                check(strict, "No text. A logo in the corner.", "A river"), "the sentence ends what is forbidden");
        assertEquals(List.of(inTemplate("brand logos", "商标"), inTemplate("violence", "枪")),
                check(strict, "不要文字。画面里有商标和枪。"));
        assertEquals(List.of(), check(strict, "不要商标和枪。"));
    }

    @Test
    void theLessonsWordsInAPromptAreCheckedAsTheyAreForbiddingOrNot(@TempDir Path noSchool) throws Exception {
        ClassroomSafety standard = ClassroomSafety.at("standard", noSchool);
        assertEquals(List.of(inLesson("brand logos", "nike")),
                check(standard, "A shot for the video \"", "Why Nike shoes grip", "\"."));
        assertEquals(List.of(inLesson("brand logos", "logo"), inLesson("brand logos", "nike")),
                check(standard, "", "No Nike logos"),
                "a lesson's no does not excuse its own words");
        assertEquals(List.of(inLesson("brand logos", "nike")), check(standard, "No ", "Nike", " shoes."),
                "a value ends what the template forbids");
    }

    @Test
    void theStandardTemplatePassesAtEveryLevel(@TempDir Path noSchool) throws Exception {
        String template = new String(ClassroomSafety.class.getResourceAsStream("templates/shot.ftl").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<PromptPiece> prompt = PromptTemplates.paragraph(template.replaceAll("(?s)<#--.*?-->", "")
                .replaceAll("<[#/][^>]*>", "").replaceAll("\\$\\{[^}]*}", "\uE000value\uE001"));
        assertTrue(prompt.stream().anyMatch(p -> p.text().contains("logos")), "the template's own words: " + prompt);
        for (String level : List.of("strict", "standard")) {
            assertEquals(List.of(), ClassroomSafety.at(level, noSchool).check(prompt), level);
        }
    }
}
