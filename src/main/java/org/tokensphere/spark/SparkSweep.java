package org.tokensphere.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.tokensphere.preset.SweepDisplay;
import org.tokensphere.preset.SweepIO;
import org.tokensphere.sweep.PointFold;
import org.tokensphere.sweep.PointResult;
import org.tokensphere.sweep.ReplicaResult;
import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepExecutor;
import org.tokensphere.sweep.SweepProgress;
import org.tokensphere.sweep.SweepResult;
import org.tokensphere.sweep.SweepRunner;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a sweep on Apache Spark: the grid points × replicas are the elements of an RDD, each replica computed by
 * {@link SweepRunner#replica} on an executor; the replicas are grouped by grid point and folded there in replica
 * order ({@link PointFold}), and the driver collects one {@link PointResult} per grid point. The rows are those of
 * the local sweep bit for bit. The sweep travels to the executors as its JSON text ({@link SweepIO}), read once per
 * executor JVM. The master is {@code local[*]} (Spark embedded in this process) unless one is given, e.g. by
 * {@code spark-submit}.
 */
public final class SparkSweep implements SweepExecutor {
    /** Sweeps read on this JVM, by their JSON text. */
    private static final Map<String, Sweep> READ = new ConcurrentHashMap<>();

    private final String master;

    /** A sweep on {@code master} (e.g. {@code local[2]}); null: the master Spark is configured with, else local[*]. */
    public SparkSweep(String master) {
        this.master = master;
    }

    @Override
    public String describe(int threads) {
        return "Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + " (" + master() + ")";
    }

    private String master() {
        if (master != null) {
            return master;
        }
        return System.getProperty("spark.master", "local[*]");
    }

    @Override
    public SweepResult run(Sweep sweep, int threads, BooleanSupplier cancelled, Consumer<SweepProgress> progress) {
        Configurator.setRootLevel(Level.WARN);
        SparkConf conf = new SparkConf().setAppName("tokensphere sweep").setMaster(master())
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        if (master().startsWith("local")) {
            // Embedded: the driver on the loopback interface, whatever this machine's name resolves to.
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        } else if (!conf.contains("spark.jars")) {
            // On a cluster (driver started by `java -jar`, not spark-submit): the executors are other JVMs with
            // the cluster's Spark only, so this jar, which holds the sweep's classes, is shipped to them.
            shippedJar().ifPresent(jar -> conf.set("spark.jars", jar));
        }
        String json = SweepIO.toJson(sweep.toFile("sweep", "", SweepDisplay.DEFAULT));
        long tasks = (long) sweep.points() * sweep.replicas();
        long start = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            int slices = (int) Math.max(1, Math.min(tasks, 4L * sc.defaultParallelism() * 8));
            AtomicInteger partitionsDone = new AtomicInteger();
            // The time left is estimated from when the first task started: starting Spark and its executors takes
            // seconds that the rest of the sweep does not take again.
            AtomicLong firstTask = new AtomicLong(start);
            sc.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskStart(SparkListenerTaskStart begin) {
                    if (begin.stageId() == 0) {
                        firstTask.compareAndSet(start, System.nanoTime()); // the first task only
                    }
                }

                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.stageId() == 0) {
                        long done = tasks * partitionsDone.incrementAndGet() / slices;
                        progress.accept(new SweepProgress(SweepProgress.UNKNOWN, sweep.points(), done, tasks,
                                System.nanoTime() - firstTask.get()));
                    }
                }
            });
            Thread watcher = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    if (cancelled.getAsBoolean()) {
                        sc.cancelAllJobs();
                        return;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "tokensphere-spark-cancel");
            watcher.setDaemon(true);
            watcher.start();
            try {
                JavaPairRDD<Integer, ReplicaResult> replicas = sc.sc().range(0, tasks, 1, slices).toJavaRDD()
                        .mapToPair(new RunReplica(json, sweep.replicas()));
                List<Tuple2<Integer, PointResult>> points = replicas.groupByKey().mapValues(new Fold(json)).collect();
                PointResult[] ordered = new PointResult[sweep.points()];
                for (Tuple2<Integer, PointResult> t : points) {
                    ordered[t._1()] = t._2();
                }
                return new SweepResult(sweep, new ArrayList<>(List.of(ordered)));
            } catch (Exception e) { // SparkException is checked, but Scala throws it undeclared
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("the sweep was cancelled");
                }
                throw new IllegalStateException(failure(e, sc.sc().isStopped()), e);
            } finally {
                watcher.interrupt();
            }
        }
    }

    /** One line on why the sweep failed on Spark, and where to look. */
    private String failure(Throwable e, boolean stopped) {
        if (stopped) {
            // The master gave up on the application (its executors kept failing): Spark's own message is only
            // that the context is stopped.
            return "Spark: the master " + master() + " stopped the sweep (its executors failed; the reason is in"
                    + " the worker's log and the executors' stderr)";
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("").strip();
        if (message.contains("SerializedLambda")) {
            message += " (the executors lack TokenSphere's classes: give them tokensphere-spark.jar in spark.jars)";
        }
        return "Spark: " + message;
    }

    /** The jar this class was loaded from, if it was loaded from a jar (not from a build's class directory). */
    static Optional<String> shippedJar() {
        return Arrays.stream(JavaSparkContext.jarOfClass(SparkSweep.class)).findFirst();
    }

    /** The sweep of {@code json}, read once per JVM. */
    static Sweep read(String json) {
        return READ.computeIfAbsent(json, j -> Sweep.of(SweepIO.parse(j)));
    }

    /** Task id {@code g·R + r} → (grid point, replica result). */
    private static final class RunReplica
            implements org.apache.spark.api.java.function.PairFunction<Object, Integer, ReplicaResult> {
        private static final long serialVersionUID = 1L;
        private final String json;
        private final int replicas;

        RunReplica(String json, int replicas) {
            this.json = json;
            this.replicas = replicas;
        }

        @Override
        public Tuple2<Integer, ReplicaResult> call(Object id) {
            long task = (Long) id;
            int g = (int) (task / replicas);
            int r = (int) (task % replicas);
            return new Tuple2<>(g, SweepRunner.replica(read(json), g, r, () -> false));
        }
    }

    /** The replicas of one grid point, folded in replica order. */
    private static final class Fold
            implements org.apache.spark.api.java.function.Function<Iterable<ReplicaResult>, PointResult> {
        private static final long serialVersionUID = 1L;
        private final String json;

        Fold(String json) {
            this.json = json;
        }

        @Override
        public PointResult call(Iterable<ReplicaResult> results) {
            PointFold fold = null;
            for (ReplicaResult r : results) {
                if (fold == null) {
                    fold = new PointFold(read(json), r.point());
                }
                fold.add(r);
            }
            return fold.result();
        }
    }
}
