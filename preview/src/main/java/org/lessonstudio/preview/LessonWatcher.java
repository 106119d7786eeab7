package org.lessonstudio.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a lesson's folder and calls back once per save, however the editor saves (in place, or
 * by writing a new file and renaming it). A burst of events within a few milliseconds is one save.
 */
public final class LessonWatcher implements AutoCloseable {

    /** Quiet time that ends a burst of file events. */
    private static final long SETTLE_MILLIS = 25;

    private final WatchService service;
    private final Thread thread;

    /**
     * @param files   the files whose change matters (the lesson, and later what it includes)
     * @param onSave  called on the watcher's own thread, once per burst of changes
     */
    public LessonWatcher(Path folder, Set<Path> files, Runnable onSave) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE);
        Set<Path> names = files.stream().map(Path::getFileName).collect(java.util.stream.Collectors.toSet());
        thread = new Thread(() -> loop(names, onSave), "lesson-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Set<Path> names, Runnable onSave) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key, names);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more, names);
                }
                if (relevant) {
                    onSave.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private static boolean drain(WatchKey key, Set<Path> names) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || names.contains((Path) event.context())) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
