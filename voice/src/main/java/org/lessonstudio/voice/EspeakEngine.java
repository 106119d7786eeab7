package org.lessonstudio.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng, run as a process: offline, no account, 100+ languages (English, Mandarin {@code cmn},
 * Cantonese {@code yue}…). The text goes in on standard input, so nothing in it is read as an option.
 */
public final class EspeakEngine implements SpeechEngine {

    static final String INSTALL = "sudo apt-get install -y espeak-ng";
    private static final long TIMEOUT_SECONDS = 60;
    /** A teacher's pace, a little slower than espeak-ng's own 175. */
    private static final int WORDS_PER_MINUTE = 150;

    private final String command;

    public EspeakEngine() {
        this("espeak-ng");
    }

    EspeakEngine(String command) {
        this.command = command;
    }

    @Override
    public String name() {
        return "espeak";
    }

    @Override
    public Optional<String> problem() {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            // not installed: said below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.of("espeak-ng is not installed; install it with: " + INSTALL);
    }

    @Override
    public void speak(String text, String voice, double rate, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command, "-v", voice, "-s", Long.toString(Math.round(WORDS_PER_MINUTE * rate)),
                "-w", out.toString(), "--stdin")
                .redirectErrorStream(true).start();
        feed(p, text);
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s");
        }
        if (p.exitValue() != 0 || !said.isEmpty() && said.toLowerCase(Locale.ROOT).contains("error")) {
            boolean unknownVoice = said.toLowerCase(Locale.ROOT).contains("does not exist");
            throw new IOException(unknownVoice
                    ? "espeak-ng has no voice `" + voice + "` (`espeak-ng --voices` lists the languages it speaks)"
                    : "espeak-ng could not speak with the voice `" + voice + "`" + (said.isEmpty() ? "" : ": " + said));
        }
    }

    /**
     * Writes the text to espeak-ng. With a voice it does not have, espeak-ng stops at once and the
     * write may find its input closed ("Stream closed", a broken pipe): what went wrong is in what
     * it printed and its exit code, read next, so that failure is not the one reported.
     */
    private static void feed(Process p, String text) {
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException stoppedAlready) {
            // told by the exit code and the output
        }
    }

    /**
     * What espeak-ng would say, as its phoneme mnemonics ({@code -q -x}): a stretch it reads in
     * another language is marked with that language's name in brackets, {@code (en)…(cmn)}.
     */
    public String phonemes(String text, String voice) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command, "-q", "-x", "-v", voice, "--stdin").redirectErrorStream(true).start();
        feed(p, text);
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s");
        }
        if (p.exitValue() != 0 || said.toLowerCase(Locale.ROOT).contains("does not exist")) {
            throw new IOException("espeak-ng has no voice `" + voice + "`");
        }
        return said;
    }

    /** The voices espeak-ng lists for a language, most fitting first ({@code espeak-ng --voices=zh}). */
    public java.util.List<String> voicesFor(String language) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command, "--voices=" + language).redirectErrorStream(true).start();
        String listed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return java.util.List.of();
        }
        return listed.lines().skip(1).map(line -> line.strip().split("\\s+"))
                .filter(columns -> columns.length > 1).map(columns -> columns[1]).distinct().toList();
    }

    @Override
    public String defaultVoice(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh") || lower.equals("cmn")) {
            // espeak-ng's `cmn` reads Chinese characters in an English accent (its phonemes switch to
            // English); `cmn-latn-pinyin` speaks them as Mandarin.
            return lower.contains("yue") || lower.contains("hk") ? "yue" : "cmn-latn-pinyin";
        }
        if (lower.equals("en")) {
            return "en-us";
        }
        return lower;
    }
}
