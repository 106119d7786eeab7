package org.lessonstudio.media;

import static org.lessonstudio.media.FfmpegCalls.check;
import static org.lessonstudio.media.FfmpegCalls.utf8;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_NOFILE;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_find_input_format;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.lessonstudio.renderer.AtomicOutput;

/**
 * Joins video segments rendered apart (each a silent H.264 MP4 that starts on a key frame, made
 * with the same settings) into one video, with the lesson's sound encoded once for the whole of it:
 * the segments go through FFmpeg's concat demuxer and are copied as they are, never re-encoded; the
 * sound, mixed whole, becomes one AAC track, so there is no seam in it. The captions, chapters and
 * comment are added last ({@link Mp4TextTracks}); the result is written to a temporary file beside
 * {@code target} and left there ({@link #join} returns it) for the caller to move into place.
 */
public final class Mp4Join {

    private Mp4Join() {
    }

    /**
     * Joins {@code segments} (each {@code frames[i]} frames long) at {@code fps}, with {@code audio}
     * (or silent when null) and {@code text} inside; returns the temporary file written beside
     * {@code target}.
     */
    public static Path join(List<Path> segments, int[] frames, int fps, AudioMix audio, Mp4TextTracks.Extras text,
                            Path target) throws IOException {
        FFmpegLogging.quiet();
        if (segments.isEmpty() || segments.size() != frames.length) {
            throw new IllegalArgumentException("one frame count for each segment, and at least one segment");
        }
        Path list = AtomicOutput.partialFor(target);
        Path sound = null;
        Path joined = AtomicOutput.partialFor(target);
        Path finished = AtomicOutput.partialFor(target);
        boolean done = false;
        try {
            Files.writeString(list, concatList(segments, frames, fps), StandardCharsets.UTF_8);
            long total = 0;
            for (int n : frames) {
                total += n;
            }
            if (audio != null) {
                sound = AtomicOutput.partialFor(target);
                encodeSound(audio, total, fps, sound);
            }
            mux(list, sound, joined);
            Mp4TextTracks.add(joined, finished, text);
            done = true;
            return finished;
        } finally {
            Files.deleteIfExists(list);
            if (sound != null) {
                Files.deleteIfExists(sound);
            }
            Files.deleteIfExists(joined);
            if (!done) {
                Files.deleteIfExists(finished);
            }
        }
    }

    /** The concat demuxer's list: each segment and its exact length, so the joins fall on whole frames. */
    static String concatList(List<Path> segments, int[] frames, int fps) {
        StringBuilder list = new StringBuilder("ffconcat version 1.0\n");
        for (int i = 0; i < segments.size(); i++) {
            String name = segments.get(i).toAbsolutePath().toString().replace("'", "'\\''");
            list.append("file '").append(name).append("'\n");
            list.append(String.format(Locale.ROOT, "duration %.6f%n", frames[i] / (double) fps));
        }
        return list.toString();
    }

