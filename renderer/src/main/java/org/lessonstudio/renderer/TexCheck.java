package org.lessonstudio.renderer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Finds what is wrong with a formula as written, and where, before anything is drawn: JLaTeXMath
 * is forgiving (it draws {@code \frac{1}{} } as half a fraction), so braces, {@code \left}/{@code
 * \right}, environments and the arguments a command needs are checked here first, then the
 * formula is parsed by JLaTeXMath itself, which knows every command it can draw.
 *
 * <pre>
 * tex f: "\frac{1}{" at (0, 2)     # this `{` is never closed
 * </pre>
 */
public final class TexCheck {

    /** What is wrong, at {@code offset} in the formula's text, {@code length} characters long. */
    public record Problem(int offset, int length, String message) { }

    /** Commands and how many arguments in braces (or single tokens) they must be given. */
    private static final Map<String, Integer> ARGUMENTS = Map.ofEntries(
            Map.entry("frac", 2), Map.entry("dfrac", 2), Map.entry("tfrac", 2), Map.entry("cfrac", 2),
            Map.entry("binom", 2), Map.entry("dbinom", 2), Map.entry("tbinom", 2),
            Map.entry("textcolor", 2), Map.entry("colorbox", 2), Map.entry("stackrel", 2),
            Map.entry("overset", 2), Map.entry("underset", 2),
            Map.entry("sqrt", 1), Map.entry("vec", 1), Map.entry("hat", 1), Map.entry("bar", 1),
            Map.entry("dot", 1), Map.entry("ddot", 1), Map.entry("tilde", 1), Map.entry("widehat", 1),
            Map.entry("widetilde", 1), Map.entry("overline", 1), Map.entry("underline", 1),
            Map.entry("overrightarrow", 1), Map.entry("overleftarrow", 1), Map.entry("overbrace", 1),
            Map.entry("underbrace", 1), Map.entry("boxed", 1), Map.entry("text", 1), Map.entry("textbf", 1),
            Map.entry("textit", 1), Map.entry("mathrm", 1), Map.entry("mathbf", 1), Map.entry("mathit", 1),
            Map.entry("mathcal", 1), Map.entry("mathbb", 1), Map.entry("mathsf", 1), Map.entry("mathtt", 1),
            Map.entry("operatorname", 1), Map.entry("begin", 1), Map.entry("end", 1));

    private static final String DEFINES = "defines a command, which a lesson's formulas may not do; write the formula "
            + "out in full";
    private static final String SETTING = "changes how every formula is typeset, which a lesson's formulas may not do";


