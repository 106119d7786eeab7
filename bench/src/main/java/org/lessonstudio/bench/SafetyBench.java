package org.lessonstudio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lessonstudio.footage.PromptPiece;
import org.lessonstudio.footage.safety.Level;
import org.lessonstudio.footage.safety.SafetyCheck;

/**
 * Times the offline classroom-safety check on 1,000 prompts: the labelled descriptions (every part,
 * unsafe and classroom, English and Chinese), each expanded the way the standard template does
 * (the description, then the template's own sentences), checked at {@code strict}. One untimed
 * pass first; then five timed passes, of which the median is printed. Run from the repository root.
 */
public final class SafetyBench {

    private static final String TEMPLATE = " A 4-second shot, 16:9, for the educational video \"A lesson\" (Grade 8)."
            + " No text, captions, logos or watermarks in frame. No real, identifiable people. Suitable for a school"
            + " classroom.";

    public static void main(String[] args) throws Exception {
        List<String> descriptions = new ArrayList<>();
        for (String set : List.of("unsafe.tune", "unsafe.seen", "unsafe.held", "unsafe.probe",
                "classroom.tune", "classroom.seen", "classroom.held", "classroom.probe")) {
            for (String line : Files.readAllLines(Path.of("footage/src/test/resources/safety/" + set + ".tsv"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    descriptions.add(line.split("\t", 2)[1]);
                }
            }
        }
        List<List<PromptPiece>> prompts = new ArrayList<>();
        for (int i = 0; prompts.size() < 1000; i++) {
            prompts.add(List.of(new PromptPiece(PromptPiece.Origin.LESSON, descriptions.get(i % descriptions.size())),
                    new PromptPiece(PromptPiece.Origin.TEMPLATE, TEMPLATE)));
        }
        long loading = System.nanoTime();
        SafetyCheck check = SafetyCheck.load(null);
        double loaded = (System.nanoTime() - loading) / 1e9;
        int refused = 0;
        for (List<PromptPiece> prompt : prompts) {
            refused += check.check(prompt, Level.STRICT).allowed() ? 0 : 1;
        }
        double[] seconds = new double[5];
        for (int run = 0; run < seconds.length; run++) {
            long start = System.nanoTime();
            for (List<PromptPiece> prompt : prompts) {
                check.check(prompt, Level.STRICT);
            }
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "Safety check: rules read in %.2f s; 1,000 prompts (%d refused) checked in"
                + " %.3f s (median of 5; fastest %.3f s, slowest %.3f s)%n", loaded, refused, seconds[2], seconds[0],
                seconds[4]);
    }
}
