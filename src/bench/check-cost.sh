#!/usr/bin/env bash
# The cost of the every-token check (not finite, off the sphere, a chord too long) inside the step kernels.
# `-Dtokensphere.noStepCheck=true` compiles the checks out of the kernels (for measuring only). Each workload is
# run in ROUNDS pairs of processes, checked and unchecked in turn (A B A B, because a shared machine drifts), on
# one thread (threads=1, so the run's CPU time is the calling thread's: `bench` prints per_cpu_second, which a
# busy machine does not dilute as it does wall time). Prints the median token-steps per CPU second of each and the
# median over pairs of the time ratio checked/unchecked; the goal is a cost under 2 % (ratio < 1.02).
#
# Workloads: d = 3, N = 10^5, both schemes, fused (the default: up to 16 steps per pass over a block) and one
# step at a time (batch=1); d = 64, N = 10^3, both schemes; SA attention, N = 2000, beta = 1.
#
# Usage: bash src/bench/check-cost.sh      (after mvn -q package -DskipTests)
# Environment: JAVA (default java), ROUNDS (default 7), ONLY (run only the workloads whose label contains it).
# The JMH form of the same comparison (wall time; needs a quiet machine to resolve 2 %):
#   bash src/bench/jmh.sh 'TokenStepBenchmark.(step|advance16)' -p d=3 -p n=100000 -p scheme=splitting,heun
#   bash src/bench/jmh.sh 'TokenStepBenchmark.(step|advance16)' -p d=3 -p n=100000 -p scheme=splitting,heun \
#       -jvmArgsAppend -Dtokensphere.noStepCheck=true
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/tokensphere.jar"
JAVA=${JAVA:-java}
ROUNDS=${ROUNDS:-7}
[[ -f $jar ]] || { echo "check-cost.sh: $jar does not exist (build it with: mvn -q package -DskipTests)" >&2; exit 1; }

workloads=(
    "splitting-d3-fused|d=3 n=100000 steps=400 scheme=splitting"
    "heun-d3-fused|d=3 n=100000 steps=400 scheme=heun"
    "splitting-d3-single|d=3 n=100000 steps=400 scheme=splitting batch=1"
    "heun-d3-single|d=3 n=100000 steps=400 scheme=heun batch=1"
    "splitting-d64|d=64 n=1000 steps=400 scheme=splitting"
    "heun-d64|d=64 n=1000 steps=400 scheme=heun"
    "sa-d3-n2000|attention=sa beta=1 n=2000 sigmaQ=0 sigmaB=0 scheme=heun steps=100"
)
# shellcheck source=lib.sh
source "$here/lib.sh"
cpu_of() { field per_cpu_second "$1"; }
run() {  # run "java options" "bench args" -> per_cpu_second
    local out
    out=$(cd "$root" && $JAVA $1 -jar "$jar" bench $2 threads=1 2>/dev/null) || true
    cpu_of "$(grep -m 1 '^java ' <<<"$out" || true)"
}

echo "date: $(date -I)  cores: $(nproc)  cpu: $(sed -n '/^model name/{s/^model name[[:space:]]*: //p;q;}' /proc/cpuinfo)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %16s %16s %16s %8s\n' workload checked unchecked "checked/unchecked" pairs
for w in "${workloads[@]}"; do
    label=${w%%|*}
    args=${w#*|}
    [[ -n ${ONLY:-} && $label != *"$ONLY"* ]] && continue
    on="" off="" ratios=""
    for ((r = 1; r <= ROUNDS; r++)); do
        a=$(run "" "$args")
        b=$(run "-Dtokensphere.noStepCheck=true" "$args")
        [[ -n $a && -n $b ]] || continue
        on+=" $a"
        off+=" $b"
        ratios+=" $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f", b / a }')"
    done
    printf '%-22s %16s %16s %16s %8s\n' "$label" "$(median - <<<"$on")" "$(median - <<<"$off")" "$(median - <<<"$ratios")" \
        "$(wc -w <<<"$ratios")"
done
echo "(token-steps per CPU second of one thread, medians; checked/unchecked is the time ratio, median over pairs)"
