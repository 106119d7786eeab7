package org.lessonstudio.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lesson's sound, mixed on demand in pieces: spoken sentences at their times, and background
 * music lowered under speech. Nothing holds the whole track in memory; each file is decoded when
 * first needed. Loudness is normalised to about −16 LUFS (EBU R128) with peaks kept under −1 dB:
 * a first pass measures, and the mix is then read with that gain and a peak limiter.
 */
public final class AudioMix {

    /** A sound placed on the timeline: speech at full level, music at a volume under speech. */
    public record Cue(Path file, double start, double end, boolean music, double volume) { }

    static final double TARGET_LUFS = -16;
    /** Sample peaks are held under this (−1.5 dBFS), which keeps true peaks under −1 dBTP. */
    static final double CEILING = Math.pow(10, -1.5 / 20);
    /** Music under speech drops to this share of its volume. */
    private static final double DUCK = 0.3;
    private static final double DUCK_RAMP = 0.25;

    private final List<Cue> cues;
    private final long frames;
    private final Map<Path, float[]> decoded = new HashMap<>();
    private double gain = 1;

    /** @param seconds the track's length: the video's */
    public AudioMix(List<Cue> cues, double seconds) {
        this.cues = cues.stream().sorted(Comparator.comparingDouble(Cue::start)).toList();
        this.frames = Math.round(seconds * AudioFiles.RATE);
    }

    public long frames() {
        return frames;
    }

    public boolean isEmpty() {
        return cues.isEmpty();
    }

    /**
     * Measures the mix and sets the gain that brings it to the target loudness; measured again
     * through the limiter, and the gain corrected, so the limiter's rounding-off is allowed for.
     * Returns the loudness last measured through the limiter, before its (small) correction: the
     * mix as heard is then within a few hundredths of a LU of the target, not measured again, as
     * every pass over the sound delays the render's first frame.
     */
    public double normalise() throws IOException {
        double measured = measure(false);
        if (!Double.isFinite(measured)) {
            return measured;
        }
        gain = Math.pow(10, (TARGET_LUFS - measured) / 20);
        double heard = measured;
        for (int round = 0; round < 2; round++) {
            heard = measure(true);
            gain *= Math.pow(10, (TARGET_LUFS - heard) / 20);
        }
        return heard;
    }

    private double measure(boolean limited) throws IOException {
        Loudness meter = new Loudness(AudioFiles.RATE);
        float[] chunk = new float[2 * 4800];
        for (long at = 0; at < frames; at += chunk.length / 2) {
            int n = (int) Math.min(chunk.length / 2, frames - at);
            if (limited) {
                read(at, chunk, n);
            } else {
                raw(at, chunk, n);
            }
            meter.add(chunk, n);
        }
        return meter.integrated();
    }

    /** Fills {@code out} with {@code n} stereo frames from frame {@code at}, normalised and limited. */
    public void read(long at, float[] out, int n) throws IOException {
        raw(at, out, n);
        for (int i = 0; i < 2 * n; i++) {
            double v = out[i] * gain;
            // soft knee above the ceiling: loud syllables are rounded off, never clipped
            double a = Math.abs(v);
            if (a > CEILING * 0.8) {
                double over = (a - CEILING * 0.8) / (CEILING * 0.2);
                a = CEILING * 0.8 + CEILING * 0.2 * Math.tanh(over);
                v = Math.copySign(a, v);
            }
            out[i] = (float) v;
        }
    }

    private void raw(long at, float[] out, int n) throws IOException {
        java.util.Arrays.fill(out, 0, 2 * n, 0f);
        double t0 = at / (double) AudioFiles.RATE;
        double t1 = (at + n) / (double) AudioFiles.RATE;
        for (Cue cue : cues) {
            if (cue.start() >= t1 || cue.end() <= t0) {
                continue;
            }
            float[] sound = decoded(cue.file());
            long offset = Math.round(cue.start() * AudioFiles.RATE);
            double level = 1;
            for (int i = 0; i < n; i++) {
                long frame = at + i - offset;
                double time = (at + i) / (double) AudioFiles.RATE;
                if (frame < 0 || time >= cue.end()) {
                    continue;
                }
                long source = cue.music() ? frame % Math.max(1, sound.length / 2) : frame;
                if (2 * source + 1 >= sound.length) {
                    continue;
                }
                if (cue.music() && (i % 480 == 0 || level == 1)) {
                    level = cue.volume() * duck(time);
                }
                out[2 * i] += (float) (sound[(int) (2 * source)] * level);
                out[2 * i + 1] += (float) (sound[(int) (2 * source + 1)] * level);
            }
        }
    }

    /** How loud music may be at a time: lowered while anyone speaks, with short ramps. */
    private double duck(double time) {
        double nearest = Double.POSITIVE_INFINITY;
        for (Cue cue : cues) {
            if (cue.music()) {
                continue;
            }
            double distance = time < cue.start() ? cue.start() - time : time > cue.end() ? time - cue.end() : 0;
            nearest = Math.min(nearest, distance);
        }
        double away = Math.min(1, nearest / DUCK_RAMP);
        return DUCK + (1 - DUCK) * away;
    }

    private float[] decoded(Path file) throws IOException {
        float[] known = decoded.get(file);
        if (known == null) {
            known = AudioFiles.decode(file);
            decoded.put(file, known);
        }
        return known;
    }

    /** A copy of this mix starting {@code seconds} in (for rendering one scene). */
    public AudioMix from(double seconds) {
        List<Cue> shifted = new ArrayList<>();
        for (Cue cue : cues) {
            shifted.add(new Cue(cue.file(), cue.start() - seconds, cue.end() - seconds, cue.music(), cue.volume()));
        }
        AudioMix mix = new AudioMix(shifted, frames / (double) AudioFiles.RATE - seconds);
        mix.gain = gain;
        mix.decoded.putAll(decoded);
        return mix;
    }
}
