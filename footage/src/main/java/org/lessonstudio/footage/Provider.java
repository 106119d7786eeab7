package org.lessonstudio.footage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a footage provider is, apart from the work it does ({@link FootageProvider}): the word a
 * lesson writes for it, how a teacher and a provenance record name what it gives, and what it can
 * make. Only the footage module knows the providers; everything above asks one of these objects,
 * never compares their words. {@link Providers} turns a lesson's word into one.
 */
public sealed interface Provider permits Provider.Library, Provider.Procedural, Provider.Runway, Provider.Veo {

    /** The word a lesson writes: {@code footage: library, runway}, {@code from veo}. */
    String id();

    /** For a teacher, in a few words: "the teacher's own clips". */
    String label();

    /** What it can make: clip lengths, picture shapes, and whether it spends the footage budget. */
    Limits limits();

    /** Made by a trained model (a video-generation service), as opposed to drawn by rules or filmed. */
    boolean generated();

    /** Works without the internet and costs nothing. */
    default boolean offline() {
        return !limits().spendsBudget();
    }

    /** Only finds clips that exist (never makes one), so when it has none the next provider is asked. */
    default boolean findsOnly() {
        return false;
    }

    /** With no clip made, the shot is drawn from its words as the video is drawn. */
    default boolean drawnWithoutAClip() {
        return false;
    }

    /** The environment variable its key is read from; empty when it needs none. */
    default Optional<String> keyVariable() {
        return Optional.empty();
    }

    /** Shows the model it used where a teacher reads where a clip came from. */
    default boolean namesItsModel() {
        return generated();
    }

    /** The label a clip from it carries on screen. */
    OnScreen onScreen();

    /** How a clip is labelled while it is on screen. */
    enum OnScreen {
        /** "procedural footage" with its words. */
        PROCEDURAL,
        /** no label: the teacher's own clip. */
        NONE,
        /** "AI-generated footage", unless the lesson turns the watermark off. */
        GENERATED
    }

    // ---- provenance wording ---------------------------------------------------------------------

    /** How the clip was made, for the provenance record ({@code made}). */
    String made();

    /** How the clip was made, for the one-line summary in the video's comment. */
    String summary();

    /** How the clip was made, as {@code lesson provenance} reads a record back. */
    String reported(String file, String model, String job);

    /** The IPTC digital source type's term ({@code algorithmicMedia}, …); empty for filmed footage. */
    Optional<String> digitalSourceType();

    /** Its clips are the lesson's own files, recorded by their path inside the lesson's folder. */
    default boolean keptInTheLessonFolder() {
        return false;
    }

    /**
     * The clip length (whole seconds) it would make for the shot; throws, before anything is sent,
     * when it cannot make the shot's length or the video's shape.
     */
    default int clipSeconds(ShotRequest shot) throws FootageException {
        return (int) Math.ceil(shot.seconds() - 1e-9);
    }

    /** The size of the clip it makes for this shot, in pixels {@code {width, height}}. */
    default int[] clipSize(ShotRequest shot) {
        return new int[] {shot.width(), shot.height()};
    }

    /**
     * What a provider can make.
     *
     * @param seconds       the clip lengths it makes, shortest first; empty for any length
     * @param shapes        the picture shapes it makes ("16:9", "9:16"); empty for any
     * @param spendsBudget  each second it makes is counted against {@code --budget}
     */
    record Limits(List<Integer> seconds, List<String> shapes, boolean spendsBudget) {
        public static final Limits NONE = new Limits(List.of(), List.of(), false);

        public Limits {
            seconds = List.copyOf(seconds);
            shapes = List.copyOf(shapes);
        }
    }

    /** The teacher's own clips, found in the lesson's clip folder by their words. */
    record Library() implements Provider {
        @Override
        public String id() {
            return "library";
        }

        @Override
        public String label() {
            return "the teacher's own clips";
        }

        @Override
        public Limits limits() {
            return Limits.NONE;
        }

        @Override
        public boolean generated() {
            return false;
        }

        @Override
        public boolean findsOnly() {
            return true;
        }

        @Override
        public OnScreen onScreen() {
            return OnScreen.NONE;
        }

        @Override
        public String made() {
            return "the teacher's own clip, chosen from the lesson's clip folder";
        }

        @Override
        public String summary() {
            return "the teacher's own clip";
        }

        @Override
        public String reported(String file, String model, String job) {
            return "the teacher's own clip " + file;
        }

        @Override
        public Optional<String> digitalSourceType() {
            return Optional.empty();
        }

        @Override
        public boolean keptInTheLessonFolder() {
            return true;
        }
    }

    /** Drawn on this machine from the shot's words; labelled so, never passed off as filmed or AI. */
    record Procedural() implements Provider {
        @Override
        public String id() {
            return "procedural";
        }

        @Override
        public String label() {
            return "procedural footage, drawn from its words";
        }

        @Override
        public Limits limits() {
            return Limits.NONE;
        }

        @Override
        public boolean generated() {
            return false;
        }

        @Override
        public boolean drawnWithoutAClip() {
            return true;
        }

        @Override
        public OnScreen onScreen() {
            return OnScreen.PROCEDURAL;
        }

        @Override
        public String made() {
            return "drawn by Lesson Studio from the description's words (no trained model)";
        }

