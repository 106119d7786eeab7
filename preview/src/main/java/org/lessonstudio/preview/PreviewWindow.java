package org.lessonstudio.preview;

import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.lessonstudio.app.Durations;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.timeline.Timeline;

/**
 * The live preview window: the lesson's text ({@link LessonEditor}) beside the frame, scaled to
 * fit, the two joined by {@link PictureLinks}; the scene bar and list; play, pause, step, scene
 * jumps, loop and speed; the caption being spoken; the mistakes of the last save over the last
 * good frame. Frames come from {@link FrameAhead}, drawn off the UI thread by the export's
 * own renderer; saves are reloaded off the UI thread by {@link LessonReloader}.
 */
public final class PreviewWindow {

    private static final double[] SPEEDS = {0.25, 0.5, 0.75, 1, 1.25, 1.5, 2};

    private final Stage stage;
    private final PreviewModel model;
    private final PreviewLog log;
    private final FrameAhead frames;
    private final ImageView view = new ImageView();
    private final StackPane viewer = new StackPane();
    private final TextArea overlay = new TextArea();
    private final Label caption = new Label();
    private final Label clock = new Label();
    private final Label dropped = new Label();
    private final Label status = new Label();
    private final Button play = new Button("\u25B6");
    private final ToggleButton loop = new ToggleButton("Loop scene");
    private final ChoiceBox<String> speed = new ChoiceBox<>();
    private final ListView<String> sceneList = new ListView<>();
    private final TimelineBar bar;
    private final PreviewActions actions;
    private final AnimationTimer pulse;
    private final PreviewVoice voice;
    private String voiceProblemShown = "";
    private final Preferences preferences;

    private WritableImage image;
    private int[] shownPixels;
    private int shownReload = -1;
    private int shownFrame = -1;
    private int droppedFrames;
    private int framesShown;
    private long lastPulse;
    private volatile long saveSeenNanos;
    private volatile double lastSaveToFrameMillis = -1;
    private Timeline listedTimeline;
    private volatile LessonSession session;
    private final LessonEditor editor;
    private final PictureLinks links;

