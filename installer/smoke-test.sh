#!/usr/bin/env bash
# Smoke test of the Linux installer: builds the .deb (mvn -Pinstaller), installs it, runs the installed
# `tokensphere run --preset rqf --time 1` and checks its CSV (and that a tokensphere:// link gives the same), opens
# the window from a tokensphere:// link on a private Xvfb display (through xdg-open when installed into the
# system, as a click on the link does), checks that the window shows the link's preset, takes a screenshot and
# checks that it is not blank (and that JavaFX ran as modules, without its "Unsupported JavaFX configuration"
# warning), renders a PNG with the installed `tokensphere render`, then removes the install. Everything it started or
# installed is stopped or removed on exit, also when a check fails or it is interrupted.
#
#   installer/smoke-test.sh [--system | --scratch] [--no-build]
#
#   --system    install into this machine: `apt-get install ./tokensphere_*.deb` (the package's dependencies come
#               from the distribution, as for a user), then `dpkg --purge tokensphere` and `apt-get purge` of the
#               dependencies this run added. Also checks /usr/bin/tokensphere, the menu entry and the MIME type;
#               a machine without a desktop gets an empty /usr/share/desktop-directories for the duration, which
#               xdg-desktop-menu needs. Needs root (or password-less sudo). The default when that is available.
#   --scratch   unpack into a temporary root with `dpkg -x` (no root, nothing outside the temporary folder).
#   --no-build  use the .deb already in target/installer/package/.
#
# Output: the screenshot and logs in target/installer/smoke/; the package size and build time on the last lines.
# Needs: Xvfb, xwininfo (x11-utils), ImageMagick (import, identify), dpkg-deb, and JavaFX's libraries (GTK 3, GL).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT_DIR=$(pwd)
MODE=auto
BUILD=1
for arg in "$@"; do
    case "$arg" in
        --system) MODE=system ;;
        --scratch) MODE=scratch ;;
        --no-build) BUILD=0 ;;
        -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; exit 0 ;;
        *) echo "smoke-test: unknown option $arg" >&2; exit 2 ;;
    esac
done

MIN_COLOURS=${SMOKE_MIN_COLOURS:-200}   # a blank or single-colour screen has 1; the app window has thousands
WINDOW_TIMEOUT=120       # seconds to wait for the window (a loaded 2-core machine with software GL is slow)
SETTLE=10                # seconds of simulation and drawing before the screenshot
OUT="$ROOT_DIR/target/installer/smoke"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tokensphere-smoke.XXXXXX")
mkdir -p "$OUT"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO="sudo -n"; elif [ "$MODE" = system ]; then
        echo "smoke-test: --system needs root or password-less sudo" >&2; exit 2
    fi
fi
if [ "$MODE" = auto ]; then
    if { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; } && command -v apt-get >/dev/null; then MODE=system; else MODE=scratch; fi
fi

APP_PID=""
APP_GROUP=""             # 1 when the app runs in a session of its own (its group id is APP_PID)
XVFB_PID=""
INSTALLED=""             # "system" once the package is in dpkg's database
MENU_TREE=""             # the folder this script made for xdg-desktop-menu, if any

say() { printf '[smoke] %s\n' "$*"; }
fail() { printf '[smoke] FAIL: %s\n' "$*" >&2; exit 1; }

