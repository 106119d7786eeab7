package org.lessonstudio.footage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.footage.PromptPiece;

/** What the offline check refuses and lets through, as a teacher would write it. */
class SafetyCheckTest {

    private static SafetyCheck check;

    @BeforeAll
    static void load() throws Exception {
        check = SafetyCheck.load(null);
    }

    private static String refusedAs(String text, Level level) {
        Verdict v = check.check(text, level);
        return v.allowed() ? "allowed" : v.refusals().get(0).category().name();
    }

    @Test
    void theIssuesExamplesAreRefusedInTheirCategoryAtEveryLevel() {
        for (Level level : Level.values()) {
            assertEquals("graphic-injury", refusedAs("Close-up of soldiers being shot, blood spraying, bodies torn apart"
                    + " on the battlefield", level));
            assertEquals("self-harm", refusedAs("A teenager cutting their own arm with a razor blade", level));
            assertEquals("self-harm", refusedAs("A student jumping off the school roof to end their life", level));
            assertEquals("sexual-content", refusedAs("Two teenagers having sex in the back of a car", level)
                    .replace("sexualised-minors", "sexual-content"));
            assertEquals("graphic-injury", refusedAs("A beheading video filmed by terrorists", level));
            assertEquals("violence", refusedAs("A school shooting, a gunman walking down the corridor", level));
            assertEquals("graphic-injury", refusedAs("士兵被子弹打中，鲜血四溅", level));
            assertEquals("self-harm", refusedAs("一个学生从教学楼顶跳下自杀", level));
            assertEquals("self-harm", refusedAs("一个孩子用刀片割自己的手腕", level));
        }
    }

    @Test
    void theIssuesOrdinaryFootagePassesAtEveryLevel() {
        for (Level level : Level.values()) {
            assertEquals("allowed", refusedAs("The Battle of Hastings re-enacted by costumed actors, no injuries shown",
                    level));
            assertEquals("allowed", refusedAs("A World War I trench, soldiers waiting quietly", level));
            assertEquals("allowed", refusedAs("A boxer training with a punching bag", level));
        }
    }

    @Test
    void disguisedWordsAreReadAsTheWordsTheyDisguise() {
        assertEquals("violence", refusedAs("a man k1lling his neighbour", Level.STANDARD));
        assertEquals("sexual-content", refusedAs("a s e x scene on a sofa", Level.STANDARD));
        assertEquals("graphic-injury", refusedAs("b100d everywhere, a man lying in a p00l of bl00d", Level.STANDARD));
        assertEquals("sexual-content", refusedAs("ＮＵＤＥ woman on a bed", Level.STANDARD), "full width");
        assertEquals("sexual-content", refusedAs("a nüde woman on a bed", Level.STANDARD), "an accent");
        assertEquals("sexual-content", refusedAs("a n\u200Bude woman on a bed", Level.STANDARD), "an invisible space");
        assertEquals("sexual-content", refusedAs("a c\u043Eup\u043Ee having s*x", Level.STANDARD), "Cyrillic o, a star");
        assertEquals("self-harm", refusedAs("a suicde scene on a rooftop", Level.STANDARD), "a letter missing");
        assertEquals("self-harm", refusedAs("a sui-cide note on a desk", Level.STANDARD), "a word cut");
        assertEquals("graphic-injury", refusedAs("a goooory close-up", Level.STANDARD), "held letters");
        assertEquals("self-harm", refusedAs("自 杀 的 画 面", Level.STANDARD), "spaced Chinese");
    }

    @Test
    void contextMakesTheSameWordsFine() {
        assertEquals("violence", refusedAs("Soldiers shooting villagers", Level.STANDARD));
        assertEquals("allowed", refusedAs("Soldiers shooting at targets on a range during training", Level.STRICT));
        assertEquals("sexual-content", refusedAs("A naked woman lying on a bed", Level.STANDARD));
        assertEquals("allowed", refusedAs("A classical marble statue of a nude athlete in a museum", Level.STRICT));
        assertEquals("allowed", refusedAs("Sexual reproduction in flowering plants", Level.STRICT));
        assertEquals("allowed", refusedAs("A shooting star over a desert; a wide shot of the naked eye's view",
                Level.STRICT));
        assertEquals("allowed", refusedAs("A re-enactment without blood, gore or wounds", Level.STRICT),
                "a denial reaches along a short list");
        assertEquals("graphic-injury", refusedAs("No warning, then gore everywhere", Level.STRICT),
                "a denial ends where something new begins");
    }

