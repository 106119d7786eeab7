package org.lessonstudio.course;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.lessonstudio.dsl.course.Course;
import org.lessonstudio.dsl.course.Question;

/**
 * Lays out a rendered course as a package: for each lesson a folder with its video, poster,
 * captions (WebVTT, and SRT beside them), chapters and player page; the player's script and style
 * once, shared; and, by format, the manifest ({@code imsmanifest.xml}) or the web course's
 * {@code index.html}. Every page works from a web server and from a disk, and asks nothing of the
 * network.
 */
public final class CoursePackager {

    private static final String SHARED = "shared/";
    private static final List<String> SHARED_FILES = List.of("player.js", "player.css");

    private CoursePackager() {
    }

    public static SortedMap<String, PackageContent> entries(Course course, List<RenderedLesson> lessons,
                                                            PackageFormat format, CourseTemplates templates)
            throws CourseTemplates.TemplateProblem, IOException {
        SortedMap<String, PackageContent> entries = new TreeMap<>();
        for (String file : SHARED_FILES) {
            entries.put(SHARED + file, new PackageContent.Bytes(templates.file(file)));
        }
        List<String> folders = PackagePaths.lessonFolders(lessons.stream().map(RenderedLesson::lesson).toList());
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            RenderedLesson lesson = lessons.get(i);
            String folder = "lessons/" + folders.get(i) + "/";
            List<String> files = new ArrayList<>();
            files.add(put(entries, folder + "video.mp4", new PackageContent.FromFile(lesson.video())));
            files.add(put(entries, folder + "poster.png", new PackageContent.FromFile(lesson.poster())));
            for (Map.Entry<String, java.nio.file.Path> captions : lesson.captions().entrySet()) {
                files.add(put(entries, folder + "captions." + language(captions.getKey()) + ".vtt",
                        new PackageContent.FromFile(captions.getValue())));
            }
            for (Map.Entry<String, java.nio.file.Path> subtitles : lesson.subtitles().entrySet()) {
                files.add(put(entries, folder + "captions." + language(subtitles.getKey()) + ".srt",
                        new PackageContent.FromFile(subtitles.getValue())));
            }
            files.add(put(entries, folder + "chapters.vtt", new PackageContent.FromFile(lesson.chapters())));
            files.add(put(entries, folder + "transcript.html", new PackageContent.FromFile(lesson.transcriptFile())));
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("course", courseData(course, 0));
            page.put("lesson", lessonData(lesson, i, lessons.size(), i > 0 ? folders.get(i - 1) : "",
                    i + 1 < lessons.size() ? folders.get(i + 1) : ""));
            page.put("web", format == PackageFormat.HTML);
            page.put("shared", "../../" + SHARED);
            page.put("config", config(course, lesson, format));
            String html = templates.expand("player.html.ftl", page);
            files.add(put(entries, folder + "index.html", html.getBytes(StandardCharsets.UTF_8)));

            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id(course) + "-L" + (i + 1));
            entry.put("number", i + 1);
            entry.put("title", lesson.title());
            entry.put("stem", folders.get(i));
            entry.put("href", folder + "index.html");
            entry.put("duration", clock(lesson.seconds()));
            entry.put("files", files.stream().sorted().toList());
            boolean quiz = !lesson.lesson().questions().isEmpty();
            entry.put("mastery", quiz ? Integer.toString(course.passing()) : "");
            entry.put("passing", quiz ? String.format(Locale.ROOT, "%.2f", course.passing() / 100.0) : "");
            listed.add(entry);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("course", courseData(course, lessons.size()));
        data.put("lessons", listed);
        data.put("shared", SHARED_FILES.stream().map(f -> SHARED + f).toList());
        if (format == PackageFormat.HTML) {
            put(entries, "index.html", templates.expand("index.html.ftl", data).getBytes(StandardCharsets.UTF_8));
        }
        if (format.manifest().isPresent()) {
            put(entries, "imsmanifest.xml", templates.expand(format.manifest().get(), data)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static String put(SortedMap<String, PackageContent> entries, String name, PackageContent content) {
        entries.put(PackagePaths.check(name), content);
        return name;
    }

    private static String put(SortedMap<String, PackageContent> entries, String name, byte[] bytes) {
        return put(entries, name, new PackageContent.Bytes(bytes));
    }

    /** An identifier a manifest accepts (an XML name), from the course's code. */
    static String id(Course course) {
        return "LS-" + course.code().replaceAll("[^A-Za-z0-9_.-]+", "-");
    }

    /** A language code as BCP 47 writes it ({@code zh-hans} → {@code zh-Hans}), for the page's srclang and lang. */
    static String bcp47(String code) {
        String tag = java.util.Locale.forLanguageTag(code).toLanguageTag();
        return tag.equals("und") ? language(code) : tag;
    }

    private static String language(String code) {
        return code.replaceAll("[^A-Za-z0-9-]", "");
    }

    private static Map<String, Object> courseData(Course course, int lessons) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id(course));
        data.put("title", course.title());
        data.put("code", course.code());
        data.put("description", course.description());
        data.put("language", bcp47(course.language()));
        data.put("lessons", lessons);
        return data;
    }

    private static Map<String, Object> lessonData(RenderedLesson lesson, int index, int count, String previous,
                                                  String next) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", index + 1);
        data.put("count", count);
        data.put("title", lesson.title());
        data.put("duration", clock(lesson.seconds()));
        data.put("objectives", lesson.lesson().objectives());
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : lesson.lesson().questions()) {
            questions.add(Map.of("text", q.text(), "answers", q.answers()));
        }
        data.put("questions", questions);
        List<Map<String, Object>> captions = new ArrayList<>();
        for (String code : lesson.captions().keySet()) {
            captions.add(Map.of("language", bcp47(code), "label", label(code), "file", "captions." + language(code) + ".vtt"));
        }
        data.put("captions", captions);
        data.put("captionsDrawn", lesson.captionsDrawn());
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (RenderedLesson.Chapter chapter : lesson.chapterList()) {
            chapters.add(Map.of("title", chapter.title(), "start", seconds(chapter.start()), "time",
                    clock(chapter.start())));
        }
        data.put("chapters", chapters);
        List<Map<String, Object>> transcript = new ArrayList<>();
        for (RenderedLesson.Line line : lesson.transcript()) {
            transcript.add(Map.of("start", seconds(line.start()), "time", clock(line.start()), "text", line.text()));
        }
        data.put("transcript", transcript);
        data.put("previous", previous);
        data.put("next", next);
        return data;
    }

    /** The player's settings, as JSON safe inside a script element. */
    private static String config(Course course, RenderedLesson lesson, PackageFormat format) throws IOException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("scorm", format.scorm());
        config.put("completion", course.completion() / 100.0);
        config.put("passing", course.passing() / 100.0);
        config.put("answers", lesson.lesson().questions().stream().map(Question::correct).toList());
        Map<String, Object> cues = new LinkedHashMap<>();
        for (Map.Entry<String, List<RenderedLesson.Line>> language : lesson.cues().entrySet()) {
            cues.put(bcp47(language.getKey()), language.getValue().stream()
                    .map(l -> List.of(round(l.start()), round(l.end()), l.text())).toList());
        }
        config.put("captions", cues);
        config.put("captionsDrawn", lesson.captionsDrawn());
        return new ObjectMapper().writeValueAsString(config).replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** 75.4 → "1:15". */
    static String clock(double seconds) {
        int whole = (int) Math.floor(seconds + 1e-6);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    private static String label(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
