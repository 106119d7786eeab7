package org.lessonstudio.course;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lessonstudio.dsl.source.RootFolder;

/**
 * The course templates: the player page, the web course's index, the manifests, and the player's
 * script and style sheet. A teacher's folder overrides any of them file by file; the rest come
 * from the standard set in templates/course. Freemarker is locked down as for prompts: plain
 * values only, no Java objects created, no files read outside the folders (links followed).
 */
public final class CourseTemplates {

    /** A template that could not be used; the message names it and its line. */
    public static final class TemplateProblem extends Exception {
        TemplateProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String BUNDLED = "/org/lessonstudio/course/templates/";

    private final Configuration freemarker;
    private final Path folder;
    private final FolderTemplates own;

    private CourseTemplates(Path folder, RootFolder root) {
        this.folder = folder;
        this.own = root == null ? null : new FolderTemplates(root);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader bundled = new ClassTemplateLoader(CourseTemplates.class, BUNDLED);
        freemarker.setTemplateLoader(own == null ? bundled : new MultiTemplateLoader(new TemplateLoader[] {own, bundled}));
        freemarker.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setNumberFormat("computer");
    }

    /** The standard templates. */
    public static CourseTemplates standard() {
        return new CourseTemplates(null, null);
    }

    /**
     * A teacher's folder of templates over the standard ones. Only files really inside it are read,
     * links followed; a link in it leading out of it (or to nothing) is refused here, before any
     * lesson is rendered, with a message naming it and where it points.
     */
    public static CourseTemplates in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder of course templates");
        }
        RootFolder root = RootFolder.of(folder);
        List<Path> links;
        try (Stream<Path> walk = Files.walk(root.real())) {
            links = walk.filter(Files::isSymbolicLink).sorted().toList();
        } catch (UncheckedIOException e) {
            throw new IOException("the course templates in " + folder + " cannot be read: " + e.getCause().getMessage(),
                    e);
        }
        for (Path link : links) {
            String name = root.real().relativize(link).toString();
            if (root.find(name) instanceof RootFolder.Refused refused
                    && (refused.reason() == RootFolder.Reason.LINK_OUTSIDE
                    || refused.reason() == RootFolder.Reason.LINK_BROKEN)) {
                throw new IOException(root.explain(refused, "the course template " + name));
            }
        }
        return new CourseTemplates(folder.toAbsolutePath().normalize(), root);
    }

    /** Where the templates come from, for messages. */
    public String origin() {
        return folder == null ? "the standard course templates" : "the course templates in " + folder;
    }

    /** Expands a template with plain values (maps, lists, strings, numbers, booleans). */
    public String expand(String name, Map<String, Object> data) throws TemplateProblem {
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (TemplateException e) {
            Optional<FolderTemplates.Refused> refused = FolderTemplates.Refused.in(e);
            if (refused.isPresent()) {
                throw new TemplateProblem(refused.get().getMessage(), e);
            }
            throw new TemplateProblem("the course template " + name + ", line " + e.getLineNumber() + ": "
                    + e.getBlamedExpressionString() + " " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            Optional<FolderTemplates.Refused> refused = FolderTemplates.Refused.in(e);
            throw new TemplateProblem(refused.isPresent() ? refused.get().getMessage()
                    : "the course template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A file copied as it is (the player's script and style): the teacher's copy (really inside their
     * folder, links followed, read from the real path checked), else the standard one.
     */
    public byte[] file(String name) throws TemplateProblem, IOException {
        if (own != null) {
            Optional<Path> teachers;
            try {
                teachers = own.find(name);
            } catch (FolderTemplates.Refused refused) {
                throw new TemplateProblem(refused.getMessage(), refused);
            }
            if (teachers.isPresent()) {
                try (InputStream in = Files.newInputStream(teachers.get(), LinkOption.NOFOLLOW_LINKS)) {
                    return in.readAllBytes();
                }
            }
        }
        try (InputStream in = CourseTemplates.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IOException("no course file " + name);
            }
            return in.readAllBytes();
        }
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
