package org.lessonstudio.course;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lessonstudio.dsl.course.CourseLesson;

/**
 * Names inside a package: relative, forward slashes, no {@code ..}, no empty parts, only plain
 * characters. Every entry is checked before it is written, so no entry can land outside the
 * folder it is unpacked into, on any platform. Plain ASCII, because a name in any other script is
 * unpacked as gibberish by some tools still in use (Info-ZIP's unzip on Debian and Ubuntu servers
 * reads the names Java's zip writer marks as UTF-8 in the DOS code page), and every link to it
 * then fails.
 */
public final class PackagePaths {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    /** Names Windows keeps for devices, with or without an extension: no folder may be called so. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final int LONGEST = 80;

    private PackagePaths() {
    }

    /** Returns {@code name} if it is a safe entry name; throws otherwise. */
    public static String check(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("\\") || name.contains(":")) {
            throw new IllegalArgumentException("not a safe name inside a package: " + name);
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".") || !PART.matcher(part).matches()) {
                throw new IllegalArgumentException("not a safe name inside a package: " + name);
            }
        }
        return name;
    }

    /**
     * A folder name for each lesson of a course, in the course's order: the lesson's path in the
     * course without {@code .lesson}, made safe ({@code sub/Where sine comes from!.lesson} →
     * {@code sub-Where-sine-comes-from}). Names that would be the same (ignoring case), that nothing
     * is left of ({@code 数学.lesson}, {@code ..lesson}) or that Windows keeps for devices get a
     * short hash of the lesson's path after them ({@code lesson-3fa92c}), so every lesson has its
     * own folder, whose name stays the same from one export to the next.
     */
    public static List<String> lessonFolders(List<CourseLesson> lessons) {
        List<String> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> count = new HashMap<>();
        for (CourseLesson lesson : lessons) {
            String path = Path.of(lesson.name()).normalize().toString().replace('\\', '/');
            String stem = path.endsWith(".lesson") ? path.substring(0, path.length() - ".lesson".length()) : path;
            String name = folderFor(stem);
            paths.add(path);
            names.add(name);
            count.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<String> folders = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean plain = !name.isEmpty() && count.get(name.toLowerCase(Locale.ROOT)) == 1
                    && !DEVICE.matcher(name).matches();
            String folder = plain ? name : (name.isEmpty() ? "lesson" : name) + "-" + hash(paths.get(i), 6);
            for (int digits = 8; !taken.add(folder.toLowerCase(Locale.ROOT)); digits += 2) {
                folder = (name.isEmpty() ? "lesson" : name) + "-" + hash(paths.get(i) + "#" + i, digits);
            }
            folders.add(check(folder));
        }
        return folders;
    }

    /**
     * A lesson's path in its course made safe for one folder name: letters, digits, {@code .},
     * {@code _} and {@code -} kept, other runs of characters (and {@code /}) one {@code -}; a
     * letter or digit first, no {@code -} or {@code .} last; at most 80 characters. Empty when
     * nothing is left ({@code 数学}).
     */
    public static String folderFor(String stem) {
        String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return (safe.length() > LONGEST ? safe.substring(0, LONGEST) : safe).replaceAll("[-.]+$", "");
    }

    private static String hash(String text, int digits) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
