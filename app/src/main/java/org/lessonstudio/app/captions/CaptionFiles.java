package org.lessonstudio.app.captions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonstudio.media.Mp4TextTracks;
import org.lessonstudio.renderer.OutputSet;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * The files written beside a video: captions (WebVTT and SRT), chapters (WebVTT, one per scene)
 * and a plain transcript (Markdown and HTML) with the scenes as headings.
 */
public final class CaptionFiles {

    private CaptionFiles() {
    }

    /** A file beside the video: where it goes and what it is, for messages. */
    public record Sidecar(Path file, String what) { }

    /**
     * Every file that can be written beside {@code video} (sine.mp4 → sine.vtt, sine.srt, …),
     * whether or not this lesson has each; the captions are left out when it has none.
     */
    public static List<Sidecar> beside(Path video) {
        String stem = stem(video);
        return List.of(new Sidecar(video.resolveSibling(stem + ".vtt"), "its captions (WebVTT)"),
                new Sidecar(video.resolveSibling(stem + ".srt"), "its captions (SRT)"),
                new Sidecar(video.resolveSibling(stem + ".chapters.vtt"), "its chapters"),
                new Sidecar(video.resolveSibling(stem + ".transcript.md"), "its transcript (Markdown)"),
                new Sidecar(video.resolveSibling(stem + ".transcript.html"), "its transcript (HTML)"));
    }

    /**
     * Writes them all, for {@code video}, into {@code set} (to be moved into place with the video);
     * a caption file of an earlier render that this lesson no longer has is removed with it.
     * Returns the files, in place once the set is.
     */
    public static List<Path> stage(OutputSet set, Timeline timeline, Path video) throws IOException {
        List<Captions.Cue> cues = Captions.of(timeline);
        List<Sidecar> files = beside(video);
        List<Path> written = new ArrayList<>();
        if (cues.isEmpty()) {
            set.remove(files.get(0).file());
            set.remove(files.get(1).file());
        } else {
            written.add(save(set, files.get(0).file(), vtt(cues)));
            written.add(save(set, files.get(1).file(), srt(cues)));
        }
        written.add(save(set, files.get(2).file(), chapters(timeline)));
        written.add(save(set, files.get(3).file(), markdown(timeline)));
        written.add(save(set, files.get(4).file(), html(timeline)));
        return written;
    }

    private static String stem(Path video) {
        String name = video.getFileName().toString();
        return name.endsWith(".mp4") ? name.substring(0, name.length() - 4) : name;
    }

    private static Path save(OutputSet set, Path path, String text) throws IOException {
        set.write(path, p -> Files.writeString(p, text, StandardCharsets.UTF_8));
        return path;
    }

    public static String vtt(List<Captions.Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n");
        for (Captions.Cue cue : cues) {
            out.append('\n').append(time(cue.start(), '.')).append(" --> ").append(time(cue.end(), '.')).append('\n');
            text(cue).forEach(line -> out.append(CueText.vtt(line)).append('\n'));
        }
        return out.toString();
    }

    public static String srt(List<Captions.Cue> cues) {
        StringBuilder out = new StringBuilder();
        int index = 1;
        for (Captions.Cue cue : cues) {
            out.append(index++).append('\n').append(time(cue.start(), ',')).append(" --> ")
                    .append(time(cue.end(), ',')).append('\n');
            text(cue).forEach(line -> out.append(CueText.srt(line)).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    /** A cue's lines without blank ones: in both formats a blank line ends the cue. */
    private static List<String> text(Captions.Cue cue) {
        return cue.lines().stream().filter(line -> !line.isBlank()).toList();
    }

    /** The same captions and the scenes as chapters, to carry inside the MP4. */
    public static Mp4TextTracks.Extras insideVideo(Timeline timeline, String language) {
        List<Mp4TextTracks.Timed> captions = Captions.of(timeline).stream()
                .map(cue -> new Mp4TextTracks.Timed(cue.start(), cue.end(), String.join("\n", cue.lines())))
                .toList();
        List<Mp4TextTracks.Timed> chapters = timeline.scenes().stream()
                .map(scene -> new Mp4TextTracks.Timed(scene.start(), scene.end(), scene.scene().title()))
                .toList();
        return new Mp4TextTracks.Extras(captions, language, chapters);
    }

    public static String chapters(Timeline timeline) {
        StringBuilder out = new StringBuilder("WEBVTT\n");
        for (ScenePlan scene : timeline.scenes()) {
            out.append('\n').append(time(scene.start(), '.')).append(" --> ").append(time(scene.end(), '.'))
                    .append('\n').append(CueText.vtt(scene.scene().title().strip())).append('\n');
        }
        return out.toString();
    }

    public static String markdown(Timeline timeline) {
        StringBuilder out = new StringBuilder("# ").append(markdownText(timeline.lesson().title())).append("\n");
        for (ScenePlan scene : timeline.scenes()) {
            out.append("\n## ").append(markdownText(scene.scene().title())).append("\n\n");
            List<String> said = scene.captions().stream().map(CaptionEvent::text).map(String::strip).toList();
            out.append(said.isEmpty() ? "(no narration)" : markdownText(String.join(" ", said))).append('\n');
        }
        return out.toString();
    }

    public static String html(Timeline timeline) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(timeline.lesson().language())).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(timeline.lesson().title())).append(" — transcript</title>\n</head>\n<body>\n<h1>")
                .append(escape(timeline.lesson().title())).append("</h1>\n");
        for (ScenePlan scene : timeline.scenes()) {
            out.append("<h2>").append(escape(scene.scene().title())).append("</h2>\n");
            for (CaptionEvent caption : scene.captions()) {
                out.append("<p>").append(escape(caption.text().strip())).append("</p>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /**
     * Narration or a title as Markdown that shows exactly those words: what Markdown would read as
     * markup ({@code <b>}, {@code *}, {@code _}, {@code [link](…)}, {@code &amp;}, a heading or a list
     * at the start) is escaped with a backslash, and line ends become spaces, so a sentence stays one
     * paragraph.
     */
    static String markdownText(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ");
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>&|~#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String shown = out.toString();
        // a paragraph that starts like a list ("- ", "+ ", "1. ", "2) ") or a rule ("---", "===")
        java.util.regex.Matcher list = java.util.regex.Pattern.compile("^(\\s*)([-+=]|\\d+[.)])").matcher(shown);
        if (list.find()) {
            String marker = list.group(2);
            int at = list.start(2) + marker.length() - 1;
            shown = shown.substring(0, at) + '\\' + shown.substring(at);
        }
        return shown;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** 83.25 s as 00:01:23.250 (or with a comma, for SRT). */
    static String time(double seconds, char separator) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                separator, ms % 1000);
    }
}