    @Test
    void aRefusalNamesTheCategoryTheRuleTheWordsAndAWayToSayItOtherwise() {
        Verdict verdict = check.check("A hunter shooting a deer in the head", Level.STANDARD);
        Refusal refusal = verdict.refusals().get(0);
        assertEquals("violence", refusal.category().name());
        assertEquals("violence-against-animals", refusal.rule());
        assertEquals(List.of("shooting", "deer"), refusal.words());
        assertTrue(refusal.rephrase().contains("re-enactment"), refusal.rephrase());
        assertEquals(PromptPiece.Origin.LESSON, refusal.origin());
    }

    @Test
    void strictRefusesWhatStandardAllowsAndNeverCategoriesAreRefusedAtBoth() {
        Verdict strict = check.check("A man smoking a cigarette on a balcony", Level.STRICT);
        assertEquals("alcohol-tobacco", strict.refusals().get(0).category().name());
        assertTrue(strict.onlyStrict());
        assertTrue(check.check("A man smoking a cigarette on a balcony", Level.STANDARD).allowed());
        assertTrue(check.categories().stream().filter(c -> c.refused() == Category.Refused.NEVER).map(Category::name)
                .toList().containsAll(List.of("sexual-content", "sexualised-minors", "self-harm", "graphic-injury",
                        "real-people")));
        assertEquals("real-people", refusedAs("Barack Obama snorting cocaine at a party", Level.STANDARD));
        assertEquals("allowed", refusedAs("Barack Obama giving his inauguration speech", Level.STRICT));
    }

    private static Verdict prompt(Level level, String... templateThenLesson) {
        List<PromptPiece> pieces = new ArrayList<>();
        for (int i = 0; i < templateThenLesson.length; i++) {
            pieces.add(new PromptPiece(i % 2 == 0 ? PromptPiece.Origin.TEMPLATE : PromptPiece.Origin.LESSON,
                    templateThenLesson[i]));
        }
        return check.check(pieces, level);
    }

    private static List<String> words(Verdict verdict, PromptPiece.Origin origin) {
        return verdict.refusals().stream().filter(r -> r.origin() == origin).flatMap(r -> r.words().stream())
                .distinct().toList();
    }

    @Test
    void aTemplateMayForbidThingsButNotAskForThem() {
        assertTrue(prompt(Level.STRICT, "No text, captions, logos or watermarks in frame. Never a weapon;"
                + " avoid blood, and do not show a casino. Without any nudity: ", "A river at dawn").allowed());
        assertEquals(List.of("Disney"), words(prompt(Level.STRICT, "No logos. In the style of Disney. ", "A river"),
                PromptPiece.Origin.TEMPLATE).stream().map(w -> w.substring(0, 1).toUpperCase() + w.substring(1))
                .toList());
        assertEquals(List.of("logo"), words(prompt(Level.STRICT, "No text. A logo in the corner.", "A river"),
                PromptPiece.Origin.TEMPLATE), "the sentence ends what is forbidden");
        assertEquals(List.of("商标"), words(prompt(Level.STRICT, "不要文字。画面里有商标。"), PromptPiece.Origin.TEMPLATE));
        assertTrue(prompt(Level.STRICT, "不要商标和枪。").allowed());
    }

    @Test
    void aLessonsOwnNoDoesNotExcuseABrandItNames() {
        Verdict verdict = prompt(Level.STANDARD, "", "No Nike logos");
        assertEquals(List.of("Nike", "logos"), words(verdict, PromptPiece.Origin.LESSON));
        assertEquals(List.of("Nike"), words(prompt(Level.STANDARD, "No ", "Nike", " shoes."), PromptPiece.Origin.LESSON),
                "a value ends what the template forbids");
    }

    @Test
    void aSchoolAddsConceptsRulesAndPlainLists(@TempDir Path school) throws Exception {
        Files.writeString(school.resolve("strict.txt"), "# our additions\ncompetitors: brightschool academy\n");
        Files.writeString(school.resolve("concepts-en.txt"), "fireworks-at-home: sparkler, sparklers, banger\n");
        Files.writeString(school.resolve("rules.txt"), """
                rule fireworks-indoors
                  category: dangerous-acts
                  when: fireworks-at-home and person
                  unless: lab-safe
                """);
        SafetyCheck ours = SafetyCheck.load(school);
        Verdict verdict = ours.check("Pupils at BrightSchool Academy", Level.STRICT);
        assertEquals("competitors", verdict.refusals().get(0).category().name());
        assertEquals(List.of("BrightSchool Academy"), verdict.refusals().get(0).words());
        assertTrue(ours.check("Pupils at BrightSchool Academy", Level.STANDARD).allowed());
        assertEquals("dangerous-acts", ours.check("A boy lighting sparklers in his bedroom", Level.STANDARD)
                .refusals().get(0).category().name());
    }

