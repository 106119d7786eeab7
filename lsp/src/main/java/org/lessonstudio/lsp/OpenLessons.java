package org.lessonstudio.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.edit.LessonDraft;

/**
 * The lessons an editor has open, each as its latest text. A new text is parsed at once (what
 * completion and navigation need) and checked on one background thread, newest first: a check
 * of a text already replaced is skipped, so typing fast never queues checks up.
 */
final class OpenLessons {

    /** One open lesson: its latest version, parsed, and its check (done or under way). */
    record Open(int version, LessonDraft parsed, CompletableFuture<LessonDraft> checked) { }

    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "lesson-checks");
        thread.setDaemon(true);
        return thread;
    });
    private final Env env;

    OpenLessons(Env env) {
        this.env = env;
    }

    /** Takes a new text of a lesson; {@code whenChecked} hears its check unless a newer text came first. */
    Open update(String uri, int version, String text, Consumer<LessonDraft> whenChecked) {
        LessonDraft parsed = LessonDraft.parse(path(uri), text);
        CompletableFuture<LessonDraft> checked = new CompletableFuture<>();
        Open latest = new Open(version, parsed, checked);
        open.put(uri, latest);
        checker.execute(() -> {
            if (open.get(uri) != latest) {
                checked.complete(parsed);
                return;
            }
            try {
                LessonDraft done = parsed.checked(env);
                checked.complete(done);
                if (open.get(uri) == latest) {
                    whenChecked.accept(done);
                }
            } catch (RuntimeException | Error e) {
                checked.completeExceptionally(e);
            }
        });
        return latest;
    }

    Optional<Open> get(String uri) {
        return Optional.ofNullable(open.get(uri));
    }

    void close(String uri) {
        open.remove(uri);
    }

    void stop() {
        checker.shutdownNow();
    }

    /** The file a document names; an unsaved one ({@code untitled:}) is taken to be in the working folder. */
    static Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if ("file".equals(parsed.getScheme())) {
                return Path.of(parsed);
            }
        } catch (IllegalArgumentException e) {
            // not a URI a file can be found from: treated as unsaved
        }
        return Path.of("untitled.lesson").toAbsolutePath();
    }
}
