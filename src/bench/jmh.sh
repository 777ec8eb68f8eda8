#!/usr/bin/env bash
# Runs the JMH benchmarks of src/test/java/org/tokensphere/bench (and any other JMH benchmark in the test
# sources). Extra arguments go to JMH, e.g.: bash src/bench/jmh.sh TokenStepBenchmark -p d=3 -p n=100000
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=lib.sh
source src/bench/lib.sh
cp=$(bench_classpath)
exec java -cp "$cp" org.openjdk.jmh.Main "${@:-TokenStepBenchmark}"
