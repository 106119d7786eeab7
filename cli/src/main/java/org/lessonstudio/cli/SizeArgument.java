package org.lessonstudio.cli;

import org.lessonstudio.app.RenderSettings;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Reads a video size on the command line, as {@link RenderSettings#size(String)} reads it: {@code 1280x720}. */
final class SizeArgument implements CommandLine.ITypeConverter<RenderSettings.Size> {

    @Override
    public RenderSettings.Size convert(String value) {
        try {
            return RenderSettings.size(value);
        } catch (RenderSettings.Invalid e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