stop_pid() {             # stop_pid PID|-PGID: TERM, up to 10 s, then KILL; only processes this script started
    local pid=$1
    kill -- "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 20); do kill -0 -- "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 -- "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    set +e
    if [ -n "$APP_PID" ]; then
        say "stopping the app (pid $APP_PID)"
        if [ -n "$APP_GROUP" ]; then stop_pid "-$APP_PID"; else stop_pid "$APP_PID"; fi
    fi
    if [ -n "$XVFB_PID" ]; then stop_pid "$XVFB_PID"; fi
    if [ "$INSTALLED" = system ]; then
        say "removing the package: dpkg --purge tokensphere"
        $SUDO dpkg --purge tokensphere >"$OUT/remove.log" 2>&1 || { cat "$OUT/remove.log" >&2; status=1; }
        [ -e /usr/share/applications/tokensphere-tokensphere.desktop ] \
            && { echo "[smoke] FAIL: the menu entry was left behind" >&2; status=1; }
        [ -e /usr/bin/tokensphere ] && { echo "[smoke] FAIL: /usr/bin/tokensphere left behind" >&2; status=1; }
        [ -d /opt/tokensphere ] && { echo "[smoke] FAIL: /opt/tokensphere left behind" >&2; status=1; }
        local added
        added=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^.i/ {print $2}' | sort \
            | comm -13 "$WORK/before" - | tr '\n' ' ')
        if [ -n "$added" ]; then
            say "removing the dependencies this run installed: $added"
            # shellcheck disable=SC2086
            $SUDO apt-get purge -y -q $added >>"$OUT/remove.log" 2>&1 || status=1
        fi
    fi
    if [ -n "$MENU_TREE" ]; then $SUDO rmdir "$MENU_TREE" || status=1; fi
    rm -rf "$WORK"
    if [ "$status" -eq 0 ]; then say "PASS"; else say "failed (exit $status); logs in $OUT"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. Build ---------------------------------------------------------------------------------------------------------
if [ "$BUILD" -eq 1 ]; then
    say "building: mvn -B -q -Pinstaller package -DskipTests ${MVN_FLAGS:-}"
    start=$(date +%s)
    # shellcheck disable=SC2086
    mvn -B -q -Pinstaller package -DskipTests ${MVN_FLAGS:-} >"$OUT/build.log" 2>&1 \
        || { tail -40 "$OUT/build.log" >&2; fail "the build failed (log: $OUT/build.log)"; }
    BUILD_SECONDS=$(( $(date +%s) - start ))
else
    BUILD_SECONDS=""
fi
DEB=$(ls -1 target/installer/package/tokensphere_*.deb 2>/dev/null | head -1)
[ -n "$DEB" ] || fail "no .deb in target/installer/package/"
DEB_BYTES=$(stat -c %s "$DEB")
say "package: $DEB ($(numfmt --to=iec --suffix=B "$DEB_BYTES"), installed $(dpkg-deb -f "$DEB" Installed-Size) KiB)"
say "depends: $(dpkg-deb -f "$DEB" Depends)"

# 2. Install -------------------------------------------------------------------------------------------------------
if [ "$MODE" = system ]; then
    if dpkg-query -W -f='${Status}' tokensphere 2>/dev/null | grep -q "installed"; then
        fail "tokensphere is already installed on this machine; remove it first or use --scratch"
    fi
    if [ ! -d /usr/share/desktop-directories ]; then
        MENU_TREE=/usr/share/desktop-directories
        say "no desktop menu tree on this machine: making $MENU_TREE for the duration"
        $SUDO mkdir "$MENU_TREE"
    fi
    dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^.i/ {print $2}' | sort >"$WORK/before"
    say "installing into this machine: apt-get install ./$(basename "$DEB")"
    INSTALLED=system     # from here on, cleanup removes it (dpkg -r of a half-installed package is harmless)
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$(realpath "$DEB")" \
        >"$OUT/install.log" 2>&1 || { tail -30 "$OUT/install.log" >&2; fail "apt-get install failed"; }
    added=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^.i/ {print $2}' | sort \
        | comm -13 "$WORK/before" - | tr '\n' ' ')
    say "apt-get installed: $added"
    PREFIX=""
    APP=/opt/tokensphere/bin/tokensphere
    [ -x "$APP" ] || fail "$APP is missing"
    [ "$(readlink /usr/bin/tokensphere)" = "$APP" ] || fail "/usr/bin/tokensphere does not point to $APP"
    DESKTOP=/usr/share/applications/tokensphere-tokensphere.desktop
    [ -f "$DESKTOP" ] || fail "the menu entry $DESKTOP is missing"
    grep -qx 'Categories=Education;Science;' "$DESKTOP" || fail "menu categories are not Education;Science;"
    grep -q '^Exec=/opt/tokensphere/bin/tokensphere %u$' "$DESKTOP" || fail "the menu entry does not pass a file or URL"
    grep -q '^MimeType=application/x-tokensphere-preset;' "$DESKTOP" || fail "the menu entry has no MIME type"
    grep -q '^MimeType=.*x-scheme-handler/tokensphere;' "$DESKTOP" || fail "the menu entry does not handle tokensphere://"
    HANDLER=$(xdg-mime query default x-scheme-handler/tokensphere 2>/dev/null || true)
    [ "$HANDLER" = "tokensphere-tokensphere.desktop" ] || fail "tokensphere:// links open '$HANDLER', not TokenSphere"
    say "tokensphere:// links open $HANDLER"
    compgen -G "/usr/share/mime/packages/*tokensphere*" >/dev/null || fail "the preset MIME type is not registered"
    say "installed: $APP, /usr/bin/tokensphere -> it, $DESKTOP (Education;Science;, *.tokensphere)"
    CLI=/usr/bin/tokensphere
else
    say "installing into a scratch root: dpkg -x"
    dpkg -x "$DEB" "$WORK/root"
    APP="$WORK/root/opt/tokensphere/bin/tokensphere"
    [ -x "$APP" ] || fail "$APP is missing"
    CLI="$APP"
fi

# 3. The command line from the install -----------------------------------------------------------------------------
say "running: $CLI run --preset rqf --time 1"
code=0; "$CLI" run --preset rqf --time 1 >"$OUT/run.csv" 2>"$OUT/run.err" || code=$?
[ "$code" -eq 0 ] || { cat "$OUT/run.err" >&2; fail "tokensphere run exited with $code"; }
HEADER="replica,t,polarOrder,nematicOrder,polarPairs,antipolarPairs,clusters,rho01,lyapunov,lyapunovBand,polarFraction,antipolarFraction,attentionEnergy,pairsExamined,meanRadius"
[ "$(awk '!/^#/ {print; exit}' "$OUT/run.csv")" = "$HEADER" ] || { head -5 "$OUT/run.csv" >&2; fail "no CSV header"; }
ROWS=$(awk '!/^#/' "$OUT/run.csv" | tail -n +2 | wc -l)
[ "$ROWS" -ge 2 ] || fail "expected rows for t = 0 and t = 1, got $ROWS"
say "CSV: header and $ROWS rows; last: $(tail -1 "$OUT/run.csv")"
code=0; "$CLI" "$WORK/no-such.tokensphere" >/dev/null 2>"$OUT/missing.err" || code=$?
[ "$code" -eq 2 ] || fail "a missing preset file gave exit code $code, not 2"
say "a missing preset file: exit 2, $(cat "$OUT/missing.err")"
LINK=$("$CLI" share --preset rqf --link)
"$CLI" run --preset "$LINK" --time 1 | grep -v '^# preset' >"$OUT/link.csv"
grep -v '^# preset' "$OUT/run.csv" | cmp -s - "$OUT/link.csv" || fail "run --preset $LINK differs from --preset rqf"
say "run --preset $LINK: the same CSV as --preset rqf"
code=0; "$CLI" "tokensphere://1/not*base64" >/dev/null 2>"$OUT/badlink.err" || code=$?
[ "$code" -eq 2 ] || fail "a bad link gave exit code $code, not 2"
say "a bad link: exit 2, $(cat "$OUT/badlink.err")"

# 4. The window, on a private X display ------------------------------------------------------------------------------
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
exec 3>&-
for _ in $(seq 1 50); do [ -s "$WORK/display" ] && break; sleep 0.2; done
[ -s "$WORK/display" ] || fail "Xvfb did not start (log: $OUT/xvfb.log)"
export DISPLAY=":$(head -1 "$WORK/display")"
if [ "$MODE" = system ]; then
    # What a click on the share link runs: xdg-open finds the handler of x-scheme-handler/tokensphere and runs its
    # Exec line with the link for %u. In a session of its own, so that stopping it stops the app it started.
    say "Xvfb on $DISPLAY (pid $XVFB_PID); opening $LINK with xdg-open"
    setsid xdg-open "$LINK" >"$OUT/app.log" 2>&1 &
    APP_GROUP=1
else
    say "Xvfb on $DISPLAY (pid $XVFB_PID); starting $APP with the link"
    "$APP" "$LINK" >"$OUT/app.log" 2>&1 &
fi
APP_PID=$!
WINDOW=""
for _ in $(seq 1 "$WINDOW_TIMEOUT"); do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; fail "the app exited before showing a window"; }
    WINDOW=$(xwininfo -root -tree 2>/dev/null | awk '/"TokenSphere/ && !found {print $1; found = 1}' || true)
    [ -n "$WINDOW" ] && break
    sleep 1
