# What the bench scripts share (sourced by compare.sh, attention/compare.sh, check-cost.sh, check-cost-jvm.sh and
# jmh.sh).

# field NAME LINE: the value of " NAME=value" in a result line, or empty
field() { sed -n "/ $1=/{s/.* $1=\\([^ ]*\\).*/\\1/p;q;}" <<<"$2"; }

# median [EMPTY]: the median of the numbers on standard input (separated by blanks or lines), or EMPTY (default:
# nothing) when there are none
median() {
    tr ' ' '\n' | { grep -v '^$' || true; } | sort -g | awk -v empty="${1:-}" '{ v[NR] = $1 } END {
        if (NR == 0) print empty; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench_classpath: compiles the test sources (the JMH benchmarks and harnesses) and prints the classpath that runs
# them; call from the project's root
bench_classpath() {
    mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
        -Dmdep.includeScope=test >&2
    echo "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}