    /**
     * A window on {@code session}, the lesson as it is now (or a placeholder while it has mistakes),
     * on {@code stage}; where the window was is kept in {@code preferences}.
     */
    public PreviewWindow(Stage stage, Path lesson, LessonSession session, Preferences preferences) {
        this.stage = stage;
        this.session = session;
        this.model = new PreviewModel(session.timeline());
        this.log = PreviewLog.in(session.env());
        this.frames = new FrameAhead(session.env(), log);
        this.voice = new PreviewVoice(log);
        this.preferences = preferences;
        this.bar = new TimelineBar(t -> {
            model.seek(t);
            refresh();
        });
        this.actions = new PreviewActions(lesson, model, () -> this.session, this::say, log);
        try {
            this.editor = new LessonEditor(lesson, session.env(), this::say);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.links = new PictureLinks(view, editor, () -> model.timeline().frameAt(model.time()), this::say);
        stage.setScene(new Scene(layout(), 1280, 820));
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setTitle(title(lesson));
        restorePlace();
        stage.setOnHidden(e -> close());
        // the keys (Space, arrows) belong to the picture until the teacher clicks into the text
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> viewer.requestFocus());
        voice.load(session);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double elapsed = lastPulse == 0 ? 0 : (now - lastPulse) / 1e9;
                lastPulse = now;
                model.advance(Math.min(elapsed, 0.25));
                refresh();
            }
        };
        pulse.start();
    }

    private String title(Path lesson) {
        return model.timeline().lesson().title() + " \u2014 " + lesson.getFileName() + " \u2014 Lesson Studio";
    }

    public PreviewModel model() {
        return model;
    }

    /** Hands each rendered scene to {@code player} instead of the system's video player (tests). */
    void playRenderedWith(java.util.function.Consumer<Path> player) {
        actions.playWith(player);
    }

    /** Where the preview logs its failures. */
    PreviewLog log() {
        return log;
    }

    /** Milliseconds from the last save being noticed to its first frame on screen, or -1. */
    public double lastSaveToFrameMillis() {
        return lastSaveToFrameMillis;
    }

    /** Called by the reloader (any thread) as soon as a save is noticed. */
    void saveSeen() {
        saveSeenNanos = System.nanoTime();
    }

    /** Frames the playhead passed while playing that never reached the screen. */
    public int droppedFrames() {
        return droppedFrames;
    }

    /** The pixels on screen now (ARGB, premultiplied) and their width, for tests and screenshots. */
    public int[] shownPixels() {
        return shownPixels;
    }

    public WritableImage shownImage() {
        return image;
    }

    /** True when the frame on screen is the playhead's frame at the current size. */
    public boolean showsCurrentFrame() {
        int[] size = renderSize();
        int[] ready = frames.ready(model.timeline(), model.frameIndex(), model.fps(), size[0], size[1]);
        return ready != null && ready == shownPixels;
    }

    private BorderPane layout() {
        // Frames are drawn at exactly the size they are shown at (see renderSize), so the view
        // never scales them: sharper, and much cheaper for JavaFX to put on screen.
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.setId("frame");
        overlay.setEditable(false);
        overlay.setWrapText(false);
        overlay.setId("problems");
        overlay.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 13px;"
                + " -fx-control-inner-background: rgba(20,20,24,0.92); -fx-text-fill: #ffd2cc;"
                + " -fx-background-color: transparent;");
        overlay.setVisible(false);
        StackPane.setMargin(overlay, new Insets(24));
        viewer.getChildren().addAll(view, links.marks(), overlay);
        viewer.setFocusTraversable(true);
        viewer.setOnMousePressed(e -> viewer.requestFocus());
        viewer.setStyle("-fx-background-color: #111214;");
        viewer.setMinSize(160, 90);

        sceneList.setPrefWidth(210);
        sceneList.setId("scenes");
        sceneList.setOnMouseClicked(e -> {
            int index = sceneList.getSelectionModel().getSelectedIndex();
            if (index >= 0 && index < model.timeline().scenes().size()) {
                model.seek(model.timeline().scenes().get(index).start());
                refresh();
            }
        });

        caption.setId("caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setAlignment(Pos.CENTER);
        caption.setStyle("-fx-font-size: 15px; -fx-padding: 4 8 4 8;");

        play.setId("play");
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        play.setOnAction(e -> act(model::togglePlay));
        Button back = button("|\u25C0\u25C0", "Previous scene (Shift+Left)", () -> model.jumpScene(-1));
        Button stepBack = button("\u25C0|", "One frame back (Left)", () -> model.step(-1));
        Button stepOn = button("|\u25B6", "One frame on (Right)", () -> model.step(1));
        Button next = button("\u25B6\u25B6|", "Next scene (Shift+Right)", () -> model.jumpScene(1));
        loop.setId("loop");
        loop.setTooltip(new Tooltip("Loop the current scene (L)"));
        loop.setOnAction(e -> act(model::toggleLoop));
        for (double s : SPEEDS) {
            speed.getItems().add(label(s));
        }
        speed.setValue(label(1));
        speed.setId("speed");
        speed.setOnAction(e -> model.setSpeed(Double.parseDouble(speed.getValue().replace("\u00D7", ""))));
        clock.setId("clock");
        clock.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;");
        dropped.setId("dropped");
        dropped.setStyle("-fx-text-fill: #c0392b;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button still = button("Save still", "Save this frame as PNG and SVG beside the lesson", actions::saveStill);
        Button copy = button("Copy time", "Copy the current time", actions::copyTime);
        Button render = button("Render scene", "Render this scene to a video and open it", actions::renderScene);
        HBox controls = new HBox(6, back, stepBack, play, stepOn, next, loop, speed, clock, spacer, dropped, copy,
                still, render);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 8, 4, 8));
        status.setId("status");
        status.setText("Watching the lesson: save it in any editor and the picture follows.");
        status.setPadding(new Insets(2, 8, 4, 8));

        VBox bottom = new VBox(caption, bar, controls, status);
        // the lesson's text beside the picture (LessonEditor); the divider is the teacher's to move
        javafx.scene.control.SplitPane sides = new javafx.scene.control.SplitPane(editor.node(), viewer);
        sides.setDividerPositions(0.4);
        BorderPane root = new BorderPane(sides);
        root.setLeft(sceneList);
        root.setBottom(bottom);
        return root;
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> act(action));
        return b;
    }

    private static String label(double speed) {
        return (speed == Math.rint(speed) ? String.valueOf((int) speed) : String.valueOf(speed)) + "\u00D7";
    }

    private void act(Runnable action) {
        action.run();
        refresh();
    }

    private void key(KeyEvent e) {
        if (editor.area().isFocused()) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            editor.undoAndSave();
            e.consume();
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> model.togglePlay();
            case LEFT -> {
                if (e.isShiftDown()) {
                    model.jumpScene(-1);
                } else {
                    model.step(-1);
                }
            }
            case RIGHT -> {
                if (e.isShiftDown()) {
                    model.jumpScene(1);
                } else {
                    model.step(1);
                }
            }
            case L -> model.toggleLoop();
            case HOME -> model.toStart();
            case END -> model.toEnd();
            default -> {
                return;
            }
        }
        e.consume();
        refresh();
    }

    /** A good save: swap the new lesson in whole, keep the place (on the UI thread). */
    void reloaded(LessonSession next) {
        session = next;
        editor.fileMayHaveChanged();
        model.swap(next.timeline(), next.diagnostics());
        voice.load(next);
        refresh();
    }

    void problems(List<org.lessonstudio.dsl.diag.Diagnostic> diagnostics) {
        editor.fileMayHaveChanged();
        model.showProblems(diagnostics);
        refresh();
    }

    void failed(String message) {
        model.showFailure(message);
        refresh();
    }

    /** Brings everything on screen up to date with the model; called on every pulse. */
    void refresh() {
        Timeline timeline = model.timeline();
        int fps = model.fps();
        int frame = model.frameIndex();
        int[] size = renderSize();
        frames.want(timeline, frame, fps, size[0], size[1]);
        int[] pixels = frames.ready(timeline, frame, fps, size[0], size[1]);
        if (pixels != null) {
            if (pixels != shownPixels) {
                show(pixels, size[0], size[1]);
            }
            if (frame != shownFrame) {
                boolean skipped = model.playing() && shownFrame >= 0 && frame > shownFrame + 1
                        && frame - shownFrame < fps;
                if (skipped) {
                    droppedFrames += frame - shownFrame - 1;
                }
                shownFrame = frame;
                framesShown++;
            }
            if (shownReload != model.reloads()) {
                shownReload = model.reloads();
                if (saveSeenNanos != 0) {
                    lastSaveToFrameMillis = (System.nanoTime() - saveSeenNanos) / 1e6;
                    saveSeenNanos = 0;
                }
            }
        }

        String now = Durations.clock(model.time());
        String total = Durations.clock(timeline.duration());
        clock.setText(now + " / " + total);
        play.setText(model.playing() ? "||" : "\u25B6");
        loop.setSelected(model.loopScene());
        dropped.setText(droppedFrames > 0 ? "dropped " + droppedFrames : "");
        caption.setText(timeline.frameAt(model.time()).caption());
        voice.update(model.playing(), model.time(), model.speed());
        if (!voice.problem().equals(voiceProblemShown)) {
            voiceProblemShown = voice.problem();
            status.setText(voiceProblemShown);
        }
        bar.show(timeline, model.time());
        links.refresh();
        if (listedTimeline != timeline) {
            sceneList.getItems().setAll(timeline.scenes().stream().map(s -> s.scene().title()).toList());
            listedTimeline = timeline;
        }
        if (sceneList.getSelectionModel().getSelectedIndex() != model.sceneIndex()) {
            sceneList.getSelectionModel().select(model.sceneIndex());
        }
        boolean errors = model.hasErrors();
        overlay.setVisible(errors);
        if (errors) {
            String text = model.failure().isEmpty() ? DiagnosticPrinter.print(model.problems()) : model.failure();
            if (!text.equals(overlay.getText())) {
                overlay.setText(text);
            }
        }
    }

    private void show(int[] pixels, int width, int height) {
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new WritableImage(width, height);
            view.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(),
                IntBuffer.wrap(pixels), width);
        shownPixels = pixels;
    }

    /** How many of the playhead's frames have been on screen (for the playback benchmark). */
    public int framesShown() {
        return framesShown;
    }

    /** The size to draw frames at: the lesson's shape, fitted into the viewer, never larger than the lesson. */
    public int[] renderSize() {
        var video = model.timeline().lesson().video();
        double w = Math.max(160, viewer.getWidth());
        double h = Math.max(90, viewer.getHeight());
        double scale = Math.min(1, Math.min(w / video.width(), h / video.height()));
        int width = Math.max(16, (int) Math.round(video.width() * scale / 2) * 2);
        int height = Math.max(16, (int) Math.round(video.height() * scale / 2) * 2);
        return new int[] {width, height};
    }

    private void say(String message) {
        Platform.runLater(() -> status.setText(message));
    }

    /** The picture's view (its local coordinates are the frame's pixels). */
    ImageView frameView() {
        return view;
    }

    /** The lesson's text beside the picture. */
    LessonEditor editor() {
        return editor;
    }

    /** The picture's links to the text: the outline, clicks and drags. */
    PictureLinks links() {
        return links;
    }

    PreviewVoice voice() {
        return voice;
    }

    /** Sets the status line (used by the reloader to report how a save went). */
    void status(String message) {
        say(message);
    }

    private void restorePlace() {
        double w = preferences.getDouble("width", 1280);
        double h = preferences.getDouble("height", 820);
        stage.setWidth(w);
        stage.setHeight(h);
        double x = preferences.getDouble("x", Double.NaN);
        double y = preferences.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
    }

    private void rememberPlace() {
        preferences.putDouble("width", stage.getWidth());
        preferences.putDouble("height", stage.getHeight());
        preferences.putDouble("x", stage.getX());
        preferences.putDouble("y", stage.getY());
    }

    /** Stops drawing and remembers where the window was. */
    public void close() {
        pulse.stop();
        editor.close();
        voice.close();
        frames.close();
        rememberPlace();
    }
}
