#!/usr/bin/env bash
# Attention workloads of the performance goals (README "Performance"): the Java simulator's `bench` against a
# plain single-threaded C loop (sa_heun.c) and NumPy (sa_heun_numpy.py) of the same Heun step of the attention
# drift (alpha = 1, no noise, h = 0.01). Each workload is run ROUNDS times, interleaved (C, NumPy, Java, C, ...),
# because the machine may be shared; the table shows medians of steps per second and the ratios of the medians:
#   java/c     = Java time per step / C time per step     (goal: <= 0.5 at d = 3, <= 1 at d = 64)
#   numpy/java = NumPy time per step / Java time per step (goal: >= 10 at d = 3)
#   java1/c    = the same with one Java thread, as one C thread
# and, per second of CPU time rather than of wall time (what one core does, however busy the machine is):
#   cpu java1/c, cpu numpy/java1
# and, for USA with beta = 0 (the mean field), Java token-steps per second (goal: >= 5e7), and per second of CPU
# time of one thread.
#
# Usage: bash src/bench/attention/compare.sh        (from anywhere; also run by src/bench/compare.sh)
# Environment: PYTHON (a python3 with numpy; default: the first of python3, /usr/bin/python3 that has it),
#   CC (default gcc), NUMPY_THREADS (BLAS threads for NumPy, default 1, like C), JAVA (default java),
#   JAVA_THREADS (threads of the main Java run, default 2), ROUNDS (default 3), ONLY (run only the workloads
#   whose label contains it, e.g. ONLY=USA).
# Exit status: non-zero only if the C or NumPy reference fails; a missing jar or a failing Java run is reported
# in its rows and does not fail the script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
jar="$root/target/tokensphere.jar"
CC=${CC:-gcc}
JAVA=${JAVA:-java}
JAVA_THREADS=${JAVA_THREADS:-2}
NUMPY_THREADS=${NUMPY_THREADS:-1}
ROUNDS=${ROUNDS:-3}
seed=1

die() { echo "attention/compare.sh: $*" >&2; exit 1; }

if [[ -z ${PYTHON:-} ]]; then
    for p in /usr/bin/python3 python3; do
        if "$p" -c 'import numpy' 2>/dev/null; then PYTHON=$p; break; fi
    done
fi
[[ -n ${PYTHON:-} ]] || die "no python3 with numpy found (set PYTHON)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shellcheck source=../lib.sh
source "$here/../lib.sh"

echo "date:   $(date -I)   cores: $(nproc)   cpu: $(sed -n '/^model name/{s/^model name[[:space:]]*: //p;q;}' /proc/cpuinfo)"
echo "c:      $("$CC" --version | sed -n 1p), -O3 -march=native -ffast-math, 1 thread"
echo "numpy:  $("$PYTHON" -c 'import numpy; print(numpy.__version__)') ($PYTHON), BLAS threads $NUMPY_THREADS"
"$CC" -O3 -march=native -ffast-math -o "$tmp/sa_heun" "$here/sa_heun.c" -lm || die "building sa_heun.c failed"
java_problem=""
if [[ ! -f "$jar" ]]; then
    java_problem="not run: $jar does not exist (build it with: mvn -q package)"
elif ! command -v "$JAVA" >/dev/null; then
    java_problem="not run: no '$JAVA' on PATH"
fi
echo "java:   ${java_problem:-$jar, threads=$JAVA_THREADS}"
echo "rounds: $ROUNDS, interleaved; medians"
echo

