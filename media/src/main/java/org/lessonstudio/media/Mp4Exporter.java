package org.lessonstudio.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.renderer.Exporter;
import org.lessonstudio.renderer.Quality;

/**
 * Encodes frames to an MP4 that plays in every browser and LMS: H.264 High profile, yuv420p, the
 * index at the front (fast start). The video is written to a temporary file beside the target and
 * moved into place only when complete, so a failed or cancelled render never leaves a broken file
 * and never touches an earlier good one.
 */
public final class Mp4Exporter implements Exporter {

    private final Path target;
    private final Quality quality;
    private final AudioMix audio;
    private int fps;
    private long framesWritten;
    private float[] chunk;
    private FloatBuffer samples;
    private Path partial;
    private FFmpegFrameRecorder recorder;
    private Frame frame;
    private Mp4TextTracks.Extras text;
    private boolean aside;
    private Path finished;

    public Mp4Exporter(Path target, Quality quality) {
        this(target, quality, null);
    }

    /**
     * @param audio the lesson's sound, starting at the first frame written, or null for a silent video;
     *              it becomes an AAC track in step with the pictures, sample for frame
     */
    public Mp4Exporter(Path target, Quality quality, AudioMix audio) {
        FFmpegLogging.quiet();
        this.target = target.toAbsolutePath().normalize();
        this.quality = quality;
        this.audio = audio;
    }

    /** Captions and chapters to carry inside the video, set before the render starts. */
    public synchronized void text(Mp4TextTracks.Extras extras) {
        this.text = extras;
    }

    /**
     * Leaves the finished video under its temporary name instead of moving it into place, for a
     * caller that moves it with the files that go beside it ({@link #finished()}).
     */
    public synchronized Mp4Exporter keepAside() {
        this.aside = true;
        return this;
    }

    /** The complete video, still under its temporary name, once {@link #finish()} is done in keep-aside mode. */
    public synchronized Path finished() {
        if (finished == null) {
            throw new IllegalStateException("the video is not finished, or was moved into place");
        }
        return finished;
    }

    /**
     * The temporary file being written, or the finished one kept aside, or null when there is none
     * (for cleanup on Ctrl-C).
     */
    public synchronized Path partialFile() {
        return partial != null ? partial : finished;
    }

    /**
     * A recorder for {@code file} with the video's settings for {@code quality}, not started yet;
     * {@code fastStart} puts the index first, which takes one more pass over the file when it is finished.
     */
    static FFmpegFrameRecorder configured(Path file, int width, int height, int fps, Quality quality, boolean sound,
                                          boolean fastStart) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, sound ? 2 : 0);
        if (sound) {
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(AudioFiles.RATE);
            recorder.setAudioBitrate(160_000);
        }
        recorder.setFormat("mp4");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setGopSize(fps * 2);
        recorder.setVideoOption("profile", "high");
        recorder.setVideoOption("tune", "animation");
        switch (quality) {
            case DRAFT -> {
                recorder.setVideoOption("preset", "veryfast");
                recorder.setVideoOption("crf", "26");
            }
            case STANDARD -> {
                recorder.setVideoOption("preset", "medium");
                recorder.setVideoOption("crf", "20");
            }
            case HIGH -> {
                recorder.setVideoOption("preset", "slow");
                recorder.setVideoOption("crf", "16");
            }
        }
        int lookahead = lookahead(width, height, quality);
        if (lookahead != presetLookahead(quality)) {
            recorder.setVideoOption("rc-lookahead", Integer.toString(lookahead));
        }
        if (fastStart) {
            recorder.setOption("movflags", "+faststart");
        }
        return recorder;
    }

    /** Frames of look-ahead x264's preset for each quality keeps (veryfast, medium, slow). */
    static int presetLookahead(Quality quality) {
        return switch (quality) {
            case DRAFT -> 10;
            case STANDARD -> 40;
            case HIGH -> 50;
        };
    }

    /**
     * How many frames x264 looks ahead to share out the bits: the preset's own up to 1080p, and
     * fewer above, in proportion to the pixels, so the frames it holds stay within what 50 frames
     * of 1080p take (each look-ahead frame of 4K holds about 27 MB; 40 of them took a 4K render to
     * 2.2 GB). Never fewer than 10, veryfast's own.
     */
    static int lookahead(int width, int height, Quality quality) {
        long pixels = (long) width * height;
        long budget = 50L * 1920 * 1080;
        return (int) Math.min(presetLookahead(quality), Math.max(10, budget / Math.max(1, pixels)));
    }

    @Override
    public synchronized void start(int width, int height, int fps) throws IOException {
        partial = AtomicOutput.partialFor(target);
        this.fps = fps;
        // with captions or chapters, the file is copied once more with them (and its index put first
        // then), so this one is left as it is written: one pass over the video fewer
        boolean copiedWithText = text != null && !text.isEmpty();
        recorder = configured(partial, width, height, fps, quality, audio != null, !copiedWithText);
        if (audio != null) {
            chunk = new float[2 * (AudioFiles.RATE / Math.max(1, fps) + 2)];
            samples = FloatBuffer.wrap(chunk);
        }
        recorder.start();
        frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
    }

    @Override
    public void frame(BufferedImage image) throws IOException {
        // Copied into the recorder's own frame and converted by it, on this thread. (Converting on the
        // drawing thread into pictures kept per pooled image was tried, issue 17: its frames differed
        // from these now and then in a test, not understood yet, so it is not used.)
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int rowBytes = frame.imageWidth * 3;
        int stride = frame.imageStride;
        buffer.clear();
        if (stride == rowBytes) {
            buffer.put(pixels, 0, rowBytes * frame.imageHeight);
        } else {
            for (int y = 0; y < frame.imageHeight; y++) {
                buffer.position(y * stride);
                buffer.put(pixels, y * rowBytes, rowBytes);
            }
        }
        buffer.rewind();
        recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
        framesWritten++;
        if (audio != null) {
            // the sound up to the end of this frame: whole samples, no drift however long the lesson
            long from = (framesWritten - 1) * AudioFiles.RATE / fps;
            long to = framesWritten * AudioFiles.RATE / fps;
            int n = (int) (to - from);
            if (chunk.length < 2 * n) {
                chunk = new float[2 * n];
                samples = FloatBuffer.wrap(chunk);
            }
            audio.read(from, chunk, n);
            samples.clear().limit(2 * n);
            recorder.recordSamples(AudioFiles.RATE, 2, samples);
        }
    }

    @Override
    public synchronized void finish() throws IOException {
        recorder.stop();
        recorder.release();
        recorder = null;
        if (text != null && !text.isEmpty()) {
            Path withText = AtomicOutput.partialFor(target);
            try {
                Mp4TextTracks.add(partial, withText, text);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(withText);
                throw e;
            }
            Files.delete(partial);
            partial = withText;
        }
        if (aside) {
            finished = partial;
        } else {
            AtomicOutput.commit(partial, target);
        }
        partial = null;
        frame.close();
        frame = null;
    }

    @Override
    public synchronized void abort() {
        if (frame != null) {
            frame.close();
            frame = null;
        }
        if (recorder != null) {
            try {
                recorder.release();
            } catch (Exception ignored) {
                // the partial file is deleted below either way
            }
            recorder = null;
        }
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more can be done; the name starts with a dot so it stays out of the way
            }
            partial = null;
        }
    }
}
