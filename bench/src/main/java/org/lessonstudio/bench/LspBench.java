package org.lessonstudio.bench;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.lessonstudio.app.Env;
import org.lessonstudio.lsp.LessonLanguageServer;

/**
 * The language server's promises, measured as an editor meets them (LSP4J's client on pipes):
 * on a lesson of about 500 lines, the diagnostics of a one-letter edit arrive within 100 ms,
 * completion answers within 50 ms, and the server stays under 256 MiB (run with -Xmx256m).
 */
public final class LspBench {

    private static final int ROUNDS = 40;

    private LspBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("lesson-lsp-bench");
        Path lesson = folder.resolve("long.lesson");
        String text = longLesson();
        Files.writeString(lesson, text);
        System.out.printf(Locale.ROOT, "Lesson: %d lines%n", text.split("\n", -1).length - 1);

        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        Env env = Env.fromProcess();
        CompletableFuture.runAsync(() -> LessonLanguageServer.serve(serverIn, serverOut, env));
        var launcher = LSPLauncher.createClientLauncher(new Listener(published), clientIn, clientOut);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
        String uri = lesson.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "lesson", 1,
                text)));
        waitFor(published, 1);

        int line = lineOf(text, "  circle unit: center");
        List<Double> diagnostics = new ArrayList<>();
        List<Double> completions = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int version = round + 2;
            boolean typo = round % 2 == 0;
            long start = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(
                            new Range(new Position(line, 4), new Position(line, 5)), typo ? "x" : "r"))));
            PublishDiagnosticsParams answer = waitFor(published, version);
            diagnostics.add((System.nanoTime() - start) / 1e6);
            if (typo == answer.getDiagnostics().isEmpty()) {
                throw new IllegalStateException("round " + round + ": the typo was " + (typo ? "not " : "")
                        + "reported");
            }
            start = System.nanoTime();
            var offered = server.getTextDocumentService().completion(new CompletionParams(
                    new TextDocumentIdentifier(uri), new Position(line, "  circle unit: ".length())))
                    .get(10, TimeUnit.SECONDS);
            completions.add((System.nanoTime() - start) / 1e6);
            if (offered.getLeft().isEmpty()) {
                throw new IllegalStateException("nothing offered");
            }
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "Diagnostics after an edit: median %.0f ms, 90th %.0f ms, worst %.0f ms (%d edits)%n",
                median(diagnostics), percentile(diagnostics, 0.9), Collections.max(diagnostics), ROUNDS);
        System.out.printf(Locale.ROOT, "Completion: median %.1f ms, 90th %.1f ms, worst %.1f ms%n", median(completions),
                percentile(completions, 0.9), Collections.max(completions));
        System.out.printf(Locale.ROOT, "Memory: heap in use after the session %.0f MiB (max heap %.0f MiB), "
                + "resident %s%n", heap / 1048576.0, runtime.maxMemory() / 1048576.0, resident());
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        System.exit(0);
    }

    /** Twelve copies of the flagship's busiest scene, each under its own title: about 500 lines. */
    static String longLesson() throws java.io.IOException {
        String flagship = Files.readString(Path.of("examples/sine-from-unit-circle.lesson"));
        int from = flagship.indexOf("scene \"The unit circle\"");
        int to = flagship.indexOf("scene \"What we found\"");
        String scene = flagship.substring(from, to);
        StringBuilder lesson = new StringBuilder("lesson \"A long lesson\"\n  language: en\n\n");
        for (int i = 1; i <= 12; i++) {
            lesson.append(scene.replace("scene \"The unit circle\"", "scene \"The unit circle, part " + i + "\""));
        }
        return lesson.toString();
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i;
            }
        }
        throw new IllegalStateException(start);
    }

    private static PublishDiagnosticsParams waitFor(BlockingQueue<PublishDiagnosticsParams> published, int version)
            throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams params = published.poll(120, TimeUnit.SECONDS);
            if (params == null) {
                throw new IllegalStateException("no diagnostics for version " + version);
            }
            if (params.getVersion() != null && params.getVersion() == version) {
                return params;
            }
        }
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    private static String resident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return "at most " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MiB (the whole JVM)";
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // not Linux: no resident size to give
        }
        return "unknown";
    }

    private record Listener(BlockingQueue<PublishDiagnosticsParams> published) implements LanguageClient {
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
