package org.lessonstudio.renderer;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.timeline.frame.Figure;

/**
 * Draws text, formulas, title cards and captions. Text is drawn as glyph outlines (vectors), and
 * {@code write} reveals it from left to right.
 */
final class TextPainter {

    /** Writing fainter than this (alpha out of 255) is not in anyone's way. */
    private static final int SEEN = 8;

    private final Graphics2D g;
    private final Projection projection;
    private final LabelPlaces places;
    private final List<Waiting> waiting = new ArrayList<>();

    /** A label asked for while the frame is drawn, placed when everything else is there. */
    private record Waiting(String label, List<LabelPlaces.Spot> spots, Color color) { }

    /** A label as {@link #finish()} drew it: its letters' outline where it went, and its colour. */
    record PlacedLabel(Shape letters, Color color) { }

    private final List<PlacedLabel> placedLabels = new ArrayList<>();

    TextPainter(Graphics2D g, Projection projection) {
        this.g = g;
        this.projection = projection;
        this.places = new LabelPlaces(projection.width(), projection.bottom(), 0.05 * projection.unit());
    }

    /** Where this frame's labels go, and the obstacles they keep off. */
    LabelPlaces places() {
        return places;
    }

    /** Where a block of the given size goes: the pixel position of its baseline's left end. */
    private Point2D.Double align(Figure.Anchor anchor, double width, double ascent, double descent) {
        Figure.Anchor.Placed at = anchor.placed(projection.screen());
        double x = at.x() * projection.unit();
        double y = at.y() * projection.unit();
        double left = at.column() < 0 ? x : at.column() > 0 ? x - width : x - width / 2;
        double baseline = at.row() > 0 ? y + ascent : at.row() < 0 ? y - descent : y + (ascent - descent) / 2;
        left = Math.max(0, Math.min(projection.width() - width, left));
        baseline = Math.max(ascent, Math.min(projection.bottom() - descent, baseline));
        return new Point2D.Double(left, baseline);
    }

    /** Pixels per screen unit. */
    double unit() {
        return projection.unit();
    }

    /** The top left corner for a box of this size placed at the anchor (pictures use this). */
    Point2D.Double topLeft(Figure.Anchor anchor, double width, double height) {
        Point2D.Double baselineLeft = align(anchor, width, height, 0);
        return new Point2D.Double(baselineLeft.x, baselineLeft.y - height);
    }

    TextRun run(String text, double screenUnits, boolean bold) {
        return Fonts.run(text, screenUnits * projection.unit(), bold, g.getFontRenderContext());
    }

    /**
     * A line of text in which {@code $…$} marks inline formulas: {@code "the area is $\pi r^2$"}.
     * Text and formulas share one baseline; {@code \$} is a dollar sign ({@code "costs \$5"}).
     */
    TextRun line(String text, double size) {
        java.util.List<org.lessonstudio.dsl.model.Writing.Piece> pieces = org.lessonstudio.dsl.model.Writing.pieces(text);
        if (pieces.size() == 1 && !pieces.get(0).formula()) {
            return run(pieces.get(0).text(), size, false);
        }
        java.awt.geom.Path2D.Double outline = new java.awt.geom.Path2D.Double();
        double x = 0;
        double ascent = 0;
        double descent = 0;
        for (org.lessonstudio.dsl.model.Writing.Piece piece : pieces) {
            if (!piece.formula()) {
                TextRun words = run(piece.text(), size, false);
                outline.append(words.at(x, 0), false);
                x += words.width();
                ascent = Math.max(ascent, words.ascent());
                descent = Math.max(descent, words.descent());
            } else {
                Formulas.Layout layout = Formulas.inline(piece.text());
                double em = size * projection.unit() * 1.15;
                OutlineRecorder recorder = new OutlineRecorder();
                Formulas.draw(recorder, layout, x, 0, em);
                recorder.pieces().forEach(p -> outline.append(p.shape(), false));
                x += layout.width() * em;
                ascent = Math.max(ascent, layout.height() * em);
                descent = Math.max(descent, layout.depth() * em);
            }
        }
        return new TextRun(outline, x, ascent, descent);
    }

    void text(Figure.Text text, Color color, double reveal) {
        TextRun run = line(text.text(), text.size());
        Point2D.Double at = align(text.anchor(), run.width(), run.ascent(), run.descent());
        Shape placed = run.at(at.x, at.y);
        fillRevealed(placed, color, at.x, run.width(), reveal);
        wrote(text.text(), DrawnText.Kind.WRITING, placed.getBounds2D(), color);
    }

    /** Writing drawn where it was put: labels keep off it, and the frame reports it. */
    private void wrote(String what, DrawnText.Kind kind, Rectangle2D box, Color color) {
        if (color.getAlpha() > SEEN && !box.isEmpty()) {
            places.fixed(new DrawnText(what, kind, box));
        }
    }

