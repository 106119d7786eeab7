package org.lessonstudio.cli;

import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.renderer.Quality;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code draft}, {@code standard} or {@code high}, as {@link RenderSettings#quality(String)} reads it. */
final class QualityArgument implements CommandLine.ITypeConverter<Quality> {

    @Override
    public Quality convert(String value) {
        try {
            return RenderSettings.quality(value);
        } catch (RenderSettings.Invalid e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
