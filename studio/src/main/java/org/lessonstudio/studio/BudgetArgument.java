package org.lessonstudio.studio;

import picocli.CommandLine;

/**
 * Reads a footage budget on the command line: seconds of generated video, {@code 60} or {@code 60s},
 * 0 or more. Not a number, infinity and negative budgets are refused here, since a budget that
 * compares false with everything would switch the limit off.
 */
final class BudgetArgument implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        String v = value.trim();
        if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            double seconds = Double.parseDouble(v);
            if (Double.isFinite(seconds) && seconds >= 0 && v.matches("[0-9.eE+]+")) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a footage budget; give the most seconds"
                + " of generated video a render may ask for, such as 60 (0 for none)");
    }
}