    /** The glyph outlines of a text or a formula where it sits, each with its colour (for morphs). */
    java.util.List<OutlineRecorder.Piece> glyphs(Figure figure, Color color, Palette palette) {
        java.util.List<OutlineRecorder.Piece> pieces = new ArrayList<>();
        if (figure instanceof Figure.Text t) {
            // As it is drawn: a formula between dollars is typeset while it morphs too.
            TextRun run = line(t.text(), t.size());
            Point2D.Double at = align(t.anchor(), run.width(), run.ascent(), run.descent());
            pieces.add(new OutlineRecorder.Piece(run.at(at.x, at.y), color));
        } else if (figure instanceof Figure.Tex tex) {
            Formulas.Layout layout = Formulas.layout(Formulas.coloured(tex.tex(), tex.parts(), palette));
            double em = tex.size() * projection.unit();
            Point2D.Double at = align(tex.anchor(), layout.width() * em, layout.height() * em, layout.depth() * em);
            OutlineRecorder recorder = new OutlineRecorder();
            recorder.setRenderingHints(g.getRenderingHints());
            recorder.setColor(color);
            Formulas.draw(recorder, layout, at.x, at.y, em);
            pieces.addAll(recorder.pieces());
        }
        return pieces;
    }

    /**
     * Where the first place a part of a formula is written sits in the frame, in pixels: the
     * formula is laid out with that part marked by a colour no lesson uses, and the glyphs of that
     * colour are measured. Null when the part is not in the formula.
     */
    Rectangle2D partBounds(Figure.Tex tex, String part) {
        int at = tex.tex().indexOf(part);
        if (at < 0) {
            return null;
        }
        Color marker = new Color(0xFE, 0x01, 0x03);
        String marked = tex.tex().substring(0, at) + "\\textcolor{#FE0103}{" + part + "}"
                + tex.tex().substring(at + part.length());
        Formulas.Layout layout;
        try {
            layout = Formulas.layout(marked);
        } catch (RuntimeException cannotBeMarked) {
            return null; // a part that is not a whole piece of TeX, such as "{x": the whole formula is boxed
        }
        double em = tex.size() * projection.unit();
        Point2D.Double origin = align(tex.anchor(), layout.width() * em, layout.height() * em, layout.depth() * em);
        OutlineRecorder recorder = new OutlineRecorder();
        recorder.setRenderingHints(g.getRenderingHints());
        recorder.setColor(Color.WHITE);
        Formulas.draw(recorder, layout, origin.x, origin.y, em);
        Rectangle2D bounds = null;
        for (OutlineRecorder.Piece piece : recorder.pieces()) {
            if (marker.equals(piece.color())) {
                Rectangle2D b = piece.shape().getBounds2D();
                bounds = bounds == null ? b : bounds.createUnion(b);
            }
        }
        return bounds;
    }

    void tex(Figure.Tex tex, Color color, double reveal, Palette palette) {
        Formulas.Layout layout = Formulas.layout(Formulas.coloured(tex.tex(), tex.parts(), palette));
        double em = tex.size() * projection.unit();
        double width = layout.width() * em;
        Point2D.Double at = align(tex.anchor(), width, layout.height() * em, layout.depth() * em);
        Shape savedClip = g.getClip();
        if (reveal < 1) {
            g.clip(new Rectangle2D.Double(at.x - em, 0, em + width * reveal, projection.height()));
        }
        g.setColor(color);
        Formulas.draw(g, layout, at.x, at.y, em);
        g.setClip(savedClip);
        wrote(tex.tex(), DrawnText.Kind.WRITING, new Rectangle2D.Double(at.x, at.y - layout.height() * em, width,
                (layout.height() + layout.depth()) * em), color);
    }