    /** The sound of {@code frames} frames, as the whole render writes it (sample for frame), in one AAC track. */
    private static void encodeSound(AudioMix audio, long frames, int fps, Path out) throws IOException {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), 2);
        recorder.setFormat("mp4");
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setSampleRate(AudioFiles.RATE);
        recorder.setAudioBitrate(160_000);
        try {
            recorder.start();
            float[] chunk = new float[2 * (AudioFiles.RATE / Math.max(1, fps) + 2)];
            for (long frame = 1; frame <= frames; frame++) {
                long from = (frame - 1) * AudioFiles.RATE / fps;
                int n = (int) (frame * AudioFiles.RATE / fps - from);
                if (chunk.length < 2 * n) {
                    chunk = new float[2 * n];
                }
                audio.read(from, chunk, n);
                recorder.recordSamples(AudioFiles.RATE, 2, FloatBuffer.wrap(chunk, 0, 2 * n));
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot encode the sound: " + e.getMessage(), e);
        } finally {
            recorder.release();
        }
    }

    /** The segments' pictures (through the concat demuxer) and the sound, copied into one MP4. */
    private static void mux(Path list, Path sound, Path out) throws IOException {
        List<AVFormatContext> inputs = new ArrayList<>();
        AVFormatContext output = new AVFormatContext(null);
        AVPacket packet = av_packet_alloc();
        try {
            AVDictionary options = new AVDictionary(null);
            av_dict_set(options, "safe", "0", 0);
            AVFormatContext pictures = new AVFormatContext(null);
            int opened = avformat_open_input(pictures, utf8(list.toString()), av_find_input_format("concat"), options);
            av_dict_free(options);
            check(opened, "read the segments");
            inputs.add(pictures);
            if (sound != null) {
                AVFormatContext audio = new AVFormatContext(null);
                check(avformat_open_input(audio, utf8(sound.toString()), null, null), "read the sound");
                inputs.add(audio);
            }
            check(avformat_alloc_output_context2(output, null, utf8("mp4"), utf8(out.toString())), "write " + out);
            int[] streamOf = new int[inputs.size()];
            for (int i = 0; i < inputs.size(); i++) {
                AVFormatContext input = inputs.get(i);
                check(avformat_find_stream_info(input, (PointerPointer<?>) null), "read the segments");
                int wanted = -1;
                for (int s = 0; s < input.nb_streams() && wanted < 0; s++) {
                    boolean video = input.streams(s).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO;
                    if (video == (i == 0)) {
                        wanted = s;
                    }
                }
                if (wanted < 0) {
                    throw new IOException(i == 0 ? "the segments hold no pictures" : "the sound track is empty");
                }
                streamOf[i] = wanted;
                AVStream stream = avformat_new_stream(output, null);
                check(avcodec_parameters_copy(stream.codecpar(), input.streams(wanted).codecpar()), "copy a track");
                stream.codecpar().codec_tag(0);
                stream.time_base(input.streams(wanted).time_base());
            }
            if ((output.oformat().flags() & AVFMT_NOFILE) == 0) {
                AVIOContext io = new AVIOContext(null);
                check(avio_open(io, utf8(out.toString()), AVIO_FLAG_WRITE), "write " + out);
                output.pb(io);
            }
            check(avformat_write_header(output, (PointerPointer<?>) null), "write " + out);
            // one packet from each input at a time, earliest first, so the tracks interleave
            AVPacket[] next = new AVPacket[inputs.size()];
            for (int i = 0; i < inputs.size(); i++) {
                next[i] = readFrom(inputs.get(i), streamOf[i]);
            }
            while (true) {
                int pick = -1;
                double earliest = Double.MAX_VALUE;
                for (int i = 0; i < next.length; i++) {
                    if (next[i] != null) {
                        AVStream stream = inputs.get(i).streams(streamOf[i]);
                        double at = next[i].dts() * av_q2d(stream.time_base());
                        if (at < earliest) {
                            earliest = at;
                            pick = i;
                        }
                    }
                }
                if (pick < 0) {
                    break;
                }
                AVPacket chosen = next[pick];
                av_packet_rescale_ts(chosen, inputs.get(pick).streams(streamOf[pick]).time_base(),
                        output.streams(pick).time_base());
                chosen.stream_index(pick);
                chosen.pos(-1);
                check(av_interleaved_write_frame(output, chosen), "write " + out);
                av_packet_free(chosen);
                next[pick] = readFrom(inputs.get(pick), streamOf[pick]);
            }
            check(av_write_trailer(output), "finish " + out);
        } finally {
            av_packet_free(packet);
            if (output.pb() != null && !output.pb().isNull()) {
                avio_closep(output.pb());
            }
            if (!output.isNull()) {
                avformat_free_context(output);
            }
            for (AVFormatContext input : inputs) {
                avformat_close_input(input);
            }
        }
    }

    /**
     * How many pictures a video holds, counted from its index without decoding them; -1 when it
     * cannot be read as a video (a file cut short before its index, say).
     */
    public static int frames(Path video) {
        FFmpegLogging.quiet();
        AVFormatContext input = new AVFormatContext(null);
        if (avformat_open_input(input, utf8(video.toString()), null, null) < 0) {
            return -1;
        }
        try {
            if (avformat_find_stream_info(input, (PointerPointer<?>) null) < 0) {
                return -1;
            }
            int stream = -1;
            for (int s = 0; s < input.nb_streams() && stream < 0; s++) {
                if (input.streams(s).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                    stream = s;
                }
            }
            if (stream < 0) {
                return -1;
            }
            int frames = 0;
            for (AVPacket packet = readFrom(input, stream); packet != null; packet = readFrom(input, stream)) {
                frames++;
                av_packet_free(packet);
            }
            return frames;
        } finally {
            avformat_close_input(input);
        }
    }

    /** The next packet of {@code stream}, or null at the end. */
    private static AVPacket readFrom(AVFormatContext input, int stream) {
        AVPacket packet = av_packet_alloc();
        while (av_read_frame(input, packet) >= 0) {
            if (packet.stream_index() == stream) {
                return packet;
            }
            av_packet_unref(packet);
        }
        av_packet_free(packet);
        return null;
    }
}
