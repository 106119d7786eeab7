package org.lessonstudio.media;

import static org.lessonstudio.media.FfmpegCalls.check;
import static org.lessonstudio.media.FfmpegCalls.utf8;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MOV_TEXT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_INPUT_BUFFER_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_NOFILE;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
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
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_SUBTITLE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_mallocz;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVChapter;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Puts the captions and the chapters inside the MP4 itself: a {@code mov_text} subtitle track
 * (the kind QuickTime, VLC, browsers' native players and most LMS players offer under "CC") and
 * chapter marks named after the scenes. The pictures and sound are copied as they are, not
 * re-encoded.
 */
public final class Mp4TextTracks {

    /** A piece of text on screen from {@code start} to {@code end} seconds. */
    public record Timed(double start, double end, String text) { }

    /**
     * Captions (in {@code language}, a two-letter code) and chapters to add, and a {@code comment}
     * for the file's metadata (where the video's provenance summary goes); any may be empty.
     */
    public record Extras(List<Timed> captions, String language, List<Timed> chapters, String comment) {
        public Extras {
            captions = List.copyOf(captions);
            chapters = List.copyOf(chapters);
            comment = comment == null ? "" : comment;
        }

        public Extras(List<Timed> captions, String language, List<Timed> chapters) {
            this(captions, language, chapters, "");
        }

        /** The same with a comment for the file's metadata. */
        public Extras withComment(String text) {
            return new Extras(captions, language, chapters, text);
        }

        public boolean isEmpty() {
            return captions.isEmpty() && chapters.isEmpty() && comment.isEmpty();
        }
    }

    private static final AVRational MILLIS = av_make_q(1, 1000);

    private Mp4TextTracks() {
    }

    /**
     * Copies {@code in} to {@code out} with the captions and chapters added, the index first, and
     * every track (video, sound, captions, chapters) tagged with the language ({@link Mp4Languages}).
     */
    public static void add(Path in, Path out, Extras extras) throws IOException {
        FFmpegLogging.quiet();
        AVFormatContext input = new AVFormatContext(null);
        check(avformat_open_input(input, utf8(in.toString()), null, null), "read " + in);
        AVFormatContext output = new AVFormatContext(null);
        AVPacket packet = av_packet_alloc();
        try {
            check(avformat_find_stream_info(input, (PointerPointer<?>) null), "read " + in);
            check(avformat_alloc_output_context2(output, null, utf8("mp4"), utf8(out.toString())), "write " + out);
            int copied = input.nb_streams();
            for (int i = 0; i < copied; i++) {
                AVStream stream = avformat_new_stream(output, null);
                check(avcodec_parameters_copy(stream.codecpar(), input.streams(i).codecpar()), "copy a track");
                stream.codecpar().codec_tag(0);
                stream.time_base(input.streams(i).time_base());
            }
            AVStream text = extras.captions().isEmpty() ? null : captionTrack(output, extras.language());
            addChapters(output, extras.chapters());
            if (!extras.comment().isEmpty()) {
                AVDictionary tags = new AVDictionary(null);
                av_dict_set(tags, utf8("comment"), utf8(extras.comment()), 0);
                output.metadata(tags);
            }
            if ((output.oformat().flags() & AVFMT_NOFILE) == 0) {
                AVIOContext io = new AVIOContext(null);
                check(avio_open(io, utf8(out.toString()), AVIO_FLAG_WRITE), "write " + out);
                output.pb(io);
            }
            AVDictionary options = new AVDictionary(null);
            av_dict_set(options, "movflags", "+faststart", 0);
            int header = avformat_write_header(output, options);
            av_dict_free(options);
            check(header, "write " + out);
            if (text != null) {
                for (Timed cue : extras.captions()) {
                    writeCue(output, text, cue);
                }
            }
            while (av_read_frame(input, packet) >= 0) {
                int index = packet.stream_index();
                av_packet_rescale_ts(packet, input.streams(index).time_base(), output.streams(index).time_base());
                packet.pos(-1);
                check(av_interleaved_write_frame(output, packet), "write " + out);
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
            avformat_close_input(input);
        }
        if (extras.language() != null && !extras.language().isBlank()) {
            Mp4Languages.tag(out, Mp4Languages.iso639(extras.language()));
        }
    }

    /**
     * Every track of a video with its language, as FFmpeg's reader (and so ffprobe and most
     * players) reports them: {@code video zho}, {@code audio zho}, {@code subtitle zho},
     * {@code data zho} for the chapter track.
     */
    public static List<String> trackLanguages(Path video) throws IOException {
        FFmpegLogging.quiet();
        AVFormatContext input = new AVFormatContext(null);
        check(avformat_open_input(input, utf8(video.toString()), null, null), "read " + video);
        try {
            check(avformat_find_stream_info(input, (PointerPointer<?>) null), "read " + video);
            List<String> tracks = new ArrayList<>();
            for (int i = 0; i < input.nb_streams(); i++) {
                String kind = switch (input.streams(i).codecpar().codec_type()) {
                    case org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO -> "video";
                    case org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO -> "audio";
                    case AVMEDIA_TYPE_SUBTITLE -> "subtitle";
                    default -> "data";
                };
                String language = value(input.streams(i).metadata(), "language");
                tracks.add(kind + " " + (language.isEmpty() ? "und" : language));
            }
            return tracks;
        } finally {
            avformat_close_input(input);
        }
    }

    /** The captions and chapters an MP4 holds, read back the way a player finds them. */
    public static Extras read(Path video) throws IOException {
        FFmpegLogging.quiet();
        AVFormatContext input = new AVFormatContext(null);
        check(avformat_open_input(input, utf8(video.toString()), null, null), "read " + video);
        AVPacket packet = av_packet_alloc();
        try {
            check(avformat_find_stream_info(input, (PointerPointer<?>) null), "read " + video);
            int track = -1;
            String language = "";
            for (int i = 0; i < input.nb_streams(); i++) {
                if (input.streams(i).codecpar().codec_id() == AV_CODEC_ID_MOV_TEXT) {
                    track = i;
                    language = value(input.streams(i).metadata(), "language");
                }
            }
            List<Timed> captions = new ArrayList<>();
            while (av_read_frame(input, packet) >= 0) {
                if (packet.stream_index() == track && packet.size() > 2) {
                    byte[] data = new byte[packet.size()];
                    packet.data().get(data);
                    int length = ((data[0] & 0xff) << 8) | (data[1] & 0xff);
                    AVRational base = input.streams(track).time_base();
                    double start = av_rescale_q(packet.pts(), base, MILLIS) / 1000.0;
                    double end = av_rescale_q(packet.pts() + packet.duration(), base, MILLIS) / 1000.0;
                    if (length > 0) {
                        captions.add(new Timed(start, end, new String(data, 2, length, StandardCharsets.UTF_8)));
                    }
                }
                av_packet_unref(packet);
            }
            List<Timed> chapters = new ArrayList<>();
            for (int i = 0; i < input.nb_chapters(); i++) {
                AVChapter chapter = input.chapters(i);
                chapters.add(new Timed(av_rescale_q(chapter.start(), chapter.time_base(), MILLIS) / 1000.0,
                        av_rescale_q(chapter.end(), chapter.time_base(), MILLIS) / 1000.0,
                        value(chapter.metadata(), "title")));
            }
            return new Extras(captions, language, chapters, value(input.metadata(), "comment"));
        } finally {
            av_packet_free(packet);
            avformat_close_input(input);
        }
    }

    private static AVStream captionTrack(AVFormatContext output, String language) {
        AVStream stream = avformat_new_stream(output, null);
        AVCodecParameters parameters = stream.codecpar();
        parameters.codec_type(AVMEDIA_TYPE_SUBTITLE);
        parameters.codec_id(AV_CODEC_ID_MOV_TEXT);
        byte[] description = sampleDescription();
        BytePointer extradata = new BytePointer(av_mallocz(description.length + AV_INPUT_BUFFER_PADDING_SIZE));
        extradata.put(description);
        parameters.extradata(extradata);
        parameters.extradata_size(description.length);
        stream.time_base(MILLIS);
        String code = Mp4Languages.iso639(language);
        if (!code.equals("und")) {
            AVDictionary metadata = new AVDictionary(null);
            av_dict_set(metadata, "language", code, 0);
            stream.metadata(metadata);
        }
        return stream;
    }

    /**
     * The 3GPP timed-text sample description: centred at the bottom, white text on a clear
     * background, one font. Players draw captions with their own settings on top of this.
     */
    static byte[] sampleDescription() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0);              // display flags
            out.writeByte(1);             // centred
            out.writeByte(-1);            // at the bottom
            out.writeInt(0);              // background: transparent
            out.writeLong(0);             // default text box: the whole picture
            out.writeShort(0);            // style record: from the first character
            out.writeShort(0);            // ... to the last
            out.writeShort(1);            // font 1
            out.writeByte(0);             // plain
            out.writeByte(18);            // size
            out.writeInt(0xFFFFFFFF);     // white, opaque
            byte[] font = "Sans-Serif".getBytes(StandardCharsets.US_ASCII);
            out.writeInt(4 + 4 + 2 + 2 + 1 + font.length);
            out.writeBytes("ftab");
            out.writeShort(1);
            out.writeShort(1);
            out.writeByte(font.length);
            out.write(font);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void writeCue(AVFormatContext output, AVStream track, Timed cue) throws IOException {
        byte[] text = cue.text().getBytes(StandardCharsets.UTF_8);
        int length = Math.min(text.length, 0xFFFF);
        AVPacket packet = av_packet_alloc();
        try {
            check(av_new_packet(packet, 2 + length), "write a caption");
            BytePointer data = packet.data();
            data.put(0, (byte) (length >> 8));
            data.put(1, (byte) length);
            data.position(2).put(text, 0, length);
            data.position(0);
            long start = av_rescale_q(Math.round(cue.start() * 1000), MILLIS, track.time_base());
            long end = av_rescale_q(Math.round(cue.end() * 1000), MILLIS, track.time_base());
            packet.stream_index(track.index());
            packet.pts(start);
            packet.dts(start);
            packet.duration(Math.max(1, end - start));
            packet.flags(AV_PKT_FLAG_KEY);
            check(av_interleaved_write_frame(output, packet), "write a caption");
        } finally {
            av_packet_free(packet);
        }
    }

    private static void addChapters(AVFormatContext output, List<Timed> chapters) {
        if (chapters.isEmpty()) {
            return;
        }
        // FFmpeg frees the list, each chapter and its title with the context, so all of it is its memory
        PointerPointer<AVChapter> list = new PointerPointer<>(av_mallocz((long) Loader.sizeof(PointerPointer.class)
                * chapters.size()));
        for (int i = 0; i < chapters.size(); i++) {
            Timed mark = chapters.get(i);
            AVChapter chapter = new AVChapter(av_mallocz(Loader.sizeof(AVChapter.class)));
            chapter.id(i + 1);
            chapter.time_base(MILLIS);
            chapter.start(Math.round(mark.start() * 1000));
            chapter.end(Math.round(mark.end() * 1000));
            AVDictionary metadata = new AVDictionary(null);
            av_dict_set(metadata, utf8("title"), utf8(mark.text()), 0);
            chapter.metadata(metadata);
            list.put(i, chapter);
        }
        output.chapters(list);
        output.nb_chapters(chapters.size());
    }

    private static String value(AVDictionary dictionary, String key) {
        if (dictionary == null || dictionary.isNull()) {
            return "";
        }
        AVDictionaryEntry entry = av_dict_get(dictionary, key, null, 0);
        return entry == null || entry.isNull() ? "" : entry.value().getString(StandardCharsets.UTF_8);
    }
}