    /** A table of values: a header row over the rows, ruled, written row by row. */
    void table(Figure.Table table, Color color, double reveal) {
        double size = table.size();
        java.util.List<java.util.List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        int columns = table.header().size();
        double[] widths = new double[columns];
        double pad = 0.35 * size * projection.unit();
        for (java.util.List<String> row : all) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], run(row.get(c), size, false).width() + 2 * pad);
            }
        }
        double rowHeight = size * projection.unit() * 1.55;
        double width = java.util.Arrays.stream(widths).sum();
        double height = rowHeight * all.size();
        Point2D.Double at = align(table.anchor(), width, height, 0);
        double top = at.y - height;
        int shownRows = (int) Math.ceil(all.size() * reveal);
        g.setColor(color);
        g.setStroke(new java.awt.BasicStroke((float) (0.02 * projection.unit())));
        for (int r = 0; r < shownRows; r++) {
            double baseline = top + rowHeight * r + rowHeight * 0.68;
            double x = at.x;
            for (int c = 0; c < columns; c++) {
                TextRun cell = run(all.get(r).get(c), size, r == 0);
                g.fill(cell.at(x + (widths[c] - cell.width()) / 2, baseline));
                x += widths[c];
            }
            if (r == 0) {
                double rule = top + rowHeight;
                g.draw(new java.awt.geom.Line2D.Double(at.x, rule, at.x + width, rule));
            }
        }
        double divider = at.x + widths[0];
        g.draw(new java.awt.geom.Line2D.Double(divider, top, divider, top + rowHeight * shownRows));
        wrote(String.join(" ", table.header()), DrawnText.Kind.WRITING,
                new Rectangle2D.Double(at.x, top, width, height), color);
    }

    void title(Figure.Title title, Color color, Color accent, double opacity, double reveal) {
        double unit = projection.unit();
        TextRun big = run(title.text(), Figure.Title.SIZE, true);
        double maxWidth = projection.width() * 0.9;
        if (big.width() > maxWidth) {
            big = run(title.text(), Figure.Title.SIZE * maxWidth / big.width(), true);
        }
        double width = big.width();
        org.lessonstudio.timeline.frame.Vec shift = projection.screen().shiftOnScreen(title.shift());
        double left = (projection.width() - width) / 2 + shift.x() * unit;
        double baseline = projection.height() / 2.0 - Figure.Title.RAISE * unit + shift.y() * unit;
        Shape words = big.at(left, baseline);
        fillRevealed(words, color, left, width, reveal);
        Rectangle2D box = words.getBounds2D();

        g.setColor(Palette.withAlpha(accent, opacity * reveal));
        double ruleWidth = Math.min(width, 6 * unit) * reveal;
        g.fill(new Rectangle2D.Double((projection.width() - ruleWidth) / 2 + shift.x() * unit, baseline + 0.35 * unit, ruleWidth,
                0.05 * unit));
        if (!title.subtitle().isEmpty()) {
            TextRun sub = run(title.subtitle(), Figure.Title.SUBTITLE_SIZE, false);
            double subOpacity = Math.max(0, Math.min(1, (reveal - 0.5) * 2));
            g.setColor(Palette.withAlpha(accent, opacity * subOpacity));
            Shape under = sub.at((projection.width() - sub.width()) / 2 + shift.x() * unit, baseline + Figure.Title.SUBTITLE_DROP * unit);
            g.fill(under);
            box = box.createUnion(under.getBounds2D());
        }
        wrote(title.text(), DrawnText.Kind.TITLE, box, Palette.withAlpha(color, opacity));
    }

    /**
     * A small label that goes to the first of its spots where it is clear of everything else
     * (see {@link LabelPlaces}): placed and drawn by {@link #finish()}, once the whole frame is
     * there. {@code $…$} in it is typeset.
     */
    void label(String label, List<LabelPlaces.Spot> spots, Color color) {
        if (color.getAlpha() > 0 && !label.isBlank()) {
            waiting.add(new Waiting(label, spots, color));
        }
    }

    /** A label around a point: its usual spot first, then the compass around the point. */
    void labelNear(String label, Point2D.Double point, double dx, double dy, Color color) {
        if (point.x < 0 || point.x > projection.width() || point.y < 0 || point.y > projection.bottom()) {
            return; // its point is off the picture (a camera moved away): a name with nothing to name
        }
        List<LabelPlaces.Spot> spots = new ArrayList<>();
        spots.add(new LabelPlaces.Spot(point.x + dx, point.y + dy, 0, 0));
        double distance = Math.max(Math.hypot(dx, dy), 0.2 * projection.unit());
        int first = Math.floorMod((int) Math.round(Math.atan2(-dy, dx) / (Math.PI / 4)), 8);
        spots.addAll(LabelPlaces.around(point.x, point.y, distance * 0.75, first));
        label(label, spots, color);
    }

    /**
     * A number drawn at once with one side or its middle at a point ({@code alignX} -1 its left
     * edge, 1 its right edge, 0 its middle; {@code alignY} -1 its top, 1 its bottom, 0 its
     * middle), kept inside the frame; labels keep off it. Returns where it went.
     */
    Rectangle2D number(String number, Point2D.Double at, int alignX, int alignY, Color color) {
        TextRun run = line(number, 0.4);
        Rectangle2D bounds = run.outline().getBounds2D();
        Rectangle2D box = places.inside(new LabelPlaces.Spot(at.x, at.y, alignX, alignY)
                .box(bounds.getWidth(), bounds.getHeight()));
        g.setColor(color);
        g.fill(run.at(box.getX() - bounds.getX(), box.getY() - bounds.getY()));
        if (color.getAlpha() > SEEN) {
            places.fixed(new DrawnText(number, DrawnText.Kind.NUMBER, box));
        }
        return box;
    }

    /** The pixel size of a small label (its ink), before it is placed. */
    Rectangle2D labelSize(String label) {
        return line(label, 0.4).outline().getBounds2D();
    }

    /**
     * Places and draws the labels asked for, and says what writing
     * the frame holds and where.
     */
    List<DrawnText> finish() {
        // the labels with the fewest places to go choose first (a bar's name has two, a point's
        // label sixteen); among equals, the one drawn first
        List<Waiting> inOrder = new ArrayList<>(waiting);
        inOrder.sort(java.util.Comparator.comparingInt((Waiting w) -> w.spots().size()));
        for (Waiting w : inOrder) {
            TextRun run = line(w.label(), 0.4);
            Rectangle2D bounds = run.outline().getBounds2D();
            Rectangle2D box = places.place(w.label(), bounds.getWidth(), bounds.getHeight(), w.spots());
            Shape letters = run.at(box.getX() - bounds.getX(), box.getY() - bounds.getY());
            g.setColor(w.color());
            g.fill(letters);
            placedLabels.add(new PlacedLabel(letters, w.color()));
        }
        waiting.clear();
        return places.drawn();
    }

    /** The labels {@link #finish()} placed and drew, so a picture of the scene can show them where they are. */
    List<PlacedLabel> placedLabels() {
        return List.copyOf(placedLabels);
    }

    /**
     * Draws labels another painter placed, as it placed them (a magnifier's picture shows the
     * scene's labels where the scene has them); labels waiting here are dropped, not placed again.
     */
    void drawPlaced(List<PlacedLabel> labels) {
        waiting.clear();
        for (PlacedLabel label : labels) {
            g.setColor(label.color());
            g.fill(label.letters());
        }
    }

    /** The size of caption text, in the picture's units (see {@link Projection#unit()}). */
    static final double CAPTION_SIZE = 0.34;

    /**
     * The caption cue being spoken, at the bottom, in a dark box: its lines as the timeline broke
     * them (the same as the caption files'), each wrapped again only if a font draws it too wide.
     */
    void caption(String caption, double opacity, Palette palette) {
        double unit = projection.unit();
        double size = CAPTION_SIZE;
        List<TextRun> runs = new ArrayList<>();
        for (String given : caption.split("\n")) {
            for (String line : wrap(given, size, projection.width() * 0.8)) {
                runs.add(run(line, size, false));
            }
        }
        double ascent = runs.stream().mapToDouble(TextRun::ascent).max().orElse(0);
        double descent = runs.stream().mapToDouble(TextRun::descent).max().orElse(0);
        double lineHeight = (ascent + descent) * 1.25;
        double widest = runs.stream().mapToDouble(TextRun::width).max().orElse(0);
        double pad = 0.18 * unit;
        double boxHeight = lineHeight * runs.size() + pad * 1.2;
        double boxTop = projection.height() - 0.25 * unit - boxHeight;
        double boxLeft = (projection.width() - widest) / 2 - pad;
        g.setColor(Palette.withAlpha(palette.captionBox(), opacity));
        g.fill(new RoundRectangle2D.Double(boxLeft, boxTop, widest + 2 * pad, boxHeight, pad, pad));
        g.setColor(Palette.withAlpha(palette.captionText(), opacity));
        double baseline = boxTop + pad * 0.6 + ascent;
        for (TextRun run : runs) {
            g.fill(run.at((projection.width() - run.width()) / 2, baseline));
            baseline += lineHeight;
        }
    }

    /**
     * Breaks a caption into lines that fit: at spaces, and between any two characters of a
     * language written without spaces (Chinese breaks between characters).
     */
    List<String> wrap(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String piece : pieces(text)) {
            String candidate = line + piece;
            if (!line.isBlank() && run(candidate.strip(), size, false).width() > maxWidth) {
                lines.add(line.strip());
                line = piece.stripLeading();
            } else {
                line = candidate;
            }
        }
        if (!line.isBlank()) {
            lines.add(line.strip());
        }
        return lines;
    }

    /** Words with the space before them, and each Han character on its own. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if ((cp == ' ' || han) && word.length() > 0 && !word.toString().isBlank()) {
                pieces.add(word.toString());
                word.setLength(0);
            }
            word.appendCodePoint(cp);
            if (han) {
                pieces.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            pieces.add(word.toString());
        }
        return pieces;
    }

    private void fillRevealed(Shape outline, Color color, double left, double width, double reveal) {
        Shape savedClip = g.getClip();
        if (reveal < 1) {
            double pad = projection.unit();
            g.clip(new Rectangle2D.Double(left - pad, 0, pad + width * reveal, projection.height()));
        }
        g.setColor(color);
        g.fill(outline);
        g.setClip(savedClip);
    }
}
