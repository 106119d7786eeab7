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
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.FieldCode;
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
        Scale scale = new Scale(stops, map.low(), map.high());
        FieldCode.Numbers numbers = map.numbers();
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        double m00 = back.getScaleX();
        double m01 = back.getShearX();
        double m02 = back.getTranslateX();
        double m10 = back.getShearY();
        double m11 = back.getScaleY();
        double m12 = back.getTranslateY();
        for (int row = 0; row < area.height; row++) {
            double py = area.y + row + 0.5;
            for (int column = 0; column < area.width; column++) {
                double px = area.x + column + 0.5;
                double x = m00 * px + m01 * py + m02;
                double y = m10 * px + m11 * py + m12;
                boolean inside = x >= map.xMin() && x <= map.xMax() && y >= map.yMin() && y <= map.yMax();
                pixels[row * area.width + column] = inside ? scale.argb(numbers.at(x, y)) : 0;
            }
        }
        return picture;
    }

    /** A number's colour: blended between the two stops it falls between; none where it is not a number. */
    static int argb(double v, double low, double high, List<Color> stops) {
        return new Scale(stops, low, high).argb(v);
    }

    /** The colour scale with its stops taken apart once, for every pixel. */
    private static final class Scale {
        private final int[][] stops;
        private final double low;
        private final double span;

        Scale(List<Color> colors, double low, double high) {
            this.stops = colors.stream().map(c -> new int[] {c.getAlpha(), c.getRed(), c.getGreen(), c.getBlue()})
                    .toArray(int[][]::new);
            this.low = low;
            this.span = high - low;
        }

        int argb(double v) {
            if (Double.isNaN(v)) {
                return 0;
            }
            double at = Math.max(0, Math.min(1, (v - low) / span)) * (stops.length - 1);
            int i = Math.min(stops.length - 2, (int) at);
            double f = at - i;
            int[] a = stops[i];
            int[] b = stops[i + 1];
            int result = 0;
            for (int k = 0; k < 4; k++) {
                result = result << 8 | (int) Math.round(a[k] + (b[k] - a[k]) * f);
            }
            return result;
        }
    }

    /**
     * A bar to the right of the picture, the lowest colour at its foot, with the scale's two ends
     * beside it and its title above. Where the frame has no room beside the picture (a heat map
     * over all the scene shows), the bar goes just inside the picture's right edge, its numbers to
     * its left; where it has no room above, the bar starts lower to make room for the title.
     */
    private void legend(Figure.HeatMap map, List<Color> stops, Rectangle2D picture, Color ink) {
        double unit = projection.unit();
        double width = 0.3 * unit;
        double gap = 0.12 * unit;
        String high = number(map.high());
        String low = number(map.low());
        double numbers = Math.max(text.labelSize(high).getWidth(), text.labelSize(low).getWidth());
        double frameRight = Math.min(projection.width(), picture.getMaxX() + 3 * unit);
        boolean outside = picture.getMaxX() + 0.3 * unit + width + gap + numbers <= frameRight - 0.1 * unit;
        double left = outside ? picture.getMaxX() + 0.3 * unit : Math.min(picture.getMaxX(), projection.width())
                - 0.3 * unit - width;
        double top = Math.max(picture.getMinY(), 0.2 * unit);
        double bottom = Math.min(picture.getMaxY(), projection.height() - 0.2 * unit);
        if (!map.legend().isEmpty()) {
            double room = text.labelSize(map.legend()).getHeight() + 0.3 * unit;
            top = Math.max(top, room);
        }
        double height = bottom - top;
        if (height <= 0) {
            return;
        }
        int steps = Math.max(2, (int) Math.ceil(height));
        Scale scale = new Scale(stops, map.low(), map.high());
        for (int i = 0; i < steps; i++) {
            double v = map.low() + (map.high() - map.low()) * (i + 0.5) / steps;
            g.setColor(new Color(scale.argb(v), true));
            double y0 = top + height * (steps - i - 1) / steps;
            g.fill(new Rectangle2D.Double(left, y0, width, height / steps + 0.5));
        }
        g.setColor(ink);
        g.draw(new Rectangle2D.Double(left, top, width, height));
        text.places().obstacle(new Rectangle2D.Double(left, top, width, height)); // labels keep off the colour bar
        double side = outside ? left + width + gap : left - gap;
        int align = outside ? -1 : 1;
        text.number(high, new Point2D.Double(side, top), align, 0, ink);
        text.number(low, new Point2D.Double(side, top + height), align, 0, ink);
        if (!map.legend().isEmpty()) {
            text.number(map.legend(), new Point2D.Double(left + width / 2, top - 0.15 * unit), 0, 1, ink);
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
