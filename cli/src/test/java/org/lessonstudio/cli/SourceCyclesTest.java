package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package depends on itself through others, read from the sources of every module (the bench's
 * too): each import, and each class named in full in the code, is a dependency of the file's
 * package. This sees what the compiled classes hide — a constant such as {@code Limits.BLOCK_DEPTH}
 * is copied into the class that reads it, so {@link ArchitectureTest} cannot see that dependency.
 */
class SourceCyclesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern NAMED = Pattern.compile("\\b(org\\.lessonstudio(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENTS_AND_TEXT = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);

    /** Each package's dependencies on the project's other packages, from the sources under {@code root}. */
    static Map<String, Set<String>> graph(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(f -> !f.toString().contains("/target/")).toList();
        }
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher declared = PACKAGE.matcher(text);
            if (!declared.find()) {
                continue;
            }
            String from = declared.group(1);
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher named = NAMED.matcher(COMMENTS_AND_TEXT.matcher(text).replaceAll(" "));
            while (named.find()) {
                if (!named.group(1).equals(from)) {
                    to.add(named.group(1));
                }
            }
        }
        return graph;
    }

    /** The groups of packages that depend on each other (strongly connected, more than one). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> found = new ArrayList<>();
        int[] next = {0};
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, found, next);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, List<Set<String>> found, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]++);
        stack.push(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, found, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                found.add(group);
            }
        }
    }

    @Test
    void noPackageOfAnyModuleDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = graph(ROOT);
        for (String module : new String[] {"dsl", "timeline", "app", "cli", "preview", "lsp", "bench"}) {
            assertTrue(graph.keySet().stream().anyMatch(p -> p.startsWith("org.lessonstudio." + module)),
                    module + "'s sources are read");
        }
        assertEquals(List.of(), cycles(graph), "packages that depend on each other (each group is a cycle)");
    }

    @Test
    void theScanFindsACycleThroughAConstantAndAFullName(@org.junit.jupiter.api.io.TempDir Path root)
            throws IOException {
        Path a = Files.createDirectories(root.resolve("m/src/main/java/org/lessonstudio/a"));
        Path b = Files.createDirectories(root.resolve("m/src/main/java/org/lessonstudio/b"));
        Files.writeString(a.resolve("A.java"), "package org.lessonstudio.a;\n\nimport org.lessonstudio.b.B;\n\n"
                + "final class A { int most = B.MOST; }\n");
        Files.writeString(b.resolve("B.java"), "package org.lessonstudio.b;\n\n/** Not {@link org.lessonstudio.c.C}. */\n"
                + "final class B { static final int MOST = 3; Object a = new org.lessonstudio.a.A(); }\n");
        assertEquals(List.of(Set.of("org.lessonstudio.a", "org.lessonstudio.b")), cycles(graph(root)));
    }
}
