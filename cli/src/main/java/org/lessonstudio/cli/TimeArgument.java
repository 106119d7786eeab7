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
                int minutes = Integer.parseInt(parts[0]);
                double seconds = Double.parseDouble(parts[1]);
                if (minutes < 0 || parts[0].startsWith("+") || !(seconds >= 0) || parts[1].startsWith("+")) {
                    throw new NumberFormatException();
                }
                if (seconds >= 60) {
                    throw new TypeConversionException("'" + value + "' is not a time: the seconds after the colon "
                            + "must be under 60; write minutes and seconds like 1:05, or seconds alone like 99s");
                }
                return minutes * 60 + seconds;
            }
            if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            }
            double seconds = Double.parseDouble(v);
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a time; write seconds like 12.5s, or minutes and seconds like 1:05");
        }
    }
}
