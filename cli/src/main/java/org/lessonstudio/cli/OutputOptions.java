package org.lessonstudio.cli;

import org.lessonstudio.app.RenderSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Size and frame rate given on the command line, over what the lesson's header says. */
final class OutputOptions {

    @Option(names = "--size", paramLabel = "WxH", converter = SizeArgument.class,
            description = "frame size, such as 1280x720 (default: the lesson's video setting)")
    RenderSettings.Size size;

    @Option(names = "--fps", paramLabel = "N", converter = FpsArgument.class,
            description = "frames per second, 1 to 120 (default: the lesson's)")
    Integer fps;

    /** A whole number of frames per second from 1 to 120 ({@link RenderSettings#fps(String)}). */
    static final class FpsArgument implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return RenderSettings.fps(value);
            } catch (RenderSettings.Invalid e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** These over {@code settings}. */
    RenderSettings over(RenderSettings settings) {
        return settings.withSize(size).withFps(fps);
    }
}
