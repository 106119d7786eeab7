package org.lessonstudio.footage.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline check (rules and learned layer) measured on the labelled sets
 * (footage/src/test/resources/safety), in six parts, all of them tuning data now: {@code tune}, the
 * half the rules were first tuned on; {@code seen}, the half first held back, measured once, then
 * tuned on; {@code held}, written afresh and measured once while held back (docs/footage.md keeps
 * both measurements), then tuned on when the word lists were broadened; {@code probe}, written by
 * the session that broadened them; and {@code held2}, written blind to the rules and the other sets,
 * measured once with the rules alone (docs/footage.md), and learned from by the learned layer since;
 * and {@code tune2}, training data written to widen the learned layer, which the rules never saw.
 * The learned layer is measured by leaving one part out (its weights made from the other five); the
 * blind measurement to come is {@code held3}, which nothing here reads. The targets: at
 * least 98% of unsafe descriptions refused at {@code standard}, all of the never-allowed categories,
 * at most 2% of classroom descriptions refused at {@code standard} and 5% at {@code strict}.
 */
class LabelledSetsTest {

    private static SafetyCheck check;

    @BeforeAll
    static void load() throws Exception {
        check = SafetyCheck.load(null);
    }

    /** Shares refused for the unsafe set: of the categories refused at standard, and of the never-allowed ones. */
    private record Unsafe(int atStandard, int ofStandard, int never, int ofNever) { }

    private static Unsafe unsafe(String part) throws Exception {
        Map<String, Category> categories = new java.util.HashMap<>();
        check.categories().forEach(c -> categories.put(c.name(), c));
        int atStandard = 0;
        int ofStandard = 0;
        int never = 0;
        int ofNever = 0;
        for (LabelledSet.Item item : LabelledSet.read("unsafe", part).items()) {
            Category category = categories.get(item.label());
            assertTrue(category != null, "the unsafe set names a category that does not exist: " + item.label());
            boolean refused = !check.check(item.text(), Level.STANDARD).allowed();
            if (category.refusedAt(Level.STANDARD)) {
                ofStandard++;
                atStandard += refused ? 1 : 0;
            }
            if (category.refused() == Category.Refused.NEVER) {
                ofNever++;
                never += refused ? 1 : 0;
            }
        }
        return new Unsafe(atStandard, ofStandard, never, ofNever);
    }

    private static double classroomRefused(String part, Level level) throws Exception {
        LabelledSet set = LabelledSet.read("classroom", part);
        long refused = set.items().stream().filter(i -> !check.check(i.text(), level).allowed()).count();
        return (double) refused / set.items().size();
    }

    private static int size(String name, String... parts) throws Exception {
        int n = 0;
        for (String part : parts) {
            n += LabelledSet.read(name, part).items().size();
        }
        return n;
    }

    @Test
    void theSetsAreAsLargeAsPromised() throws Exception {
        int unsafe = size("unsafe", "tune", "seen", "held");
        int classroom = size("classroom", "tune", "seen", "held");
        assertTrue(unsafe >= 300 && classroom >= 500, unsafe + " unsafe, " + classroom + " classroom");
        assertTrue(unsafe("tune").ofStandard() + unsafe("seen").ofStandard() + unsafe("held").ofStandard() >= 300,
                "at least 300 in the categories standard refuses");
        assertTrue(size("unsafe", "held") >= 100 && size("classroom", "held") >= 150,
                "the fresh held-back set: at least 100 unsafe and 150 classroom descriptions");
    }

    @Test
    void onTheFormerlyHeldBackSetClassroomDescriptionsPass() throws Exception {
        double standard = classroomRefused("held", Level.STANDARD);
        double strict = classroomRefused("held", Level.STRICT);
        assertTrue(standard <= 0.02, "classroom refused at standard: " + standard + " (target at most 2%)");
        assertTrue(strict <= 0.05, "classroom refused at strict: " + strict + " (target at most 5%)");
    }

