package org.lessonstudio.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.lessonstudio.app.edit.Completions;
import org.lessonstudio.app.edit.Formatting;
import org.lessonstudio.app.edit.Highlights;
import org.lessonstudio.app.edit.Hovers;
import org.lessonstudio.app.edit.LessonDraft;
import org.lessonstudio.app.edit.Names;
import org.lessonstudio.app.Env;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.diag.Hint;
import org.lessonstudio.dsl.source.Span;

/** The requests about one lesson's text, each answered from app.edit on the latest text. */
final class LessonDocuments implements TextDocumentService {

    private final OpenLessons lessons;
    private final Env env;
    private final Supplier<LanguageClient> client;
    /** Answers requests off the protocol's reader thread; some wait for a check, which must not hold the common pool. */
    private final java.util.concurrent.ExecutorService answering = java.util.concurrent.Executors.newCachedThreadPool(
            r -> {
                Thread thread = new Thread(r, "lesson-answers");
                thread.setDaemon(true);
                return thread;
            });

    LessonDocuments(OpenLessons lessons, Env env, Supplier<LanguageClient> client) {
        this.lessons = lessons;
        this.env = env;
        this.client = client;
    }

    void stop() {
        answering.shutdownNow();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        changed(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        String text = lessons.get(uri).map(o -> o.parsed().text()).orElse("");
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                Span replaced = new Positions(text).span(change.getRange());
                text = text.substring(0, replaced.start()) + change.getText() + text.substring(replaced.end());
            }
        }
        changed(uri, params.getTextDocument().getVersion(), text);
    }

    private void changed(String uri, int version, String text) {
        lessons.update(uri, version, text, checked -> publish(uri, version, checked));
    }

    private void publish(String uri, int version, LessonDraft checked) {
        LanguageClient listener = client.get();
        if (listener == null) {
            return;
        }
        Positions at = new Positions(checked.text());
        List<org.eclipse.lsp4j.Diagnostic> shown = checked.diagnostics().stream()
                .filter(d -> d.file().text().equals(checked.text()))
                .map(d -> Translate.diagnostic(d, at, uri)).toList();
        listener.publishDiagnostics(new PublishDiagnosticsParams(uri, shown, version));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        lessons.close(params.getTextDocument().getUri());
        LanguageClient listener = client.get();
        if (listener != null) {
            listener.publishDiagnostics(new PublishDiagnosticsParams(params.getTextDocument().getUri(), List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the editor has sent every change already; pictures beside the lesson are read at each check
    }

    private LessonDraft parsed(String uri) {
        return lessons.get(uri).map(OpenLessons.Open::parsed).orElseThrow(() -> new ResponseErrorException(
                new ResponseError(ResponseErrorCode.InvalidParams, "this lesson is not open: " + uri, null)));
    }

    private LessonDraft checked(String uri) {
        return lessons.get(uri).map(o -> o.checked().join()).orElseGet(() -> parsed(uri));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LessonDraft draft = parsed(params.getTextDocument().getUri());
            Positions at = new Positions(draft.text());
            int caret = at.offset(params.getPosition());
            Completions.Answer answer = Completions.at(draft, caret, env);
            Span replaced = new Span(answer.from(), caret);
            return Either.forLeft(answer.items().stream().map(c -> Translate.completion(c, replaced, at)).toList());
        }, answering);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LessonDraft draft = checked(params.getTextDocument().getUri());
            Positions at = new Positions(draft.text());
            return Hovers.at(draft, at.offset(params.getPosition()))
                    .map(h -> new Hover(Translate.markdown(h.markdown()), at.range(h.span()))).orElse(null);
        }, answering);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            String uri = params.getTextDocument().getUri();
            LessonDraft draft = parsed(uri);
            Positions at = new Positions(draft.text());
            List<Location> found = draft.names().at(at.offset(params.getPosition()))
                    .map(d -> List.of(new Location(uri, at.range(d.nameSpan())))).orElse(List.of());
            return Either.forLeft(found);
        }, answering);
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return CompletableFuture.supplyAsync(() -> {
            String uri = params.getTextDocument().getUri();
            LessonDraft draft = parsed(uri);
            Positions at = new Positions(draft.text());
            Optional<Names.Defined> name = draft.names().at(at.offset(params.getPosition()));
            List<Location> found = new ArrayList<>();
            name.ifPresent(d -> {
                if (params.getContext() == null || params.getContext().isIncludeDeclaration()) {
                    found.add(new Location(uri, at.range(d.nameSpan())));
                }
                draft.names().uses(d).forEach(use -> found.add(new Location(uri, at.range(use))));
            });
            return found;
        }, answering);
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return CompletableFuture.supplyAsync(() -> {
            String uri = params.getTextDocument().getUri();
            LessonDraft draft = parsed(uri);
            Positions at = new Positions(draft.text());
            String newName = params.getNewName();
            if (!newName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                        "a name is letters, digits and _, starting with a letter: `" + newName + "` is not one", null));
            }
            Names.Defined name = draft.names().at(at.offset(params.getPosition())).orElseThrow(() ->
                    new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                            "there is no name here to rename", null)));
            if (draft.names().inScene(name.scene()).stream().anyMatch(d -> d.name().equals(newName))) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                        "this scene already has a `" + newName + "`", null));
            }
            List<TextEdit> edits = new ArrayList<>();
            edits.add(new TextEdit(at.range(name.nameSpan()), newName));
            draft.names().uses(name).forEach(use -> edits.add(new TextEdit(at.range(use), newName)));
            return new WorkspaceEdit(Map.of(uri, edits));
        }, answering);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LessonDraft draft = parsed(params.getTextDocument().getUri());
            Positions at = new Positions(draft.text());
            List<Either<SymbolInformation, DocumentSymbol>> scenes = new ArrayList<>();
            for (int i = 0; i < draft.ast().scenes().size(); i++) {
                SceneAst scene = draft.ast().scenes().get(i);
                List<DocumentSymbol> objects = new ArrayList<>();
                for (Names.Defined d : draft.names().inScene(i)) {
                    objects.add(new DocumentSymbol(d.name(), d.kind().equals("value") ? SymbolKind.Variable
                            : SymbolKind.Object, at.range(d.line()), at.range(d.nameSpan()), d.kind()));
                }
                DocumentSymbol symbol = new DocumentSymbol(scene.title().isBlank() ? "(scene)" : scene.title(),
                        SymbolKind.Namespace, at.range(scene.span()), at.range(scene.titleSpan()), "scene");
                symbol.setChildren(objects);
                scenes.add(Either.forRight(symbol));
            }
            return scenes;
        }, answering);
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LessonDraft draft = parsed(params.getTextDocument().getUri());
            Positions at = new Positions(draft.text());
            List<FoldingRange> ranges = new ArrayList<>();
            for (SceneAst scene : draft.ast().scenes()) {
                int first = at.position(scene.span().start()).getLine();
                int last = at.position(Math.max(scene.span().start(), scene.span().end() - 1)).getLine();
                if (last > first) {
                    ranges.add(new FoldingRange(first, last));
                }
            }
            return ranges;
        }, answering);
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LessonDraft draft = parsed(params.getTextDocument().getUri());
            return new SemanticTokens(Translate.semanticTokens(Highlights.of(draft), draft.text(),
                    new Positions(draft.text())));
        }, answering);
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LessonDraft draft = parsed(params.getTextDocument().getUri());
            String formatted = Formatting.format(draft.text());
            if (formatted.equals(draft.text())) {
                return List.of();
            }
            Positions at = new Positions(draft.text());
            return List.of(new TextEdit(at.range(new Span(0, draft.text().length())), formatted));
        }, answering);
    }

    /** "Did you mean …": each hint that carries its replacement, offered as a quick fix. */
    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            String uri = params.getTextDocument().getUri();
            LessonDraft draft = checked(uri);
            Positions at = new Positions(draft.text());
            Span asked = at.span(params.getRange());
            List<Either<Command, CodeAction>> fixes = new ArrayList<>();
            for (org.lessonstudio.dsl.diag.Diagnostic found : draft.diagnostics()) {
                if (found.span().end() < asked.start() || found.span().start() > asked.end()) {
                    continue;
                }
                for (Hint hint : found.advice()) {
                    if (hint.isFix()) {
                        Span where = hint.span() == null ? found.span() : hint.span();
                        CodeAction fix = new CodeAction("Change to `" + hint.replacement() + "`");
                        fix.setKind(CodeActionKind.QuickFix);
                        fix.setDiagnostics(List.of(Translate.diagnostic(found, at, uri)));
                        fix.setIsPreferred(true);
                        fix.setEdit(new WorkspaceEdit(Map.of(uri,
                                List.of(new TextEdit(at.range(where), hint.replacement())))));
                        fixes.add(Either.forRight(fix));
                    }
                }
            }
            return fixes;
        }, answering);
    }
}
