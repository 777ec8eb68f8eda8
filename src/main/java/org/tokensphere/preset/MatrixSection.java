package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.MatrixSpec;

import java.util.List;

/**
 * The {@code parameters.matrix} section: how the fixed matrix {@code M} is made (MATH.md §2).
 *
 * @param kind   {@code goe} (a seeded GOE sample), {@code diagonal} (eigenvalues given) or {@code explicit}
 * @param values {@code d} eigenvalues for {@code diagonal}, {@code d·d} row-major entries for {@code explicit}, else empty
 * @param seed   seed of the GOE sample
 */
@JsonPropertyOrder({"kind", "values", "seed"})
public record MatrixSection(MatrixSpec.Kind kind, List<Double> values, long seed) {

    public MatrixSection {
        if (kind == null) {
            throw new IllegalArgumentException("kind is missing (goe, diagonal or explicit)");
        }
        values = values == null ? List.of() : List.copyOf(values);
        for (int k = 0; k < values.size(); k++) {
            if (!Double.isFinite(values.get(k))) {
                throw new IllegalArgumentException("values[" + k + "] = " + values.get(k) + " is not a finite number");
            }
        }
    }

    /** The section describing {@code spec}. */
    public static MatrixSection of(MatrixSpec spec) {
        return new MatrixSection(spec.kind(), Lists.of(spec.values()), spec.seed());
    }

    /** The model's description of {@code M}. */
    public MatrixSpec toSpec() {
        return new MatrixSpec(kind, Lists.toArray(values), seed);
    }
}
