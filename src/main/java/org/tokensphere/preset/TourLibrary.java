package org.tokensphere.preset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The tours shipped in the jar ({@code tours/*.json} at the top of the repository, copied under {@code tours/}),
 * in the order of {@code tours/index.txt}.
 */
public final class TourLibrary {
    /** Resource folder of the shipped tours. */
    public static final String FOLDER = "/tours/";

    /**
     * One shipped tour.
     *
     * @param name its file name without {@code .json}
     * @param tour the tour
     */
    public record ShippedTour(String name, Tour tour) {
    }

    private TourLibrary() {
    }

    private static final class Holder {
        static final List<ShippedTour> ALL = loadAll();
    }

    /** The shipped tours, in index order. */
    public static List<ShippedTour> shipped() {
        return Holder.ALL;
    }

    /** The shipped tour called {@code name}; a {@link PresetException} listing the names when there is none. */
    public static Tour shipped(String name) {
        for (ShippedTour s : shipped()) {
            if (s.name().equals(name)) {
                return s.tour();
            }
        }
        throw new PresetException("", "there is no shipped tour '" + name + "' (shipped: "
                + String.join(", ", shipped().stream().map(ShippedTour::name).toList()) + ")");
    }

    private static List<ShippedTour> loadAll() {
        List<ShippedTour> out = new ArrayList<>();
        for (String name : PresetLibrary.index(FOLDER)) {
            try (InputStream in = TourLibrary.class.getResourceAsStream(FOLDER + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("tours/index.txt lists '" + name + "' but " + name
                            + ".json is not in the jar");
                }
                out.add(new ShippedTour(name, TourIO.load(in)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read shipped tour " + name, e);
            } catch (PresetException e) {
                throw new IllegalStateException("shipped tour " + name + " is refused: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
