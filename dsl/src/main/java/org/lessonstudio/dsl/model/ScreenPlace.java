package org.lessonstudio.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * The nine named places on screen. {@code column} and {@code row} run -1, 0, 1 from left to
 * right and from bottom to top.
 */
public enum ScreenPlace {
    TOP_LEFT(-1, 1), TOP(0, 1), TOP_RIGHT(1, 1),
    LEFT(-1, 0), CENTER(0, 0), RIGHT(1, 0),
    BOTTOM_LEFT(-1, -1), BOTTOM(0, -1), BOTTOM_RIGHT(1, -1);

    private final int column;
    private final int row;

    ScreenPlace(int column, int row) {
        this.column = column;
        this.row = row;
    }

    public int column() {
        return column;
    }

    public int row() {
        return row;
    }

    /** Reads {@code top right}, {@code right top}, {@code center}, {@code middle left}… */
    public static Optional<ScreenPlace> of(List<String> words) {
        int column = 0;
        int row = 0;
        boolean sawRow = false;
        boolean sawColumn = false;
        for (String w : words) {
            switch (w) {
                case "top", "bottom" -> {
                    if (sawRow) {
                        return Optional.empty();
                    }
                    sawRow = true;
                    row = w.equals("top") ? 1 : -1;
                }
                case "left", "right" -> {
                    if (sawColumn) {
                        return Optional.empty();
                    }
                    sawColumn = true;
                    column = w.equals("left") ? -1 : 1;
                }
                case "center", "middle" -> { }
                default -> {
                    return Optional.empty();
                }
            }
        }
        for (ScreenPlace p : values()) {
            if (p.column == column && p.row == row) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
