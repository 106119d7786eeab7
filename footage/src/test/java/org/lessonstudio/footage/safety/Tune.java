package org.lessonstudio.footage.safety;

/** Prints the measurement on one half of the labelled sets ({@code tune} unless told): for tuning by hand. */
public final class Tune {

    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "tune";
        SafetyCheck check = SafetyCheck.load(null);
        if (part.equals("stdin")) {
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Verdict strict = check.check(line, Level.STRICT);
                Verdict standard = check.check(line, Level.STANDARD);
                System.out.println((standard.allowed() ? strict.allowed() ? "ok       " : "strict   " : "STANDARD ")
                        + line + (strict.allowed() ? "" : "  [" + strict.refusals().get(0).category().name() + "/"
                        + strict.refusals().get(0).rule() + ": " + strict.refusals().get(0).words() + "]"));
            }
            return;
        }
        Measurement unsafe = Measurement.of(check, LabelledSet.read("unsafe", part), true);
        Measurement classroom = Measurement.of(check, LabelledSet.read("classroom", part), false);
        System.out.println(unsafe.table("unsafe category"));
        System.out.println(classroom.table("classroom subject"));
        if (args.length > 1) {
            unsafe.rows.forEach((k, r) -> r.missedOrRefused.forEach(s -> System.out.println(k + "\t" + s)));
            classroom.rows.forEach((k, r) -> r.missedOrRefused.forEach(s -> System.out.println(k + "\t" + s)));
        }
    }
}