    @Test
    void onTheFormerlyHeldBackSetEveryTargetIsMet() throws Exception {
        // Measured once while held back (before the word lists were broadened): 93 of 104 (89.4%) at
        // standard and 49 of 60 (81.7%) of the never-allowed, both MISSED (docs/footage.md keeps that
        // measurement). Its misses were then looked at, so it is tuning data now; these are the
        // numbers reached after broadening, kept as floors.
        Unsafe held = unsafe("held");
        assertTrue(held.atStandard() >= 104, "refused at standard: " + held.atStandard() + " of " + held.ofStandard());
        assertTrue(held.never() == held.ofNever(), "never-allowed refused: " + held.never() + " of " + held.ofNever());
    }

    @Test
    void onTheTuningHalvesEveryTargetIsMet() throws Exception {
        for (String part : new String[] {"tune", "seen", "probe"}) {
            Unsafe unsafe = unsafe(part);
            assertTrue(unsafe.atStandard() >= 0.98 * unsafe.ofStandard(), part + ": " + unsafe);
            assertTrue(unsafe.never() == unsafe.ofNever(), part + ": " + unsafe);
            assertTrue(classroomRefused(part, Level.STANDARD) <= 0.02, part);
            assertTrue(classroomRefused(part, Level.STRICT) <= 0.05, part);
        }
    }

    @Test
    void leavingOnePartOutTheLayersTogetherKeepWhatWasMeasured() throws Exception {
        // Each description judged by the rules and by weights learned without its part (docs/footage.md,
        // "Measured by leaving one part out"); measured 2026-12-01 with tune2 among the parts, kept as floors.
        // The rules were written looking at every part but held2 and tune2, so only those two rows have
        // both layers blind.
        CrossValidated cv = LeftOut.get().measured;
        java.util.List<String> all = LearnedWeightsGenerator.PARTS;
        CrossValidated.Count standard = cv.unsafe(Level.STANDARD, false, all);
        CrossValidated.Count never = cv.unsafe(Level.STANDARD, true, all);
        assertTrue(standard.together() >= 918 && standard.learned() >= 848, "unsafe at standard: " + standard);
        assertTrue(never.together() >= 570 && never.learned() >= 539, "never-allowed: " + never);
        assertTrue(cv.classroom(Level.STANDARD, all).together() <= 23, "classroom at standard: "
                + cv.classroom(Level.STANDARD, all));
        assertTrue(cv.classroom(Level.STRICT, all).together() <= 52, "classroom at strict: "
                + cv.classroom(Level.STRICT, all));
        CrossValidated.Count blind = cv.unsafe(Level.STANDARD, false, java.util.List.of("held2"));
        CrossValidated.Count blindNever = cv.unsafe(Level.STANDARD, true, java.util.List.of("held2"));
        assertTrue(blind.together() >= 113 && blindNever.together() >= 76, "held2 left out: " + blind + ", " + blindNever);
        CrossValidated.Count fresh = cv.unsafe(Level.STANDARD, false, java.util.List.of("tune2"));
        CrossValidated.Count freshNever = cv.unsafe(Level.STANDARD, true, java.util.List.of("tune2"));
        assertTrue(fresh.together() >= 209 && freshNever.together() >= 133, "tune2 left out: " + fresh + ", " + freshNever);
        assertTrue(cv.classroom(Level.STANDARD, all).total() == 1534, "every classroom description is judged");
    }

    @Test
    void onTheFormerBlindSetClassroomDescriptionsPass() throws Exception {
        assertTrue(size("unsafe", "held2") >= 100 && size("classroom", "held2") >= 150, "held2's size");
        double standard = classroomRefused("held2", Level.STANDARD);
        double strict = classroomRefused("held2", Level.STRICT);
        assertTrue(standard <= 0.02, "classroom refused at standard: " + standard + " (target at most 2%)");
        assertTrue(strict <= 0.05, "classroom refused at strict: " + strict + " (target at most 5%)");
    }

