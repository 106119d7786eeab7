package org.lessonstudio.dsl.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A folder whose files may be read, and nothing outside it: a lesson's folder, a course's, a
 * folder of templates, a folder of clips. The folder is taken as its real path (so a lesson in a
 * folder reached through a linked parent works), and a name inside it is followed through every
 * link: it is found only when where it really is stays inside. A link inside the folder to
 * another file inside it is fine.
 *
 * <p>What is found is the real path, and that is what a caller opens: the name is never looked
 * up again, so swapping a file for a link after the check does not reach outside through it.
 *
 * <pre>
 * assets/wheel.png -> ../../private/wheel.png      refused: a link leading outside
 * assets -> ../shared-assets                        refused: a linked folder outside
 * wheel.png -> pictures/wheel-2024.png              fine: it stays inside
 * </pre>
 */
public final class RootFolder {

    /** What a name inside the folder leads to. */
    public sealed interface Found {
    }

    /** The name is there and really inside: {@code real} (a file or a folder, no links in it) is what to open. */
    public record Inside(Path real) implements Found {
    }

    /**
     * The name cannot be used. {@code link} and {@code target} are set for the two link reasons:
     * the link (relative to the folder) and what it points to, as the link holds it (and where that
     * leads in the end, when it is not plain from the link itself).
     */
    public record Refused(Reason reason, String link, String target) implements Found {
    }

    /** Why a name cannot be used. */
    public enum Reason {
        /** The name itself leaves the folder: absolute, or {@code ..} past it. */
        ESCAPES,
        /** There is nothing by that name, and no link on the way. */
        ABSENT,
        /** A link on the way leads outside the folder. */
        LINK_OUTSIDE,
        /** A link on the way leads to nothing: what it names is missing, or the links go round in a loop. */
        LINK_BROKEN
    }

    private final Path real;

    private RootFolder(Path real) {
        this.real = real;
    }

    /** The folder, as its real path; it must exist. */
    public static RootFolder of(Path folder) throws IOException {
        return new RootFolder(folder.toAbsolutePath().toRealPath());
    }

    /** The folder's real path. */
    public Path real() {
        return real;
    }

    /** Follows a name written relative to the folder ("assets/wheel.png") to what it really is. */
    public Found find(String written) {
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            return new Refused(Reason.ABSENT, "", "");
        }
        if (relative.isAbsolute()) {
            return new Refused(Reason.ESCAPES, "", "");
        }
        Path lexical = real.resolve(relative).normalize();
        if (!lexical.startsWith(real)) {
            return new Refused(Reason.ESCAPES, "", "");
        }
        // each step of the way, in order, as the system will take it: the first link that leaves is named
        Path at = real;
        for (Path part : real.relativize(lexical)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                Optional<Refused> refused = link(at);
                if (refused.isPresent()) {
                    return refused.get();
                }
            } else if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                return new Refused(Reason.ABSENT, "", "");
            }
        }
        try {
            Path found = lexical.toRealPath();
            // the steps were checked one by one; this catches a link swapped in meanwhile
            return found.startsWith(real) ? new Inside(found)
                    : new Refused(Reason.LINK_OUTSIDE, printable(real.relativize(lexical)), printable(found));
        } catch (IOException e) {
            return new Refused(Reason.ABSENT, "", "");
        }
    }

    /** A link on the way: empty when it stays inside. */
    private Optional<Refused> link(Path at) {
        String name = real.relativize(at).toString();
        Path target;
        try {
            target = Files.readSymbolicLink(at);
        } catch (IOException e) {
            return Optional.of(new Refused(Reason.LINK_BROKEN, printable(name), "?"));
        }
        // where the link says it goes, from the folder it is really in
        Path says = folderOf(at).resolve(target).normalize();
        try {
            Path leadsTo = at.toRealPath();
            if (leadsTo.startsWith(real)) {
                return Optional.empty();
            }
            String shown = says.equals(leadsTo) ? printable(target) : printable(target) + " (which leads to "
                    + printable(leadsTo) + ")";
            return Optional.of(new Refused(Reason.LINK_OUTSIDE, printable(name), shown));
        } catch (IOException e) {
            // a link to nothing, or round in a loop: where it says it goes decides which
            return Optional.of(new Refused(says.startsWith(real) ? Reason.LINK_BROKEN : Reason.LINK_OUTSIDE,
                    printable(name), printable(target)));
        }
    }

    /** A name as a message may show it: a link can hold any bytes, and control characters are written as escapes. */
    private static String printable(Object name) {
        StringBuilder out = new StringBuilder();
        name.toString().codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Path folderOf(Path at) {
        try {
            return at.getParent().toRealPath();
        } catch (IOException e) {
            return at.getParent();
        }
    }

    /**
     * The refusal in one plain line, for places with no lesson to point into (template folders):
     * {@code what} names the file ("the course template player.js").
     */
    public String explain(Refused refused, String what) {
        return switch (refused.reason()) {
            case ESCAPES -> what + " is outside the folder " + real;
            case ABSENT -> what + " is not in the folder " + real;
            case LINK_OUTSIDE -> what + " cannot be used: `" + refused.link() + "` is a link to " + refused.target()
                    + ", which is outside the folder " + real + "; copy the file into the folder instead of linking to it";
            case LINK_BROKEN -> what + " cannot be used: `" + refused.link() + "` is a link to " + refused.target()
                    + ", which leads to no file";
        };
    }
}
