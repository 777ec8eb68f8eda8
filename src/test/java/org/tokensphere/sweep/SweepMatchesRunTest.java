package org.tokensphere.sweep;

import org.junit.jupiter.api.Test;
import org.tokensphere.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The means and standard errors of a sweep are those of separate {@code run --replicas} runs of its grid points
 * with the seeds the sweep's header gives ({@code S + g·R}): computed here from run's rows by the textbook two-pass
 * formulas, they agree to rounding (10⁻¹² relative; the sweep folds by Welford's update), counts exactly, and the
 * stopping times too ({@code tStop_mean} at t is the mean of {@code min(tStop, t)}, NaN counting as t).
 */
class SweepMatchesRunTest {
    private static String[] execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString().lines().filter(l -> !l.startsWith("#")).toArray(String[]::new);
    }

    @Test
    void meansAndStandardErrorsAreThoseOfRun() {
        int replicas = 6;
        String[] common = {"n=16", "sigmaB=0.4", "--time", "1", "--every", "0.25", "--stop-when", "nematicOrder>=0.9",
            "--seed", "40"};
        List<String> sweepArgs = new ArrayList<>(List.of("sweep", "--vary", "sigmaQ=0.6,1.2", "--replicas",
                String.valueOf(replicas), "--quiet"));
        sweepArgs.addAll(List.of(common));
        String[] sweep = execute(sweepArgs.toArray(String[]::new));
        String[] cols = sweep[0].split(",");
        for (int g = 0; g < 2; g++) {
            List<String> runArgs = new ArrayList<>(List.of("run", "sigmaQ=" + (g == 0 ? "0.6" : "1.2"), "--replicas",
                    String.valueOf(replicas)));
            runArgs.addAll(List.of(common));
            runArgs.set(runArgs.indexOf("--seed") + 1, String.valueOf(40 + g * replicas));
            String[] run = execute(runArgs.toArray(String[]::new));
            List<String> runCols = List.of(run[0].split(","));
            for (int k = 0; k < 5; k++) {
                double t = 0.25 * k;
                String[] row = sweep[1 + g * 5 + k].split(",");
                List<double[]> rows = new ArrayList<>();
                List<Double> stops = new ArrayList<>();
                for (int i = 1; i < run.length; i++) {
                    double[] v = numbers(run[i]);
                    if (k == 0) {
                        stops.add(v[runCols.indexOf("tStop")]);
                    }
                    if (Math.abs(v[runCols.indexOf("t")] - t) < 0.01) {
                        rows.add(v);
                    }
                }
                assertEquals(rows.size(), Integer.parseInt(row[2]), "replicas measured at t = " + t);
                for (int c = 3; c < cols.length - 3; c += 2) {
                    String name = cols[c].substring(0, cols[c].length() - "_mean".length());
                    int rc = runCols.indexOf(name);
                    double[] ms = meanAndSe(rows, rc);
                    close(ms[0], Double.parseDouble(row[c]), name + "_mean g=" + g + " t=" + t);
                    close(ms[1], Double.parseDouble(row[c + 1]), name + "_se g=" + g + " t=" + t);
                }
                if (k == 4) {
                    List<double[]> censored = new ArrayList<>();
                    int stopped = 0;
                    for (String line : distinctReplicaStops(run, runCols)) {
                        double s = Double.parseDouble(line);
                        censored.add(new double[] {Double.isNaN(s) ? t : Math.min(s, t)});
                        stopped += s <= t ? 1 : 0;
                    }
                    double[] ms = meanAndSe(censored, 0);
                    close(ms[0], Double.parseDouble(row[cols.length - 3]), "tStop_mean g=" + g);
                    close(ms[1], Double.parseDouble(row[cols.length - 2]), "tStop_se g=" + g);
                    assertEquals(stopped, Integer.parseInt(row[cols.length - 1]), "stopped g=" + g);
                    assertTrue(stopped > 0 && stopped <= replicas, "some replicas stop: " + stopped);
                }
            }
        }
    }

    /** The tStop of each replica (its first row). */
    private static List<String> distinctReplicaStops(String[] run, List<String> cols) {
        List<String> out = new ArrayList<>();
        String last = null;
        for (int i = 1; i < run.length; i++) {
            String[] f = run[i].split(",");
            if (!f[0].equals(last)) {
                out.add(f[cols.indexOf("tStop")]);
                last = f[0];
            }
        }
        return out;
    }

    private static double[] numbers(String line) {
        String[] f = line.split(",");
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = Double.parseDouble(f[i]);
        }
        return v;
    }

    private static double[] meanAndSe(List<double[]> rows, int col) {
        double s = 0;
        for (double[] r : rows) {
            s += r[col];
        }
        double m = s / rows.size();
        double q = 0;
        for (double[] r : rows) {
            q += (r[col] - m) * (r[col] - m);
        }
        int n = rows.size();
        return new double[] {m, n < 2 ? Double.NaN : Math.sqrt(q / (n - 1) / n)};
    }

    private static void close(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": NaN expected, got " + actual);
            return;
        }
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)) + 1e-15, what);
    }
}
