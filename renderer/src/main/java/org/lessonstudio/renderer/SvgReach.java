package org.lessonstudio.renderer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How much an SVG draws once every reference is followed: a {@code <use>} draws its target again,
 * a pattern, clip, mask, marker or filter is drawn for each element that names it. Twenty-nine
 * levels of groups each using the one below twice draw 2²⁹ elements from a file of two kilobytes;
 * two groups using each other never end (a stack overflow in Batik). Both are found here, on the
 * elements the scan recorded, by a walk with its own stack, before Batik builds anything.
 */
final class SvgReach {

    /** Elements drawn, every reference followed: ten times what a rich diagram holds. */
    static final long MOST_DRAWN = 250_000;

    /** Gradients are a few colour stops, however often they are named: not counted as drawing. */
    private static final Set<String> CHEAP = Set.of("linearGradient", "radialGradient", "stop");

    private int count;
    private int[] parent = new int[64];
    private String[] kind = new String[64];
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, List<String>> references = new HashMap<>();
    private double rootSize = Double.NaN;

    int size() {
        return count;
    }

    /** A new element inside {@code parentIndex} (-1 for the outermost); its index. */
    int add(int parentIndex, String name) {
        if (count == parent.length) {
            parent = Arrays.copyOf(parent, count * 2);
            kind = Arrays.copyOf(kind, count * 2);
        }
        parent[count] = parentIndex;
        kind[count] = name;
        return count++;
    }

    void named(int element, String id) {
        ids.putIfAbsent(id, element);
    }

    void refers(int element, String id) {
        references.computeIfAbsent(element, e -> new ArrayList<>()).add(id);
    }

    /** The outermost element's size in its own units (its view box, else its width and height). */
    void rootSize(String viewBox, String width, String height) {
        if (viewBox != null) {
            String[] parts = viewBox.trim().split("[\\s,]+");
            if (parts.length == 4) {
                rootSize = Math.max(number(parts[2]), number(parts[3]));
                return;
            }
        }
        rootSize = Math.max(number(width), number(height));
    }

    /** The picture's larger side in its own units, or NaN when it does not say. */
    double rootSize() {
        return rootSize;
    }

    private static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px)?\\s*$")
                .matcher(text);
        return m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** A circle of references, or more drawn than {@link #MOST_DRAWN}, in words; else empty. */
    Optional<String> problem() {
        int[] firstChild = new int[count];
        int[] nextSibling = new int[count];
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        for (int e = count - 1; e >= 0; e--) { // children in document order
            if (parent[e] >= 0) {
                nextSibling[e] = firstChild[parent[e]];
                firstChild[parent[e]] = e;
            }
        }
        long[] drawn = new long[count];
        byte[] state = new byte[count]; // 0 not seen, 1 being worked out, 2 done
        int[] stack = new int[count];
        int[] cursor = new int[count]; // per element on the stack: its next child (-1 when none is left)
        int[] step = new int[count]; // then how many of its references have been followed
        for (int start = 0; start < count; start++) {
            if (state[start] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = start;
            state[start] = 1;
            cursor[start] = firstChild[start];
            drawn[start] = CHEAP.contains(kind[start]) ? 0 : 1;
            while (top >= 0) {
                int e = stack[top];
                int next = nextEdge(e, cursor, step, nextSibling);
                if (next == -2) { // done with e
                    state[e] = 2;
                    top--;
                    if (top >= 0) {
                        int above = stack[top];
                        drawn[above] = Math.min(MOST_DRAWN + 1, drawn[above] + drawn[e]);
                    }
                    continue;
                }
                if (next < 0) {
                    continue; // a reference to nothing: Batik says so when it builds
                }
                if (state[next] == 1) {
                    return Optional.of("the SVG's references go round in a circle (`#" + SvgScan.shown(idOf(next))
                            + "` ends up drawing itself)");
                }
                if (state[next] == 2) {
                    drawn[e] = Math.min(MOST_DRAWN + 1, drawn[e] + drawn[next]);
                    continue;
                }
                state[next] = 1;
                cursor[next] = firstChild[next];
                drawn[next] = CHEAP.contains(kind[next]) ? 0 : 1;
                stack[++top] = next;
            }
            if (drawn[start] > MOST_DRAWN) {
                return Optional.of("the SVG's `<use>` elements and other references would draw more than "
                        + MOST_DRAWN + " elements, more than Lesson Studio draws");
            }
        }
        return Optional.empty();
    }

    /**
     * The next element {@code e} leads to: its children first, then what it refers to (-1 for a
     * name no element has), or -2 when there is no more.
     */
    private int nextEdge(int e, int[] cursor, int[] step, int[] nextSibling) {
        int child = cursor[e];
        if (child >= 0) {
            cursor[e] = nextSibling[child];
            return child;
        }
        List<String> refs = references.get(e);
        int r = step[e]++;
        if (refs == null || r >= refs.size()) {
            return -2;
        }
        Integer target = ids.get(refs.get(r));
        return target == null ? -1 : target;
    }

    private String idOf(int element) {
        return ids.entrySet().stream().filter(en -> en.getValue() == element).map(Map.Entry::getKey).findFirst()
                .orElse("?");
    }
}
