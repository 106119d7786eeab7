package org.lessonstudio.footage.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.footage.PromptPiece;

/**
 * The one gate an expanded prompt passes before it is sent to a video service: the offline check
 * first (a prompt it refuses goes nowhere, not even to the moderator), then the school's moderator
 * when one is set up. A moderator that cannot answer fails closed.
 *
 * <pre>
 * PromptGate gate = PromptGate.fromEnvironment(System.getenv());
 * Verdict v = gate.beforeSending(shot.pieces(), Level.of(lesson.safety()));
 * </pre>
 */
public final class PromptGate {

    private final SafetyCheck check;
    private final Optional<Moderator> moderator;

    public PromptGate(SafetyCheck check, Optional<Moderator> moderator) {
        this.check = check;
        this.moderator = moderator;
    }

    /**
     * The offline rules with the school's additions, and the moderator the environment sets up.
     * Throws when the school's files or the moderator's settings cannot be used.
     */
    public static PromptGate fromEnvironment(Map<String, String> environment) throws IOException {
        Optional<ModeratorSettings> settings;
        try {
            settings = ModeratorSettings.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
        return new PromptGate(SafetyCheck.load(SafetyCheck.schoolFolder(environment)),
                settings.map(Moderator::standard));
    }

    public SafetyCheck check() {
        return check;
    }

    public Optional<Moderator> moderator() {
        return moderator;
    }

    /** The verdict on a prompt about to be sent; asks the moderator only about prompts the offline check allows. */
    public Verdict beforeSending(List<PromptPiece> prompt, Level level) throws ModeratorUnavailable {
        Verdict offline = check.check(prompt, level);
        if (!offline.allowed() || moderator.isEmpty()) {
            return offline;
        }
        Moderator.Answer answer = moderator.get().ask(PromptPiece.text(prompt));
        List<Refusal> refusals = new ArrayList<>();
        for (String name : answer.categories()) {
            Category category = check.categories().stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no category " + name));
            if (category.refusedAt(level)) {
                refusals.add(new Refusal(category, "moderator (" + moderator.get().settings().model() + ")",
                        answer.said(), PromptPiece.Origin.LESSON));
            }
        }
        return new Verdict(level, refusals);
    }
}
