package org.tokensphere.spark;

import org.tokensphere.cli.Main;
import org.tokensphere.cli.SweepCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of {@code tokensphere-spark.jar}: the {@code tokensphere} command line with {@code sweep} run on
 * Apache Spark ({@link SparkSweep}). {@code --master URL} (anywhere on the line) picks the master; without it the
 * master is the one {@code spark-submit} configured, else {@code local[*]}, Spark embedded in this process:
 *
 * <pre>
 *   java -jar target/tokensphere-spark.jar sweep --sweep fig3-d128 --out fig3.csv
 *   java -Dspark.driver.host=HOST -jar target/tokensphere-spark.jar sweep --master spark://MASTER:7077 ...
 *   spark-submit --class org.tokensphere.spark.SparkMain target/tokensphere-spark.jar sweep ... --out fig3.csv
 * </pre>
 *
 * On a cluster the jar ships itself to the executors ({@link SparkSweep}); {@code src/spark/standalone.sh} runs a
 * sweep on a standalone master and worker started on this machine.
 */
public final class SparkMain {
    private SparkMain() {
    }

    /** Runs the command line with Spark sweeps and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        List<String> rest = new ArrayList<>();
        String master = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--master") && i + 1 < args.length) {
                master = args[++i];
            } else if (args[i].startsWith("--master=")) {
                master = args[i].substring("--master=".length());
            } else {
                rest.add(args[i]);
            }
        }
        SparkSweep executor = new SparkSweep(master);
        return Main.execute(rest.toArray(String[]::new), out, err, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == SweepCommand.class ? cls.cast(new SweepCommand(executor))
                        : CommandLine.defaultFactory().create(cls);
            }
        });
    }

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }
}
