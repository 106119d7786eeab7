package org.lessonstudio.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The meter's blocks, summed step by step, are the 400 ms blocks BS.1770 defines: the same
 * loudness as summing every block's samples afresh, for speech-like sound that starts and stops.
 */
class LoudnessTest {

    @Test
    void integratedLoudnessIsTheDefinitionsOverEveryOverlappingBlock() {
        int rate = 48_000;
        float[] sound = new float[2 * rate * 7 + 2 * 1234];
        Random random = new Random(7);
        for (int i = 0; i < sound.length / 2; i++) {
            double envelope = (i / (rate / 2)) % 3 == 0 ? 0.001 : 0.3 + 0.2 * Math.sin(i / 9000.0);
            sound[2 * i] = (float) (envelope * random.nextGaussian());
            sound[2 * i + 1] = (float) (envelope * 0.7 * random.nextGaussian());
        }
        Loudness meter = new Loudness(rate);
        for (int at = 0; at < sound.length / 2; at += 4000) {
            int n = Math.min(4000, sound.length / 2 - at);
            float[] chunk = new float[2 * n];
            System.arraycopy(sound, 2 * at, chunk, 0, 2 * n);
            meter.add(chunk, n);
        }
        assertEquals(byTheDefinition(sound, rate), meter.integrated(), 1e-9);
    }

    /** K-weighted mean square over every 400 ms block, a block starting every 100 ms, then gated. */
    private static double byTheDefinition(float[] sound, int rate) {
        int frames = sound.length / 2;
        double[] weighted = new double[frames];
        double[][] shelf = {{1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241,
                0.73248077421585}};
        double[][] pass = {{1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621}};
        for (int c = 0; c < 2; c++) {
            double[] x = new double[frames];
            for (int i = 0; i < frames; i++) {
                x[i] = sound[2 * i + c];
            }
            double[] y = filter(filter(x, shelf[0]), pass[0]);
            for (int i = 0; i < frames; i++) {
                weighted[i] += y[i] * y[i];
            }
        }
        int block = rate * 4 / 10;
        List<Double> blocks = new ArrayList<>();
        for (int start = 0; start + block <= frames; start += block / 4) {
            double sum = 0;
            for (int i = start; i < start + block; i++) {
                sum += weighted[i];
            }
            blocks.add(sum / block);
        }
        double absolute = Math.pow(10, (-70 + 0.691) / 10);
        double mean = blocks.stream().filter(z -> z > absolute).mapToDouble(z -> z).average().orElseThrow();
        double relative = mean / 10;
        double gated = blocks.stream().filter(z -> z > absolute && z > relative).mapToDouble(z -> z).average()
                .orElseThrow();
        return -0.691 + 10 * Math.log10(gated);
    }

    private static double[] filter(double[] x, double[] k) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double x1 = i > 0 ? x[i - 1] : 0;
            double x2 = i > 1 ? x[i - 2] : 0;
            double y1 = i > 0 ? y[i - 1] : 0;
            double y2 = i > 1 ? y[i - 2] : 0;
            y[i] = k[0] * x[i] + k[1] * x1 + k[2] * x2 - k[3] * y1 - k[4] * y2;
        }
        return y;
    }
}
