package org.lessonstudio.preview;

import java.util.function.DoubleConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * The bar under the picture: one block per scene with its title, and the playhead. Clicking or
 * dragging on it moves the playhead there.
 */
final class TimelineBar extends Region {

    private static final double HEIGHT = 34;
    private final Canvas canvas = new Canvas();
    private Timeline timeline;
    private double time = -1;

    TimelineBar(DoubleConsumer seek) {
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setOnMousePressed(e -> seek.accept(timeAt(e.getX())));
        setOnMouseDragged(e -> seek.accept(timeAt(e.getX())));
        setId("timeline-bar");
    }

    private double timeAt(double x) {
        return timeline == null ? 0 : Math.max(0, Math.min(1, x / getWidth())) * timeline.duration();
    }

    /** Redraws if the timeline or the playhead moved. */
    void show(Timeline next, double at) {
        if (next == timeline && at == time && canvas.getWidth() == getWidth()) {
            return;
        }
        timeline = next;
        time = at;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#202225"));
        g.fillRect(0, 0, w, h);
        if (timeline == null || timeline.duration() <= 0) {
            return;
        }
        double scale = w / timeline.duration();
        g.setFont(Font.font(11));
        int index = 0;
        for (ScenePlan scene : timeline.scenes()) {
            double x = scene.start() * scale;
            double width = scene.duration() * scale;
            g.setFill(index % 2 == 0 ? Color.web("#34506b") : Color.web("#3f6183"));
            g.fillRect(x, 4, Math.max(1, width - 1), h - 8);
            g.setFill(Color.web("#e8eef4"));
            g.save();
            g.beginPath();
            g.rect(x, 0, width - 4, h);
            g.clip();
            g.fillText(scene.scene().title(), x + 5, h / 2 + 4);
            g.restore();
            index++;
        }
        double x = time * scale;
        g.setFill(Color.web("#ffcf40"));
        g.fillRect(x - 1, 0, 2, h);
    }
}
