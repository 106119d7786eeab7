package org.lessonstudio.dsl.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.ast.Setting;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.model.CaptionMode;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.FootageSettings;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.dsl.model.VoiceSetting;
import org.lessonstudio.dsl.source.Span;

/** Checks the settings under the {@code lesson} line: audience, language, video, theme, voice. */
final class HeaderChecker {

    /** The settings a lesson's first lines may hold. */
    static final List<String> SETTINGS = List.of("audience", "language", "video", "theme", "background", "voice", "safety",
            "footage", "clips", "watermark", "captions");


    /**
     * The checked settings, with defaults where the lesson says nothing; {@code clipsSpan} is where
     * the clips folder is named (null when it is not, and the standard name is used).
     */
    record Header(String audience, String language, String voice, String safety, FootageSettings footage,
                  Span clipsSpan, VideoFormat video, Theme theme, ColorName background, CaptionMode captions) { }

    private final Diagnostics diagnostics;

    HeaderChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Header check(List<Setting> settings) {
        Map<String, Setting> seen = new HashMap<>();
        String audience = "";
        String language = "en";
        String voice = "";
        String safety = "strict";
        List<String> providers = FootageSettings.DEFAULT.providers();
        String clips = FootageSettings.DEFAULT.clips();
        Span clipsSpan = null;
        boolean watermark = true;
        VideoFormat video = VideoFormat.DEFAULT;
        Theme theme = Theme.CHALKBOARD;
        ColorName background = null;
        CaptionMode captions = CaptionMode.CLOSED;
        for (Setting s : settings) {
            if (!SETTINGS.contains(s.key())) {
                diagnostics.error(s.keySpan(), "setting.unknown", s.key()).didYouMeanOr(
                        Suggest.closest(s.key(), SETTINGS), "choices", "settings", String.join(", ", SETTINGS));
                continue;
            }
            if (seen.containsKey(s.key())) {
                diagnostics.error(s.keySpan(), "setting.duplicate", s.key());
                continue;
            }
            seen.put(s.key(), s);
            if (s.value().isBlank()) {
                diagnostics.error(s.valueSpan(), "setting.empty", s.key());
                continue;
            }
            switch (s.key()) {
                case "audience" -> audience = s.value();
                case "voice" -> voice = voice(s) ? s.value() : voice;
                case "safety" -> {
                    if (s.value().equals("strict") || s.value().equals("standard")) {
                        safety = s.value();
                    } else {
                        diagnostics.error(s.valueSpan(), "setting.safety", s.value());
                    }
                }
                case "footage" -> providers = providers(s).orElse(providers);
                case "clips" -> {
                    Optional<String> named = clips(s);
                    if (named.isPresent()) {
                        clips = named.get();
                        clipsSpan = s.valueTokens().get(0).span();
                    }
                }
                case "watermark" -> {
                    if (s.value().equals("on") || s.value().equals("off")) {
                        watermark = s.value().equals("on");
                    } else {
                        diagnostics.error(s.valueSpan(), "setting.watermark", s.value());
                    }
                }
                case "captions" -> {
                    Optional<CaptionMode> mode = CaptionMode.named(s.value());
                    if (mode.isPresent()) {
                        captions = mode.get();
                    } else {
                        diagnostics.error(s.valueSpan(), "setting.captions", s.value());
                    }
                }
                case "language" -> language = language(s).orElse(language);
                case "video" -> video = video(s).orElse(video);
                case "theme" -> theme = theme(s).orElse(theme);
                case "background" -> background = background(s).orElse(background);
                default -> throw new IllegalStateException("header key without a check: " + s.key());
            }
        }
        return new Header(audience, language, voice, safety, new FootageSettings(providers, clips, watermark, null),
                clipsSpan, video, theme, background, captions);
    }

