package org.tokensphere.model;

/** Builds the fixed matrix {@code M} from its {@link MatrixSpec}. */
public final class Matrices {
    private Matrices() {
    }

    /** {@code M} as a row-major {@code d×d} symmetric matrix. */
    public static double[] build(MatrixSpec spec, int d) {
        spec.checkDimension(d);
        double[] m = new double[d * d];
        switch (spec.kind()) {
            case GOE -> {
                Gaussians g = new Gaussians(Seeds.stream(spec.seed(), Seeds.MATRIX, 0));
                double[] z = new double[Gaussians.symmetricEntries(d)];
                g.fill(z, z.length);
                Gaussians.addGoe(z, 1, m, d);
            }
            case DIAGONAL -> {
                double[] e = spec.values();
                for (int i = 0; i < d; i++) {
                    m[i * d + i] = e[i];
                }
            }
            case EXPLICIT -> {
                double[] v = spec.values();
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        m[i * d + j] = 0.5 * (v[i * d + j] + v[j * d + i]);
                    }
                }
            }
        }
        return m;
    }
}
