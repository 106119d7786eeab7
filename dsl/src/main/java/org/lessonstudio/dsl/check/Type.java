package org.lessonstudio.dsl.check;

/** What an expression stands for. */
enum Type {
    NUMBER("a number"),
    POINT("a point");

    private final String description;

    Type(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
