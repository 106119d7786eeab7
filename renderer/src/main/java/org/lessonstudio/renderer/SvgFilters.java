package org.lessonstudio.renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.diag.Numbers;

/**
 * Filter effects whose sizes Batik turns into rasters or work per pixel: a {@code feMorphology}
 * of radius 100000 on a picture 200 wide asks for a raster of 200200x200100 pixels ("dimensions
 * too large" at the first frame), and a smaller one for seconds per frame. Each size is judged
 * against the picture's own (its view box, or its width and height), so a filter that passes
 * here builds rasters no larger than a few times the picture as drawn.
 */
final class SvgFilters {

    /** A picture that gives no size of its own is judged as if a thousand units wide. */
    private static final double UNSIZED = 1000;

    private record Parameter(String element, String attribute, double value, double most, String against) { }

    private final List<Parameter> parameters = new ArrayList<>();
    private boolean boundingBoxUnits;

    void element(String name, Map<String, String> attributes) {
        switch (name) {
            case "filter" -> boundingBoxUnits = "objectBoundingBox".equals(attributes.get("primitiveUnits"));
            case "feMorphology" -> sized(name, "radius", attributes.get("radius"), 0.1, "a tenth of");
            case "feGaussianBlur", "feDropShadow" -> sized(name, "stdDeviation", attributes.get("stdDeviation"), 1,
                    "");
            case "feConvolveMatrix" -> counted(name, "order", attributes.get("order"), 15);
            case "feTurbulence" -> counted(name, "numOctaves", attributes.get("numOctaves"), 10);
            default -> { }
        }
    }

    /** A size of a filter, at most {@code share} of the picture's own (1 in the bounding box's units). */
    private void sized(String element, String attribute, String value, double share, String words) {
        for (double v : numbers(value)) {
            parameters.add(new Parameter(element, attribute, Math.abs(v), boundingBoxUnits ? share : -share, words));
        }
    }

    private void counted(String element, String attribute, String value, double most) {
        for (double v : numbers(value)) {
            parameters.add(new Parameter(element, attribute, Math.abs(v), most, null));
        }
    }

    Optional<String> problem(double pictureSize) {
        double size = pictureSize > 0 ? pictureSize : UNSIZED;
        for (Parameter p : parameters) {
            if (p.against() == null) {
                if (!(p.value() <= p.most())) {
                    return Optional.of("the SVG's `" + p.element() + "` has " + p.attribute() + " "
                            + Numbers.shown(p.value()) + ", more than the " + Numbers.shown(p.most())
                            + " Lesson Studio draws");
                }
                continue;
            }
            double most = p.most() < 0 ? -p.most() * size : p.most();
            if (!(p.value() <= most)) {
                String of = p.against().isEmpty() ? "the picture's size" : p.against() + " the picture's size";
                return Optional.of("the SVG's `" + p.element() + "` has " + p.attribute() + " "
                        + Numbers.shown(p.value()) + ", more than " + of + " (" + Numbers.shown(p.most() < 0 ? size : 1)
                        + "); a filter this large cannot be drawn");
            }
        }
        return Optional.empty();
    }

    private static double[] numbers(String value) {
        if (value == null || value.isBlank()) {
            return new double[0];
        }
        String[] parts = value.trim().split("[\\s,]+");
        double[] out = new double[Math.min(parts.length, 2)];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                out[i] = 0; // Batik reports a value it cannot read when it builds the picture
            }
        }
        return out;
    }
}
