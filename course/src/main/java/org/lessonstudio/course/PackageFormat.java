package org.lessonstudio.course;

import java.util.Locale;
import java.util.Optional;

/** The kinds of package a course exports to, in the order of their value to teachers. */
public enum PackageFormat {

    /** SCORM 1.2: one SCO per lesson; reports completion and scores to the gradebook (Moodle, and others through their SCORM tools). */
    SCORM12("scorm12", "1.2", "imsmanifest-scorm12.xml.ftl"),
    /** IMS Common Cartridge 1.1: lessons as course pages (Moodle, Canvas). */
    CC("cc", "none", "imsmanifest-cc.xml.ftl"),
    /** A plain web course: index.html and a page per lesson, for any web host. */
    HTML("html", "none", null),
    /** SCORM 2004 4th edition: lessons in order, with simple sequencing. */
    SCORM2004("scorm2004", "2004", "imsmanifest-scorm2004.xml.ftl");

    private final String word;
    private final String scorm;
    private final String manifest;

    PackageFormat(String word, String scorm, String manifest) {
        this.word = word;
        this.scorm = scorm;
        this.manifest = manifest;
    }

    /** The word on the command line: scorm12, scorm2004, cc, html. */
    public String word() {
        return word;
    }

    /** The SCORM API the pages look for: "1.2", "2004" or "none". */
    public String scorm() {
        return scorm;
    }

    /** The manifest's template, if the format has a manifest. */
    public Optional<String> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** The package's file extension: Common Cartridges are .imscc, the others .zip. */
    public String extension() {
        return this == CC ? ".imscc" : ".zip";
    }

    public static Optional<PackageFormat> named(String word) {
        for (PackageFormat format : values()) {
            if (format.word.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
