package org.lessonstudio.cli;

import org.lessonstudio.app.RenderSettings;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Reads a footage budget on the command line, as {@link RenderSettings#budget(String)} reads it. */
final class BudgetArgument implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        try {
            return RenderSettings.budget(value);
        } catch (RenderSettings.Invalid e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
