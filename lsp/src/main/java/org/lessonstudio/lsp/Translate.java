package org.lessonstudio.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.lessonstudio.app.edit.Completion;
import org.lessonstudio.app.edit.Highlights;
import org.lessonstudio.dsl.diag.Hint;
import org.lessonstudio.dsl.diag.Severity;
import org.lessonstudio.dsl.source.Span;

/** app's answers in the protocol's terms. */
final class Translate {

    /** The token types and modifiers semantic tokens name, by their index. */
    static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(
            List.of("keyword", "type", "property", "variable", "enumMember", "number", "string", "comment"),
            List.of("declaration"));

    private Translate() {
    }

    /** A mistake with its range, its code, and each hint as related information at the place it is about. */
    static Diagnostic diagnostic(org.lessonstudio.dsl.diag.Diagnostic found, Positions at, String uri) {
        Diagnostic shown = new Diagnostic(at.range(found.span()), found.message(),
                found.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "lesson",
                found.code());
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Hint hint : found.advice()) {
            Span about = hint.span() == null ? found.span() : hint.span();
            related.add(new DiagnosticRelatedInformation(new Location(uri, at.range(about)), hint.text()));
        }
        if (!related.isEmpty()) {
            shown.setRelatedInformation(related);
        }
        return shown;
    }

    static CompletionItem completion(Completion offer, Span replaced, Positions at) {
        CompletionItem item = new CompletionItem(offer.label());
        item.setKind(switch (offer.sort()) {
            case KIND -> CompletionItemKind.Class;
            case ACTION, KEYWORD -> CompletionItemKind.Keyword;
            case CLAUSE, SETTING -> CompletionItemKind.Property;
            case NAME -> CompletionItemKind.Variable;
            case MEMBER -> CompletionItemKind.Field;
            case COLOUR -> CompletionItemKind.Color;
            case EASING, PLACE, CHOICE -> CompletionItemKind.EnumMember;
        });
        item.setDetail(offer.detail());
        if (!offer.documentation().isEmpty()) {
            item.setDocumentation(markdown(offer.documentation()));
        }
        item.setTextEdit(Either.forLeft(new TextEdit(at.range(replaced), offer.label())));
        return item;
    }

    static MarkupContent markdown(String text) {
        return new MarkupContent(MarkupKind.MARKDOWN, text);
    }

    /** Every highlight as the protocol's five numbers: line and start relative to the one before, length, type, modifiers. */
    static List<Integer> semanticTokens(List<Highlights.Highlight> highlights, String text, Positions at) {
        List<Integer> data = new ArrayList<>();
        int line = 0;
        int start = 0;
        for (Highlights.Highlight h : highlights) {
            Span span = h.span();
            if (text.substring(span.start(), span.end()).indexOf('\n') >= 0) {
                continue;
            }
            var position = at.position(span.start());
            int dl = position.getLine() - line;
            int ds = dl == 0 ? position.getCharacter() - start : position.getCharacter();
            data.add(dl);
            data.add(ds);
            data.add(span.length());
            data.add(type(h.category()));
            data.add(h.category() == Highlights.Category.DEFINITION ? 1 : 0);
            line = position.getLine();
            start = position.getCharacter();
        }
        return data;
    }

    private static int type(Highlights.Category category) {
        return switch (category) {
            case KEYWORD -> 0;
            case KIND -> 1;
            case CLAUSE, MEMBER -> 2;
            case DEFINITION, NAME -> 3;
            case CONSTANT -> 4;
            case NUMBER -> 5;
            case STRING -> 6;
            case COMMENT -> 7;
        };
    }
}
