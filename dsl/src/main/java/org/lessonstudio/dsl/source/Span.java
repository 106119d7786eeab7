package org.lessonstudio.dsl.source;

/** A stretch of a lesson's text, as character offsets: start inclusive, end exclusive. */
public record Span(int start, int end) {

    public Span {
        if (end < start) {
            throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
        }
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public int length() {
        return end - start;
    }
}
