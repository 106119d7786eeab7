package org.lessonstudio.dsl.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.diag.Diagnostics;

/**
 * Orders a scene's names so that everything comes after what it is defined from, and reports a
 * cycle ({@code A} defined from {@code B} defined from {@code A}) naming every name on it.
 *
 * <p>It also measures how deep each name is built on others ({@link Limits#DEFINITION_DEPTH}):
 * the timeline works a name out by working out what it is defined from first, so a chain too
 * deep would overflow the stack at the first frame. The walk itself keeps its own stack, so a
 * chain of any length is safe to order and measure.
 */
final class DependencyOrder {

    private enum Mark { VISITING, DONE }

    /** A name being visited, and the names it uses that are still to visit. */
    private record Frame(String name, Iterator<String> uses) { }

    private final Map<String, Set<String>> dependencies;
    private final Map<String, Symbol> symbols;
    private final Map<String, Integer> ownDepth;
    private final Diagnostics diagnostics;
    private final Map<String, Mark> marks = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final Map<String, String> chainStart = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private final List<String> path = new ArrayList<>();

    /**
     * @param ownDepth how deep the expressions written in each name's own definition are
     */
    DependencyOrder(Map<String, Set<String>> dependencies, Map<String, Symbol> symbols,
                    Map<String, Integer> ownDepth, Diagnostics diagnostics) {
        this.dependencies = dependencies;
        this.symbols = symbols;
        this.ownDepth = ownDepth;
        this.diagnostics = diagnostics;
    }

    List<String> order() {
        for (String name : dependencies.keySet()) {
            visit(name);
        }
        return order;
    }

    private void visit(String root) {
        if (marks.containsKey(root)) {
            return;
        }
        Deque<Frame> stack = new ArrayDeque<>();
        enter(root, stack);
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (!frame.uses().hasNext()) {
                stack.pop();
                leave(frame.name());
                continue;
            }
            String used = frame.uses().next();
            if (used.equals(frame.name())) {
                diagnostics.error(symbols.get(used).span(), "cycle.self", used);
                continue;
            }
            Mark mark = marks.get(used);
            if (mark == Mark.VISITING) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(used), path.size()));
                cycle.add(used);
                String first = cycle.get(0);
                String next = cycle.get(1);
                diagnostics.error(symbols.get(first).span(), "cycle", String.join(" \u2192 ", cycle), first, next);
            } else if (mark == null) {
                enter(used, stack);
            }
        }
    }

    private void enter(String name, Deque<Frame> stack) {
        marks.put(name, Mark.VISITING);
        path.add(name);
        stack.push(new Frame(name, dependencies.getOrDefault(name, Set.of()).stream().sorted().iterator()));
    }

    /** Everything the name uses is ordered: order it, and measure how deep it is built. */
    private void leave(String name) {
        path.remove(path.size() - 1);
        marks.put(name, Mark.DONE);
        order.add(name);
        int deepestUse = 0;
        String start = name;
        for (String used : dependencies.getOrDefault(name, Set.of())) {
            Integer d = depth.get(used);
            if (d != null && d > deepestUse) {
                deepestUse = d;
                start = chainStart.get(used);
            }
        }
        int own = ownDepth.getOrDefault(name, 1) + Limits.DEFINITION_STEP + deepestUse;
        depth.put(name, own);
        chainStart.put(name, start);
        if (own > Limits.DEFINITION_DEPTH && deepestUse <= Limits.DEFINITION_DEPTH && symbols.containsKey(name)) {
            diagnostics.error(symbols.get(name).span(), "definition.too-deep", name, own, Limits.DEFINITION_DEPTH,
                    start);
        }
    }
}
