package org.lessonstudio.footage;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
        this.configuration = c;
        this.origin = origin;
    }

    /** The templates that come with Lesson Studio (the repository's templates/prompts). */
    public static PromptTemplates standard() {
        return new PromptTemplates(new ClassTemplateLoader(PromptTemplates.class, "templates"), "the standard templates");
    }

    /** A teacher's own folder of templates; files outside it cannot be reached from a template. */
    public static PromptTemplates in(Path folder) throws IOException {
        return new PromptTemplates(new FileTemplateLoader(folder.toFile()), folder.toString());
    }

    /** Where the templates come from, for messages. */
    public String origin() {
        return origin;
    }

    /** Expands a template with the data, into one paragraph. */
    public String expand(String name, Map<String, Object> data) throws PromptException {
        StringWriter out = new StringWriter();
        try {
            Template template = configuration.getTemplate(name);
            template.process(data, out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            String line = e.getLineNumber() == null ? "" : ", line " + e.getLineNumber();
            String what = e.getBlamedExpressionString() != null
                    ? "`" + e.getBlamedExpressionString() + "` has no value"
                    : e.getMessageWithoutStackTop().lines().findFirst().orElse("it could not be expanded");
            throw new PromptException("the prompt template " + where + line + " (" + origin + "): " + what);
        } catch (IOException e) {
            throw new PromptException("the prompt template " + name + " cannot be read from " + origin + ": "
                    + e.getMessage());
        }
        return out.toString().lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** A template that cannot make a prompt; the message says which template, which line and why. */
    public static final class PromptException extends Exception {
        public PromptException(String message) {
            super(message);
        }
    }
}
