package org.lessonstudio.app.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a file of the lesson's once, from the lesson's folder down, one folder at a time and
 * without following any link ({@link SecureDirectoryStream}, {@link LinkOption#NOFOLLOW_LINKS}):
 * the checker found the file's real path, which has no link in it, so a link met on the way now
 * is a folder or file swapped since, and it is refused instead of followed. What is read is what
 * is checked and later drawn or mixed ({@code renderer.HeldInputs}).
 */
final class InsideRead {

    /** 256 MB: the most a lesson's picture or sound file may hold (ten minutes of studio WAV is less). */
    static final long MOST_BYTES = 256L * 1024 * 1024;

    /** Why a file could not be read as it was checked. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private InsideRead() {
    }

    /** The bytes of {@code file}, which is inside {@code folder} (both real paths). */
    static byte[] bytes(Path folder, Path file) throws IOException {
        if (!file.startsWith(folder) || file.equals(folder)) {
            throw new Refused("it is not inside the lesson's folder");
        }
        Path relative = folder.relativize(file);
        List<DirectoryStream<Path>> open = new ArrayList<>();
        try {
            DirectoryStream<Path> top = Files.newDirectoryStream(folder);
            open.add(top);
            if (!(top instanceof SecureDirectoryStream<Path> at)) {
                return plain(file);
            }
            for (int i = 0; i < relative.getNameCount() - 1; i++) {
                Path name = relative.getName(i);
                try {
                    at = at.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
                } catch (NotDirectoryException | NoSuchFileException e) {
                    throw changed();
                } catch (FileSystemException e) {
                    // the folder on the way is a link now; anything else (no permission) is said as it is
                    throw linkMet(e) ? changed() : e;
                }
                open.add(at);
            }
            Path name = relative.getFileName();
            BasicFileAttributes attributes;
            try {
                attributes = at.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .readAttributes();
            } catch (NoSuchFileException e) {
                throw changed();
            }
            if (attributes.isSymbolicLink()) {
                throw changed();
            }
            if (!attributes.isRegularFile()) {
                throw new Refused("it is not a file (a folder, a pipe or a device)");
            }
            if (attributes.size() > MOST_BYTES) {
                throw tooLarge(attributes.size());
            }
            try (SeekableByteChannel channel = at.newByteChannel(name,
                    Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                return all(channel);
            } catch (FileSystemException e) {
                throw linkMet(e) ? changed() : e;
            }
        } finally {
            for (DirectoryStream<Path> stream : open) {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // closing a folder handle cannot lose anything
                }
            }
        }
    }

    /** Where the system has no secure folder handles: the file itself, not through a link at its end. */
    private static byte[] plain(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("it is not a file (a folder, a pipe, a device or a link)");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            return all(channel);
        }
    }

    private static byte[] all(SeekableByteChannel channel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long total = 0;
        while (channel.read(buffer) >= 0) {
            total += buffer.position();
            if (total > MOST_BYTES) {
                throw tooLarge(total);
            }
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
        return out.toByteArray();
    }

    /** Whether opening failed because a link was met where none may be (ELOOP, or not a folder any more). */
    private static boolean linkMet(FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
        return e instanceof NoSuchFileException || e instanceof NotDirectoryException
                || reason.contains("symbolic link") || reason.contains("not a directory");
    }

    private static Refused changed() {
        return new Refused("a folder on its way, or the file itself, was replaced (by a link or another file) "
                + "while the lesson was being checked; check it again");
    }

    private static Refused tooLarge(long bytes) {
        return new Refused(String.format(Locale.ROOT, "the file holds %.0f MB; a lesson's picture or sound file may "
                + "hold %d MB at most", bytes / 1024.0 / 1024.0, MOST_BYTES / 1024 / 1024));
    }
}
