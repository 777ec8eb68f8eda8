#!/usr/bin/env bash
# Throughput comparison for the "heun-bias" workload (see README.md here):
# C (single-threaded hardware reference), NumPy, and the Java simulator's
# `bench` subcommand, on three workloads; then a table of token-steps/s and
# the ratios java/numpy and java/c.
#
# Then the attention workloads of src/bench/attention/compare.sh (SA and USA against C and NumPy).
#
# Usage: bash src/bench/compare.sh        (from anywhere)
# Environment: PYTHON (default: the first of /usr/bin/python3, python3 that has numpy),
#   CC (default gcc), NUMPY_THREADS (BLAS threads for NumPy, default 1, like C),
#   JAVA (default java), SCHEME_ROUNDS (rounds of the per-token schemes, default 5, 0 skips them),
#   HEUN_REFS=0 skips the first part (the Heun references), ATTENTION=0 the attention workloads.
# Exit status: non-zero only if the C or NumPy reference fails; a missing jar
# or a failing Java run is reported in its rows and does not fail the script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/tokensphere.jar"
if [[ -z ${PYTHON:-} ]]; then  # the first python3 that has numpy
    for p in /usr/bin/python3 python3; do
        if "$p" -c 'import numpy' 2>/dev/null; then PYTHON=$p; break; fi
    done
    PYTHON=${PYTHON:-/usr/bin/python3}
fi
CC=${CC:-gcc}
JAVA=${JAVA:-java}
NUMPY_THREADS=${NUMPY_THREADS:-1}
seed=1

# workload = "d n steps"
workloads=("3 100000 200" "64 1000 200" "3 1000 2000")
[[ ${HEUN_REFS:-1} == 0 ]] && workloads=()
# Java runs per workload: "scheme threads"
java_runs=("heun 2" "splitting 2" "heun 1" "splitting 1")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

die() { echo "compare.sh: $*" >&2; exit 1; }

# shellcheck source=lib.sh
source "$here/lib.sh"
# token_steps_per_s=... of a result line, or empty
rate_of() { field token_steps_per_s "$1"; }
# per_cpu_second=... (token-steps per second of CPU time, single-threaded runs), or empty
cpu_of() { field per_cpu_second "$1"; }

