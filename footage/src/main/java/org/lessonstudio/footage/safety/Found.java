package org.lessonstudio.footage.safety;

/**
 * A concept said in a text.
 *
 * @param concept its name
 * @param start   where its words start in the text as written
 * @param end     where they end
 * @param denied  said only to be denied ("no blood", "没有流血")
 */
record Found(String concept, int start, int end, boolean denied) { }
