package org.lessonstudio.course;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.lessonstudio.dsl.source.RootFolder;

/**
 * Freemarker's view of a teacher's folder of course templates: a template (or a file it includes)
 * is read only when it is really inside the folder, links followed, and from the real path that was
 * checked. A link leading out of the folder is refused with a plain message naming the template and
 * where the link points (Freemarker's own file loader stopped it with a SecurityException, an
 * internal failure for the teacher). The footage module has the same for prompt templates.
 */
final class FolderTemplates implements TemplateLoader {

    /** A template refused for a link; its message is the whole explanation, for the teacher as it is. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }

        /** The refusal behind a failure, if one is: Freemarker wraps one met while including. */
        static Optional<Refused> in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof Refused refused) {
                    return Optional.of(refused);
                }
            }
            return Optional.empty();
        }
    }

    /** A template found: its real path. */
    private record Source(Path real) { }

    private final RootFolder folder;

    FolderTemplates(RootFolder folder) {
        this.folder = folder;
    }

    /** A file of the folder by name, as its real path; empty when it is not there (the standard one serves). */
    Optional<Path> find(String name) throws Refused {
        RootFolder.Found found = folder.find(name);
        if (found instanceof RootFolder.Inside inside) {
            return Files.isRegularFile(inside.real(), LinkOption.NOFOLLOW_LINKS) ? Optional.of(inside.real())
                    : Optional.empty();
        }
        RootFolder.Refused refused = (RootFolder.Refused) found;
        return switch (refused.reason()) {
            case ESCAPES, ABSENT -> Optional.empty();
            case LINK_OUTSIDE, LINK_BROKEN -> throw new Refused(folder.explain(refused, "the course template " + name));
        };
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return find(name).map(Source::new).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime(((Source) source).real(), LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream(((Source) source).real(), LinkOption.NOFOLLOW_LINKS),
                encoding);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open between finding and reading
    }
}
