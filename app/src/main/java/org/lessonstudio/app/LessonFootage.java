package org.lessonstudio.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.FootageSettings;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.dsl.source.Span;
import org.lessonstudio.footage.Clip;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.ContentRefused;
import org.lessonstudio.footage.FootageBudget;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.FootageProvider;
import org.lessonstudio.footage.PromptPiece;
import org.lessonstudio.footage.PromptTemplates;
import org.lessonstudio.footage.ScenePrompt;
import org.lessonstudio.footage.ScenePrompts;
import org.lessonstudio.footage.Provider;
import org.lessonstudio.footage.Providers;
import org.lessonstudio.footage.ShotIdentity;
import org.lessonstudio.footage.ShotRequest;
import org.lessonstudio.footage.safety.Level;
import org.lessonstudio.footage.safety.ModeratorUnavailable;
import org.lessonstudio.footage.safety.PromptGate;
import org.lessonstudio.footage.safety.Refusal;
import org.lessonstudio.footage.safety.SafetyCheck;
import org.lessonstudio.footage.safety.Verdict;
import org.lessonstudio.media.ClipReader;
import org.lessonstudio.renderer.FootageFrames;
import org.lessonstudio.timeline.RevealEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.Figure;

/**
 * A lesson's footage for one render, still or preview: each shot's clip chosen (and for a render,
 * made), opened, and handed to the renderer frame by frame, looped or stretched to its length.
 * Shots without a clip are drawn from their words (procedural) or shown as a labelled slate.
 */
public final class LessonFootage implements FootageFrames, AutoCloseable {

    /**
     * A render whose footage could not all be obtained; the message lists what was tried. When a
     * shot itself is the problem (refused by a service or the school's moderator), {@code mistakes}
     * points at it in the lesson.
     */
    static final class Missing extends Exception {
        final List<Diagnostic> mistakes;

        Missing(String message) {
            this(message, List.of());
        }

        Missing(String message, List<Diagnostic> mistakes) {
            super(message);
            this.mistakes = List.copyOf(mistakes);
        }
    }

    private sealed interface Source {
        record Video(ClipReader reader, String label) implements Source { }

        record Still(BufferedImage image, String label) implements Source { }

        record Shown(Picture picture) implements Source { }
    }

    private final List<FootageChooser.Choice> choices;
    /** Each shot's choice by the statement it comes from: how a frame's footage finds its own shot. */
    private final Map<Span, FootageChooser.Choice> byStatement = new HashMap<>();
    /** The opened clips, by shot identity: the same shot twice is one clip, two shots are two. */
    private final Map<ShotIdentity, Source> sources = new HashMap<>();

    private LessonFootage(List<FootageChooser.Choice> choices) {
        this.choices = choices;
        for (FootageChooser.Choice choice : choices) {
            if (choice.shot().statement() != null) {
                byStatement.put(choice.shot().statement().span(), choice);
            }
        }
    }

    /** Footage already chosen, opened for nothing: for provenance of a render's choices (and tests). */
    static LessonFootage of(List<FootageChooser.Choice> choices) {
        return new LessonFootage(List.copyOf(choices));
    }

    /** No footage: every shot drawn from its words. */
    static LessonFootage none() {
        return new LessonFootage(List.of());
    }

    /** The providers a lesson can use, by its words for them: its clip folder, procedural, and the two services. */
    static Map<String, FootageProvider> providers(Lesson lesson, ClipCache cache, FootageBudget budget, Env env) {
        // the clips folder's real path, found inside the lesson's folder when the lesson was checked
        Path clips = lesson.footage().folder();
        if (clips == null) {
            clips = lesson.source().folder().resolve(lesson.footage().clips());
        }
        return Providers.working(clips, cache, budget, env.forStages());
    }

    /** Each shot's request: its prompt from the standard templates, at the video's size. */
    static List<ShotRequest> requests(List<ScenePrompt> shots, VideoFormat video) {
        return shots.stream().map(s -> ShotRequest.of(s.description(), s.prompt(), s.seconds(), video.width(),
                video.height(), video.fps())).toList();
    }