        @Override
        public String summary() {
            return "procedural footage (drawn from words, not AI)";
        }

        @Override
        public String reported(String file, String model, String job) {
            return "drawn from its words by Lesson Studio (not AI)";
        }

        @Override
        public Optional<String> digitalSourceType() {
            return Optional.of("algorithmicMedia");
        }
    }

    /** Runway's text-to-video models, with the key from {@code RUNWAYML_API_SECRET}. */
    record Runway(String model) implements Provider {

        /** What each model accepts: lengths in seconds, landscape and portrait sizes. */
        private record Model(List<Integer> seconds, int[] landscape, int[] portrait) { }

        private Optional<Model> spec() {
            return switch (model) {
                case "gen4.5" -> Optional.of(new Model(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10), new int[] {1280, 720},
                        new int[] {720, 1280}));
                case "veo3.1", "veo3.1_fast" -> Optional.of(new Model(List.of(4, 6, 8), new int[] {1280, 720},
                        new int[] {720, 1280}));
                case "veo3" -> Optional.of(new Model(List.of(8), new int[] {1280, 720}, new int[] {720, 1280}));
                default -> Optional.empty();
            };
        }

        private Model known() throws FootageException {
            return spec().orElseThrow(() -> new FootageException("runway has no text-to-video model `" + model
                    + "` that Lesson Studio knows; use gen4.5, veo3.1, veo3.1_fast or veo3"));
        }

        @Override
        public String id() {
            return "runway";
        }

        @Override
        public String label() {
            return "Runway's " + model;
        }

        @Override
        public Limits limits() {
            return new Limits(spec().map(Model::seconds).orElse(List.of()), List.of("16:9", "9:16"), true);
        }

        @Override
        public boolean generated() {
            return true;
        }

        @Override
        public Optional<String> keyVariable() {
            return Optional.of(RunwayService.KEY);
        }

        @Override
        public OnScreen onScreen() {
            return OnScreen.GENERATED;
        }

        @Override
        public String made() {
            return generatedMade();
        }

        @Override
        public String summary() {
            return "AI-generated footage (" + id() + ")";
        }

        @Override
        public String reported(String file, String model, String job) {
            return generatedReport(id(), model, job);
        }

        @Override
        public Optional<String> digitalSourceType() {
            return Optional.of("trainedAlgorithmicMedia");
        }

        @Override
        public int clipSeconds(ShotRequest shot) throws FootageException {
            Model spec = known();
            Aspect.check(id() + "'s " + model, shot);
            java.util.OptionalInt covering = VideoService.covering(spec.seconds(), shot.seconds());
            if (covering.isPresent()) {
                return covering.getAsInt();
            }
            throw new FootageException(String.format(Locale.ROOT, "runway's %s makes clips of at most %d s; this shot"
                    + " is %.1f s (shorten it, or split it into two shots)", model,
                    spec.seconds().get(spec.seconds().size() - 1), shot.seconds()));
        }

        @Override
        public int[] clipSize(ShotRequest shot) {
            return spec().map(s -> shot.landscape() ? s.landscape() : s.portrait())
                    .orElse(new int[] {shot.width(), shot.height()});
        }
    }

    /** Google's Veo through the Gemini API, with the key from {@code GEMINI_API_KEY}. */
    record Veo(String model) implements Provider {

        private static final List<Integer> SECONDS = List.of(4, 6, 8);

        @Override
        public String id() {
            return "veo";
        }

        @Override
        public String label() {
            return "Google's " + model;
        }

        @Override
        public Limits limits() {
            return new Limits(SECONDS, List.of("16:9", "9:16"), true);
        }

        @Override
        public boolean generated() {
            return true;
        }

        @Override
        public Optional<String> keyVariable() {
            return Optional.of(VeoService.KEY);
        }

        @Override
        public OnScreen onScreen() {
            return OnScreen.GENERATED;
        }

        @Override
        public String made() {
            return generatedMade();
        }

        @Override
        public String summary() {
            return "AI-generated footage (" + id() + ")";
        }

        @Override
        public String reported(String file, String model, String job) {
            return generatedReport(id(), model, job);
        }

        @Override
        public Optional<String> digitalSourceType() {
            return Optional.of("trainedAlgorithmicMedia");
        }

        @Override
        public int clipSeconds(ShotRequest shot) throws FootageException {
            Aspect.check(id(), shot);
            java.util.OptionalInt covering = VideoService.covering(SECONDS, shot.seconds());
            if (covering.isPresent()) {
                return covering.getAsInt();
            }
            throw new FootageException(String.format(Locale.ROOT, "veo makes clips of 4, 6 or 8 s; this shot is %.1f s"
                    + " (shorten it, or split it into two shots)", shot.seconds()));
        }

        @Override
        public int[] clipSize(ShotRequest shot) {
            return shot.landscape() ? new int[] {1280, 720} : new int[] {720, 1280};
        }
    }

    /** What provenance says of a clip a video-generation service made. */
    private static String generatedMade() {
        return "generated by a video-generation service from the prompt";
    }

    private static String generatedReport(String id, String model, String job) {
        return "AI-GENERATED by " + id + " " + model + (job == null || job.isEmpty() ? "" : " (job " + job + ")");
    }
}
