package org.lessonstudio.renderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Footage made on this machine from the words of its description (the offline {@code procedural}
 * provider's picture, and the stand-in for any shot before its clip exists):
 * a sky for the time of day, the sun or the moon and stars, hills, water with moving waves, falling
 * snow or rain, a turning Ferris wheel. The same description always gives the same picture (its
 * details are seeded by the words), and time moves it, so a lesson can be timed and watched with
 * it. It is labelled as procedural wherever it appears, and the provenance record says so.
 */
public final class ProceduralFootage {

    /** What the words ask for. */
    record Look(Color skyTop, Color skyBottom, Color land, boolean night, boolean sun, boolean water, boolean hills,
                boolean snow, boolean rain, boolean wheel, boolean lowSun, long seed) {

        static Look of(String prompt) {
            String lower = prompt.toLowerCase(Locale.ROOT);
            Words words = new Words(lower, new HashSet<>(Arrays.asList(lower.split("[^\\p{L}]+"))));
            boolean night = any(words, "night");
            boolean dusk = any(words, "dusk");
            boolean dawn = any(words, "dawn");
            boolean grey = any(words, "clouds") || any(words, "rain");
            Color top;
            Color bottom;
            Color land;
            if (night) {
                top = new Color(8, 12, 36);
                bottom = new Color(32, 40, 84);
                land = new Color(10, 14, 24);
            } else if (dusk) {
                top = new Color(58, 42, 98);
                bottom = new Color(238, 138, 84);
                land = new Color(44, 28, 48);
            } else if (dawn) {
                top = new Color(120, 150, 210);
                bottom = new Color(250, 196, 170);
                land = new Color(62, 92, 70);
            } else if (grey) {
                top = new Color(112, 120, 130);
                bottom = new Color(178, 184, 190);
                land = new Color(70, 84, 74);
            } else {
                top = new Color(70, 140, 215);
                bottom = new Color(190, 222, 245);
                land = new Color(74, 128, 70);
            }
            return new Look(top, bottom, land, night, !night && !grey,
                    any(words, "water"), any(words, "hills"), any(words, "snow"), any(words, "rain"),
                    any(words, "ferris wheel"), dusk || dawn, prompt.hashCode());
        }

        /** The description, lower-cased, and its words (Chinese is matched anywhere in it). */
        private record Words(String text, Set<String> split) { }

        /** Whether the words ask for a thing the drawer shows ({@link OfflineWords#DRAWN}, by its name). */
        private static boolean any(Words words, String thing) {
            for (String w : OfflineWords.DRAWN.get(thing)) {
                boolean latin = w.chars().allMatch(c -> c < 128);
                if (latin ? words.split().contains(w) : words.text().contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private ProceduralFootage() {
    }

    /** Draws the shot {@code t} seconds in over the whole of {@code image}, smoothly (for a clip's frames). */
    public static void draw(java.awt.image.BufferedImage image, String prompt, double t) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            paint(g, image.getWidth(), image.getHeight(), prompt, t);
        } finally {
            g.dispose();
        }
    }

    static void paint(Graphics2D g, double w, double h, String prompt, double t) {
        Look look = Look.of(prompt);
        double horizon = h * (look.water() ? 0.58 : 0.7);
        g.setPaint(new GradientPaint(0, 0, look.skyTop(), 0, (float) horizon, look.skyBottom()));
        g.fill(new Rectangle2D.Double(0, 0, w, horizon + 2));
        Random random = new Random(look.seed());
        if (look.night()) {
            for (int i = 0; i < 90; i++) {
                double x = random.nextDouble() * w;
                double y = random.nextDouble() * horizon * 0.9;
                double twinkle = 0.55 + 0.45 * Math.sin(t * (1.5 + random.nextDouble() * 2) + i);
                double r = h * (0.0015 + random.nextDouble() * 0.002);
                g.setColor(new Color(255, 255, 240, (int) (255 * twinkle)));
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
            disc(g, w * 0.78, h * 0.2, h * 0.06, new Color(240, 236, 210));
        } else if (look.sun()) {
            double sunY = horizon * ((look.lowSun() ? 0.8 : 0.4) + 0.01 * t);
            disc(g, w * (0.25 + random.nextDouble() * 0.5), sunY, h * 0.07, new Color(255, 232, 170, 235));
        }
        if (look.wheel()) {
            wheel(g, w * 0.62, horizon - h * 0.3, h * 0.26, t, look.night() ? new Color(60, 60, 80)
                    : new Color(40, 30, 48));
        }
        Color land = look.land();
        if (look.hills() || !look.water()) {
            hills(g, w, h, horizon, land, random.nextDouble() * 6);
        }
        if (look.water()) {
            water(g, w, h, horizon, look, t);
        }
        if (look.snow()) {
            fall(g, w, h, random, t, true);
        } else if (look.rain()) {
            fall(g, w, h, random, t, false);
        }
    }

    private static void disc(Graphics2D g, double x, double y, double r, Color color) {
        for (int i = 3; i >= 1; i--) {
            g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 30));
            double glow = r * (1 + i * 0.5);
            g.fill(new Ellipse2D.Double(x - glow, y - glow, 2 * glow, 2 * glow));
        }
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private static void hills(Graphics2D g, double w, double h, double horizon, Color land, double phase) {
        for (int layer = 0; layer < 2; layer++) {
            Path2D path = new Path2D.Double();
            path.moveTo(0, h);
            for (int i = 0; i <= 64; i++) {
                double x = w * i / 64;
                double y = horizon - h * (0.08 - 0.03 * layer) * (1 + Math.sin(x / w * 5 + phase + layer * 2)) / 2
                        + layer * h * 0.04;
                path.lineTo(x, y);
            }
            path.lineTo(w, h);
            path.closePath();
            float shade = layer == 0 ? 0.85f : 1f;
            g.setColor(new Color(Math.min(255, (int) (land.getRed() / shade)), Math.min(255,
                    (int) (land.getGreen() / shade)), Math.min(255, (int) (land.getBlue() / shade))));
            g.fill(path);
        }
    }

    private static void water(Graphics2D g, double w, double h, double horizon, Look look, double t) {
        Color deep = blend(look.skyTop(), new Color(10, 40, 70), 0.6);
        Color near = blend(look.skyBottom(), new Color(20, 70, 100), 0.55);
        g.setPaint(new GradientPaint(0, (float) horizon, near, 0, (float) h, deep));
        g.fill(new Rectangle2D.Double(0, horizon, w, h - horizon));
        g.setStroke(new BasicStroke((float) (h * 0.004), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int line = 0; line < 9; line++) {
            double depth = (line + 1) / 10.0;
            double y0 = horizon + (h - horizon) * depth * depth;
            double amplitude = h * 0.004 * (1 + 3 * depth);
            double k = 2 * Math.PI / (w * (0.12 + 0.25 * depth));
            Path2D wave = new Path2D.Double();
            for (int i = 0; i <= 96; i++) {
                double x = w * i / 96;
                double y = y0 + amplitude * Math.sin(k * x - t * (1.2 + depth) + line);
                if (i == 0) {
                    wave.moveTo(x, y);
                } else {
                    wave.lineTo(x, y);
                }
            }
            g.setColor(new Color(255, 255, 255, (int) (40 + 60 * depth)));
            g.draw(wave);
        }
    }

    private static void wheel(Graphics2D g, double cx, double cy, double r, double t, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (r * 0.03)));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.draw(new Line2D.Double(cx, cy, cx - r * 0.45, cy + r * 1.25));
        g.draw(new Line2D.Double(cx, cy, cx + r * 0.45, cy + r * 1.25));
        double turn = t * 0.12;
        for (int i = 0; i < 12; i++) {
            double a = turn + i * Math.PI / 6;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            g.draw(new Line2D.Double(cx, cy, x, y));
            double cabin = r * 0.09;
            g.setColor(i == 3 ? new Color(255, 214, 120) : color);
            g.fill(new Rectangle2D.Double(x - cabin / 2, y, cabin, cabin * 1.1));
            g.setColor(color);
        }
    }

    private static void fall(Graphics2D g, double w, double h, Random random, double t, boolean snow) {
        g.setStroke(new BasicStroke((float) (h * 0.002)));
        for (int i = 0; i < 140; i++) {
            double x0 = random.nextDouble() * w;
            double speed = h * (snow ? 0.05 + random.nextDouble() * 0.05 : 0.6 + random.nextDouble() * 0.4);
            double y = (random.nextDouble() * h + speed * t) % h;
            double x = snow ? x0 + Math.sin(t + i) * h * 0.01 : x0 - (y / h) * h * 0.05;
            if (snow) {
                double r = h * (0.002 + random.nextDouble() * 0.003);
                g.setColor(new Color(255, 255, 255, 210));
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            } else {
                g.setColor(new Color(210, 220, 235, 140));
                g.draw(new Line2D.Double(x, y, x - h * 0.006, y + h * 0.03));
            }
        }
    }

    private static Color blend(Color a, Color b, double amount) {
        return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * amount),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * amount),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * amount));
    }
}
