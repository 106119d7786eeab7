package org.lessonstudio.renderer;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.List;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/**
 * Paints a warped figure: the figure is painted as it is, unbent, onto an {@link OutlineRecorder}
 * (every line, fill and letter kept as an outline in pixels), and each outline is cut into pieces
 * a few pixels long whose ends are bent by the warp, so straight grid lines curve smoothly.
 */
final class WarpPainter {

    /** Longest piece of an outline left straight, in pixels. */
    private static final double PIECE = 3;

    private final Graphics2D g;
    private final Projection projection;

    WarpPainter(Graphics2D g, Projection projection) {
        this.g = g;
        this.projection = projection;
    }

    /** Fills each recorded outline, bent, in the colour it was drawn in. */
    void paint(Figure.Warped warped, List<OutlineRecorder.Piece> pieces) {
        AffineTransform toPixels = projection.worldToPixels();
        AffineTransform toScene;
        try {
            toScene = toPixels.createInverse();
        } catch (NoninvertibleTransformException flat) {
            return;
        }
        for (OutlineRecorder.Piece piece : pieces) {
            g.setColor(piece.color());
            g.fill(bent(piece.shape(), warped, toScene));
        }
    }

    /** An outline in pixels, its straight pieces cut short and each end bent. */
    Shape bent(Shape outline, Figure.Warped warped, AffineTransform toScene) {
        Path2D.Double path = new Path2D.Double(outline.getPathIterator(null).getWindingRule());
        PathIterator it = outline.getPathIterator(null, 0.25);
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        double startX = 0;
        double startY = 0;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    Point2D.Double p = bend(c[0], c[1], warped, toScene);
                    path.moveTo(p.x, p.y);
                    lastX = startX = c[0];
                    lastY = startY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    pieces(path, lastX, lastY, c[0], c[1], warped, toScene);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    pieces(path, lastX, lastY, startX, startY, warped, toScene);
                    path.closePath();
                    lastX = startX;
                    lastY = startY;
                }
                default -> throw new IllegalStateException("a flattened path has only lines");
            }
        }
        return path;
    }

    private void pieces(Path2D.Double path, double x0, double y0, double x1, double y1, Figure.Warped warped,
                        AffineTransform toScene) {
        int n = (int) Math.max(1, Math.min(2000, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / PIECE)));
        for (int k = 1; k <= n; k++) {
            double f = k / (double) n;
            Point2D.Double p = bend(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, warped, toScene);
            path.lineTo(p.x, p.y);
        }
    }

    private Point2D.Double bend(double px, double py, Figure.Warped warped, AffineTransform toScene) {
        Point2D.Double scene = new Point2D.Double();
        toScene.transform(new Point2D.Double(px, py), scene);
        Vec to = warped.bend(new Vec(scene.x, scene.y));
        if (!Double.isFinite(to.x()) || !Double.isFinite(to.y())) {
            return new Point2D.Double(px, py);
        }
        return projection.toPixels(to);
    }
}
