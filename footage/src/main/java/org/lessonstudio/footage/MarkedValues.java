package org.lessonstudio.footage;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * The output format prompt templates are expanded in: every value a template puts in with
 * {@code ${…}} is written between two private-use characters, so the expanded text can be split
 * into the template's own words and the lesson's (see {@link PromptPiece}). The marks never reach a
 * prompt; a value's own marks (or a template's) are taken out or count against the template.
 */
final class MarkedValues extends CommonMarkupOutputFormat<MarkedValues.Marked> {

    static final char START = '\uE000';
    static final char END = '\uE001';
    static final MarkedValues INSTANCE = new MarkedValues();

    private MarkedValues() {
    }

    @Override
    public String getName() {
        return "lessonStudioPrompt";
    }

    @Override
    public String getMimeType() {
        return "text/plain";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
        String value = text.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
        return value.isBlank() ? value : START + value + END;
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Marked newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Marked(plainTextContent, markupContent);
    }

    /** A value already marked (Freemarker's model of text in this format). */
    static final class Marked extends CommonTemplateMarkupOutputModel<Marked> {
        Marked(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkedValues getOutputFormat() {
            return INSTANCE;
        }
    }
}
