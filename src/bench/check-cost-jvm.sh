#!/usr/bin/env bash
# The cost of the step kernels' checks, measured in one JVM (CheckCostComparison in src/test/java/.../bench): a
# checked and an unchecked copy of the classes step the same workload on one thread in turn, A B B A, timed on the
# thread's CPU clock; prints the median time ratio checked/unchecked and its quartiles. The goal is a cost under
# 2 % (ratio < 1.02). check-cost.sh compares separate processes instead, which differ by several per cent.
#
# Usage: bash src/bench/check-cost-jvm.sh
# Environment: JAVA (default java), ROUNDS (default 21), ONLY (run only the workloads whose label contains it),
# CONTROL=1 (both copies checked: how far two copies of the same code differ, the noise floor of the comparison).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAVA=${JAVA:-java}
ROUNDS=${ROUNDS:-21}
# shellcheck source=lib.sh
source src/bench/lib.sh
cp=$(bench_classpath)
# label|arguments: the workloads of check-cost.sh (shared noise sigma_Q = 1 and a bias sigma_b = 0.5, dt = 0.01).
workloads=(
    "splitting-d3-fused|d=3 n=100000 sigmaB=0.5 dt=0.01 scheme=splitting steps=800 batch=16"
    "heun-d3-fused|d=3 n=100000 sigmaB=0.5 dt=0.01 scheme=heun steps=240 batch=16"
    "splitting-d3-single|d=3 n=100000 sigmaB=0.5 dt=0.01 scheme=splitting steps=800 batch=1"
    "heun-d3-single|d=3 n=100000 sigmaB=0.5 dt=0.01 scheme=heun steps=240 batch=1"
    "splitting-d64|d=64 n=1000 sigmaB=0.5 dt=0.01 scheme=splitting steps=200 batch=16"
    "heun-d64|d=64 n=1000 sigmaB=0.5 dt=0.01 scheme=heun steps=100 batch=16"
    "sa-d3-n2000|attention=sa beta=1 n=2000 sigmaQ=0 sigmaB=0 scheme=heun steps=10 batch=16"
)
echo "date: $(date -I)  cores: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)  java: $($JAVA -version 2>&1 | head -1)"
for w in "${workloads[@]}"; do
    label=${w%%|*}
    [[ -n ${ONLY:-} && $label != *"$ONLY"* ]] && continue
    # shellcheck disable=SC2086
    printf '%-22s %s\n' "$label" "$($JAVA -cp "$cp" org.tokensphere.bench.CheckCostComparison rounds="$ROUNDS" \
        ${CONTROL:+control=true} ${w#*|})"
done
