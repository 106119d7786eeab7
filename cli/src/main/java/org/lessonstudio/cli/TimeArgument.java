package org.lessonstudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Reads a time on the command line: {@code 12.5}, {@code 12.5s}, {@code 1:05} or {@code 1:05.5}. */
final class TimeArgument implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        String v = value.trim();
        try {
            if (v.contains(":")) {
                String[] parts = v.split(":");
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                return Integer.parseInt(parts[0]) * 60 + Double.parseDouble(parts[1]);
            }
            if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            }
            double seconds = Double.parseDouble(v);
            if (!(seconds >= 0)) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a time; write seconds like 12.5s, or minutes and seconds like 1:05");
        }
    }
}
