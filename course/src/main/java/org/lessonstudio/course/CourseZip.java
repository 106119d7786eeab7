package org.lessonstudio.course;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lessonstudio.dsl.io.PartialFiles;

/**
 * Writes a package as a zip that is the same, byte for byte, for the same contents: entries in
 * sorted order, one fixed timestamp, no extra fields, the same compression. It is written to a
 * temporary file beside the target and moved into place only when whole, so a failed export
 * leaves an earlier package untouched.
 */
public final class CourseZip {

    /** Every entry's time: fixed, so two exports of the same course are identical. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private CourseZip() {
    }

    public static void write(SortedMap<String, PackageContent> entries, Path target) throws IOException {
        // created as any file of the user's is (not owner-only, as a temporary file would be), and named
        // so that the next export removes it if this one is killed
        Path partial = PartialFiles.create(target);
        try {
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                for (Map.Entry<String, PackageContent> entry : entries.entrySet()) {
                    ZipEntry zipEntry = new ZipEntry(PackagePaths.check(entry.getKey()));
                    zipEntry.setTimeLocal(FIXED_TIME);
                    boolean media = entry.getKey().endsWith(".mp4") || entry.getKey().endsWith(".png");
                    // videos and pictures are compressed already: stored, they unpack faster and the same
                    zipEntry.setMethod(media ? ZipEntry.STORED : ZipEntry.DEFLATED);
                    byte[] bytes = entry.getValue() instanceof PackageContent.Bytes b ? b.bytes()
                            : Files.readAllBytes(((PackageContent.FromFile) entry.getValue()).file());
                    if (media) {
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        crc.update(bytes);
                        zipEntry.setSize(bytes.length);
                        zipEntry.setCompressedSize(bytes.length);
                        zipEntry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(zipEntry);
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
            PartialFiles.commit(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