    /**
     * The footage for a render: for each shot, the clip found or made by the providers the
     * settings allow, each line saying where it came from given to {@code said}; with
     * {@link RenderSettings.Sources#AT_HAND}, only what is at hand (see {@link #look}). Throws when
     * a shot could be given by none of its providers.
     */
    static LessonFootage make(Timeline timeline, VideoFormat video, RenderSettings.Footage settings, Env env,
                              Consumer<String> said) throws Missing, IOException {
        if (settings.sources() == RenderSettings.Sources.AT_HAND) {
            return look(timeline, video, env);
        }
        PromptTemplates templates = PromptTemplates.standard();
        if (settings.templates() != null) {
            try {
                templates = PromptTemplates.in(settings.templates());
            } catch (PromptTemplates.PromptException e) {
                throw new Missing(e.getMessage());
            }
        }
        return prepare(timeline, video, settings.offline(), settings.budget(), true, said, templates, env);
    }

    /**
     * What is at hand for every shot (the teacher's clips, clips made by an earlier render, shots
     * drawn from their words), making nothing and calling no service: for stills and the preview.
     */
    public static LessonFootage look(Timeline timeline, VideoFormat video, Env env) throws IOException {
        try {
            return prepare(timeline, video, false, 0, false, null, PromptTemplates.standard(), env);
        } catch (Missing e) {
            throw new IllegalStateException("looking never misses", e);
        }
    }

