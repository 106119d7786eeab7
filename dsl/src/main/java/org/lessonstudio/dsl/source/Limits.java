package org.lessonstudio.dsl.source;

/**
 * How big a lesson may be. Each limit is far beyond what a classroom lesson needs and low enough
 * that a file written by mistake (or on purpose) cannot exhaust the stack, the memory or the
 * hours of a render. docs/language.md ("Limits") explains each one to teachers; every exceeded
 * limit is a positioned mistake, never a crash.
 */
public final class Limits {

    /** Bytes in a lesson or course file: 2 MiB, about 400 times the longest example lesson. */
    public static final int FILE_BYTES = 2 * 1024 * 1024;

    /**
     * Levels of brackets, function calls, powers, signs and {@code .} parts inside one
     * another in one expression. A long sum or product counts as a few levels only (about one per
     * doubling of its length), so a sum of 50,000 terms is fine.
     */
    public static final int EXPRESSION_DEPTH = 256;

    /** Blocks indented inside one another: {@code say} in {@code together} in {@code say}… */
    public static final int BLOCK_DEPTH = 32;

    /**
     * How deep one scene's definitions may build on each other, counted in levels of expression:
     * each object or value counts its own expression's depth plus
     * {@value #DEFINITION_STEP}, added along the longest chain of what it is defined from.
     * About 100 objects each defined from the one before; a chain of them is worked out for every
     * frame, and this keeps that within reach.
     */
    public static final int DEFINITION_DEPTH = 1024;

    /** What one step from an object to what it is defined from costs in {@link #DEFINITION_DEPTH}. */
    public static final int DEFINITION_STEP = 8;

    /** Characters in one {@code say} (or one of its translations): about five minutes of speech. */
    public static final int SAY_CHARACTERS = 4000;

    /**
     * Characters in one piece of writing drawn on screen: a text, a formula, a label, a title or
     * subtitle, a scene's title, the words of a footage shot. A full frame of small letters holds
     * fewer; this keeps typesetting and drawing each one quick.
     */
    public static final int WRITING_CHARACTERS = 1000;

    /** Characters in a name ({@code circle unit}, {@code value t}): far more than a readable one. */
    public static final int NAME_CHARACTERS = 64;

    /** Objects (named or written in an action) in one scene: more than a frame can show readably. */
    public static final int OBJECTS_PER_SCENE = 1000;

    /** Times one {@code repeat} may repeat its lines. */
    public static final int REPEAT_TIMES = 1000;

    /**
     * Words, numbers and signs a lesson may hold once its {@code repeat}s are written out (a
     * two-hour lesson holds about 30,000).
     */
    public static final int REPEATED_TOKENS = 200_000;

    /** Actions in one scene, those under a {@code say} or a {@code together} included. */
    public static final int ACTIONS_PER_SCENE = 5000;

    /** Seconds a lesson may last: two hours, longer than any lesson a class watches in one go. */
    public static final int LESSON_SECONDS = 2 * 60 * 60;

    private Limits() {
    }
}
