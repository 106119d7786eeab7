package org.lessonstudio.footage.safety;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A plain text into words with Lucene's analysers: English (and any other alphabet) by Unicode's
 * word rules, each word reduced to its stem by KStem ("bodies" → "body", "shooting" → "shoot");
 * Chinese segmented into words by smartcn's model ("一个学生从楼顶跳下" → 一个 学生 从 楼顶 跳 下).
 * "a", "an" and "the" are left out, so "shot a man" and "shot the man" read alike.
 */
final class Analysis {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new KStemFilter(new EnglishPossessiveFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    };

    private static final Analyzer CHINESE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new HMMChineseTokenizer();
            return new TokenStreamComponents(source, source);
        }
    };

    private Analysis() {
    }

    /** The words of a plain text, in order. */
    static List<Token> words(String text) {
        List<Token> raw = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean han = isHan(text.codePointAt(i));
            int end = i;
            while (end < text.length() && isHan(text.codePointAt(end)) == han) {
                end += Character.charCount(text.codePointAt(end));
            }
            analyse(han ? CHINESE : ENGLISH, text, i, end, han, raw);
            i = end;
        }
        List<Token> words = new ArrayList<>(raw.size());
        int previousEnd = 0;
        for (Token t : raw) {
            int gap = gap(text, previousEnd, t.start(), words.isEmpty());
            words.add(new Token(t.term(), t.surface(), t.start(), t.end(), t.han(), gap));
            previousEnd = t.end();
        }
        return words;
    }

    private static void analyse(Analyzer analyzer, String text, int from, int to, boolean han, List<Token> into) {
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text.substring(from, to)))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = from + offset.startOffset();
                int end = from + offset.endOffset();
                String surface = text.substring(start, end);
                if (!surface.codePoints().anyMatch(Character::isLetterOrDigit) || ARTICLES.contains(surface)) {
                    continue;
                }
                into.add(new Token(term.toString(), surface, start, end, han, Token.NONE));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
    }

    /** What stands between two words: a sentence's or clause's end, a comma, or nothing. */
    private static int gap(String text, int from, int to, boolean first) {
        if (first) {
            return Token.STOP;
        }
        int gap = Token.NONE;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (".!?;:\n\u3002\uff01\uff1f\uff1b\uff1a\"\u201C\u201D()[]".indexOf(c) >= 0) {
                return Token.STOP;
            }
            if (",\uff0c\u3001".indexOf(c) >= 0) {
                gap = Token.COMMA;
            }
        }
        return gap;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
