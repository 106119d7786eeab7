package org.lessonstudio.app.captions;

/**
 * A line of a caption or a chapter title as WebVTT and SRT must carry it, so that a player shows
 * the words as they were written: {@code when x < 3 and y > 1, A & B}, {@code x --> 0}.
 *
 * <p><b>WebVTT</b> reads {@code <} as the start of a tag and {@code &} as the start of a character
 * reference, and a line holding {@code -->} as the timing of a new cue; so, as the WebVTT
 * standard asks, {@code &}, {@code <} and {@code >} are written {@code &amp;}, {@code &lt;} and
 * {@code &gt;} (which also leaves no {@code -->} in any line). Browsers and every WebVTT player
 * turn them back into the characters.
 *
 * <p><b>SRT</b> has no escapes: the players that read it (VLC, FFmpeg and so mpv, Open edX,
 * editors) show {@code &lt;} as those four characters. What they do read is markup: {@code <}
 * before a letter or {@code /} opens a tag ({@code a <b and c> d} turns bold and loses words),
 * {@code {\…}} is a style override, and VLC reads {@code \n}, {@code \N} and {@code \h}. So SRT
 * keeps every character as it is, and an invisible WORD JOINER (U+2060) follows each {@code <},
 * {@code {} and {@code \}, and sits inside {@code -->}, so that no player finds a tag, an
 * override or a timing line in a sentence, and every player still shows the same characters.
 */
final class CueText {

    /** U+2060 WORD JOINER: no width, no line break, nothing drawn. */
    static final char JOINER = '\u2060';

    private CueText() {
    }

    /** One line of WebVTT cue text or chapter title. */
    static String vtt(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One line of SRT caption text. */
    static String srt(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<', '{', '\\' -> out.append(c).append(JOINER);
                case '>' -> {
                    if (i >= 2 && line.charAt(i - 1) == '-' && line.charAt(i - 2) == '-') {
                        out.append(JOINER);
                    }
                    out.append(c);
                }
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
