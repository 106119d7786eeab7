package org.lessonstudio.app.edit;

/**
 * One thing an editor may offer to write at the caret.
 *
 * @param label what is written ({@code radius}, {@code top right})
 * @param detail a few words on what it is ({@code clause of circle}, {@code point})
 * @param documentation more, as Markdown (the reference's section), or ""
 */
public record Completion(String label, Sort sort, String detail, String documentation) {

    /** What kind of word is offered: editors show each with its own icon. */
    public enum Sort { KIND, ACTION, CLAUSE, NAME, MEMBER, COLOUR, EASING, PLACE, SETTING, CHOICE, KEYWORD }
}
