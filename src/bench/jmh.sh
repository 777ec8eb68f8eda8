#!/usr/bin/env bash
# Runs the JMH benchmarks of src/test/java/org/tokensphere/bench (and any other JMH benchmark in the test
# sources). Extra arguments go to JMH, e.g.: bash src/bench/jmh.sh TokenStepBenchmark -p d=3 -p n=100000
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "${@:-TokenStepBenchmark}"
