package org.lessonstudio.renderer;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/**
 * Paints a heat map: the number at the middle of every pixel it covers, through its colour scale,
 * worked out at the size it is drawn (so it is sharp at any resolution), and, when it has one, a
 * colour bar beside it with the numbers at its ends. A picture is kept by everything it depends
 * on (its field with the values then, its scale, where it lands in pixels), so a heat map that
 * does not change is worked out once, and one whose value is animated is worked out afresh.
 */
final class HeatMapPainter {

    /** Pictures kept, most recently used last; a few frames' worth at most. */
    private static final int KEPT = 4;
    private static final Map<Key, BufferedImage> PICTURES = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };

    /** What a picture depends on: the figure, its colours on this theme, and where its pixels land. */
    private record Key(Figure.HeatMap map, List<Integer> stops, AffineTransform toPixels, Rectangle area) { }

    private final Graphics2D g;
    private final Projection projection;
    private final TextPainter text;

    HeatMapPainter(Graphics2D g, Projection projection, TextPainter text) {
        this.g = g;
        this.projection = projection;
        this.text = text;
    }

    void paint(Figure.HeatMap map, List<Color> stops, Color ink, double opacity) {
        if (opacity <= 0) {
            return;
        }
        Rectangle2D bounds = pixelBox(map);
        Rectangle area = bounds.getBounds().intersection(new Rectangle(0, 0, projection.width(), projection.height()));
        Composite before = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.min(1, opacity)));
        if (!area.isEmpty()) {
            Key key = new Key(map, stops.stream().map(Color::getRGB).toList(), projection.worldToPixels(), area);
            BufferedImage picture;
            synchronized (PICTURES) {
                picture = PICTURES.get(key);
            }
            if (picture == null) {
                picture = picture(map, stops, area);
                synchronized (PICTURES) {
                    PICTURES.put(key, picture);
                }
            }
            g.drawImage(picture, area.x, area.y, null);
        }
        if (map.legend() != null) {
            legend(map, stops, bounds, ink);
        }
        g.setComposite(before);
    }

    /** Where the picture lands, in pixels. */
    private Rectangle2D pixelBox(Figure.HeatMap map) {
        Path2D.Double outline = new Path2D.Double();
        List<Vec> corners = map.corners();
        for (int i = 0; i < corners.size(); i++) {
            Point2D.Double p = projection.toPixels(corners.get(i));
            if (i == 0) {
                outline.moveTo(p.x, p.y);
            } else {
                outline.lineTo(p.x, p.y);
            }
        }
        return outline.getBounds2D();
    }

    /** The number at the middle of each pixel of the area, through the colour scale. */
    private BufferedImage picture(Figure.HeatMap map, List<Color> stops, Rectangle area) {
        BufferedImage picture = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_ARGB);
        AffineTransform back;
        try {
            back = projection.worldToPixels();
            back.concatenate(toAwt(map.placed()));
            back = back.createInverse();
        } catch (NoninvertibleTransformException flat) {
            return picture; // resized to nothing: nothing to paint
        }
        int[] line = new int[area.width];
        double[] point = new double[2];
        for (int row = 0; row < area.height; row++) {
            for (int column = 0; column < area.width; column++) {
                point[0] = area.x + column + 0.5;
                point[1] = area.y + row + 0.5;
                back.transform(point, 0, point, 0, 1);
                double x = point[0];
                double y = point[1];
                boolean inside = x >= map.xMin() && x <= map.xMax() && y >= map.yMin() && y <= map.yMax();
                line[column] = inside ? argb(map.number(x, y), map.low(), map.high(), stops) : 0;
            }
            picture.setRGB(0, row, area.width, 1, line, 0, area.width);
        }
        return picture;
    }

    /** A number's colour: blended between the two stops it falls between; none where it is not a number. */
    static int argb(double v, double low, double high, List<Color> stops) {
        if (Double.isNaN(v)) {
            return 0;
        }
        double at = Math.max(0, Math.min(1, (v - low) / (high - low))) * (stops.size() - 1);
        int i = Math.min(stops.size() - 2, (int) Math.floor(at));
        double f = at - i;
        Color a = stops.get(i);
        Color b = stops.get(i + 1);
        int red = (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f);
        int green = (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f);
        int blue = (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f);
        int alpha = (int) Math.round(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * f);
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    /** A bar to the right of the picture, the lowest colour at its foot, with the scale's two ends and its title. */
    private void legend(Figure.HeatMap map, List<Color> stops, Rectangle2D picture, Color ink) {
        double unit = projection.unit();
        double left = picture.getMaxX() + 0.3 * unit;
        double width = 0.3 * unit;
        double top = picture.getMinY();
        double height = picture.getHeight();
        int steps = Math.max(2, (int) Math.ceil(height));
        for (int i = 0; i < steps; i++) {
            double v = map.low() + (map.high() - map.low()) * (i + 0.5) / steps;
            g.setColor(new Color(argb(v, map.low(), map.high(), stops), true));
            double y0 = top + height * (steps - i - 1) / steps;
            g.fill(new Rectangle2D.Double(left, y0, width, height / steps + 0.5));
        }
        g.setColor(ink);
        g.draw(new Rectangle2D.Double(left, top, width, height));
        text.label(number(map.high()), new Point2D.Double(left + width + 0.12 * unit, top), -1, 0, ink);
        text.label(number(map.low()), new Point2D.Double(left + width + 0.12 * unit, top + height), -1, 0,
                ink);
        if (!map.legend().isEmpty()) {
            text.label(map.legend(), new Point2D.Double(left + width / 2, top - 0.2 * unit), 0, 1, ink);
        }
    }

    /** A number of the scale as a teacher writes it: 100, 0.5, −1.5 (at most three decimals). */
    static String number(double v) {
        String s = new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s.replace('-', '\u2212');
    }

    private static AffineTransform toAwt(Affine m) {
        return new AffineTransform(m.a(), m.b(), m.c(), m.d(), m.e(), m.f());
    }
}
