package org.lessonstudio.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.lessonstudio.app.Env;

/**
 * {@code lesson lsp}: a language server for {@code .lesson} files, over any pair of streams
 * (stdio for an editor, pipes in the tests). Mistakes as you type, completion, hover, go to
 * definition, references, rename, the outline, folding by scene, semantic highlighting,
 * formatting and "did you mean" quick fixes.
 */
public final class LessonLanguageServer implements LanguageServer, LanguageClientAware {

    private final OpenLessons lessons;
    private final LessonDocuments documents;
    private volatile LanguageClient client;
    private volatile boolean shutDown;
    private Runnable onExit = () -> { };

    public LessonLanguageServer(Env env) {
        this.lessons = new OpenLessons(env);
        this.documents = new LessonDocuments(lessons, env, () -> client);
    }

    /**
     * Serves one editor on these streams until it says exit or closes them; the exit code is 0
     * when it asked to shut down first, 1 otherwise (as the protocol says).
     */
    public static int serve(InputStream in, OutputStream out, Env env) {
        LessonLanguageServer server = new LessonLanguageServer(env);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        var listening = launcher.startListening();
        server.onExit = () -> listening.cancel(true);
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the editor closed the streams or asked to exit
        }
        server.lessons.stop();
        server.documents.stop();
        return server.shutDown ? 0 : 1;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities can = new ServerCapabilities();
        can.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        CompletionOptions completion = new CompletionOptions(false, List.of(".", ":", ",", " "));
        can.setCompletionProvider(completion);
        can.setHoverProvider(true);
        can.setDefinitionProvider(true);
        can.setReferencesProvider(true);
        can.setRenameProvider(true);
        can.setDocumentSymbolProvider(true);
        can.setFoldingRangeProvider(true);
        can.setDocumentFormattingProvider(true);
        can.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(Translate.LEGEND);
        tokens.setFull(true);
        can.setSemanticTokensProvider(tokens);
        String version = LessonLanguageServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(new InitializeResult(can,
                new ServerInfo("lesson", version == null ? "development" : version)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        lessons.stop();
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) {
            }

            @Override
            public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) {
            }
        };
    }
}