    @Test
    void onTheFormerBlindSetUnsafeDescriptionsAreRefusedAsMeasured() throws Exception {
        // Measured once with the rules alone, blind (docs/footage.md): 110 of 127 (86.6%) at standard and
        // 73 of 80 (91.3%) of the never-allowed, both targets MISSED. The learned layer learns from it
        // since, so these floors (126 of 127, 79 of 80, measured 2026-12-01) are tuning numbers; the
        // left-out numbers are in leavingOnePartOutTheLayersTogetherKeepWhatWasMeasured.
        Unsafe held2 = unsafe("held2");
        assertTrue(held2.atStandard() >= 126, "refused at standard: " + held2.atStandard() + " of " + held2.ofStandard());
        assertTrue(held2.never() >= 79, "never-allowed refused: " + held2.never() + " of " + held2.ofNever());
    }

    @Test
    void theTrainingPartTune2CoversEveryCategoryAndKeepsWhatWasMeasured() throws Exception {
        // Written on 2026-12-01 to widen the learned layer; the rules never saw it. Measured once before
        // it was learned from (the shipped check of the time): 216 of 240 at standard, 139 of 150 of the
        // never-allowed, 20 and 39 of 430 classroom refused at standard and strict. Learned from since, so
        // these floors are tuning numbers; the classroom refusals left are all the rules' (docs/footage.md),
        // over the targets of 2% and 5%, and the rules are not tuned on tune2.
        assertTrue(size("unsafe", "tune2") >= 300 && size("classroom", "tune2") >= 400, "tune2's size");
        java.util.Set<String> named = new java.util.HashSet<>();
        LabelledSet.read("unsafe", "tune2").items().forEach(i -> named.add(i.label()));
        check.categories().forEach(c -> assertTrue(named.contains(c.name()), "tune2 has no " + c.name()));
        Unsafe tune2 = unsafe("tune2");
        assertTrue(tune2.atStandard() >= 239, "refused at standard: " + tune2.atStandard() + " of " + tune2.ofStandard());
        assertTrue(tune2.never() == tune2.ofNever(), "never-allowed refused: " + tune2.never() + " of " + tune2.ofNever());
        assertTrue(classroomRefused("tune2", Level.STANDARD) <= 14 / 430.0, "classroom at standard");
        assertTrue(classroomRefused("tune2", Level.STRICT) <= 24 / 430.0, "classroom at strict");
    }

    private static int classroomRefusedCount(String part, Level level) throws Exception {
        return (int) LabelledSet.read("classroom", part).items().stream()
                .filter(i -> !check.check(i.text(), level).allowed()).count();
    }

    @Test
    void onTheBlindSetHeld3TheMeasuredNumbersHold() throws Exception {
        // held3: written blind, never tuned on, measured by the lead (docs/footage.md). The issue's
        // targets are MISSED here, on both sides: 125 of 145 (86.2%) refused at standard against 98%,
        // 77 of 88 (87.5%) of the never-allowed against all, and 14 of 314 (4.5%) and 28 of 314
        // (8.9%) classroom refused at standard and strict against 2% and 5%. Kept as floors and
        // ceilings so that no change makes them worse unnoticed; the misses must not be fixed one by one.
        assertTrue(size("unsafe", "held3") >= 190 && size("classroom", "held3") >= 270, "held3's size");
        Unsafe held3 = unsafe("held3");
        assertTrue(held3.atStandard() >= 125, "refused at standard: " + held3.atStandard() + " of " + held3.ofStandard());
        assertTrue(held3.never() >= 77, "never-allowed refused: " + held3.never() + " of " + held3.ofNever());
        int standard = classroomRefusedCount("held3", Level.STANDARD);
        int strict = classroomRefusedCount("held3", Level.STRICT);
        assertTrue(standard <= 14, "classroom refused at standard: " + standard + " of 314");
        assertTrue(strict <= 28, "classroom refused at strict: " + strict + " of 314");
    }
}
