package org.lessonstudio.footage.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the offline check does on the labelled sets: for each label, at each level, how many
 * descriptions it refuses. Unsafe descriptions should be refused at every level their category is
 * refused at; classroom descriptions should pass.
 */
final class Measurement {

    /** Counts for one label. */
    static final class Row {
        int total;
        int strict;
        int standard;
        final List<String> missedOrRefused = new ArrayList<>();
    }

    final Map<String, Row> rows = new TreeMap<>();

    static Measurement of(SafetyCheck check, LabelledSet set, boolean unsafe) {
        Measurement m = new Measurement();
        for (LabelledSet.Item item : set.items()) {
            Row row = m.rows.computeIfAbsent(item.label(), k -> new Row());
            row.total++;
            Verdict strict = check.check(item.text(), Level.STRICT);
            Verdict standard = check.check(item.text(), Level.STANDARD);
            row.strict += strict.allowed() ? 0 : 1;
            row.standard += standard.allowed() ? 0 : 1;
            if (unsafe && strict.allowed()) {
                row.missedOrRefused.add("missed: " + item.text());
            } else if (unsafe && !strict.refusals().stream().anyMatch(r -> r.category().name().equals(item.label()))) {
                row.missedOrRefused.add("other category (" + strict.categories() + "): " + item.text());
            } else if (!unsafe && !strict.allowed()) {
                Refusal r = strict.refusals().get(0);
                row.missedOrRefused.add((standard.allowed() ? "strict: " : "STANDARD: ") + item.text() + "  ["
                        + r.category().name() + "/" + r.rule() + ": " + String.join(", ", r.words()) + "]");
            }
        }
        return m;
    }

    int total() {
        return rows.values().stream().mapToInt(r -> r.total).sum();
    }

    int strict() {
        return rows.values().stream().mapToInt(r -> r.strict).sum();
    }

    int standard() {
        return rows.values().stream().mapToInt(r -> r.standard).sum();
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    String table(String what) {
        StringBuilder out = new StringBuilder("| " + what + " | n | refused at strict | refused at standard |\n|---|---|---|---|\n");
        rows.forEach((label, row) -> out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", label,
                row.total, percent(row.strict, row.total), percent(row.standard, row.total))));
        out.append(String.format(Locale.ROOT, "| **all** | %d | %s | %s |%n", total(), percent(strict(), total()),
                percent(standard(), total())));
        return out.toString();
    }
}
