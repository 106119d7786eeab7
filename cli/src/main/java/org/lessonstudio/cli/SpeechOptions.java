package org.lessonstudio.cli;

import org.lessonstudio.app.RenderSettings;
import picocli.CommandLine.Option;

/** Which language to render, and whether to speak: {@code --lang zh}, {@code --no-voice}. */
final class SpeechOptions {

    @Option(names = "--lang", paramLabel = "CODE",
            description = "the language to render, for a lesson written in several (default: the lesson's own)")
    String language;

    @Option(names = "--no-voice", description = "no spoken narration: captions only, sentence lengths estimated")
    boolean noVoice;

    RenderSettings.Speech speech() {
        return new RenderSettings.Speech(language, !noVoice);
    }
}