done
[ -n "$WINDOW" ] || { cat "$OUT/app.log" >&2; fail "no TokenSphere window after $WINDOW_TIMEOUT s"; }
say "window $WINDOW is up; letting it run for $SETTLE s"
sleep "$SETTLE"
xwininfo -root -tree 2>/dev/null | grep -q '"TokenSphere — Random quadratic form' \
    || fail "the window did not open the link's preset (its title names it)"
say "the window opened the link's preset"
kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; fail "the app died after showing its window"; }
import -window "$WINDOW" "$OUT/installed-app.png"
COLOURS=$(identify -format %k "$OUT/installed-app.png")
SIZE=$(identify -format %wx%h "$OUT/installed-app.png")
[ "$COLOURS" -gt "$MIN_COLOURS" ] || fail "the screenshot has $COLOURS colours: blank (threshold $MIN_COLOURS)"
if grep -q "Exception" "$OUT/app.log"; then cat "$OUT/app.log" >&2; fail "the app logged an exception"; fi
if grep -q "Unsupported JavaFX configuration" "$OUT/app.log"; then fail "JavaFX was not started as modules"; fi
say "screenshot: $OUT/installed-app.png ($SIZE, $COLOURS colours)"

# 5. Headless rendering from the install, on the same display --------------------------------------------------------
say "running: $CLI render --preset rqf --out $OUT/render.png --duration 2 --size 300x300 --scale 2"
code=0; "$CLI" render --preset rqf --out "$OUT/render.png" --duration 2 --size 300x300 --scale 2 \
    >"$OUT/render.log" 2>&1 || code=$?
[ "$code" -eq 0 ] || { cat "$OUT/render.log" >&2; fail "tokensphere render exited with $code"; }
[ "$(identify -format %wx%h "$OUT/render.png")" = "600x600" ] || fail "the rendered PNG is not 600x600"
RENDER_COLOURS=$(identify -format %k "$OUT/render.png")
[ "$RENDER_COLOURS" -gt "$MIN_COLOURS" ] || fail "the rendered PNG has $RENDER_COLOURS colours: blank"
say "render: $OUT/render.png (600x600, $RENDER_COLOURS colours)"

say "package size: $DEB_BYTES bytes ($(numfmt --to=iec --suffix=B "$DEB_BYTES"))"
if [ -n "$BUILD_SECONDS" ]; then say "build time (mvn -Pinstaller package -DskipTests): $BUILD_SECONDS s"; fi
say "install mode: $MODE"