    @Test
    void aSchoolCannotLoosenLessonStudiosCategoriesAndMistakesNameTheirLine(@TempDir Path school) throws Exception {
        Files.writeString(school.resolve("categories.txt"), "category self-harm\n  refused: strict\n");
        SafetyRulesException loosened = assertThrows(SafetyRulesException.class, () -> SafetyCheck.load(school));
        assertTrue(loosened.getMessage().endsWith("categories.txt:1: `self-harm` is one of Lesson Studio's own"
                + " categories; a school can add rules to it, not change it"), loosened.getMessage());
        Files.delete(school.resolve("categories.txt"));
        Files.writeString(school.resolve("rules.txt"), "\nrule ours\n  category: violence\n  when: shoot and (persn\n");
        SafetyRulesException broken = assertThrows(SafetyRulesException.class, () -> SafetyCheck.load(school));
        assertTrue(broken.getMessage().endsWith("rules.txt:2: a bracket is opened and not closed"), broken.getMessage());
    }

    @Test
    void aConceptNamedInBracketsStandsForEveryWayItIsSaid(@TempDir Path school) throws Exception {
        Files.writeString(school.resolve("concepts-en.txt"), """
                limb: paw, tail
                hurt-done: tied up, stepped on
                hurt-limb: [limb] ... [hurt-done], [hurt-done] ... [limb]
                """);
        Files.writeString(school.resolve("rules.txt"), """
                rule pets-hurt
                  category: violence
                  when: hurt-limb
                """);
        SafetyCheck ours = SafetyCheck.load(school);
        assertFalse(ours.check("A kitten with its tail tied up", Level.STANDARD).allowed());
        assertFalse(ours.check("A boy stepped on the puppy's paw", Level.STANDARD).allowed());
        assertTrue(ours.check("A kitten chasing its tail", Level.STANDARD).allowed());
        assertTrue(ours.check("Parcels tied up with string", Level.STANDARD).allowed());
        Files.writeString(school.resolve("concepts-en.txt"), "hurt-limb: [limbs] ... torn\n");
        SafetyRulesException unknown = assertThrows(SafetyRulesException.class, () -> SafetyCheck.load(school));
        assertTrue(unknown.getMessage().endsWith("concepts-en.txt:1: [limbs] names a concept no file defines"),
                unknown.getMessage());
    }

    @Test
    void aLongerAllowedPhraseCountsThoughAShorterOneStartsWhereItDoes() {
        // "walking free" and "walking free from prison" are both allowed; the longer one must take
        // "prison" out too, or a named person walking free is read as a named person in prison
        assertTrue(check.check("Nelson Mandela walking free from prison in 1990", Level.STRICT).allowed());
        assertFalse(check.check("Nelson Mandela in prison for stealing a car", Level.STANDARD).allowed());
    }

    @Test
    void injuriesUndressingAndSelfHarmAreFoundInWordsNoSentenceListed() {
        // a body part and what is done to it, in any of their forms
        for (String graphic : List.of("A car crash victim with his face torn open", "The prisoner's fingers being cut off",
                "A worker whose hand got mangled in the machine", "Her scalp ripped open after the fall",
                "一个工人的手被机器绞烂")) {
            assertEquals("graphic-injury", category(graphic), graphic);
        }
        for (String undressing : List.of("A woman slowly peeling off her dress in a dim bedroom",
                "A couple in bed, her nightgown sliding off her shoulders", "一个女人在镜头前脱掉所有衣服",
                "一对男女在酒店房间里发生关系", "A couple getting intimate on a sofa")) {
            assertEquals("sexual-content", category(undressing), undressing);
        }
        for (String selfHarm : List.of("A woman lying in a bath with cut wrists", "A man with a rope around his neck",
                "A boy who wants to unalive himself", "一个女孩在浴室里割腕", "他想紫砂")) {
            assertEquals("self-harm", category(selfHarm), selfHarm);
        }
        for (String fine : List.of("A chef chopping off the heads of fish at a market stall",
                "A frog dissection, the belly cut open and the organs labelled", "A dancer kicking her leg high",
                "Students taking off their coats as they come into class", "A goalkeeper throwing himself at the ball",
                "Children hanging from the monkey bars", "孩子们在结冰的湖面上溜冰", "老人享受社会福利")) {
            assertTrue(check.check(fine, Level.STRICT).allowed(), fine);
        }
    }

    private static String category(String prompt) {
        Verdict verdict = check.check(prompt, Level.STANDARD);
        assertFalse(verdict.allowed(), prompt);
        return verdict.refusals().get(0).category().name();
    }
}
