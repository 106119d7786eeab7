package org.lessonstudio.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Integrated loudness of stereo audio, as EBU R128 / ITU-R BS.1770 define it: K-weighting, mean
 * square over 400 ms blocks overlapping by 75%, an absolute gate at −70 LUFS and a relative gate
 * 10 LU below the gated mean. Used to set the narration's gain; tests check the result with
 * FFmpeg's own meter.
 */
final class Loudness {

    private final Biquad[] shelf = new Biquad[2];
    private final Biquad[] highpass = new Biquad[2];
    private final int blockSize;
    private final int step;
    private final List<Double> blocks = new ArrayList<>();
    /** The sums of the last four steps (a block is four steps), and of the step being filled. */
    private final double[] steps = new double[4];
    private double current;
    private int inStep;
    private long stepsDone;

    Loudness(int rate) {
        for (int c = 0; c < 2; c++) {
            // BS.1770 pre-filter (high shelf, +4 dB) and RLB high-pass, for 48 kHz
            shelf[c] = new Biquad(1.53512485958697, -2.69169618940638, 1.19839281085285,
                    -1.69065929318241, 0.73248077421585);
            highpass[c] = new Biquad(1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621);
        }
        step = rate / 10;
        blockSize = 4 * step;
    }

    /** Adds {@code n} interleaved stereo frames. */
    void add(float[] samples, int n) {
        for (int i = 0; i < n; i++) {
            double l = highpass[0].next(shelf[0].next(samples[2 * i]));
            double r = highpass[1].next(shelf[1].next(samples[2 * i + 1]));
            current += l * l + r * r;
            if (++inStep == step) {
                // a 400 ms block ends every 100 ms: the sum of its four steps, each summed once
                steps[(int) (stepsDone++ % 4)] = current;
                current = 0;
                inStep = 0;
                if (stepsDone >= 4) {
                    blocks.add((steps[0] + steps[1] + steps[2] + steps[3]) / blockSize);
                }
            }
        }
    }

    /** The integrated loudness in LUFS; negative infinity for silence. */
    double integrated() {
        double absolute = Math.pow(10, (-70 + 0.691) / 10);
        double sum = 0;
        int count = 0;
        for (double z : blocks) {
            if (z > absolute) {
                sum += z;
                count++;
            }
        }
        if (count == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double relative = sum / count * Math.pow(10, -10.0 / 10);
        double gated = 0;
        int kept = 0;
        for (double z : blocks) {
            if (z > absolute && z > relative) {
                gated += z;
                kept++;
            }
        }
        return -0.691 + 10 * Math.log10(gated / kept);
    }

    /** A second-order filter section (a0 = 1). */
    private static final class Biquad {
        private final double b0;
        private final double b1;
        private final double b2;
        private final double a1;
        private final double a2;
        private double x1;
        private double x2;
        private double y1;
        private double y2;

        Biquad(double b0, double b1, double b2, double a1, double a2) {
            this.b0 = b0;
            this.b1 = b1;
            this.b2 = b2;
            this.a1 = a1;
            this.a2 = a2;
        }

        double next(double x) {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
