package org.lessonstudio.footage.safety;

import org.tartarus.snowball.ext.PorterStemmer;

/** Porter's stem of a word, from Lucene's Snowball stemmers: "killing" → "kill", "ending" → "end". */
final class Roots {

    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

    private Roots() {
    }

    static String of(String word) {
        if (word.length() < 4) {
            return word;
        }
        PorterStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
