package org.lessonstudio.footage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.media.ClipReader;

/**
 * A video-generation service as a footage provider: the shot is checked against what the model
 * accepts, the cache is asked first, the budget is reserved, a job is created and polled (waits
 * growing from 5 s to 30 s, jittered) until it is done or {@code maxWait} has passed, and the video
 * is downloaded at once into the cache, checked to be a video, and kept. Nothing half-downloaded
 * is ever kept; nothing is sent without a key, past the budget, or for a shot the model cannot make.
 */
public final class GeneratedFootage implements FootageProvider {

    private final VideoService service;
    private final ClipCache cache;
    private final FootageBudget budget;
    private final ServiceCalls calls;
    private final Duration maxWait;

    GeneratedFootage(VideoService service, ClipCache cache, FootageBudget budget, ServiceCalls calls,
                     Duration maxWait) {
        this.service = service;
        this.cache = cache;
        this.budget = budget;
        this.calls = calls;
        this.maxWait = maxWait;
    }

    /**
     * Runway as {@code environment} sets it up: its key from {@code RUNWAYML_API_SECRET}, model
     * {@code gen4.5} unless {@code LESSON_RUNWAY_MODEL}, its address unless {@code LESSON_RUNWAY_URL}.
     */
    public static GeneratedFootage runway(ClipCache cache, FootageBudget budget, Map<String, String> environment) {
        RunwayService service = RunwayService.fromEnvironment(Providers.runway(environment), environment);
        return new GeneratedFootage(service, cache, budget, ServiceCalls.standard(environment.get(RunwayService.KEY)),
                Duration.ofMinutes(15));
    }

    /** Veo through the Gemini API as {@code environment} sets it up: its key from {@code GEMINI_API_KEY}. */
    public static GeneratedFootage veo(ClipCache cache, FootageBudget budget, Map<String, String> environment) {
        VeoService service = VeoService.fromEnvironment(Providers.veo(environment), environment);
        return new GeneratedFootage(service, cache, budget, ServiceCalls.standard(environment.get(VeoService.KEY)),
                Duration.ofMinutes(15));
    }

    @Override
    public Provider provider() {
        return service.provider();
    }

    public String model() {
        return service.model();
    }

    private ClipCache.Key key(ShotRequest shot, int seconds) {
        int[] size = service.clipSize(shot);
        return new ClipCache.Key(service.name(), service.model(), shot.prompt(), seconds, size[0], size[1],
                shot.seed());
    }

    @Override
    public Optional<Clip> ready(ShotRequest shot) {
        try {
            return cache.find(key(shot, service.clipSeconds(shot)));
        } catch (FootageException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Clip> clip(ShotRequest shot) throws FootageException {
        int seconds = service.clipSeconds(shot);
        ClipCache.Key key = key(shot, seconds);
        Optional<Clip> kept = cache.find(key);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<String> refused = cache.refusal(key);
        if (refused.isPresent()) {
            throw new ContentRefused(service.name(), refused.get(), true);
        }
        if (!service.hasKey()) {
            throw new FootageException(service.name() + " needs a key: set " + service.keyVariable()
                    + " in the environment (nothing was sent)");
        }
        if (!service.keyUsable()) {
            throw new FootageException(service.name() + "'s key in " + service.keyVariable() + " has a space, a line"
                    + " break or another character a key cannot have; nothing was sent");
        }
        budget.reserve(seconds);
        String job;
        try {
            job = service.start(shot, seconds, calls);
        } catch (FootageException e) {
            budget.release(seconds);
            throw e;
        }
        java.net.URI video = await(job, key);
        Path partial = null;
        try {
            partial = cache.partial(".mp4");
            calls.download(service.name(), service.download(video), partial);
            double length = checkVideo(partial);
            return Optional.of(cache.store(key, partial, new Clip(partial, false, service.provider(), service.model(),
                    job, shot.prompt(), shot.seed(), length, "", "generated")));
        } catch (IOException e) {
            throw new FootageException(service.name() + "'s clip could not be kept: " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a dot-named temporary file is the most that can be left
                }
            }
        }
    }

    private java.net.URI await(String job, ClipCache.Key key) throws FootageException {
        double wait = 5;
        Duration waited = Duration.ZERO;
        while (true) {
            VideoService.Status status = service.status(job, calls);
            if (status instanceof VideoService.Status.Done done) {
                return done.video();
            }
            if (status instanceof VideoService.Status.Refused refused) {
                String reason = calls.shown(refused.reason(), 300);
                try {
                    cache.refuse(key, reason);
                } catch (IOException e) {
                    // the refusal is still said; only its memory is lost
                }
                throw new ContentRefused(service.name(), reason, false);
            }
            if (status instanceof VideoService.Status.Failed failed) {
                throw new FootageException(service.name() + " could not make the clip: "
                        + calls.shown(failed.reason(), 200));
            }
            if (waited.compareTo(maxWait) >= 0) {
                throw new FootageException(service.name() + " had not finished the clip after " + waited.toMinutes()
                        + " min (" + ((VideoService.Status.Working) status).state() + "); gave up waiting");
            }
            Duration pause = calls.jittered(wait);
            try {
                calls.pause().sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FootageException("stopped while waiting for " + service.name());
            }
            waited = waited.plus(pause);
            wait = Math.min(wait * 1.5, 30);
        }
    }

    /** The downloaded file's length in seconds; an IOException when it is not a video at all. */
    private double checkVideo(Path file) throws IOException {
        try (ClipReader reader = ClipReader.open(file)) {
            if (reader.duration() <= 0) {
                throw new IOException("the download is not a video");
            }
            return reader.duration();
        } catch (IOException e) {
            throw new IOException("the download is not a video", e);
        }
    }
}
