package org.lessonstudio.dsl.lex;

/** The kinds of token in a lesson. Words (keywords and names alike) are all {@link #WORD}. */
public enum TokenKind {
    WORD("a word"),
    NUMBER("a number"),
    SIZE("a size such as 1920x1080"),
    STRING("quoted text"),
    COLON("`:`"),
    COMMA("`,`"),
    DOT("`.`"),
    LEFT_PAREN("`(`"),
    RIGHT_PAREN("`)`"),
    LEFT_BRACKET("`[`"),
    RIGHT_BRACKET("`]`"),
    PLUS("`+`"),
    MINUS("`-`"),
    TIMES("`*`"),
    DIVIDE("`/`"),
    POWER("`^`"),
    EQUALS("`=`"),
    NEWLINE("the end of the line"),
    INDENT("an indented line"),
    DEDENT("the end of an indented block"),
    END("the end of the file");

    private final String description;

    TokenKind(String description) {
        this.description = description;
    }

    /** How the kind is named in a message to a teacher. */
    public String description() {
        return description;
    }
}