    /**
     * Commands JLaTeXMath knows but a lesson's formula may not use, and why: a definition is kept
     * by JLaTeXMath for every later formula of the process (and one that calls itself never ends),
     * a picture is read from any path the formula names, and the rest change how every formula is
     * typeset or need a converter Lesson Studio does not have.
     */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("newcommand", DEFINES), Map.entry("renewcommand", DEFINES),
            Map.entry("newenvironment", DEFINES), Map.entry("renewenvironment", DEFINES),
            Map.entry("def", DEFINES), Map.entry("let", DEFINES),
            Map.entry("includegraphics", "would read a picture file; show a picture with an `image` object instead"),
            Map.entry("jlmDynamic", SETTING), Map.entry("jlmExternalFont", SETTING),
            Map.entry("DeclareMathSizes", SETTING), Map.entry("magnification", SETTING));

    private static final Pattern UNKNOWN = Pattern.compile("^Unknown symbol or command or predefined TeXFormula: '([A-Za-z]+)'");
    private static final Pattern PROBLEM = Pattern.compile("^Problem with command (\\\\|[A-Za-z]+) at position");

    private TexCheck() {
    }

    /** The first thing wrong with a formula, or empty if it can be typeset as written. */
    public static Optional<Problem> problem(String tex) {
        Optional<Problem> structure = structure(tex);
        if (structure.isPresent()) {
            return structure;
        }
        try {
            synchronized (Formulas.JLATEXMATH) {
                new TeXFormula(tex);
            }
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(located(tex, e.getMessage()));
        } catch (StackOverflowError e) {
            return Optional.of(new Problem(0, tex.length(), "it is nested too deeply to typeset"));
        } catch (RuntimeException e) {
            return Optional.of(new Problem(0, tex.length(), AS_WRITTEN));
        }
    }

    private static final String AS_WRITTEN = "it cannot be typeset as written";

    /**
     * JLaTeXMath names the command it stopped at but not where it is, and adds its own internals
     * (a class that could not be cast, a number Java could not read): the command is found in the
     * text and the message is ours, never JLaTeXMath's.
     */
    private static Problem located(String tex, String message) {
        String first = message == null ? "" : message.strip();
        Matcher unknown = UNKNOWN.matcher(first);
        if (unknown.find()) {
            String name = unknown.group(1);
            int at = commandAt(tex, name);
            if (at >= 0) {
                return new Problem(at, name.length() + 1, "`\\" + name + "` is not a command this formula typesetter knows");
            }
        }
        Matcher problem = PROBLEM.matcher(first);
        if (problem.find()) {
            String name = problem.group(1);
            int at = name.equals("\\") ? tex.indexOf("\\\\") : commandAt(tex, name);
            if (at >= 0) {
                return new Problem(at, name.length() + 1, commandProblem(name));
            }
        }
        return new Problem(0, tex.length(), AS_WRITTEN);
    }

    private static String commandProblem(String name) {
        return switch (name) {
            case "char" -> "`\\char` needs the number of a character in braces after it, like `\\char{65}`";
            case "textcolor", "color", "colorbox", "fcolorbox" -> "`\\" + name + "` is given a colour it does not "
                    + "know; use a name like `red` or a code like `#FF0000`";
            case "\\" -> "`\\\\` (a new line) cannot be typeset with what follows it";
            default -> "`\\" + name + "` cannot be typeset with what follows it";
        };
    }

    private static int commandAt(String tex, String name) {
        int from = 0;
        while (true) {
            int at = tex.indexOf("\\" + name, from);
            if (at < 0) {
                return -1;
            }
            int after = at + name.length() + 1;
            if (after >= tex.length() || !Character.isLetter(tex.charAt(after))) {
                return at;
            }
            from = at + 1;
        }
    }

    private record Open(int offset, String what) { }

    private static Optional<Problem> structure(String tex) {
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        int n = tex.length();
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int start = i;
                i++;
                if (i >= n) {
                    return Optional.of(new Problem(start, 1, "a backslash at the end of a formula starts no command"));
                }
                if (!Character.isLetter(tex.charAt(i))) {
                    i++; // \{ \} \\ \, and friends: one character, never a brace that counts
                    continue;
                }
                while (i < n && Character.isLetter(tex.charAt(i))) {
                    i++;
                }
                String name = tex.substring(start + 1, i);
                Optional<Problem> p = command(tex, start, name, i, open);
                if (p.isPresent()) {
                    return p;
                }
                continue;
            }
            if (c == '{') {
                open.push(new Open(i, "{"));
            } else if (c == '}') {
                if (open.isEmpty() || !open.peek().what().equals("{")) {
                    return Optional.of(new Problem(i, 1, open.isEmpty() ? "this `}` closes nothing"
                            : "this `}` comes before the `" + open.peek().what() + "` opened earlier is closed"));
                }
                open.pop();
            } else if ((c == '^' || c == '_') && nothingAfter(tex, i + 1)) {
                return Optional.of(new Problem(i, 1, "`" + c + "` needs something after it"));
            }
            i++;
        }
        if (!open.isEmpty()) {
            Open last = open.peekLast(); // the outermost one still open
            return Optional.of(new Problem(last.offset(), Math.max(1, last.what().length()), switch (last.what()) {
                case "{" -> "this `{` is never closed";
                case "\\left" -> "this `\\left` has no `\\right` to match it";
                default -> "this `" + last.what() + "` has no `\\end` to match it";
            }));
        }
        return Optional.empty();
    }

    private static Optional<Problem> command(String tex, int start, String name, int after, Deque<Open> open) {
        int length = name.length() + 1;
        String refused = REFUSED.get(name);
        if (refused != null) {
            return Optional.of(new Problem(start, length, "`\\" + name + "` " + refused));
        }
        switch (name) {
            case "left" -> open.push(new Open(start, "\\left"));
            case "right" -> {
                if (open.isEmpty() || !open.peek().what().equals("\\left")) {
                    return Optional.of(new Problem(start, length, open.isEmpty() || !open.peek().what().equals("{")
                            ? "this `\\right` has no `\\left` before it" : "this `\\right` comes before a `{` is closed"));
                }
                open.pop();
            }
            case "begin" -> open.push(new Open(start, "\\begin{" + groupText(tex, after) + "}"));
            case "end" -> {
                String env = "\\begin{" + groupText(tex, after) + "}";
                if (open.isEmpty() || !open.peek().what().equals(env)) {
                    return Optional.of(new Problem(start, length, "this `\\end` does not close a matching `" + env + "`"));
                }
                open.pop();
            }
            default -> { }
        }
        Integer needed = ARGUMENTS.get(name);
        if (needed == null) {
            return Optional.empty();
        }
        int at = after;
        if (name.equals("sqrt")) {
            at = skipSpaces(tex, at);
            if (at < tex.length() && tex.charAt(at) == '[') {
                int close = tex.indexOf(']', at);
                if (close < 0) {
                    return Optional.of(new Problem(at, 1, "this `[` is never closed"));
                }
                at = close + 1;
            }
        }
        for (int k = 0; k < needed; k++) {
            at = skipSpaces(tex, at);
            if (nothingAfter(tex, at)) {
                return Optional.of(new Problem(start, length, "`\\" + name + "` needs " + (needed == 1 ? "something"
                        : needed + " parts") + " after it in braces, like " + example(name)));
            }
            at = skipArgument(tex, at);
        }
        return Optional.empty();
    }

    private static String example(String name) {
        return switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> "`\\" + name + "{1}{2}`";
            case "binom", "dbinom", "tbinom" -> "`\\" + name + "{n}{k}`";
            case "textcolor" -> "`\\textcolor{red}{x}`";
            case "begin", "end" -> "`\\" + name + "{matrix}`";
            default -> "`\\" + name + "{x}`";
        };
    }

    /** True when nothing that could be an argument follows: the end, a closing brace, or {@code &}. */
    private static boolean nothingAfter(String tex, int at) {
        int i = skipSpaces(tex, at);
        return i >= tex.length() || tex.charAt(i) == '}' || tex.charAt(i) == '&';
    }

    private static int skipSpaces(String tex, int at) {
        int i = at;
        while (i < tex.length() && Character.isWhitespace(tex.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past one argument: a group in braces (to its end, or the text's end), a command, or one character. */
    private static int skipArgument(String tex, int at) {
        char c = tex.charAt(at);
        if (c == '{') {
            int depth = 0;
            for (int i = at; i < tex.length(); i++) {
                char d = tex.charAt(i);
                if (d == '\\') {
                    i++;
                } else if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    return i + 1;
                }
            }
            return tex.length(); // never closed: the main loop reports it
        }
        if (c == '\\') {
            int i = at + 1;
            if (i < tex.length() && Character.isLetter(tex.charAt(i))) {
                while (i < tex.length() && Character.isLetter(tex.charAt(i))) {
                    i++;
                }
                return i;
            }
            return Math.min(tex.length(), i + 1);
        }
        return at + 1;
    }

    private static String groupText(String tex, int at) {
        int i = skipSpaces(tex, at);
        if (i >= tex.length() || tex.charAt(i) != '{') {
            return "";
        }
        int close = tex.indexOf('}', i);
        return close < 0 ? tex.substring(i + 1) : tex.substring(i + 1, close);
    }
}
