package org.lessonstudio.course;

import java.nio.file.Path;

/** What one file of a package holds: bytes made here, or a file on disk copied in as it is. */
public sealed interface PackageContent {

    record Bytes(byte[] bytes) implements PackageContent { }

    record FromFile(Path file) implements PackageContent { }
}
