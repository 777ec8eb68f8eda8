#!/usr/bin/env bash
# A sweep on a Spark standalone cluster: starts a master and one worker on this machine (127.0.0.1, separate
# processes), runs `tokensphere-spark.jar sweep ...` against it with the driver in this shell (client mode),
# then stops the worker (and the executors it launched) and the master. The worker starts the executors as JVMs
# of their own, with the Spark libraries on their class path but not TokenSphere's classes: those reach them in
# the shipped jar (spark.jars) and the tasks as serialized closures, as on a real cluster.
#
# Usage:  bash src/spark/standalone.sh [--compare] sweep [key=value ...] --vary ... --out FILE.csv
#   e.g.  bash src/spark/standalone.sh --compare sweep n=2 init=pair --vary rho0=-0.5:0.5:3 \
#             --time 2 --every 1 --replicas 20 --out cluster.csv
# --compare also runs the same sweep locally (./tokensphere, --threads 2; needs `mvn -B package -DskipTests`)
# into FILE.csv.local and compares the two files byte for byte (cmp); the exit status is then cmp's.
#
# Build first: mvn -B -Pspark package -DskipTests  (target/tokensphere-spark.jar).
# Environment:
#   SPARK_HOME      a Spark 4.0 distribution whose jars/ the master, worker and executors run on; if unset, one
#                   is laid out in a temporary directory: jars/ links to the Spark libraries this build resolved
#                   (the runtime class path of the spark profile, from the local Maven repository)
#   SPARK_PORT      the master's port (default 7077)
#   WORKER_CORES    cores the worker offers (default 2)
#   WORKER_MEMORY   memory the worker offers (default 1536m; an executor takes spark.executor.memory, 1g)
#   JAVA            the java to run (default java)
#   KEEP_LOGS=1     keep the temporary directory with the logs (it is kept anyway when something fails)
# On a real cluster only the last step is needed, with the master's URL and the driver's address that the
# executors can reach: java -Dspark.driver.host=HOST -jar target/tokensphere-spark.jar sweep --master URL ...
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/tokensphere-spark.jar"
JAVA=${JAVA:-java}
port=${SPARK_PORT:-7077}
compare=0
if [[ ${1:-} == --compare ]]; then compare=1; shift; fi
if [[ ${1:-} != sweep ]]; then
    echo "standalone.sh: usage: standalone.sh [--compare] sweep ARGS... (see the comment at the top)" >&2
    exit 2
fi
if [[ ! -f $jar ]]; then
    echo "standalone.sh: $jar is missing; build it: mvn -B -Pspark package -DskipTests" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tokensphere-spark.XXXXXX")
mkdir -p "$tmp/logs" "$tmp/work"
if [[ -z ${SPARK_HOME:-} ]]; then
    export SPARK_HOME="$tmp/spark-home"
    mkdir -p "$SPARK_HOME/jars"
    if ! (cd "$root" && mvn -q -B -Pspark dependency:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$tmp/classpath.txt") > "$tmp/logs/mvn.log" 2>&1; then
        cat "$tmp/logs/mvn.log" >&2
        exit 1
    fi
    tr ':' '\n' < "$tmp/classpath.txt" | while read -r lib; do ln -s "$lib" "$SPARK_HOME/jars/"; done
fi
export SPARK_SCALA_VERSION=2.13   # what a distribution's spark-env sets; the worker's executor launcher needs it
export SPARK_LOCAL_IP=127.0.0.1   # every process binds to, and advertises, the loopback address
opens="--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED"
opens+=" --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED"

pids=()
stop() {  # the worker first (it stops its executors), then the master; keep the logs if something failed
    local status=$?
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
    if [[ $status -eq 0 && -z ${KEEP_LOGS:-} ]]; then
        rm -rf "$tmp"
    else
        echo "standalone.sh: logs in $tmp (logs/, and work/APP/EXECUTOR/stderr of each executor)" >&2
    fi
    exit $status
}
trap stop EXIT
trap 'exit 130' INT TERM

# waits until $1 contains $2 (at most 120 s)
await() {
    for _ in $(seq 240); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.5
    done
    echo "standalone.sh: timed out waiting for '$2' in $1:" >&2
    tail -n 20 "$1" >&2
    return 1
}

# shellcheck disable=SC2086
"$JAVA" -Xmx512m $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$port" --webui-port 0 > "$tmp/logs/master.log" 2>&1 &
pids+=($!)
await "$tmp/logs/master.log" "I have been elected leader"
# shellcheck disable=SC2086
"$JAVA" -Xmx512m $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --webui-port 0 --cores "${WORKER_CORES:-2}" --memory "${WORKER_MEMORY:-1536m}" \
    --work-dir "$tmp/work" "spark://127.0.0.1:$port" > "$tmp/logs/worker.log" 2>&1 &
pids+=($!)
await "$tmp/logs/worker.log" "Successfully registered with master"
echo "standalone.sh: master spark://127.0.0.1:$port, one worker (${WORKER_CORES:-2} cores, ${WORKER_MEMORY:-1536m})" >&2

start=$(date +%s%N)
"$JAVA" -jar "$jar" "$@" --master "spark://127.0.0.1:$port"
ms=$((($(date +%s%N) - start) / 1000000))
echo "standalone.sh: the sweep on the cluster took $((ms / 1000)).$(printf %03d $((ms % 1000))) s" \
    "(executors: $(find "$tmp/work" -mindepth 2 -maxdepth 2 -type d | wc -l))" >&2

if [[ $compare -eq 1 ]]; then
    out=""
    args=("$@")
    for ((i = 0; i < ${#args[@]}; i++)); do
        case "${args[i]}" in
            --out) out=${args[i + 1]:-} ;;
            --out=*) out=${args[i]#--out=} ;;
        esac
    done
    if [[ -z $out ]]; then echo "standalone.sh: --compare needs --out FILE.csv" >&2; exit 2; fi
    local_args=()
    for ((i = 0; i < ${#args[@]}; i++)); do
        case "${args[i]}" in
            --out) i=$((i + 1)) ;;
            --out=*) ;;
            *) local_args+=("${args[i]}") ;;
        esac
    done
    "$root/tokensphere" "${local_args[@]}" --threads 2 --out "$out.local"
    cmp "$out.local" "$out"
    echo "standalone.sh: $out (cluster) and $out.local (local, --threads 2) are the same, byte for byte" >&2
fi
