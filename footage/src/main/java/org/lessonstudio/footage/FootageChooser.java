package org.lessonstudio.footage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses where each shot's footage comes from: the provider its statement names ({@code from
 * library}) first, then the lesson's order ({@code footage: library, runway, procedural}), falling
 * back along it when a provider has nothing suitable or fails. Offline, only offline providers are
 * asked. When only looking ({@link #look}), as the preview does, nothing is made and no service is
 * called: a shot shows what is at hand, or what will make it.
 */
public final class FootageChooser {

    /**
     * The outcome for one shot.
     *
     * @param clip     the clip found or made, if any
     * @param provider the provider that gave it, or (with no clip) the one that will make it; empty when none can
     * @param notes    for a teacher: what was tried and why it was passed over
     */
    public record Choice(ScenePrompt shot, ShotRequest request, Optional<Clip> clip, Optional<Provider> provider,
                         List<String> notes) {

        /** The shot's identity: what its clip is kept and looked up by. */
        public ShotIdentity identity() {
            return ShotIdentity.of(shot, request);
        }
    }

    private final Map<String, FootageProvider> providers;
    private final List<String> order;
    private final boolean offline;

    /**
     * @param providers every provider by name
     * @param order     the lesson's order
     * @param offline   ask only providers that work offline
     */
    public FootageChooser(Map<String, FootageProvider> providers, List<String> order, boolean offline) {
        this.providers = Map.copyOf(providers);
        this.order = List.copyOf(order);
        this.offline = offline;
    }

    /** The order to try providers in: the statement's own ({@code from runway}; may be empty) first, then the lesson's. */
    public static List<String> order(String statement, List<String> lesson) {
        List<String> chain = new ArrayList<>();
        if (!statement.isEmpty()) {
            chain.add(statement);
        }
        lesson.stream().filter(name -> !chain.contains(name)).forEach(chain::add);
        return chain;
    }

    /** The providers to try for a shot, in order, with those left out offline. */
    public List<String> chain(ScenePrompt shot) {
        List<String> chain = order(shot.provider(), order);
        if (offline) {
            chain.removeIf(name -> !providers.get(name).offline());
            if (!chain.contains(Providers.PROCEDURAL.id())) {
                chain.add(Providers.PROCEDURAL.id());
            }
        }
        return chain;
    }

    /** Whether the shot's prompt may go to a video service: one that works online is in its chain. */
    public boolean sendsToAService(ScenePrompt shot) {
        return chain(shot).stream().anyMatch(name -> !providers.get(name).offline());
    }

    /** The online providers {@code --offline} left out for this shot (empty when none). */
    public List<String> skippedOffline(ScenePrompt shot) {
        if (!offline) {
            return List.of();
        }
        List<String> all = new FootageChooser(providers, order, false).chain(shot);
        return all.stream().filter(name -> !providers.get(name).offline()).toList();
    }

    /**
     * Finds or makes the shot's clip, trying each provider in turn. A service that refuses the
     * prompt for what it shows stops the shot: it is thrown, not passed on to the next provider.
     */
    public Choice make(ScenePrompt shot, ShotRequest request) throws ContentRefused {
        try {
            return choose(shot, request, true);
        } catch (Stop stop) {
            throw stop.refused;
        }
    }

    /** Carries a refusal out of the provider loop. */
    private static final class Stop extends RuntimeException {
        private final ContentRefused refused;

        Stop(ContentRefused refused) {
            super(refused.getMessage(), refused, false, false);
            this.refused = refused;
        }
    }

    /** What is at hand for the shot, making nothing and calling no service. */
    public Choice look(ScenePrompt shot, ShotRequest request) {
        return choose(shot, request, false);
    }

    private Choice choose(ScenePrompt shot, ShotRequest request, boolean make) {
        List<String> notes = new ArrayList<>();
        List<String> chain = chain(shot);
        for (String name : skippedOffline(shot)) {
            notes.add(name + ": left out (--offline)");
        }
        for (String name : chain) {
            FootageProvider provider = providers.get(name);
            try {
                Optional<Clip> clip = make ? provider.clip(request) : provider.ready(request);
                if (clip.isPresent()) {
                    return new Choice(shot, request, clip, Optional.of(provider.provider()), notes);
                }
                if (!make && !provider.provider().findsOnly()) {
                    return new Choice(shot, request, Optional.empty(), Optional.of(provider.provider()), notes);
                }
                String why = provider.miss(request);
                if (why != null) {
                    notes.add(name + ": " + why);
                }
            } catch (ContentRefused e) {
                throw new Stop(e);
            } catch (FootageException e) {
                notes.add(e.getMessage().startsWith(name + " ") || e.getMessage().startsWith(name + "'")
                        ? e.getMessage() : name + ": " + e.getMessage());
            }
        }
        return new Choice(shot, request, Optional.empty(), Optional.empty(), notes);
    }
}
