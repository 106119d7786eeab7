package org.lessonstudio.dsl.check;

/**
 * How long a sentence takes to say, until real narration measures it: about 155 words a minute
 * for languages written with spaces, and about 4.5 characters a second for Chinese.
 */
public final class SpeechEstimate {

    private SpeechEstimate() {
    }

    /**
     * Estimates for each piece of a sentence split at its bookmarks; together they are as long as
     * the whole sentence's estimate.
     */
    public static double[] pieces(java.util.List<String> pieces) {
        double total = seconds(String.join("", pieces));
        double[] raw = new double[pieces.size()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Math.max(0.05, pieces.get(i).strip().length());
            sum += raw[i];
        }
        for (int i = 0; i < raw.length; i++) {
            raw[i] = total * raw[i] / sum;
        }
        return raw;
    }

    public static double seconds(String text) {
        int han = 0;
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                rest.append(' ');
            } else {
                rest.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        String words = rest.toString().trim();
        int wordCount = words.isEmpty() ? 0 : words.split("\\s+").length;
        double seconds = wordCount / 2.6 + han / 4.5 + 0.4;
        return Math.max(1.2, Math.round(seconds * 10) / 10.0);
    }
}
