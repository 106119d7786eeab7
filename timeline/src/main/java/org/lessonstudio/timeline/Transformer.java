package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/**
 * A figure moved, turned and resized. Shapes keep their kind where they can (a circle stays a
 * circle, its radius scaled); an ellipse that turns becomes the polygon of its outline. Writing
 * moves with its anchor and grows with the resize; coordinate systems stay where they are.
 */
final class Transformer {

    private Transformer() {
    }

    static Figure apply(Figure f, Affine m) {
        double k = m.scaleFactor();
        if (f instanceof Figure.Dot d) {
            return new Figure.Dot(m.apply(d.position()), d.label());
        }
        if (f instanceof Figure.Segment s) {
            return new Figure.Segment(m.apply(s.from()), m.apply(s.to()), s.arrow());
        }
        if (f instanceof Figure.Brace b) {
            return new Figure.Brace(m.apply(b.from()), m.apply(b.to()), b.label());
        }
        if (f instanceof Figure.Circle c) {
            return new Figure.Circle(m.apply(c.center()), c.radius() * k);
        }
        if (f instanceof Figure.Arc a) {
            return new Figure.Arc(m.apply(a.center()), a.radius() * k, a.start() + m.rotation(), a.sweep(), a.sector());
        }
        if (f instanceof Figure.Ellipse e) {
            if (Math.abs(m.rotation()) < 1e-12) {
                return new Figure.Ellipse(m.apply(e.center()), e.rx() * k, e.ry() * k);
            }
            List<Vec> outline = Outline.of(e);
            return new Figure.Polygon(outline.subList(0, outline.size() - 1).stream().map(m::apply).toList());
        }
        if (f instanceof Figure.AngleMark a) {
            return new Figure.AngleMark(m.apply(a.vertex()), a.radius() * k, a.startAngle() + m.rotation(), a.sweep(),
                    a.label(), a.right());
        }
        if (f instanceof Figure.Polygon p) {
            return new Figure.Polygon(p.corners().stream().map(m::apply).toList());
        }
        if (f instanceof Figure.Polyline p) {
            return new Figure.Polyline(p.runs().stream().map(run -> run.stream().map(m::apply).toList()).toList());
        }
        if (f instanceof Figure.Area a) {
            return new Figure.Area(a.outlines().stream().map(o -> o.stream().map(m::apply).toList()).toList());
        }
        if (f instanceof Figure.Text t) {
            return new Figure.Text(t.text(), anchor(t.anchor(), m), t.size() * k);
        }
        if (f instanceof Figure.Tex t) {
            return new Figure.Tex(t.tex(), anchor(t.anchor(), m), t.size() * k, t.parts());
        }
        if (f instanceof Figure.Table t) {
            return new Figure.Table(t.header(), t.rows(), anchor(t.anchor(), m), t.size() * k);
        }
        if (f instanceof Figure.Image i) {
            return new Figure.Image(i.file(), anchor(i.anchor(), m), i.size() * k);
        }
        return f;
    }

    private static Figure.Anchor anchor(Figure.Anchor anchor, Affine m) {
        if (anchor instanceof Figure.Anchor.InScene s) {
            return new Figure.Anchor.InScene(m.apply(s.point()));
        }
        if (anchor instanceof Figure.Anchor.Beside b) {
            return new Figure.Anchor.Beside(m.apply(b.point()), b.side());
        }
        return anchor;
    }
}
