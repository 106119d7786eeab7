package org.lessonstudio.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.lessonstudio.dsl.source.Span;

/**
 * Offsets into a text and the protocol's positions (a line, and a character counted in UTF-16
 * code units, as Java counts them), both ways.
 */
final class Positions {

    private final String text;
    private final int[] lineStarts;

    Positions(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    Position position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= at) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return new Position(low, at - lineStarts[low]);
    }

    int offset(Position position) {
        if (position.getLine() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[Math.max(0, position.getLine())];
        int end = position.getLine() + 1 < lineStarts.length ? lineStarts[position.getLine() + 1] - 1 : text.length();
        return Math.min(start + Math.max(0, position.getCharacter()), end);
    }

    Range range(Span span) {
        return new Range(position(span.start()), position(span.end()));
    }

    Span span(Range range) {
        int start = offset(range.getStart());
        return new Span(start, Math.max(start, offset(range.getEnd())));
    }

    int lines() {
        return lineStarts.length;
    }
}
