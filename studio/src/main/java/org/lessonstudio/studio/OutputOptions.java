package org.lessonstudio.studio;

import java.nio.file.Path;
import org.lessonstudio.dsl.model.VideoFormat;
import picocli.CommandLine.Option;

/** Size and frame rate given on the command line, over what the lesson's header says. */
final class OutputOptions {

    @Option(names = "--size", paramLabel = "WxH", converter = SizeArgument.class,
            description = "frame size, such as 1280x720 (default: the lesson's video setting)")
    SizeArgument.Size size;

    @Option(names = "--fps", paramLabel = "N", converter = FpsArgument.class,
            description = "frames per second, 1 to 120 (default: the lesson's)")
    Integer fps;

    /** A whole number of frames per second from 1 to 120. */
    static final class FpsArgument implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int fps = Integer.parseInt(value.trim());
                if (fps >= 1 && fps <= 120) {
                    return fps;
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' cannot be used; give a whole number of frames per second from 1 to 120");
        }
    }

    VideoFormat resolve(VideoFormat lesson) {
        return new VideoFormat(size == null ? lesson.width() : size.width(), size == null ? lesson.height() : size.height(),
                fps == null ? lesson.fps() : fps);
    }

    /** The lesson's file name with another ending, in the lesson's folder: sine.lesson → sine.mp4. */
    static Path beside(Path lesson, String suffix) {
        String name = lesson.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path folder = lesson.toAbsolutePath().getParent();
        return folder.resolve(stem + suffix);
    }
}