# workload = "label|kind d n beta|c_steps numpy_steps java_steps"; numpy_steps 0 = not run
workloads=(
    "SA b=1 N=2000 d=3|sa 3 2000 1|200 20 200"
    "SA b=9 N=500 d=3|sa 3 500 9|400 40 400"
    "SA b=1 N=2000 d=64|sa 64 2000 1|20 10 20"
    "USA b=0 N=1e5 d=2|usa 2 100000 0|200 0 200"
)
if [[ -n ${ONLY:-} ]]; then       # only the workloads whose label contains $ONLY
    selected=()
    for w in "${workloads[@]}"; do [[ ${w%%|*} == *"$ONLY"* ]] && selected+=("$w"); done
    [[ ${#selected[@]} -gt 0 ]] || die "no workload label contains '$ONLY'"
    workloads=("${selected[@]}")
fi

java_impls=(java)                 # the main Java run, and one thread as a second when that is not it already
[[ $JAVA_THREADS == 1 ]] || java_impls+=(java1)
declare -A runs   # runs["label|impl"] = steps/s of each round, space-separated
declare -A cpus   # cpus["label|impl"] = steps per CPU second (C, NumPy, one Java thread)
declare -A tsps   # token-steps/s of Java
declare -A tcpu   # token-steps per CPU second of one Java thread
declare -A note
for round in $(seq 1 "$ROUNDS"); do
    for w in "${workloads[@]}"; do
        IFS='|' read -r label spec counts <<<"$w"
        read -r kind d n beta <<<"$spec"
        read -r c_steps np_steps j_steps <<<"$counts"

        line=$("$tmp/sa_heun" "$kind" "$d" "$n" "$c_steps" "$beta" "$seed") || die "C failed: $label"
        echo "round $round: $line"
        runs["$label|c"]+=" $(field steps_per_s "$line")"
        cpus["$label|c"]+=" $(field cpu_steps_per_s "$line")"

        if [[ $np_steps -gt 0 ]]; then
            line=$(OPENBLAS_NUM_THREADS=$NUMPY_THREADS OMP_NUM_THREADS=$NUMPY_THREADS MKL_NUM_THREADS=$NUMPY_THREADS \
                "$PYTHON" "$here/sa_heun_numpy.py" --kind "$kind" --d "$d" --n "$n" --steps "$np_steps" \
                --beta "$beta" --seed "$seed") || die "NumPy failed: $label"
            echo "round $round: $line"
            runs["$label|numpy"]+=" $(field steps_per_s "$line")"
            cpus["$label|numpy"]+=" $(field cpu_steps_per_s "$line")"
        fi

        if [[ -n $java_problem ]]; then
            note["$label"]="java $java_problem"
            continue
        fi
        for impl in "${java_impls[@]}"; do
            threads=$JAVA_THREADS; [[ $impl == java ]] || threads=1
            status=0
            line=$(cd "$root" && timeout 600 "$JAVA" -jar "$jar" bench "attention=$kind" "beta=$beta" "d=$d" "n=$n" \
                sigmaQ=0 sigmaB=0 dt=0.01 scheme=heun "steps=$j_steps" "threads=$threads" 2>"$tmp/java.err") \
                || status=$?
            r=$(field steps_per_s "$line")
            if [[ $status -ne 0 || -z $r ]]; then
                note["$label"]="java failed (exit $status): $(head -n 1 "$tmp/java.err")"
                echo "round $round: java $label: ${note[$label]}"
            else
                echo "round $round: $line"
                runs["$label|$impl"]+=" $r"
                cpus["$label|$impl"]+=" $(field cpu_steps_per_s "$line")"
                [[ $impl == java ]] && tsps["$label"]+=" $(field token_steps_per_s "$line")"
                [[ $impl == java1 ]] && tcpu["$label"]+=" $(field per_cpu_second "$line")"
            fi
        done
    done
done

echo
printf '%-20s %10s %10s %10s %11s %7s %8s %7s %8s %10s %9s\n' workload c_steps/s np_steps/s java_steps/s \
    java1_steps/s java/c java1/c np/java "cpu:" java1/c np/java1
ratio() { if [[ -n $1 && -n $2 ]]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3g", a / b }'; else echo -; fi; }
for w in "${workloads[@]}"; do
    IFS='|' read -r label _ _ <<<"$w"
    c=$(median <<<"${runs[$label|c]:-}")
    np=$(median <<<"${runs[$label|numpy]:-}")
    j=$(median <<<"${runs[$label|java]:-}")
    j1=$(median <<<"${runs[$label|java1]:-}")
    cc=$(median <<<"${cpus[$label|c]:-}")
    cnp=$(median <<<"${cpus[$label|numpy]:-}")
    cj1=$(median <<<"${cpus[$label|java1]:-}")
    printf '%-20s %10s %10s %10s %11s %7s %8s %7s %8s %10s %9s\n' "$label" "${c:--}" "${np:--}" "${j:--}" \
        "${j1:--}" "$(ratio "$c" "$j")" "$(ratio "$c" "$j1")" "$(ratio "$j" "$np")" "" "$(ratio "$cc" "$cj1")" \
        "$(ratio "$cj1" "$cnp")"
done
echo
for w in "${workloads[@]}"; do
    IFS='|' read -r label _ _ <<<"$w"
    t=$(median <<<"${tsps[$label]:-}")
    t1=$(median <<<"${tcpu[$label]:-}")
    echo "$label: java token-steps/s ${t:--}, one thread per CPU second ${t1:--}${note[$label]:+  (${note[$label]})}"
done
