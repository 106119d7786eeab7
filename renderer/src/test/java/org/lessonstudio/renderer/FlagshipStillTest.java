package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Vec;

/** A mid-animation still of the flagship shows the moving point where cos and sin put it. */
class FlagshipStillTest {

    @Test
    void theOrangePointIsDrawnAtCosSinOfTheCurrentAngle() throws Exception {
        Timeline timeline = Frames.timeline(Path.of("../examples/sine-from-unit-circle.lesson"));
        var scene = timeline.scenes().get(1);
        var lastTurn = scene.animations().get("t").get(4);
        double time = scene.start() + lastTurn.start() + lastTurn.duration() * 0.4;
        FrameState frame = timeline.frameAt(time);
        Vec p = frame.items().stream().filter(i -> i.name().equals("P")).map(i -> ((Figure.Dot) i.figure()).position())
                .findFirst().orElseThrow();
        double angle = Math.atan2(p.y(), p.x());
        assertTrue(angle < 0, "mid-way through the last quarter turn P is below the axis");

        int width = 960;
        int height = 540;
        BufferedImage image = new FrameRenderer().render(frame, width, height);
        Projection projection = new Projection(frame.viewport(), width, height);
        Color orange = Palette.of(Theme.CHALKBOARD).color(ColorName.ORANGE);
        Point2D.Double where = projection.toPixels(new Vec(Math.cos(angle), Math.sin(angle)));
        assertEquals(orange.getRGB() & 0xFFFFFF, image.getRGB((int) Math.round(where.x), (int) Math.round(where.y))
                & 0xFFFFFF, "P is drawn at (cos t, sin t)");
        Point2D.Double mirrored = projection.toPixels(new Vec(Math.cos(angle), -Math.sin(angle)));
        assertTrue(distance(orange, new Color(image.getRGB((int) mirrored.x, (int) mirrored.y))) > 100,
                "and not at its mirror image above the axis");
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
