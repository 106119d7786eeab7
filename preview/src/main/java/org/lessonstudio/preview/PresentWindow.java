package org.lessonstudio.preview;

import java.nio.IntBuffer;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.lessonstudio.app.Durations;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * {@code lesson present}: the lesson full screen, played step by step ({@link Presentation}) with
 * the keys a presentation clicker sends — Right, Page Down or Space forward; Left or Page Up back
 * to the start of the step; B (or the clicker's "." ) for a black screen; a scene's number and
 * Enter to jump to it; N to turn the narration off and on; Esc to leave — and, when the computer
 * has a second screen, a presenter view there: the step, the next step's first picture, the
 * narration of the step as speaker notes, and the time since the presentation began.
 */
public final class PresentWindow {

    private final Stage stage;
    private final LessonSession session;
    private final Timeline timeline;
    private final Presentation presentation;
    private final FrameAhead frames;
    private final PreviewVoice voice;
    private final ImageView view = new ImageView();
    private final StackPane blackout = new StackPane();
    private final Label typed = new Label();
    private final PresenterView presenter;
    private final int fps;
    private WritableImage image;
    private boolean narration;
    private boolean voiceLoaded;
    private String number = "";
    private long last = -1;
    private long began = -1;
    private boolean shown;
    private int shownIndex = -1;
    private int wantedIndex = -2;

    PresentWindow(Stage stage, LessonSession session, Screen screen, boolean narration, boolean sceneEnds,
                  Stage presenterStage) {
        this.stage = stage;
        this.session = session;
        this.timeline = session.timeline();
        this.fps = timeline.lesson().video().fps();
        this.presentation = new Presentation(timeline.pauses(sceneEnds),
                timeline.scenes().stream().map(ScenePlan::start).toList(), timeline.duration());
        PreviewLog log = PreviewLog.in(session.env());
        this.frames = new FrameAhead(session.env(), log);
        this.voice = new PreviewVoice(log);
        this.narration = narration;
        if (narration) {
            voice.load(session);
            voiceLoaded = true;
        }
        view.setPreserveRatio(true);
        view.setSmooth(true);
        blackout.setStyle("-fx-background-color: black;");
        blackout.setVisible(false);
        typed.setId("typed");
        typed.setTextFill(Color.gray(0.8));
        typed.setStyle("-fx-font-size: 28px; -fx-background-color: rgba(0,0,0,0.6); -fx-padding: 6 14 6 14;");
        typed.setVisible(false);
        StackPane.setAlignment(typed, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(typed, new Insets(24));
        StackPane root = new StackPane(view, blackout, typed);
        root.setStyle("-fx-background-color: black;");
        view.fitWidthProperty().bind(root.widthProperty());
        view.fitHeightProperty().bind(root.heightProperty());
        Scene scene = new Scene(root, 1280, 720, Color.BLACK);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setTitle(timeline.lesson().title() + " — presenting");
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        // Headless (Monocle, in tests) has no full screen to enter: there the window fills its screen as it is.
        if (!"Monocle".equals(System.getProperty("glass.platform"))) {
            stage.setFullScreen(true);
        } else {
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        this.presenter = presenterStage == null ? null : new PresenterView(presenterStage, timeline);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        }.start();
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        switch (code) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> presentation.forward();
            case LEFT, PAGE_UP, UP -> presentation.back();
            case B, PERIOD -> presentation.toggleBlack();
            case N -> {
                narration = !narration;
                if (narration && !voiceLoaded) {
                    voice.load(session);
                    voiceLoaded = true;
                }
            }
            case ENTER -> {
                if (!number.isEmpty()) {
                    presentation.jumpToScene(Integer.parseInt(number));
                }
                number = "";
            }
            case BACK_SPACE -> number = number.isEmpty() ? "" : number.substring(0, number.length() - 1);
            case ESCAPE -> {
                if (!number.isEmpty()) {
                    number = "";
                } else {
                    close();
                }
            }
            default -> {
                if (code.isDigitKey() && number.length() < 3) {
                    number += event.getText().isEmpty() ? code.getName().replaceAll("\\D", "") : event.getText();
                } else {
                    return;
                }
            }
        }
        typed.setText("Scene " + number);
        typed.setVisible(!number.isEmpty());
        event.consume();
    }

    private void frame(long now) {
        if (began < 0) {
            began = now;
        }
        if (last >= 0) {
            presentation.tick((now - last) / 1e9);
        }
        last = now;
        voice.update(narration && presentation.playing(), presentation.time(), 1);
        blackout.setVisible(presentation.black());
        int width = (int) Math.min(timeline.lesson().video().width(), Math.max(160, stage.getWidth())) / 2 * 2;
        int height = (int) Math.round(width * timeline.lesson().video().height()
                / (double) timeline.lesson().video().width()) / 2 * 2;
        int index = Math.min(timeline.frameCount(fps) - 1, (int) Math.floor(presentation.time() * fps + 1e-6));
        frames.want(timeline, index, fps, width, height);
        int[] pixels = frames.ready(timeline, index, fps, width, height);
        if (pixels != null) {
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                image = new WritableImage(width, height);
                view.setImage(image);
            }
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(),
                    IntBuffer.wrap(pixels), width);
            shown = true;
            shownIndex = index;
        }
        wantedIndex = index;
        if (presenter != null) {
            presenter.show(presentation, (now - began) / 1e9);
        }
    }

    /** The presentation being shown (for tests and the presenter view). */
    Presentation presentation() {
        return presentation;
    }

    boolean narration() {
        return narration;
    }

    /** Whether the screen is black (B). */
    boolean blackShown() {
        return blackout.isVisible();
    }

    /** Whether the picture on screen is the frame of the presentation's moment. */
    boolean showsCurrentFrame() {
        return shownIndex == wantedIndex;
    }

    /** Whether a frame has been drawn. */
    boolean shows() {
        return shown;
    }

    void close() {
        voice.close();
        frames.close();
        if (presenter != null) {
            presenter.close();
        }
        stage.close();
    }

    /** The teacher's screen: the step, the next step's first picture, the narration as notes, the time. */
    static final class PresenterView {

        private final Stage stage;
        private final Timeline timeline;
        private final Label step = new Label();
        private final Label clock = new Label();
        private final Label notes = new Label();
        private final ImageView next = new ImageView();
        private int drawnFor = -1;

        PresenterView(Stage stage, Timeline timeline) {
            this.stage = stage;
            this.timeline = timeline;
            step.setId("presenter-step");
            notes.setId("presenter-notes");
            notes.setWrapText(true);
            step.setStyle("-fx-font-size: 26px;");
            clock.setStyle("-fx-font-size: 26px;");
            notes.setStyle("-fx-font-size: 22px;");
            next.setFitWidth(480);
            next.setPreserveRatio(true);
            VBox box = new VBox(16, new HBox(40, step, clock), new Label("Next:"), next, new Label("Notes:"), notes);
            box.setPadding(new Insets(24));
            stage.setScene(new Scene(box, 1000, 700));
            stage.setTitle("Presenter view");
            stage.show();
        }

        void show(Presentation p, double elapsed) {
            step.setText("Step " + (p.step() + 1) + " of " + p.steps() + (p.playing() ? " — playing" : " — waiting"));
            clock.setText(Durations.clock(elapsed));
            if (drawnFor == p.step()) {
                return;
            }
            drawnFor = p.step();
            StringBuilder said = new StringBuilder();
            for (ScenePlan scene : timeline.scenes()) {
                for (CaptionEvent caption : scene.captions()) {
                    double at = scene.start() + caption.start();
                    if (at >= p.stepStart() - 1e-6 && at < p.stepEnd() - 1e-6) {
                        said.append(caption.text().strip()).append('\n');
                    }
                }
            }
            notes.setText(said.toString().strip());
            double upcoming = Math.min(p.nextStepStart(), timeline.duration() - 1e-3);
            var picture = new org.lessonstudio.renderer.FrameRenderer().render(timeline.frameAt(upcoming), 480, 270);
            WritableImage fx = new WritableImage(480, 270);
            int[] argb = picture.getRGB(0, 0, 480, 270, null, 0, 480);
            fx.getPixelWriter().setPixels(0, 0, 480, 270, PixelFormat.getIntArgbInstance(), argb, 0, 480);
            next.setImage(fx);
        }

        void close() {
            stage.close();
        }
    }

    /** The screens to present on: the chosen one (1 is the first), and another for the presenter view if there is one. */
    static List<Screen> screens(int chosen) {
        List<Screen> all = Screen.getScreens();
        Screen main = all.get(Math.max(0, Math.min(all.size() - 1, chosen - 1)));
        Screen other = all.stream().filter(s -> s != main).findFirst().orElse(null);
        return other == null ? List.of(main) : List.of(main, other);
    }
}
