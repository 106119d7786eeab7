package org.lessonstudio.app;

import java.nio.file.Path;
import java.util.Locale;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.renderer.Quality;

/**
 * How a lesson is rendered: size, frame rate, quality, language and voice, where its footage may
 * come from, and whether the record is signed. Every front end builds one — the command line from
 * its options, course export from its own, the preview with the lesson's own settings — and it is
 * checked here and nowhere else, so a size or a budget means the same wherever it is given.
 *
 * <pre>
 * RenderSettings.defaults().withSize(RenderSettings.size("1280x720")).withQuality(Quality.DRAFT)
 * </pre>
 *
 * @param size    the frame size, or null for the lesson's {@code video:} setting
 * @param fps     frames per second, or null for the lesson's
 * @param quality how much care the encoder takes
 * @param speech  the language to render and whether to speak it
 * @param footage where the footage may come from, and how much may be generated
 * @param sign    whether the provenance record is signed with C2PA's c2patool
 */
public record RenderSettings(Size size, Integer fps, Quality quality, Speech speech, Footage footage, boolean sign) {

    /** The most generated footage a render asks for unless told otherwise, in seconds. */
    public static final double DEFAULT_BUDGET = 60;

    /** A value that cannot be used, with what to write instead; shown to the teacher as it is. */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) {
            super(message);
        }
    }

    /** A frame size in pixels: even, from 16x16 to 7680x4320 (what H.264 in yuv420p takes). */
    public record Size(int width, int height) {
        public Size {
            if (width < 16 || height < 16 || width > 7680 || height > 4320 || width % 2 != 0 || height % 2 != 0) {
                throw new Invalid("'" + width + "x" + height
                        + "' cannot be used: width and height must be even, from 16x16 to 7680x4320");
            }
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /**
     * The language to render a lesson in and whether to speak it.
     *
     * @param language a language the lesson is written in, or null for its own
     * @param voice    false for captions only, with sentence lengths estimated
     */
    public record Speech(String language, boolean voice) {
        public static final Speech DEFAULT = new Speech(null, true);

        public Speech {
            if (language != null && language.isBlank()) {
                throw new Invalid("give a language code such as en or zh");
            }
        }
    }

    /** Where a render's footage may come from. */
    public enum Sources {
        /** Any provider the lesson names, video services included (within the budget). */
        ANY,
        /** Only providers that work offline: the lesson's clips, procedural footage. */
        OFFLINE,
        /** Only what is at hand already: nothing is made and no service is called (the preview). */
        AT_HAND
    }

    /**
     * Where the footage may come from and how much may be generated.
     *
     * @param sources   which providers may be asked
     * @param budget    the most generated video this render may ask services for, in seconds
     * @param templates the teacher's own prompt templates (a folder with shot.ftl), or null
     */
    public record Footage(Sources sources, double budget, Path templates) {
        public static final Footage DEFAULT = new Footage(Sources.ANY, DEFAULT_BUDGET, null);

        public Footage {
            if (sources == null) {
                throw new Invalid("say where footage may come from");
            }
            if (!Double.isFinite(budget) || budget < 0) {
                throw new Invalid("'" + budget + "' is not a footage budget; give the most seconds of generated video"
                        + " a render may ask for, such as 60 (0 for none)");
            }
        }

        /** True when only offline providers may be asked (or none at all). */
        public boolean offline() {
            return sources != Sources.ANY;
        }
    }

    public RenderSettings {
        if (fps != null && (fps < 1 || fps > 120)) {
            throw new Invalid("'" + fps + "' cannot be used; give a whole number of frames per second from 1 to 120");
        }
        if (quality == null || speech == null || footage == null) {
            throw new Invalid("quality, speech and footage must be given");
        }
    }

    /** The lesson's own size and frame rate, standard quality, its own language spoken, any footage. */
    public static RenderSettings defaults() {
        return new RenderSettings(null, null, Quality.STANDARD, Speech.DEFAULT, Footage.DEFAULT, false);
    }

    public RenderSettings withSize(Size size) {
        return new RenderSettings(size, fps, quality, speech, footage, sign);
    }

    public RenderSettings withFps(Integer fps) {
        return new RenderSettings(size, fps, quality, speech, footage, sign);
    }

    public RenderSettings withQuality(Quality quality) {
        return new RenderSettings(size, fps, quality, speech, footage, sign);
    }

    public RenderSettings withSpeech(Speech speech) {
        return new RenderSettings(size, fps, quality, speech, footage, sign);
    }

    public RenderSettings withFootage(Footage footage) {
        return new RenderSettings(size, fps, quality, speech, footage, sign);
    }

    public RenderSettings withSign(boolean sign) {
        return new RenderSettings(size, fps, quality, speech, footage, sign);
    }

    /** The video's size and frame rate: these settings over what the lesson's header says. */
    public VideoFormat video(VideoFormat lesson) {
        return new VideoFormat(size == null ? lesson.width() : size.width(),
                size == null ? lesson.height() : size.height(), fps == null ? lesson.fps() : fps);
    }

    /** Reads a size as a teacher writes it: {@code 1280x720}. */
    public static Size size(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Invalid("'" + text + "' is not a size; write it like 1280x720");
    }

    /** Reads a frame rate: a whole number from 1 to 120. */
    public static int fps(String text) {
        try {
            int fps = Integer.parseInt(text.trim());
            if (fps >= 1 && fps <= 120) {
                return fps;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Invalid("'" + text + "' cannot be used; give a whole number of frames per second from 1 to 120");
    }

    /** Reads {@code draft}, {@code standard} or {@code high}. */
    public static Quality quality(String text) {
        try {
            return Quality.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("'" + text + "' is not a quality; use draft, standard or high");
        }
    }

    /**
     * Reads a footage budget: seconds of generated video, {@code 60} or {@code 60s}, 0 or more. Not
     * a number, infinity and negative budgets are refused, since a budget that compares false with
     * everything would switch the limit off.
     */
    public static double budget(String text) {
        String v = text.trim();
        if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            double seconds = Double.parseDouble(v);
            if (Double.isFinite(seconds) && seconds >= 0 && v.matches("[0-9.eE+]+")) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Invalid("'" + text + "' is not a footage budget; give the most seconds of generated video a render"
                + " may ask for, such as 60 (0 for none)");
    }
}
