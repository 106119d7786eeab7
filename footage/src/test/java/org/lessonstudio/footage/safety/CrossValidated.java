package org.lessonstudio.footage.safety;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The offline check measured by leaving one part out: each description judged by the rules and by
 * learned weights that never saw its part. (The rules themselves were written looking at every part
 * but {@code held2}'s first measurement and never saw {@code tune2}, so only on {@code held2} and
 * {@code tune2} are both layers blind.)
 */
record CrossValidated(LearnedWeightsGenerator generator, List<LearnedWeightsGenerator.Judged> judged,
                      Map<Level, Double> thresholds) {

    /** Counts: how many, refused by both layers together, by the learned layer alone. */
    record Count(int total, int together, int learned) {
        Count plus(boolean together, boolean learned) {
            return new Count(total + 1, this.together + (together ? 1 : 0), this.learned + (learned ? 1 : 0));
        }
    }

    boolean refused(LearnedWeightsGenerator.Judged j, Level level, boolean withRules) {
        return generator.refused(j, level, thresholds.get(level), withRules);
    }

    /** Unsafe descriptions of the categories refused at {@code level} (or only the never-allowed), in {@code parts}. */
    Count unsafe(Level level, boolean neverOnly, List<String> parts) {
        Count count = new Count(0, 0, 0);
        for (LearnedWeightsGenerator.Judged j : judged) {
            Category c = generator.known.get(j.item().label());
            if (j.item().unsafe() && parts.contains(j.item().part()) && c.refusedAt(level)
                    && (!neverOnly || c.refused() == Category.Refused.NEVER)) {
                count = count.plus(refused(j, level, true), refused(j, level, false));
            }
        }
        return count;
    }

    Count classroom(Level level, List<String> parts) {
        Count count = new Count(0, 0, 0);
        for (LearnedWeightsGenerator.Judged j : judged) {
            if (!j.item().unsafe() && parts.contains(j.item().part())) {
                count = count.plus(refused(j, level, true), refused(j, level, false));
            }
        }
        return count;
    }

    static String share(int part, int whole) {
        return String.format(Locale.ROOT, "%d of %d (%.1f%%)", part, whole, whole == 0 ? 0 : 100.0 * part / whole);
    }

    String report() {
        StringBuilder out = new StringBuilder();
        List<String> all = LearnedWeightsGenerator.PARTS;
        out.append("| left out | unsafe at standard (together; learned alone) | never-allowed | classroom at standard | classroom at strict |\n");
        for (String part : all) {
            row(out, part, List.of(part));
        }
        row(out, "all", all);
        out.append("\nper category (n; refused at standard together / learned alone; at strict together / learned alone)\n");
        Map<String, int[]> per = new TreeMap<>();
        for (LearnedWeightsGenerator.Judged j : judged) {
            if (!j.item().unsafe()) {
                continue;
            }
            int[] r = per.computeIfAbsent(j.item().label(), k -> new int[5]);
            r[0]++;
            r[1] += refused(j, Level.STANDARD, true) ? 1 : 0;
            r[2] += refused(j, Level.STANDARD, false) ? 1 : 0;
            r[3] += refused(j, Level.STRICT, true) ? 1 : 0;
            r[4] += refused(j, Level.STRICT, false) ? 1 : 0;
        }
        per.forEach((k, r) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d / %d | %d / %d |%n", k, r[0], r[1],
                r[2], r[3], r[4])));
        out.append("\nclassroom refused (left-out judgements):\n");
        for (LearnedWeightsGenerator.Judged j : judged) {
            if (!j.item().unsafe() && (refused(j, Level.STRICT, true))) {
                out.append(String.format(Locale.ROOT, "  %s %s %s [%s%s] %s%n", j.item().part(), j.item().label(),
                        refused(j, Level.STANDARD, true) ? "STANDARD" : "strict",
                        j.item().rulesStrict() ? "rules " : "",
                        refused(j, Level.STRICT, false) ? String.format(Locale.ROOT, "learned %.2f",
                                generator.mass(j.probability(), Level.STRICT)) : "", j.item().text()));
            }
        }
        out.append("\nunsafe let through at standard (left-out judgements):\n");
        for (LearnedWeightsGenerator.Judged j : judged) {
            Category c = generator.known.get(j.item().label());
            if (j.item().unsafe() && c.refusedAt(Level.STANDARD) && !refused(j, Level.STANDARD, true)) {
                out.append(String.format(Locale.ROOT, "  %s %s %.2f %s%n", j.item().part(), j.item().label(),
                        generator.mass(j.probability(), Level.STANDARD), j.item().text()));
            }
        }
        return out.toString();
    }

    private void row(StringBuilder out, String name, List<String> parts) {
        Count standard = unsafe(Level.STANDARD, false, parts);
        Count never = unsafe(Level.STANDARD, true, parts);
        Count cs = classroom(Level.STANDARD, parts);
        Count ct = classroom(Level.STRICT, parts);
        out.append(String.format(Locale.ROOT, "| %s | %s; %s | %s; %s | %s; %s | %s; %s |%n", name,
                share(standard.together(), standard.total()), share(standard.learned(), standard.total()),
                share(never.together(), never.total()), share(never.learned(), never.total()),
                share(cs.together(), cs.total()), share(cs.learned(), cs.total()),
                share(ct.together(), ct.total()), share(ct.learned(), ct.total())));
    }
}