# ---- environment ----
numpy_version=$("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null) \
    || die "$PYTHON cannot import numpy (set PYTHON to a python3 that has it)"
echo "date:   $(date -I)   cores: $(nproc)   cpu: $(sed -n '/^model name/{s/^model name[[:space:]]*: //p;q;}' /proc/cpuinfo)"
echo "c:      $("$CC" --version | sed -n 1p), -O3 -march=native -fno-math-errno, 1 thread"
echo "numpy:  $numpy_version ($PYTHON), BLAS threads $NUMPY_THREADS"

"$CC" -O3 -march=native -fno-math-errno -o "$tmp/heun_c" "$here/heun.c" -lm \
    || die "building heun.c failed"

java_problem=""
if [[ ! -f "$jar" ]]; then
    java_problem="not run: $jar does not exist (build it with: mvn -q package)"
elif ! command -v "$JAVA" >/dev/null; then
    java_problem="not run: no '$JAVA' on PATH"
fi
echo "java:   ${java_problem:-$jar}"
echo

# ---- runs ----
declare -A rate    # rate["d n steps|impl"] = token-steps/s
declare -A note    # note["d n steps|impl"] = why a Java row has no number
java_impls=()
for run in "${java_runs[@]}"; do
    set -- $run
    java_impls+=("java $1 t=$2")
done

for w in "${workloads[@]}"; do
    set -- $w
    d=$1 n=$2 steps=$3

    line=$("$tmp/heun_c" "$d" "$n" "$steps" "$seed") || die "C run failed for d=$d n=$n steps=$steps"
    echo "$line"
    rate["$w|c heun"]=$(rate_of "$line")
    [[ -n ${rate["$w|c heun"]} ]] || die "C printed no token_steps_per_s: $line"

    line=$(OPENBLAS_NUM_THREADS=$NUMPY_THREADS OMP_NUM_THREADS=$NUMPY_THREADS MKL_NUM_THREADS=$NUMPY_THREADS \
        "$PYTHON" "$here/heun_numpy.py" --d "$d" --n "$n" --steps "$steps" --seed "$seed") \
        || die "NumPy run failed for d=$d n=$n steps=$steps"
    echo "$line"
    rate["$w|numpy heun"]=$(rate_of "$line")
    [[ -n ${rate["$w|numpy heun"]} ]] || die "NumPy printed no token_steps_per_s: $line"

    for run in "${java_runs[@]}"; do
        set -- $run
        impl="java $1 t=$2"
        if [[ -n $java_problem ]]; then
            note["$w|$impl"]="not run, see 'java:' above"
            continue
        fi
        status=0
        out=$(cd "$root" && timeout 300 "$JAVA" -jar "$jar" bench "d=$d" "n=$n" "steps=$steps" \
            "scheme=$1" "threads=$2" 2>"$tmp/java.err") || status=$?
        line=$(grep -m 1 "^java $1 " <<<"$out" || true)
        r=$(rate_of "$line")
        if [[ $status -eq 124 ]]; then
            note["$w|$impl"]="bench timed out after 300 s"
        elif [[ $status -ne 0 ]]; then
            why=$(head -n 1 "$tmp/java.err")
            note["$w|$impl"]="bench failed, exit $status${why:+: $why}"
        elif [[ -z $r ]]; then
            why=$(head -n 1 <<<"$out")
            note["$w|$impl"]="bench printed no 'java $1 ... token_steps_per_s=' line${why:+; it printed: $why}"
        fi
        if [[ -n ${note["$w|$impl"]:-} ]]; then
            echo "java $1 threads=$2 d=$d n=$n steps=$steps: ${note["$w|$impl"]}"
        else
            echo "$line"
            rate["$w|$impl"]=$r
        fi
    done
done

# ---- table ----
echo
((${#workloads[@]})) && printf '%-22s %-20s %15s %11s %8s\n' workload implementation token_steps/s java/numpy java/c
for w in "${workloads[@]}"; do
    set -- $w
    label="d=$1 n=$2 steps=$3"
    for impl in "c heun" "numpy heun" "${java_impls[@]}"; do
        key="$w|$impl"
        if [[ -n ${rate[$key]:-} ]]; then
            if [[ $impl == java* ]]; then
                ratios=$(awk -v j="${rate[$key]}" -v p="${rate[$w|numpy heun]}" -v c="${rate[$w|c heun]}" \
                    'BEGIN { printf "%11.2f %8.2f", j / p, j / c }')
            else
                ratios=$(printf '%11s %8s' - -)
            fi
            printf '%-22s %-20s %15s %s\n' "$label" "$impl" "${rate[$key]}" "$ratios"
        else
            printf '%-22s %-20s %15s  (%s)\n' "$label" "$impl" - "${note[$key]:-no result}"
        fi
        label=""
    done
done

# =====================================================================================================
# Per-token schemes against the C loop of the same scheme: splitting (splitting.c, splitting_numpy.py) and
# Heun (heun.c, heun_numpy.py) at (d, N) = (3, 1e5) and (64, 1e3), 200 steps. ROUNDS rounds (default 5), each
# running C, Java on every core, Java on one thread and NumPy in turn (interleaved, because the machine is
# shared and its speed drifts); the table gives the median token-steps/s of each and the median over rounds of
# the time ratios java/c (the goal: at most 1.0 at d = 3, 1.5 at d = 64) and numpy/java. Then the same per
# second of CPU time of one thread (C, NumPy and Java with threads=1 run on one thread; a busy machine dilutes
# wall time, not CPU time): "cpu java1/c" is Java's CPU time per token-step over C's.
# SCHEME_ROUNDS=0 skips this part.
# =====================================================================================================
SCHEME_ROUNDS=${SCHEME_ROUNDS:-5}
scheme_workloads=("3 100000 200" "64 1000 200")
cores=$(nproc)


if [[ $SCHEME_ROUNDS -gt 0 ]]; then
    "$CC" -O3 -march=native -fno-math-errno -o "$tmp/splitting_c" "$here/splitting.c" -lm \
        || die "building splitting.c failed"
    echo
    echo "per-token schemes, $SCHEME_ROUNDS interleaved rounds (C, java threads=$cores, java threads=1, numpy):"
    declare -A runs    # runs["scheme|d n steps|impl"] = token-steps/s of each round
    declare -A ratio   # ratio["scheme|d n steps|kind"] = per-round time ratios
    for scheme in splitting heun; do
        for w in "${scheme_workloads[@]}"; do
            set -- $w
            d=$1 n=$2 steps=$3
            key="$scheme|$w"
            for ((r = 1; r <= SCHEME_ROUNDS; r++)); do
                line=$("$tmp/${scheme}_c" "$d" "$n" "$steps" "$seed") || die "C $scheme failed for d=$d n=$n"
                c=$(rate_of "$line")
                cc=$(cpu_of "$line")
                runs["$key|c"]+=" $c"
                runs["$key|cpu c"]+=" $cc"
                for t in "$cores" 1; do
                    j=""
                    if [[ -z $java_problem ]]; then
                        out=$(cd "$root" && timeout 300 "$JAVA" -jar "$jar" bench "d=$d" "n=$n" "steps=$steps" \
                            "scheme=$scheme" "threads=$t" 2>/dev/null) || true
                        jline=$(grep -m 1 "^java $scheme " <<<"$out" || true)
                        j=$(rate_of "$jline")
                        jc=$(cpu_of "$jline")
                        if [[ $t == 1 && -n $jc && -n $cc ]]; then
                            runs["$key|cpu java1"]+=" $jc"
                            ratio["$key|cpu java1/c"]+=" $(awk -v c="$cc" -v j="$jc" 'BEGIN { printf "%.4g", c / j }')"
                        fi
                    fi
                    if [[ -n $j ]]; then
                        runs["$key|java t=$t"]+=" $j"
                        ratio["$key|java t=$t/c"]+=" $(awk -v c="$c" -v j="$j" 'BEGIN { printf "%.4g", c / j }')"
                    fi
                done
                line=$(OPENBLAS_NUM_THREADS=$NUMPY_THREADS OMP_NUM_THREADS=$NUMPY_THREADS \
                    MKL_NUM_THREADS=$NUMPY_THREADS "$PYTHON" "$here/${scheme}_numpy.py" --d "$d" --n "$n" \
                    --steps "$steps" --seed "$seed") || die "NumPy $scheme failed for d=$d n=$n"
                p=$(rate_of "$line")
                runs["$key|numpy"]+=" $p"
                pc=$(cpu_of "$line")
                [[ -n $pc ]] && runs["$key|cpu numpy"]+=" $pc"
                [[ -n ${runs["$key|java t=$cores"]:-} ]] && ratio["$key|numpy/java"]+=" $(awk -v p="$p" \
                    -v j="${runs["$key|java t=$cores"]##* }" 'BEGIN { printf "%.4g", j / p }')"
                echo "  round $r $scheme d=$d n=$n: c $c  java(t=$cores) ${runs["$key|java t=$cores"]##* }" \
                    " java(t=1) ${runs["$key|java t=1"]##* }  numpy $p"
            done
        done
    done
    echo
    printf '%-10s %-16s %12s %12s %12s %12s %14s %14s %12s\n' scheme "workload" c "java t=$cores" java_t=1 numpy \
        "java/c (t=$cores)" "java/c (t=1)" numpy/java
    for scheme in splitting heun; do
        for w in "${scheme_workloads[@]}"; do
            set -- $w
            key="$scheme|$w"
            printf '%-10s %-16s %12s %12s %12s %12s %14s %14s %12s\n' "$scheme" "d=$1 n=$2" \
                "$(median <<<"${runs["$key|c"]:-}")" "$(median <<<"${runs["$key|java t=$cores"]:-}")" \
                "$(median <<<"${runs["$key|java t=1"]:-}")" "$(median <<<"${runs["$key|numpy"]:-}")" \
                "$(median <<<"${ratio["$key|java t=$cores/c"]:-}")" "$(median <<<"${ratio["$key|java t=1/c"]:-}")" \
                "$(median <<<"${ratio["$key|numpy/java"]:-}")"
        done
    done
    echo "(token-steps/s; java/c and numpy/java are ratios of times, medians over rounds of the per-round ratios:"
    echo " java/c < 1 means Java is faster than one C core, numpy/java > 1 that NumPy is slower than Java)"
    echo
    echo "per second of CPU time of one thread:"
    printf '%-10s %-16s %12s %12s %12s %14s\n' scheme workload c java_t=1 numpy "cpu java1/c"
    for scheme in splitting heun; do
        for w in "${scheme_workloads[@]}"; do
            set -- $w
            key="$scheme|$w"
            printf '%-10s %-16s %12s %12s %12s %14s\n' "$scheme" "d=$1 n=$2" \
                "$(median <<<"${runs["$key|cpu c"]:-}")" "$(median <<<"${runs["$key|cpu java1"]:-}")" \
                "$(median <<<"${runs["$key|cpu numpy"]:-}")" "$(median <<<"${ratio["$key|cpu java1/c"]:-}")"
        done
    done
    echo "(token-steps per CPU second; two threads can at best halve Java's time, so the best two-core java/c is"
    echo " half of cpu java1/c)"
fi
# ---- attention workloads (src/bench/attention) ----
if [[ ${ATTENTION:-1} != 0 ]]; then
    echo
    echo "== attention workloads =="
    bash "$here/attention/compare.sh"
fi
