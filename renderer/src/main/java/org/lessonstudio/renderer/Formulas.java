package org.lessonstudio.renderer;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.scilab.forge.jlatexmath.Box;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * LaTeX formulas typeset with JLaTeXMath, no TeX installation needed. A formula's layout (its
 * boxes and glyphs, in ems) is computed once and kept; it is drawn as vector glyphs scaled to
 * whatever size the frame needs, so formulas stay sharp at any resolution.
 */
public final class Formulas {

    /** A typeset formula; sizes are in ems (multiples of the font size). */
    public record Layout(Box box, double width, double height, double depth) { }

    private static final Map<String, Layout> LAYOUTS = new ConcurrentHashMap<>();

    /**
     * JLaTeXMath keeps state of its own between calls (fonts, macros, the environment a box is
     * drawn in) and is not made for several threads at once: two lessons rendered side by side in
     * one process (a course export, a farm's executor) gave each other's formulas different frames.
     * Every call into it, typesetting and drawing alike, holds this lock.
     */
    static final Object JLATEXMATH = new Object();
    private static final float REFERENCE_SIZE = 64f;

    private Formulas() {
    }

    public static Layout layout(String tex) {
        return LAYOUTS.computeIfAbsent(tex, t -> typeset(t, TeXConstants.STYLE_DISPLAY));
    }

    /** A formula set inline, in a line of text (smaller fractions and limits, as in a sentence). */
    public static Layout inline(String tex) {
        return LAYOUTS.computeIfAbsent("\u0000inline " + tex, t -> typeset(tex, TeXConstants.STYLE_TEXT));
    }

    private static Layout typeset(String tex, int style) {
        // Typeset at a typical size, not at 1: JLaTeXMath works some spaces out in absolute
        // units, and a layout made at size 1 and scaled up gets them far too wide.
        synchronized (JLATEXMATH) {
            Box box = new TeXFormula(tex).createTeXIcon(style, REFERENCE_SIZE).getBox();
            return new Layout(box, box.getWidth(), box.getHeight(), box.getDepth());
        }
    }

    /**
     * The formula with each coloured part wrapped in {@code \textcolor}, in the theme's shade of its
     * colour (so the layout is cached per theme and colouring).
     */
    static String coloured(String tex, java.util.Map<String, org.lessonstudio.dsl.model.ColorName> parts,
                           Palette palette) {
        String out = tex;
        for (var part : parts.entrySet()) {
            java.awt.Color c = palette.color(part.getValue());
            String hex = String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
            out = out.replace(part.getKey(), "\\textcolor{" + hex + "}{" + part.getKey() + "}");
        }
        return out;
    }

    /** Why a formula cannot be typeset, or empty if it can. */
    public static Optional<String> problem(String tex) {
        try {
            layout(tex);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(e.getMessage() == null ? "it could not be read" : e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of("it could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Draws a formula with its baseline's left end at (x, y) pixels, one em being {@code em} pixels,
     * in the graphics' current colour.
     */
    static void draw(Graphics2D g, Layout layout, double x, double y, double em) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(em, em);
        synchronized (JLATEXMATH) {
            layout.box().draw(g, 0, 0);
        }
        g.setTransform(saved);
    }
}
