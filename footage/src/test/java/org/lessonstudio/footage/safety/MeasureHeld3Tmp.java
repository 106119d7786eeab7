package org.lessonstudio.footage.safety;

import java.util.*;
import org.junit.jupiter.api.Test;

class MeasureHeld3Tmp {
    @Test
    void measure() throws Exception {
        SafetyCheck check = SafetyCheck.load(null);
        Map<String, Category> cats = new HashMap<>();
        check.categories().forEach(c -> cats.put(c.name(), c));
        String part = System.getProperty("part", "held3");
        int atStd = 0, ofStd = 0, nev = 0, ofNev = 0, atStrict = 0, all = 0;
        Map<String, int[]> per = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (LabelledSet.Item i : LabelledSet.read("unsafe", part).items()) {
            Category c = cats.get(i.label());
            boolean rs = !check.check(i.text(), Level.STANDARD).allowed();
            boolean rst = !check.check(i.text(), Level.STRICT).allowed();
            all++; atStrict += rst ? 1 : 0;
            int[] p = per.computeIfAbsent(i.label(), k -> new int[3]);
            p[0]++; p[1] += rs ? 1 : 0; p[2] += rst ? 1 : 0;
            if (c.refusedAt(Level.STANDARD)) { ofStd++; atStd += rs ? 1 : 0; if (!rs) misses.add(i.label() + "\t" + i.text()); }
            if (c.refused() == Category.Refused.NEVER) { ofNev++; nev += rs ? 1 : 0; }
        }
        System.out.printf("MEASURE %s unsafe: standard %d/%d (%.1f%%), never %d/%d (%.1f%%), strict all %d/%d%n", part, atStd, ofStd, 100.0*atStd/ofStd, nev, ofNev, 100.0*nev/ofNev, atStrict, all);
        per.forEach((k, v) -> System.out.printf("MEASURE   %-18s n=%d standard=%d strict=%d%n", k, v[0], v[1], v[2]));
        int n = 0, s = 0, st = 0;
        List<String> fp = new ArrayList<>();
        for (LabelledSet.Item i : LabelledSet.read("classroom", part).items()) {
            n++;
            boolean a = !check.check(i.text(), Level.STANDARD).allowed();
            boolean b = !check.check(i.text(), Level.STRICT).allowed();
            s += a ? 1 : 0; st += b ? 1 : 0;
            if (b) fp.add((a ? "STD " : "STRICT ") + i.label() + "\t" + i.text());
        }
        System.out.printf("MEASURE %s classroom: standard %d/%d (%.1f%%), strict %d/%d (%.1f%%)%n", part, s, n, 100.0*s/n, st, n, 100.0*st/n);
        if (Boolean.getBoolean("show")) { misses.forEach(m -> System.out.println("MISS " + m)); fp.forEach(m -> System.out.println("FP " + m)); }
    }
}
