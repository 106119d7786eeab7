package org.lessonstudio.studio;

import picocli.CommandLine;

/** Reads a video size on the command line: {@code 1280x720}. Width and height must be even. */
final class SizeArgument implements CommandLine.ITypeConverter<SizeArgument.Size> {

    /** A frame size in pixels. */
    record Size(int width, int height) { }

    @Override
    public Size convert(String value) {
        String[] parts = value.trim().toLowerCase().split("x");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            int w = Integer.parseInt(parts[0]);
            int h = Integer.parseInt(parts[1]);
            if (w < 16 || h < 16 || w > 7680 || h > 4320 || w % 2 != 0 || h % 2 != 0) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' cannot be used: width and height must be even, from 16x16 to 7680x4320");
            }
            return new Size(w, h);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size; write it like 1280x720");
        }
    }
}
