#!/usr/bin/env bash
# Soak test of the window: runs TokenSphere with many tokens under Xvfb for a long time, logs the heap after a full
# GC every interval, and says whether the heap stays flat (least-squares slope of the used heap after GC against
# time, in MB per hour, with its standard error).
#
#   src/bench/soak.sh [--minutes 60] [--interval 60] [--warmup M] [--params "n=20000"] [--out DIR]
#                     [--launch "COMMAND"]
#
# Build first (mvn -B -q package -DskipTests). The window is started as a user would, with the launcher:
#   ./tokensphere -Dprism.forceGPU=true -Dtokensphere.params="$PARAMS"
# (or java -jar target/tokensphere.jar with the same options where there is no launcher), or by --launch COMMAND,
# which gets the same Java options as its first arguments. The heap of the JVM that runs the window is read with
# jcmd (GC.run, then GC.heap_info); the resident set size comes from /proc. Samples taken during the first --warmup
# minutes (default: a fifth of the run, at most 5) are logged but left out of the fit: the charts' history and the
# JIT fill up first. Writes DIR/heap.csv (seconds, used heap after GC in KB, committed heap in KB, RSS in KB) and a
# screenshot at the start and at the end; prints the verdict: FLAT unless the slope exceeds 2 % of the heap per
# hour by more than 3 standard errors. Exit code 0 when flat, 1 when the heap grows or the window exits, 2 on bad
# arguments or a window that did not start.
set -euo pipefail

minutes=60
interval=60
warmup=""
params="n=20000"
out="target/soak"
launch=""
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --interval) interval="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --params) params="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --launch) launch="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "soak.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$minutes$interval" in *[!0-9.]*) echo "soak.sh: --minutes and --interval must be numbers" >&2; exit 2 ;; esac
if [ -z "$warmup" ]; then
  warmup=$(awk -v m="$minutes" 'BEGIN { w = m / 5; if (w > 5) w = 5; print w }')
fi
if [ -z "$launch" ] && [ -x ./tokensphere ]; then
  launch=./tokensphere
fi
if [ -z "$launch" ] && [ ! -f target/tokensphere.jar ]; then
  echo "soak.sh: target/tokensphere.jar is missing: run mvn -B -q package -DskipTests first" >&2
  exit 2
fi
for tool in Xvfb jcmd; do
  command -v "$tool" >/dev/null || { echo "soak.sh: $tool is needed" >&2; exit 2; }
done
mkdir -p "$out"

# A free display number.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
  display=$((display + 1))
done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
app=""
cleanup() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$app" 2>/dev/null || break; sleep 1; done
    kill -9 "$app" 2>/dev/null || true
  fi
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
sleep 2

export DISPLAY=":$display"
if [ -n "$launch" ]; then
  # shellcheck disable=SC2086
  $launch -Dprism.forceGPU=true "-Dtokensphere.params=$params" >"$out/app.log" 2>&1 &
else
  java -Dprism.forceGPU=true "-Dtokensphere.params=$params" -jar target/tokensphere.jar >"$out/app.log" 2>&1 &
fi
launched=$!
# The JVM that shows the window: the launched process, or a java child of a launcher script.
for _ in $(seq 1 60); do
  for pid in $launched $(pgrep -P "$launched" 2>/dev/null || true); do
    if jcmd "$pid" VM.version >/dev/null 2>&1; then app=$pid; break 2; fi
  done
  kill -0 "$launched" 2>/dev/null || break
  sleep 1
done
if [ -z "$app" ]; then
  echo "soak.sh: the window did not start; see $out/app.log" >&2
  exit 2
fi
sleep 15
command -v import >/dev/null && import -window root "$out/start.png" 2>/dev/null || true

sample() {
  jcmd "$app" GC.run >/dev/null
  jcmd "$app" GC.heap_info | awk -v t="$1" -v rss="$(awk '/VmRSS/ { print $2 }' "/proc/$app/status")" '
    /total [0-9]+K, used [0-9]+K/ && !done {
      for (i = 1; i <= NF; i++) { if ($i == "total") total = $(i + 1); if ($i == "used") used = $(i + 1) }
      gsub(/[K,]/, "", total); gsub(/[K,]/, "", used)
      printf "%d,%s,%s,%s\n", t, used, total, rss; done = 1
    }'
}

echo "seconds,used_kb,committed_kb,rss_kb" >"$out/heap.csv"
start=$(date +%s)
end=$(awk -v s="$start" -v m="$minutes" 'BEGIN { printf "%d", s + m * 60 }')
echo "soak: $params for $minutes min on :$display, pid $app, a sample every ${interval}s -> $out/heap.csv"
while :; do
  now=$(date +%s)
  if ! kill -0 "$app" 2>/dev/null; then
    echo "soak.sh: the window exited after $((now - start)) s; see $out/app.log" >&2
    exit 1
  fi
  line=$(sample $((now - start)))
  echo "$line" >>"$out/heap.csv"
  echo "  $line"
  [ "$now" -ge "$end" ] && break
  sleep "$interval"
done
command -v import >/dev/null && import -window root "$out/end.png" 2>/dev/null || true

awk -F, -v warm="$warmup" '
  NR > 1 && $1 >= warm * 60 { n++; x = $1 / 3600; y = $2 / 1024; sx += x; sy += y; sxx += x * x; sxy += x * y; yy[n] = y; xx[n] = x
                             r = $4 / 1024; sr += r; sxr += x * r }
  NR > 1 { all++; last = $2 / 1024 }
  END {
    if (n < 3) { printf "soak: %d samples after the warm-up: too few for a fit\n", n; exit 2 }
    mx = sx / n; my = sy / n; vxx = sxx - n * mx * mx
    slope = (sxy - n * mx * my) / vxx; icept = my - slope * mx
    for (i = 1; i <= n; i++) { e = yy[i] - icept - slope * xx[i]; ss += e * e }
    se = sqrt(ss / (n - 2) / vxx)
    rslope = (sxr - n * mx * (sr / n)) / vxx
    printf "soak: %d samples (%d after %.1f min warm-up), used heap after GC %.1f MB on average, last %.1f MB\n", all, n, warm, my, last
    printf "soak: heap slope %+.2f MB/h (SE %.2f), RSS slope %+.1f MB/h\n", slope, se, rslope
    # Flat unless the growth is above 2 % of the heap per hour by more than 3 standard errors.
    if (slope <= 0.02 * my + 3 * se) { print "soak: FLAT"; exit 0 }
    print "soak: GROWING"; exit 1
  }' "$out/heap.csv"
