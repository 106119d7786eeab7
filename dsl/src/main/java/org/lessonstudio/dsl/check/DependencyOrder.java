package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonstudio.dsl.diag.Diagnostics;

/**
 * Orders a scene's names so that everything comes after what it is defined from, and reports a
 * cycle ({@code A} defined from {@code B} defined from {@code A}) naming every name on it.
 */
final class DependencyOrder {

    private enum Mark { VISITING, DONE }

    private final Map<String, Set<String>> dependencies;
    private final Map<String, Symbol> symbols;
    private final Diagnostics diagnostics;
    private final Map<String, Mark> marks = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private final List<String> path = new ArrayList<>();

    DependencyOrder(Map<String, Set<String>> dependencies, Map<String, Symbol> symbols, Diagnostics diagnostics) {
        this.dependencies = dependencies;
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    List<String> order() {
        for (String name : dependencies.keySet()) {
            visit(name);
        }
        return order;
    }

    private void visit(String name) {
        Mark mark = marks.get(name);
        if (mark == Mark.DONE) {
            return;
        }
        if (mark == Mark.VISITING) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            String first = cycle.get(0);
            String next = cycle.get(1);
            diagnostics.error(symbols.get(first).span(), "cycle", String.join(" \u2192 ", cycle), first, next);
            return;
        }
        marks.put(name, Mark.VISITING);
        path.add(name);
        for (String used : dependencies.getOrDefault(name, Set.of()).stream().sorted().toList()) {
            if (!used.equals(name)) {
                visit(used);
            } else {
                diagnostics.error(symbols.get(name).span(), "cycle.self", name);
            }
        }
        path.remove(path.size() - 1);
        marks.put(name, Mark.DONE);
        order.add(name);
    }
}