    /** {@code background: "#ECE7E2"} or {@code background: black}: the colour behind every scene. */
    private Optional<ColorName> background(Setting s) {
        String value = s.value().strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return ColorName.hex(value.substring(1, value.length() - 1).strip()).or(() -> {
                diagnostics.error(s.valueSpan(), "color.hex", value.substring(1, value.length() - 1));
                return Optional.empty();
            });
        }
        if (value.startsWith("#")) {
            return ColorName.hex(value); // written without quotes: already reported (colour.hash)
        }
        Optional<ColorName> named = ColorName.named(value);
        if (named.isEmpty()) {
            diagnostics.error(s.valueSpan(), "color.unknown", value).didYouMeanOr(
                    Suggest.closest(value, ColorName.words()), "choices", "colours", String.join(", ", ColorName.words()));
        }
        return named;
    }

    /** {@code library, runway, procedural}: providers by name, in the order to try them. */
    private Optional<List<String>> providers(Setting s) {
        List<String> names = new java.util.ArrayList<>();
        for (Token t : s.valueTokens()) {
            if (t.is(TokenKind.COMMA)) {
                continue;
            }
            if (!t.is(TokenKind.WORD) || !FootageSettings.PROVIDERS.contains(t.text())) {
                var report = diagnostics.error(t.span(), "setting.footage", t.text());
                Optional<String> close = Suggest.closest(t.text(), FootageSettings.PROVIDERS);
                if (close.isPresent()) {
                    report.hint("did-you-mean-provider", close.get(), String.join(", ", FootageSettings.PROVIDERS));
                } else {
                    report.hint("providers", String.join(", ", FootageSettings.PROVIDERS));
                }
                return Optional.empty();
            }
            if (names.contains(t.text())) {
                diagnostics.error(t.span(), "setting.footage-twice", t.text());
                return Optional.empty();
            }
            names.add(t.text());
        }
        return Optional.of(names);
    }

    /** {@code espeak cmn-latn-pinyin, rate 0.9}: whatever follows a comma is a speaking rate. */
    private boolean voice(Setting s) {
        String[] parts = s.value().split(",", -1);
        int at = s.valueSpan().start() + parts[0].length() + 1;
        for (int i = 1; i < parts.length; i++) {
            if (VoiceSetting.rate(parts[i]).isEmpty()) {
                int lead = parts[i].length() - parts[i].stripLeading().length();
                int start = at + lead;
                int end = Math.max(start, at + parts[i].stripTrailing().length());
                diagnostics.error(new Span(start, end), "setting.voice-rate", parts[i].strip());
                return false;
            }
            at += parts[i].length() + 1;
        }
        return true;
    }

    /** {@code "my clips"}: a folder inside the lesson's own folder. */
    private Optional<String> clips(Setting s) {
        List<Token> tokens = s.valueTokens();
        if (tokens.size() != 1 || !tokens.get(0).is(TokenKind.STRING)) {
            diagnostics.error(s.valueSpan(), "setting.clips");
            return Optional.empty();
        }
        String folder = tokens.get(0).text();
        if (folder.isBlank()) {
            diagnostics.error(s.valueSpan(), "setting.clips-empty");
            return Optional.empty();
        }
        if (folder.startsWith("/") || folder.contains("..") || folder.contains("\\") || folder.isBlank()) {
            diagnostics.error(s.valueSpan(), "setting.clips-outside", folder);
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    private Optional<String> language(Setting s) {
        if (!s.value().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            diagnostics.error(s.valueSpan(), "setting.language", s.value());
            return Optional.empty();
        }
        return Optional.of(s.value());
    }

    private Optional<Theme> theme(Setting s) {
        Optional<Theme> theme = Theme.named(s.value());
        if (theme.isEmpty()) {
            diagnostics.error(s.valueSpan(), "setting.theme", s.value()).didYouMeanOr(
                    Suggest.closest(s.value(), Theme.words()), "choices", "themes", String.join(", ", Theme.words()));
        }
        return theme;
    }

    /** {@code 1920x1080, 30 fps}; either part may be left out. */
    private Optional<VideoFormat> video(Setting s) {
        int width = VideoFormat.DEFAULT.width();
        int height = VideoFormat.DEFAULT.height();
        int fps = VideoFormat.DEFAULT.fps();
        List<Token> tokens = s.valueTokens().stream().filter(t -> !t.is(TokenKind.COMMA)).toList();
        boolean ok = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.SIZE)) {
                String[] wh = t.text().split("x");
                // Digits too many for an int are a size far too large, reported as such below.
                width = wh[0].length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(wh[0]);
                height = wh[1].length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(wh[1]);
                if (width < 16 || height < 16 || width > 7680 || height > 4320) {
                    diagnostics.error(t.span(), "video.size-range", t.text());
                    ok = false;
                } else if (width % 2 != 0 || height % 2 != 0) {
                    diagnostics.error(t.span(), "video.size-odd", t.text());
                    ok = false;
                }
            } else if (t.is(TokenKind.NUMBER) && (t.unit().equals("fps")
                    || i + 1 < tokens.size() && tokens.get(i + 1).isWord("fps"))) {
                if (!t.unit().equals("fps")) {
                    i++;
                }
                double rate = t.number();
                if (rate != Math.rint(rate) || rate < 1 || rate > 120) {
                    diagnostics.error(t.span(), "video.fps-range", t.text());
                    ok = false;
                } else {
                    fps = (int) rate;
                }
            } else {
                diagnostics.error(t.span(), "video.form", t.describe());
                return Optional.empty();
            }
        }
        return ok ? Optional.of(new VideoFormat(width, height, fps)) : Optional.empty();
    }
}
