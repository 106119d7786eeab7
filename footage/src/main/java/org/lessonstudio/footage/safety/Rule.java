package org.lessonstudio.footage.safety;

/**
 * A rule of the safety check: when its condition holds and none of its exceptions does, a prompt
 * is refused in its category.
 *
 * <pre>
 * rule violence-against-people
 *   category: violence
 *   when: (attack or shoot or stab or beat or kill) and (person or animal)
 *   unless: sport or re-enactment or harm-not-shown
 * </pre>
 *
 * @param name     its name, quoted in a refusal
 * @param category the category it refuses in
 * @param when     its condition
 * @param unless   what makes the same words fine, or null
 * @param evenDenied whether words count even when denied ({@code counts denied: yes}): a video model
 *                 may draw a brand or a person it is told not to, so "No Nike logos" still names Nike
 * @param where    the file and line it is written at
 */
record Rule(String name, Category category, Expr when, Expr unless, boolean evenDenied, String where) { }
