package org.lessonstudio.footage.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set of footage descriptions in the test resources ({@code safety/NAME.PART.tsv}): one a
 * line, {@code LABEL<TAB>description}, where the label is a category (unsafe sets) or a school
 * subject (classroom sets). Each set is in parts, all tuning data now: {@code tune}, {@code seen},
 * {@code held}, {@code probe}, {@code held2} and {@code tune2} (docs/footage.md says how each was written and
 * measured); {@code held3}, the blind set to come, is read by none of the tests here.
 */
record LabelledSet(String name, List<Item> items) {

    /** One description and its label. */
    record Item(String label, String text) { }

    static LabelledSet read(String name, String part) throws IOException {
        String file = "/safety/" + name + "." + part + ".tsv";
        try (InputStream in = LabelledSet.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("no labelled set " + file);
            }
            List<Item> items = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                items.add(new Item(parts[0].strip(), parts[1].strip()));
            }
            return new LabelledSet(name + "." + part, List.copyOf(items));
        }
    }
}
