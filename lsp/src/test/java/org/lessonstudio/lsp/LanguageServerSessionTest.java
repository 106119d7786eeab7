package org.lessonstudio.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.Env;

/**
 * An editor's session with {@code lesson lsp}, through LSP4J's own client on piped streams: what
 * goes over the wire is what an editor sees.
 */
class LanguageServerSessionTest {

    static final String LESSON = """
            lesson "Session"

            scene "One"
              circle c: center (0, 0), radius 1
              point P: at (1, 0), label "P"
              line r: from (0, 0) to P
              draw c
              show P
              draw r over 2s
            """;

    @TempDir
    Path folder;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private LanguageServer server;
    private CompletableFuture<Integer> serving;
    private String uri;
    private String text;
    private int version = 1;

    @BeforeEach
    void start() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Env env = Env.of(Map.of("PATH", System.getenv().getOrDefault("PATH", "")), folder.resolve("home"));
        serving = CompletableFuture.supplyAsync(() -> LessonLanguageServer.serve(serverIn, serverOut, env));
        var launcher = LSPLauncher.createClientLauncher(new Listener(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
        Path lesson = folder.resolve("session.lesson");
        Files.writeString(lesson, LESSON);
        uri = lesson.toUri().toString();
        text = LESSON;
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "lesson", version, text)));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, serving.get(10, TimeUnit.SECONDS), "a server told to shut down first exits with 0");
    }

    @Test
    void aTypoIsUnderlinedWithItsRangeAndFixedByItsQuickFix() throws Exception {
        assertTrue(diagnostics().isEmpty(), "the lesson starts without mistakes");
        edit(at("circle c"), at("circle c") + "circle".length(), "cirle");
        List<Diagnostic> found = diagnostics();
        assertEquals(1, found.size(), found.toString());
        Diagnostic typo = found.get(0);
        assertEquals(new Range(new Position(3, 2), new Position(3, 7)), typo.getRange());
        assertFalse(typo.getRelatedInformation().isEmpty(), "the hint comes as related information");
        assertTrue(typo.getRelatedInformation().get(0).getMessage().contains("circle"),
                typo.getRelatedInformation().toString());

        List<CodeAction> fixes = server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), typo.getRange(), new CodeActionContext(found)))
                .get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
        assertEquals(1, fixes.size());
        List<TextEdit> fix = fixes.get(0).getEdit().getChanges().get(uri);
        assertEquals(List.of(new TextEdit(typo.getRange(), "circle")), fix);

        apply(fix);
        assertEquals(LESSON, text, "the fix puts back exactly the word");
        assertTrue(diagnostics().isEmpty(), "the fixed lesson has no mistakes");
    }

    @Test
    void completionAfterAKindsColonOffersItsClauses() throws Exception {
        diagnostics();
        String line = "  circle d: ";
        int end = at("  draw c");
        edit(end, end, line + "\n");
        List<String> offered = complete(position(end + line.length()));
        assertTrue(offered.containsAll(List.of("center", "radius", "color", "fill", "dashed")), offered.toString());
        assertFalse(offered.contains("label"), "a circle takes no label: " + offered);
        assertFalse(offered.contains("draw"), "an action is no clause: " + offered);

        List<String> members = complete(afterWriting(end + line.length(), "radius P."));
        assertEquals(List.of("x", "y"), members, "a point's parts");
        edit(at("radius P.") + "radius P.".length(), at("radius P.") + "radius P.".length(), "x");
        List<String> colours = complete(afterWriting(at("radius P.x") + "radius P.x".length(), ", color "));
        assertTrue(colours.containsAll(List.of("orange", "teal", "yellow")), colours.toString());
    }

    @Test
    void hoverExplainsKeywordsNamesAndWhenAnActionRuns() throws Exception {
        diagnostics();
        String onCircle = hover(at("circle c"));
        assertTrue(onCircle.contains("radius"), "the reference's section on circles: " + onCircle);
        String onP = hover(at("show P") + 5);
        assertTrue(onP.contains("a point") && onP.contains("point P: at (1, 0)") && onP.contains("at (1, 0) when it first shows"),
                onP);
        String onDraw = hover(at("draw r"));
        assertTrue(onDraw.contains("runs from 1.2 s to 3.2 s"), "after `draw c` (1.2 s), over 2 s: " + onDraw);
    }

    @Test
    void renamingAPointChangesItsDefinitionAndEveryUse() throws Exception {
        diagnostics();
        var references = server.getTextDocumentService().references(new ReferenceParams(
                new TextDocumentIdentifier(uri), position(at("point P") + 6), new ReferenceContext(true)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(3, references.size(), "P is defined once and used twice: " + references);
        var edit = server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri),
                position(at("show P") + 5), "Q")).get(30, TimeUnit.SECONDS);
        apply(edit.getChanges().get(uri));
        assertEquals(LESSON.replace("point P", "point Q").replace("to P", "to Q").replace("show P", "show Q"), text);
        assertTrue(diagnostics().isEmpty());
        var symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
                new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
        assertEquals("One", symbols.get(0).getRight().getName());
        assertEquals(List.of("c", "Q", "r"), symbols.get(0).getRight().getChildren().stream()
                .map(s -> s.getName()).toList());
    }

    @Test
    void formattingGivesTheCanonicalIndentationAndKeepsComments() throws Exception {
        diagnostics();
        String messy = "lesson \"Session\"\n\nscene \"One\"\n    circle c: radius 1   \n      # the circle\n"
                + "    draw c\n";
        replaceAll(messy);
        var edits = server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri), new FormattingOptions(2, true))).get(30, TimeUnit.SECONDS);
        apply(new ArrayList<>(edits));
        assertEquals("lesson \"Session\"\n\nscene \"One\"\n  circle c: radius 1\n    # the circle\n  draw c\n", text);
        var tokens = server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(
                new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS).getData();
        assertEquals(0, tokens.size() % 5);
        assertTrue(tokens.size() / 5 >= 8, "lesson, title, scene, title, circle, c, radius, 1, comment, draw, c");
    }

    // --- the client's side ---

    private List<Diagnostic> diagnostics() throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams params = published.poll(60, TimeUnit.SECONDS);
            if (params == null) {
                throw new AssertionError("no diagnostics were published");
            }
            if (params.getVersion() != null && params.getVersion() == version) {
                return params.getDiagnostics();
            }
        }
    }

    private String hover(int offset) throws Exception {
        var hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                position(offset))).get(30, TimeUnit.SECONDS);
        return hover == null ? "" : hover.getContents().getRight().getValue();
    }

    private List<String> complete(Position position) throws Exception {
        var answer = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
                position)).get(30, TimeUnit.SECONDS);
        return answer.getLeft().stream().map(CompletionItem::getLabel).toList();
    }

    private Position afterWriting(int offset, String written) {
        edit(offset, offset, written);
        return position(offset + written.length());
    }

    private int at(String written) {
        int i = text.indexOf(written);
        assertTrue(i >= 0, written);
        return i;
    }

    private Position position(int offset) {
        return new Positions(text).position(offset);
    }

    private void edit(int start, int end, String replacement) {
        Range range = new Range(position(start), position(end));
        text = text.substring(0, start) + replacement + text.substring(end);
        version++;
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(range, replacement))));
    }

    private void replaceAll(String replacement) throws InterruptedException {
        text = replacement;
        version++;
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Applies edits as an editor does: from the last to the first, so earlier places stay put. */
    private void apply(List<? extends TextEdit> edits) throws InterruptedException {
        Positions before = new Positions(text);
        List<? extends TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> before.offset(e.getRange().getStart())).reversed());
        String changed = text;
        for (TextEdit e : ordered) {
            changed = changed.substring(0, before.offset(e.getRange().getStart())) + e.getNewText()
                    + changed.substring(before.offset(e.getRange().getEnd()));
        }
        replaceAll(changed);
    }

    private final class Listener implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