    private static LessonFootage prepare(Timeline timeline, VideoFormat video, boolean offline, double budget,
                                         boolean make, Consumer<String> said, PromptTemplates templates, Env env)
            throws Missing, IOException {
        Lesson lesson = timeline.lesson();
        List<ScenePrompt> shots;
        try {
            shots = ScenePrompts.of(lesson, templates);
        } catch (PromptTemplates.PromptException e) {
            throw new Missing(e.getMessage());
        }
        if (shots.isEmpty()) {
            return none();
        }
        FootageChooser chooser = new FootageChooser(providers(lesson, new ClipCache(env.footageCache()),
                new FootageBudget(budget), env),
                lesson.footage().providers(), offline);
        List<ShotRequest> requests = requests(shots, video);
        if (make) {
            safe(lesson, shots, chooser, env);
        }
        List<FootageChooser.Choice> choices = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < shots.size(); i++) {
            FootageChooser.Choice choice;
            try {
                choice = make ? chooser.make(shots.get(i), requests.get(i)) : chooser.look(shots.get(i), requests.get(i));
            } catch (ContentRefused e) {
                throw new Missing(e.getMessage(), List.of(mistake(lesson, shots.get(i), "footage.refused",
                        e.provider(), e.reason(), e.remembered() ? " (it did before; nothing was sent this time)" : "")));
            }
            choices.add(choice);
            if (said != null) {
                said.accept(describe(choice));
            }
            if (make && choice.clip().isEmpty()) {
                missing.add(String.format(Locale.ROOT, "line %d: %s", choice.shot().line(),
                        String.join("; ", choice.notes())));
            }
        }
        if (!missing.isEmpty()) {
            throw new Missing("no provider could give this footage (nothing was written):\n  "
                    + String.join("\n  ", missing));
        }
        LessonFootage footage = new LessonFootage(choices);
        try {
            for (FootageChooser.Choice choice : choices) {
                footage.open(choice, lesson.footage());
            }
        } catch (IOException | RuntimeException e) {
            footage.close();
            throw e;
        }
        return footage;
    }

    /**
     * The prompts as a service would receive them, template and all, checked before any is sent:
     * by the offline rules (the teacher's words were checked already; a template may add its own),
     * then by the school's moderator when one is set up, which must answer (it fails closed).
     */
    private static void safe(Lesson lesson, List<ScenePrompt> shots, FootageChooser chooser, Env env)
            throws Missing, IOException {
        PromptGate gate = null;
        for (ScenePrompt shot : shots) {
            if (!sentToAService(chooser, shot)) {
                continue;
            }
            if (gate == null) {
                gate = PromptGate.fromEnvironment(env.forStages());
            }
            Verdict verdict;
            try {
                verdict = gate.beforeSending(shot.pieces(), Level.of(lesson.safety()));
            } catch (ModeratorUnavailable e) {
                throw new Missing(e.getMessage(), List.of(mistake(lesson, shot, "footage.moderator-unavailable",
                        e.getMessage())));
            }
            Optional<Unsafe> unsafe = unsafe(verdict);
            if (unsafe.isPresent() && verdict.refusals().get(0).rule().startsWith("moderator")) {
                throw new Missing("the school's moderator flagged the prompt made from line " + shot.line(),
                        List.of(mistake(lesson, shot, "footage.moderated", verdict.categories(),
                                String.join(", ", verdict.refusals().get(0).words()))));
            }
            if (unsafe.isPresent()) {
                throw new Missing(String.format(Locale.ROOT, "the prompt made from line %d is not classroom-safe (%s);"
                        + " nothing was sent to any video service; change %s", shot.line(), unsafe.get().words(),
                        unsafe.get().change()));
            }
        }
    }

    /** A mistake pointing at the footage statement a shot came from. */
    private static Diagnostic mistake(Lesson lesson, ScenePrompt shot, String code, Object... args) {
        Diagnostics into = new Diagnostics(lesson.source());
        String text = lesson.source().text();
        int start = 0;
        for (int line = 1; line < shot.line() && start >= 0; line++) {
            start = text.indexOf('\n', start) + 1;
        }
        int at = text.indexOf("footage", Math.max(0, start));
        int end = lesson.source().lineEnd(Math.max(0, start));
        Span span = at >= 0 && at < end ? new Span(at, end) : new Span(Math.max(0, start), end);
        into.error(span, code, args);
        return into.sorted().get(0);
    }

    /** Whether a shot's prompt may go to a video service: one of them is in its chain. */
    static boolean sentToAService(FootageChooser chooser, ScenePrompt shot) {
        return chooser.sendsToAService(shot);
    }

    /** The offline check with the school's additions. */
    static SafetyCheck safety(Env env) throws IOException {
        return SafetyCheck.load(SafetyCheck.schoolFolder(env.forStages()));
    }

    /**
     * Why a shot's prompt may not be sent, for a teacher.
     *
     * @param words  the categories, rules and words, and who put them there: "brands (brands-and-characters):
     *               Disney, in the template's own words"
     * @param change what to change: the template, the lesson's words, or both
     */
    record Unsafe(String words, String change) { }

    /** Why a shot's prompt may not be sent to a service at the lesson's level; empty when it may. */
    static Optional<Unsafe> unsafe(SafetyCheck safety, Lesson lesson, ScenePrompt shot) {
        return unsafe(safety.check(shot.pieces(), Level.of(lesson.safety())));
    }

    private static Optional<Unsafe> unsafe(Verdict verdict) {
        if (verdict.allowed()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        List<String> change = new ArrayList<>();
        for (PromptPiece.Origin origin : PromptPiece.Origin.values()) {
            List<String> listed = verdict.refusals().stream().filter(r -> r.origin() == origin)
                    .map(LessonFootage::said).distinct().toList();
            if (!listed.isEmpty()) {
                words.add(String.join("; ", listed) + switch (origin) {
                    case TEMPLATE -> ", in the template's own words";
                    case LESSON -> ", in the lesson's words";
                });
                change.add(switch (origin) {
                    case TEMPLATE -> "the template";
                    case LESSON -> "the lesson's words (its title and audience are in the prompt too)";
                });
            }
        }
        return Optional.of(new Unsafe(String.join("; ", words), String.join(" and ", change)));
    }

    private static String said(Refusal refusal) {
        return refusal.category().title() + " (" + refusal.rule() + "): " + String.join(", ", refusal.words());
    }

    /** One line for a teacher: where a shot's footage came from. */
    static String describe(FootageChooser.Choice choice) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Footage, line %d (%s): ",
                choice.shot().line(), choice.shot().scene()));
        if (choice.clip().isPresent()) {
            Clip clip = choice.clip().get();
            line.append(clip.provider().id());
            if (!clip.model().isEmpty() && clip.provider().namesItsModel()) {
                line.append(" ").append(clip.model());
            }
            if (!clip.note().isEmpty()) {
                line.append(" — ").append(clip.note());
            }
        } else if (choice.provider().isPresent()) {
            Provider provider = choice.provider().get();
            line.append(provider.id()).append(provider.drawnWithoutAClip() ? " — drawn from its words"
                    : " — not made yet (lesson render makes it)");
        } else {
            line.append("none");
        }
        if (!choice.notes().isEmpty()) {
            line.append(" [").append(String.join("; ", choice.notes())).append("]");
        }
        return line.toString();
    }

    List<FootageChooser.Choice> choices() {
        return choices;
    }

    private void open(FootageChooser.Choice choice, FootageSettings settings) throws IOException {
        ShotIdentity key = choice.identity();
        if (sources.containsKey(key)) {
            return;
        }
        if (choice.clip().isEmpty()) {
            Optional<Provider> maker = choice.provider().filter(p -> !p.drawnWithoutAClip());
            sources.put(key, new Source.Shown(maker.isEmpty() ? new Picture.Drawn(Picture.PROCEDURAL)
                    : new Picture.Waiting(maker.get().id(), "made by lesson render, with "
                    + maker.get().keyVariable().orElse("its key")
                    + " set; the preview never calls a paid service")));
            return;
        }
        Clip clip = choice.clip().get();
        String label = switch (clip.provider().onScreen()) {
            case PROCEDURAL -> Picture.PROCEDURAL;
            case NONE -> null;
            case GENERATED -> settings.watermark() ? Picture.GENERATED : null;
        };
        if (clip.still()) {
            BufferedImage image = ImageIO.read(clip.file().toFile());
            if (image == null) {
                throw new IOException(clip.file().getFileName() + " is not a picture that can be read");
            }
            sources.put(key, new Source.Still(image, label));
        } else {
            sources.put(key, new Source.Video(ClipReader.open(clip.file()), label));
        }
    }

    @Override
    public Picture picture(Figure.Footage shot) {
        FootageChooser.Choice choice = shot.statement() == null ? null : byStatement.get(shot.statement());
        Source source = choice == null ? null : sources.get(choice.identity());
        if (source == null) {
            return FootageFrames.DRAWN.picture(shot);
        }
        if (source instanceof Source.Shown shown) {
            return shown.picture();
        }
        if (source instanceof Source.Still still) {
            return new Picture.Frame(still.image(), true, still.label());
        }
        Source.Video video = (Source.Video) source;
        double length = video.reader().duration();
        double t = shot.time();
        if (length > 0) {
            t = shot.framing().timing() == Shape.Timing.STRETCH && shot.length() > 0
                    ? t * length / shot.length() : t % length;
        }
        try {
            return new Picture.Frame(video.reader().frameAt(t), false, video.label());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Source source : sources.values()) {
            if (source instanceof Source.Video video) {
                try {
                    video.reader().close();
                } catch (IOException ignored) {
                    // closing a reader that is done with
                }
            }
        }
        sources.clear();
    }

    /**
     * A shot as the video shows it: its words, what was chosen for it (empty when no footage was
     * chosen at all, and it is drawn from its words), and when it is on screen, {@code [from, to]}
     * seconds.
     */
    record OnScreen(String description, Optional<FootageChooser.Choice> choice, List<double[]> times) { }

    /**
     * Every shot in the video, in order, once per identity: the same shot shown twice is one clip
     * with two times; two shots with the same words and different lengths are two.
     */
    List<OnScreen> onScreen(Timeline timeline) {
        Map<Object, OnScreen> shots = new LinkedHashMap<>();
        for (ScenePlan plan : timeline.scenes()) {
            for (Shape shape : plan.scene().shapes()) {
                if (!(shape instanceof Shape.Footage f)) {
                    continue;
                }
                Optional<FootageChooser.Choice> choice = Optional.ofNullable(byStatement.get(f.span()));
                Object key = choice.<Object>map(FootageChooser.Choice::identity).orElse(f.prompt());
                Double from = null;
                for (RevealEvent event : plan.reveals().getOrDefault(f.name(), List.of())) {
                    if (event.kind() == Action.RevealKind.SHOW) {
                        from = plan.start() + event.start();
                    } else if (from != null) {
                        shots.computeIfAbsent(key, k -> new OnScreen(f.prompt(), choice, new ArrayList<>()))
                                .times().add(new double[] {from, plan.start() + event.start()});
                        from = null;
                    }
                }
            }
        }
        return List.copyOf(shots.values());
    }
}
