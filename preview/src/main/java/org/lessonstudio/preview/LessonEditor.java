package org.lessonstudio.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.edit.Completion;
import org.lessonstudio.app.edit.Completions;
import org.lessonstudio.app.edit.Highlights;
import org.lessonstudio.app.edit.Hovers;
import org.lessonstudio.app.edit.LessonDraft;
import org.lessonstudio.app.edit.Names;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.io.PartialFiles;
import org.lessonstudio.dsl.source.Span;

/**
 * The lesson's text beside the picture (RichTextFX): coloured by the same highlights as the
 * language server's semantic tokens, mistakes underlined shortly after typing stops (the same
 * checks as {@code lesson check}) with their message under the mouse, completion on Ctrl+Space,
 * Ctrl+S writes the file (and the preview reloads it as it does any save). Where the caret is,
 * and edits made from the picture, go through here.
 */
final class LessonEditor {

    /** How long typing must pause before the text is checked. */
    private static final Duration SETTLE = Duration.millis(100);

    private final Path file;
    private final Env env;
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> pane = new VirtualizedScrollPane<>(area);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "editor-checks");
        thread.setDaemon(true);
        return thread;
    });
    private final Popup tip = new Popup();
    private final Label tipText = new Label();
    private final ContextMenu offers = new ContextMenu();
    private final Consumer<String> status;

    private LessonDraft parsed;
    private boolean readOnly;
    private List<Diagnostic> mistakes = List.of();
    private String saved;
    private int version;
    private Consumer<Optional<Names.Defined>> caretName = name -> { };

    LessonEditor(Path file, Env env, Consumer<String> status) throws IOException {
        this.file = file;
        this.env = env;
        this.status = status;
        area.setId("editor");
        area.getStyleClass().add("lesson-editor");
        area.getStylesheets().add(LessonEditor.class.getResource("lesson-editor.css").toExternalForm());
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(false);
        org.lessonstudio.dsl.source.SourceFile read = org.lessonstudio.dsl.source.SourceFile.read(file);
        saved = read.text();
        area.replaceText(saved);
        if (read.problem().isPresent()) {
            // too large, or not UTF-8: shown (the mistake is listed over the picture), never written back
            area.setEditable(false);
            readOnly = true;
        }
        area.getUndoManager().forgetHistory();
        moveCaretTo(0);
        changed();
        area.textProperty().addListener((o, before, now) -> changed());
        settle.setOnFinished(e -> check());
        area.caretPositionProperty().addListener((o, before, now) -> caretName.accept(nameOnCaretLine()));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        tipText.setId("editor-tip");
        tipText.setWrapText(true);
        tipText.setMaxWidth(520);
        tipText.setStyle("-fx-background-color: #2b2b30; -fx-text-fill: #f4f4f4; -fx-padding: 6 8 6 8;"
                + " -fx-font-size: 13px; -fx-border-color: #555; -fx-border-width: 1;");
        tip.getContent().add(tipText);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Optional<String> text = tipAt(e.getCharacterIndex());
            if (text.isPresent()) {
                tipText.setText(text.get());
                tip.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        offers.setId("completions");
    }

    Region node() {
        return pane;
    }

    CodeArea area() {
        return area;
    }

    /** Tells {@code listener} the name defined on the caret's line, whenever the caret moves. */
    void onCaretName(Consumer<Optional<Names.Defined>> listener) {
        caretName = listener;
    }

    /** The text as parsed now (never waits for a check). */
    LessonDraft parsed() {
        return parsed;
    }

    /** The mistakes underlined now. */
    List<Diagnostic> mistakes() {
        return mistakes;
    }

    /** The completion menu (open after Ctrl+Space). */
    ContextMenu offers() {
        return offers;
    }

    boolean unsaved() {
        return !area.getText().equals(saved);
    }

    /** Puts the caret at {@code offset}, scrolled into view. */
    void moveCaretTo(int offset) {
        area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        area.requestFollowCaret();
    }

    /**
     * Replaces stretches of the text (each as it is now; none overlapping) in one undoable step
     * and saves: the picture follows through the reload.
     */
    void replaceAndSave(List<Replacement> replacements) {
        List<Replacement> last = new ArrayList<>(replacements);
        last.sort(Comparator.comparingInt((Replacement r) -> r.span().start()).reversed());
        var multi = area.createMultiChange(last.size());
        for (Replacement r : last) {
            multi.replaceText(r.span().start(), r.span().end(), r.text());
        }
        multi.commit();
        save();
    }

    /** One stretch of text and what to write there. */
    record Replacement(Span span, String text) { }

    /** Undoes the last change (a drag's, when the picture asks) and saves. */
    void undoAndSave() {
        if (area.isUndoAvailable()) {
            area.undo();
            save();
        }
    }

    /** After a save in another editor: takes the file's text, unless this one has changes of its own. */
    void fileMayHaveChanged() {
        try {
            org.lessonstudio.dsl.source.SourceFile read = org.lessonstudio.dsl.source.SourceFile.read(file);
            String onDisk = read.text();
            if (!onDisk.equals(saved) && !unsaved()) {
                readOnly = read.problem().isPresent();
                area.setEditable(!readOnly);
                saved = onDisk;
                int caret = area.getCaretPosition();
                area.replaceText(onDisk);
                moveCaretTo(caret);
            }
        } catch (IOException e) {
            // the file is being replaced; the next reload tries again
        }
    }

    /** Writes the text to the file: beside it first, then moved into place in one step. */
    boolean save() {
        if (readOnly) {
            status.accept(file.getFileName() + " is not plain UTF-8 text of a lesson's size: it is not written from"
                    + " here, so nothing in it is lost.");
            return false;
        }
        String text = area.getText();
        try {
            Path partial = PartialFiles.create(file);
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            PartialFiles.commit(partial, file);
            saved = text;
            status.accept("Saved " + file.getFileName() + ".");
            return true;
        } catch (IOException e) {
            status.accept("Could not save " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    void close() {
        checker.shutdownNow();
        tip.hide();
        offers.hide();
    }

    private void key(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN).match(e)) {
            complete();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            save();
            e.consume();
        }
    }

    /** Offers what may be written at the caret, those starting with what is typed of the word first. */
    void complete() {
        int caret = area.getCaretPosition();
        Completions.Answer answer = Completions.at(parsed, caret, env);
        String typed = area.getText(answer.from(), caret);
        offers.getItems().clear();
        for (Completion offer : answer.items()) {
            if (!offer.label().startsWith(typed)) {
                continue;
            }
            MenuItem item = new MenuItem(offer.label() + "   \u2014 " + offer.detail());
            item.setUserData(offer.label());
            item.setOnAction(e -> area.replaceText(answer.from(), area.getCaretPosition(), offer.label()));
            offers.getItems().add(item);
            if (offers.getItems().size() == 40) {
                break;
            }
        }
        if (offers.getItems().isEmpty()) {
            status.accept("Nothing to offer here.");
            return;
        }
        var bounds = area.getCaretBounds();
        double x = bounds.map(b -> b.getMinX()).orElse(0.0);
        double y = bounds.map(b -> b.getMaxY()).orElse(0.0);
        offers.show(area, x, y);
    }

    /** The name whose definition starts on the caret's line. */
    private Optional<Names.Defined> nameOnCaretLine() {
        String text = area.getText();
        int caret = Math.min(area.getCaretPosition(), text.length());
        int start = caret == 0 ? 0 : text.lastIndexOf('\n', caret - 1) + 1;
        int end = text.indexOf('\n', caret);
        int lineEnd = end < 0 ? text.length() : end;
        return parsed.names().all().stream().filter(d -> d.line().start() >= start && d.line().start() <= lineEnd)
                .findFirst();
    }

    private Optional<String> tipAt(int offset) {
        for (Diagnostic d : mistakes) {
            Span span = shown(d.span());
            if (offset >= span.start() && offset < span.end()) {
                StringBuilder text = new StringBuilder(d.message());
                d.hints().forEach(h -> text.append("\n").append(h));
                return Optional.of(text.toString());
            }
        }
        return Hovers.at(parsed, offset).map(h -> h.markdown().replace("**", "").replace("`", "")
                .replaceAll("(?m)^```.*$", "").strip());
    }

    private void changed() {
        version++;
        parsed = LessonDraft.parse(file, area.getText());
        restyle();
        settle.playFromStart();
    }

    private void check() {
        int asked = version;
        LessonDraft draft = parsed;
        checker.execute(() -> {
            if (asked != version) {
                return;
            }
            List<Diagnostic> found;
            try {
                found = draft.checked(env).diagnostics();
            } catch (RuntimeException e) {
                if (stoppedWhileChecking(e)) {
                    return; // the window closed while this check ran: nothing to show it in
                }
                throw e;
            }
            Platform.runLater(() -> {
                if (asked == version) {
                    mistakes = found.stream().filter(d -> d.file().text().equals(draft.text())).toList();
                    restyle();
                }
            });
        });
    }

    /**
     * Whether a check ended because its thread was stopped (the window closing stops the checker):
     * a library reading files when that happens (Lucene, for the clips folder) says so with an
     * exception of its own, with the interruption as its cause.
     */
    private static boolean stoppedWhileChecking(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.nio.channels.ClosedByInterruptException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    /** A mistake's stretch as underlined: at least one character, on its own line. */
    private Span shown(Span span) {
        int length = area.getLength();
        int start = Math.min(span.start(), Math.max(0, length - 1));
        int end = Math.min(Math.max(span.end(), start + 1), length);
        return new Span(start, Math.max(start, end));
    }

    private void restyle() {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        String[] category = new String[length];
        for (Highlights.Highlight h : Highlights.of(parsed)) {
            String name = h.category().name().toLowerCase(java.util.Locale.ROOT);
            for (int i = h.span().start(); i < Math.min(h.span().end(), length); i++) {
                category[i] = name;
            }
        }
        boolean[] wrong = new boolean[length];
        for (Diagnostic d : mistakes) {
            Span span = shown(d.span());
            for (int i = span.start(); i < span.end(); i++) {
                wrong[i] = true;
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || !java.util.Objects.equals(category[i], category[runStart]) || wrong[i] != wrong[runStart]) {
                spans.add(classes(category[runStart], wrong[runStart]), i - runStart);
                runStart = i;
            }
        }
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
    }

    private static Collection<String> classes(String category, boolean wrong) {
        if (category == null) {
            return wrong ? Set.of("mistake") : Set.of();
        }
        return wrong ? Set.of(category, "mistake") : Set.of(category);
    }
}
