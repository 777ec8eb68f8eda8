package org.tokensphere.cli;

import org.tokensphere.engine.ReadOnlyFloats;
import org.tokensphere.io.AtomicFile;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Measurement;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Params;
import org.tokensphere.model.ReplicaRun;
import org.tokensphere.model.ScalarObservable;
import org.tokensphere.model.StopCondition;
import org.tokensphere.model.TokenPairs;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.theory.Equiangular;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.ShareCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code tokensphere run}: simulates headlessly and writes one CSV row per replica and sample time. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate without a window and write observables as CSV.",
        footer = {"", "Examples:", "  tokensphere run d=3 n=500 sigmaQ=1 --time 5 --every 0.5 --replicas 4 --out rqf.csv",
            "  tokensphere run --preset rqf n=1000 --every 1"})
final class RunCommand implements Callable<Integer> {

    /** CSV columns, in order: the replica, then every scalar observable. */
    static final String HEADER = "replica," + ScalarObservable.header();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "Parameters, named after the symbols of docs/MATH.md "
            + "§2–§3: d, n, mode, sigmaQ, sigmaB, biasStrength, biasDirection, sigmaInd, sharing, tau, attention, "
            + "norm, alpha, beta, gamma, dt, accuracy, delta, scheme, matrix, init, rho0, capAngle, file, seed.")
    List<String> keyValues = new ArrayList<>();

    @Mixin
    CommonOptions.PresetOption preset = new CommonOptions.PresetOption();

    @Mixin
    CommonOptions.TimeOption timeOption = new CommonOptions.TimeOption();

    /** The simulated time to run, resolved from --time, the preset or the default. */
    private double time = 5;

    @Option(names = "--replicas", paramLabel = "R", description = "Independent realizations; replica r uses seed S+r.")
    int replicas = 1;

    @Mixin
    CommonOptions.ThreadsOption threadsOption = new CommonOptions.ThreadsOption();

    /** The worker threads, checked. */
    private int threads;

    @Mixin
    CommonOptions.SeedOption seed = new CommonOptions.SeedOption();

    @Option(names = "--every", paramLabel = "DT", description = "Write a row every DT of simulated time (default: "
            + "only t = 0 and t = T).")
    Double every;

    @Mixin
    CommonOptions.CsvOutOption out = new CommonOptions.CsvOutOption();

    @Option(names = "--pairs", paramLabel = "I-J,...", split = ",", description = "Also write the scalar products "
            + "<x_i, x_j> of these token pairs, as columns rho_I_J (e.g. --pairs 0-1,2-3).")
    List<String> pairSpecs = new ArrayList<>();

    @Option(names = "--stop-when", paramLabel = "COND", description = "Stop each replica at the first time COND "
            + "holds, e.g. rho01>=0, polarOrder>0.99, clusters<=1 (an observable, >=, >, <= or <, a number); the "
            + "time, located within the step, is the column tStop (NaN: not by --time).")
    String stopWhen;

    /** The condition of --stop-when, or null. */
    private StopCondition stop;

    @Option(names = "--positions", paramLabel = "FILE.csv", description = "Also write the token positions of "
            + "replica 0 at every sample time: t,token,x1,...,xd.")
    Path positions;

    /** The pairs of --pairs. */
    private int[][] pairs = new int[0][];
    /** Where replica 0 writes positions, while it runs. */
    private java.io.Writer positionsWriter;

    @Override
    public Integer call() throws Exception {
        Preset start = preset.resolved();
        time = timeOption.or(start, 5);
        Params base = seed.applyTo(ParamParser.parse(start != null ? start.toParams() : Params.defaults(), keyValues));
        check(time > 0 && time <= 1e6, "--time must be in (0, 1e6], got " + time);
        check(replicas >= 1 && replicas <= 100_000, "--replicas must be in [1, 100000], got " + replicas);
        threads = threadsOption.checked();
        double interval = every == null ? time : every;
        check(interval > 0, "--every must be positive, got " + interval);
        check(time / interval <= 1e6, "--every " + interval + " gives more than a million rows");
        pairs = parsePairs(pairSpecs, base.n());
        stop = stopCondition(stopWhen);
        List<String> rows;
        if (positions != null) {
            try (AtomicFile.Pending pending = AtomicFile.begin(positions);
                 java.io.Writer w = java.nio.file.Files.newBufferedWriter(pending.temp())) {
                org.tokensphere.export.CsvExport.header(w, "positions of replica 0", base);
                org.tokensphere.export.CsvExport.positionsColumns(w, base.d());
                positionsWriter = w;
                rows = simulateAll(base, interval);
                w.close();
                pending.commit();
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot write " + positions + ": " + e.getMessage());
            }
        } else {
            rows = simulateAll(base, interval);
        }
        String header = (start == null ? "" : "# preset: " + shown(preset.preset) + " (" + start.title() + ")\n")
                + header(base, interval);
        if (out.out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(header);
            rows.forEach(w::print);
            w.flush();
        } else {
            AtomicFile.write(out.out, (Writer w) -> {
                w.write(header);
                for (String r : rows) {
                    w.write(r);
                }
            });
        }
        return 0;
    }

    /** The preset as the CSV header records it: a share code in its code form, else the name or file. */
    private static String shown(String nameOrFile) {
        return ShareCode.isCode(nameOrFile) ? ShareCode.code(nameOrFile) : nameOrFile;
    }

    private List<String> simulateAll(Params base, double interval) throws InterruptedException, ExecutionException {
        int perReplicaThreads = replicas == 1 ? threads : 1;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replicas));
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                Params p = base.toBuilder().seed(base.seed() + r).build();
                int replica = r;
                futures.add(pool.submit(() -> simulate(p, replica, interval, perReplicaThreads)));
            }
            List<String> rows = new ArrayList<>();
            for (Future<String> f : futures) {
                rows.add(f.get());
            }
            return rows;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private String simulate(Params p, int replica, double interval, int simThreads) {
        StringBuilder sb = new StringBuilder();
        Equiangular reference = Equiangular.applies(p) ? Equiangular.of(p) : null;
        List<Integer> rowEnds = new ArrayList<>();
        boolean writePositions = replica == 0 && positionsWriter != null;
        double stopped;
        try (Simulation sim = new Simulation(p, simThreads)) {
            stopped = ReplicaRun.run(sim, time, interval, stop, Measurement.DEFAULT, pairs, (k, s, v) -> {
                row(sb, replica, v, reference);
                rowEnds.add(sb.length());
                if (writePositions) {
                    try {
                        org.tokensphere.export.CsvExport.positions(positionsWriter, s.time(),
                                ReadOnlyFloats.roundedFrom(s.positions()), p.n(), p.d());
                    } catch (java.io.IOException e) {
                        throw new IllegalArgumentException("cannot write " + positions + ": " + e.getMessage());
                    }
                }
            }, () -> false);
        }
        if (stop == null) {
            return sb.toString();
        }
        // Every row of the replica ends with its stopping time (NaN: it did not stop by --time).
        StringBuilder withStop = new StringBuilder();
        int from = 0;
        for (int end : rowEnds) {
            withStop.append(sb, from, end - 1).append(',').append(stopped).append('\n');
            from = end;
        }
        return withStop.toString();
    }

    private static void row(StringBuilder sb, int replica, ObservableValues v, Equiangular reference) {
        sb.append(replica).append(',');
        ScalarObservable.appendRow(sb, v);
        for (double rho : v.pairRhos()) {
            sb.append(',').append(rho);
        }
        if (reference != null) {
            sb.append(',').append(reference.rho(v.time()));
        }
        sb.append('\n');
    }

    /** The condition of {@code --stop-when}, null when not given; a refusal names the option. */
    static StopCondition stopCondition(String text) {
        if (text == null) {
            return null;
        }
        try {
            return StopCondition.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--stop-when: " + e.getMessage());
        }
    }

    private static int[][] parsePairs(List<String> specs, int n) {
        int[][] out = new int[specs.size()][];
        for (int k = 0; k < out.length; k++) {
            try {
                out[k] = TokenPairs.parse(specs.get(k), n);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--pairs: " + e.getMessage());
            }
        }
        return out;
    }

    private String header(Params p, double interval) {
        double dt = p.dt();
        return "# TokenSphere run: " + p + "\n# time=" + time + " every=" + interval + " replicas=" + replicas
                + " (replica r uses seed " + p.seed() + "+r)" + (dt == 0 ? " dt=auto" : "") + "\n"
                + (stop == null ? "" : "# stop-when " + stop + ": each replica stops at the first time it holds, "
                + "located within the step (column tStop, NaN if not by time " + time + ")\n")
                + "# pair statistics: all pairs up to " + Measurement.DEFAULT.exactLimit() + " tokens, else "
                + Measurement.DEFAULT.samplePairs() + " sampled pairs (column pairsExamined)\n"
                + (Equiangular.applies(p) ? "# rhoEquiangular: the equiangular reference rho(t) of docs/MATH.md §5.6/§8 "
                + "for norm=" + p.norm().name().toLowerCase(java.util.Locale.ROOT) + ", adaptive Dormand-Prince, "
                + "relative tolerance " + Equiangular.RELATIVE_TOLERANCE + "\n" : "")
                + HEADER + pairColumns() + (Equiangular.applies(p) ? ",rhoEquiangular" : "")
                + (stop == null ? "" : ",tStop") + "\n";
    }

    private String pairColumns() {
        StringBuilder sb = new StringBuilder();
        for (int[] pr : pairs) {
            sb.append(",rho_").append(pr[0]).append('_').append(pr[1]);
        }
        return sb.toString();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
