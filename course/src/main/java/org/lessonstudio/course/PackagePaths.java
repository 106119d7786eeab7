package org.lessonstudio.course;

import java.util.regex.Pattern;

/**
 * Names inside a package: relative, forward slashes, no {@code ..}, no empty parts, only plain
 * characters. Every entry is checked before it is written, so no entry can land outside the
 * folder it is unpacked into, on any platform.
 */
public final class PackagePaths {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

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

    /** A lesson's file stem made safe for a folder name ("Where sine comes from!" → "Where-sine-comes-from"). */
    public static String folderFor(String stem) {
        String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "").replaceAll("-+$", "");
        return safe.isEmpty() ? "lesson" : safe.length() > 80 ? safe.substring(0, 80) : safe;
    }
}
