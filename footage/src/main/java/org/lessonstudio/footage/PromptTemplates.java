package org.lessonstudio.footage;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.source.RootFolder;

/**
 * The Freemarker templates prompts are made from: the standard ones inside Lesson Studio, or a
 * teacher's own folder. Locked down: templates see only the data given to them (no Java objects,
 * no {@code ?api}, no {@code ?new}), read only files in their folder, and a missing value is a
 * mistake reported with the template's line, never a silent gap in a prompt.
 */
public final class PromptTemplates {

    /** The template for one footage statement. */
    public static final String SHOT = "shot.ftl";

    private final Configuration configuration;
    private final String origin;

    private PromptTemplates(TemplateLoader loader, String origin) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setTemplateLoader(loader);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_35));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("0.##");
        c.setDefaultEncoding("UTF-8");
        // every value a template puts in is marked, so the safety check can tell the lesson's words from the template's
        c.setOutputFormat(MarkedValues.INSTANCE);
        this.configuration = c;
        this.origin = origin;
    }

    /** The templates that come with Lesson Studio (the repository's templates/prompts). */
    public static PromptTemplates standard() {
        return new PromptTemplates(new ClassTemplateLoader(PromptTemplates.class, "templates"), "the standard templates");
    }

    /**
     * A teacher's own folder of templates, which must hold {@value #SHOT}. Files outside it cannot be
     * reached from a template, links followed: a template that is a link leading out of the folder
     * is refused with a message naming it and where it points.
     */
    public static PromptTemplates in(Path folder) throws PromptException {
        RootFolder root;
        try {
            root = RootFolder.of(folder);
        } catch (IOException e) {
            throw new PromptException(folder + " is not a folder of prompt templates");
        }
        RootFolder.Found shot = root.find(SHOT);
        if (shot instanceof RootFolder.Refused refused && (refused.reason() == RootFolder.Reason.LINK_OUTSIDE
                || refused.reason() == RootFolder.Reason.LINK_BROKEN)) {
            throw new PromptException(root.explain(refused, "the prompt template " + SHOT));
        }
        if (!(shot instanceof RootFolder.Inside inside && Files.isRegularFile(inside.real(), LinkOption.NOFOLLOW_LINKS))) {
            throw new PromptException(folder + " has no " + SHOT + "; copy templates/prompts to start your own");
        }
        return new PromptTemplates(new FolderTemplates(root), folder.toString());
    }

    /** Where the templates come from, for messages. */
    public String origin() {
        return origin;
    }

    /**
     * Expands a template with the data, into one paragraph (each line stripped, empty ones left out,
     * joined by spaces), in pieces that say which words are the template's and which the lesson's.
     */
    public List<PromptPiece> expand(String name, Map<String, Object> data) throws PromptException {
        StringWriter out = new StringWriter();
        try {
            Template template = configuration.getTemplate(name);
            template.process(data, out);
        } catch (TemplateException e) {
            Optional<FolderTemplates.Refused> refused = FolderTemplates.Refused.in(e);
            if (refused.isPresent()) {
                throw new PromptException(refused.get().getMessage());
            }
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            String line = e.getLineNumber() == null ? "" : ", line " + e.getLineNumber();
            String what = e.getBlamedExpressionString() != null
                    ? "`" + e.getBlamedExpressionString() + "` has no value"
                    : e.getMessageWithoutStackTop().lines().findFirst().orElse("it could not be expanded");
            throw new PromptException("the prompt template " + where + line + " (" + origin + "): " + what);
        } catch (IOException e) {
            Optional<FolderTemplates.Refused> refused = FolderTemplates.Refused.in(e);
            throw new PromptException(refused.isPresent() ? refused.get().getMessage()
                    : "the prompt template " + name + " cannot be read from " + origin + ": " + e.getMessage());
        }
        return paragraph(out.toString());
    }

    /** The marked expansion as one paragraph, in pieces by who wrote them. */
    static List<PromptPiece> paragraph(String marked) {
        StringBuilder text = new StringBuilder();
        BitSet fromLesson = new BitSet();
        boolean inValue = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == MarkedValues.START || c == MarkedValues.END) {
                inValue = c == MarkedValues.START;
            } else {
                fromLesson.set(text.length(), inValue);
                text.append(c);
            }
        }
        Pieces pieces = new Pieces();
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                if (!pieces.isEmpty()) {
                    pieces.add(' ', PromptPiece.Origin.TEMPLATE);
                }
                for (int i = from; i < to; i++) {
                    pieces.add(text.charAt(i), fromLesson.get(i) ? PromptPiece.Origin.LESSON
                            : PromptPiece.Origin.TEMPLATE);
                }
            }
            start = end + 1;
        }
        return pieces.done();
    }

    /** Pieces built a character at a time, a new piece wherever the writer changes. */
    private static final class Pieces {
        private final List<PromptPiece> done = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private PromptPiece.Origin origin;

        boolean isEmpty() {
            return done.isEmpty() && run.length() == 0;
        }

        void add(char c, PromptPiece.Origin by) {
            if (by != origin && run.length() > 0) {
                done.add(new PromptPiece(origin, run.toString()));
                run.setLength(0);
            }
            origin = by;
            run.append(c);
        }

        List<PromptPiece> done() {
            if (run.length() > 0) {
                done.add(new PromptPiece(origin, run.toString()));
                run.setLength(0);
            }
            return List.copyOf(done);
        }
    }

    /** A template that cannot make a prompt; the message says which template, which line and why. */
    public static final class PromptException extends Exception {
        public PromptException(String message) {
            super(message);
        }
    }
}
