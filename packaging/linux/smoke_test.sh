#!/usr/bin/env bash
# Smoke test of the Linux tarball built by build.sh:
#
#   packaging/linux/smoke_test.sh [TARBALL]
#
# 1. installs it with install.sh into a throwaway HOME and checks what landed;
# 2. with a bare environment (PATH=/usr/bin:/bin, so no venv and no
#    graphviz-pure of the machine), uses the bundle's command line: the Polish
#    sample -> validate -> export SVG (bundled Graphviz engine) and PNG, and
#    checks the SVG holds the Polish stage names and letters;
# 3. opens the app on the sample under X (Xvfb when there is no display),
#    OMNIMAP_SMOKE_RUNS times (5): time to the first visible window, a
#    screenshot of the first run, then quits it (Ctrl+Q, else SIGTERM);
# 4. runs uninstall.sh and checks that nothing is left.
#
# Needs xdotool; uses desktop-file-validate, xmllint and ImageMagick's import
# when present. Output (SVG, PNG, screenshot, app logs) goes to
# OMNIMAP_SMOKE_OUT (packaging/linux/build/smoke).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "FAIL: no DISPLAY and no xvfb-run" >&2; exit 1; }
    # -noreset: Xvfb otherwise resets when its last client leaves, and an app
    # starting at that moment cannot connect ("could not connect to display").
    exec xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" "$0" "$@"
fi

RUNS=${OMNIMAP_SMOKE_RUNS:-5}
OUT=${OMNIMAP_SMOKE_OUT:-$HERE/build/smoke}
TARBALL=${1:-$(ls -t "$HERE"/dist/omnimap-*-linux-*.tar.gz 2>/dev/null | head -1)}
[ -f "$TARBALL" ] || { echo "FAIL: no tarball (run build.sh first)" >&2; exit 1; }
command -v xdotool >/dev/null || { echo "FAIL: xdotool is needed (apt-get install xdotool)" >&2; exit 1; }

TMP=$(mktemp -d /tmp/omnimap-smoke.XXXXXX)
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -KILL "$APP_PID" || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
rm -rf "$OUT"
mkdir -p "$OUT"

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok    $*"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "tarball: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
tar -xzf "$TARBALL" -C "$TMP"
STAGE=$(find "$TMP" -mindepth 1 -maxdepth 1 -type d -name 'omnimap-*')
echo "bundle:  $(du -sh "$STAGE/omnimap" | cut -f1) unpacked, $(find "$STAGE/omnimap" -type f | wc -l) files"

# --- 1. install ---------------------------------------------------------------
FAKE_HOME=$TMP/home
mkdir -p "$FAKE_HOME"
env -u XDG_DATA_HOME HOME="$FAKE_HOME" PATH=/usr/bin:/bin sh "$STAGE/install.sh" > "$OUT/install.log"
DATA=$FAKE_HOME/.local/share
EXE=$FAKE_HOME/.local/bin/omnimap
[ -L "$EXE" ] && [ -x "$EXE" ] || fail "install.sh made no ~/.local/bin/omnimap link"
[ -x "$FAKE_HOME/.local/opt/omnimap/omnimap" ] || fail "no ~/.local/opt/omnimap/omnimap"
[ -f "$DATA/mime/packages/omnimap.xml" ] || fail "MIME XML not installed"
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$DATA/icons/hicolor/${size}x${size}/apps/omnimap.png" ] || fail "icon ${size}px missing"
done
[ -f "$DATA/icons/hicolor/scalable/apps/omnimap.svg" ] || fail "scalable icon missing"
grep -q "^Exec=\"$FAKE_HOME/.local/opt/omnimap/omnimap\" %f$" "$DATA/applications/omnimap.desktop" \
    || fail "desktop file Exec line: $(grep ^Exec= "$DATA/applications/omnimap.desktop")"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$DATA/applications/omnimap.desktop" || fail "installed .desktop invalid"
fi
if command -v update-mime-database >/dev/null; then
    grep -q ':application/vnd.omnimap.journey+json:\*\.omnimap$' "$DATA/mime/globs2" \
        || fail "MIME database has no *.omnimap glob"
fi
ok "install.sh: app, link, .desktop, MIME type (*.omnimap), icons 16..512 + SVG"

# --- 2. command line, in a bare environment ------------------------------------
# A bare environment: no venv, no graphviz-pure of the machine on PATH.
BARE_ENV=(env -i HOME="$FAKE_HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$DISPLAY")
[ -n "${XAUTHORITY:-}" ] && BARE_ENV+=(XAUTHORITY="$XAUTHORITY")
run() { "${BARE_ENV[@]}" "$@"; }
if run sh -c 'command -v graphviz-pure' >/dev/null; then
    fail "graphviz-pure is on /usr/bin:/bin: the test could not tell the bundled one apart"
fi
VERSION=$(run "$EXE" --version) || fail "--version"
ok "omnimap --version: $VERSION"
SAMPLE=$TMP/anna.omnimap
run "$EXE" new --template sample --lang pl -o "$SAMPLE" || fail "omnimap new"
run "$EXE" validate "$SAMPLE" > "$OUT/validate.log" || fail "omnimap validate: $(cat "$OUT/validate.log")"
ok "omnimap new --template sample --lang pl; omnimap validate"

BUNDLED_ENGINE=$FAKE_HOME/.local/opt/omnimap/_internal/bin/graphviz-pure
[ -x "$BUNDLED_ENGINE" ] || fail "no graphviz-pure in the bundle ($BUNDLED_ENGINE)"
run "$EXE" export "$SAMPLE" -o "$OUT/anna.svg" --engine graphviz-pure -v > "$OUT/export-svg.log" 2>&1 \
    || fail "export SVG: $(cat "$OUT/export-svg.log")"
grep -q "engine: graphviz-pure ($BUNDLED_ENGINE;" "$OUT/export-svg.log" \
    || fail "export SVG did not use the bundled engine: $(cat "$OUT/export-svg.log")"
[ -s "$OUT/anna.svg" ] || fail "export wrote no SVG"
if command -v xmllint >/dev/null; then
    xmllint --noout "$OUT/anna.svg" || fail "the SVG is not well-formed XML"
fi
for word in Świadomość Zainteresowanie Rozważanie Decyzja Działanie Lojalność; do
    grep -q "$word" "$OUT/anna.svg" || fail "the SVG lacks the stage name $word"
done
letters=""
for letter in ą ć ę ł ń ó ś ź ż Ś Ł Ż; do
    grep -q "$letter" "$OUT/anna.svg" && letters="$letters$letter"
done
[ "${#letters}" -ge 6 ] || fail "too few Polish letters in the SVG: '$letters'"
ok "export SVG with the bundled engine: $(du -h "$OUT/anna.svg" | cut -f1), six Polish stage names, letters: $letters"
ok "  $(grep '^engine:' "$OUT/export-svg.log")"

# --engine auto (the default) must find the same engine when no system dot exists.
if run sh -c 'command -v dot' >/dev/null; then AUTO_EXPECT="engine: dot"; else
    AUTO_EXPECT="engine: graphviz-pure ($BUNDLED_ENGINE;"; fi
run "$EXE" export "$SAMPLE" -o "$OUT/anna.png" -v > "$OUT/export-png.log" 2>&1 \
    || fail "export PNG: $(cat "$OUT/export-png.log")"
grep -q "$AUTO_EXPECT" "$OUT/export-png.log" \
    || fail "export PNG (engine auto) expected '$AUTO_EXPECT': $(cat "$OUT/export-png.log")"
[ "$(head -c 8 "$OUT/anna.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    || fail "export PNG: not a PNG file"
auto=${AUTO_EXPECT#engine: }
ok "export PNG (--engine auto picked ${auto%% (*}; Qt raster in the bundle): $(du -h "$OUT/anna.png" | cut -f1)"

# PPTX needs python-pptx's template, lxml and Pillow inside the bundle.
run "$EXE" export "$SAMPLE" -o "$OUT/anna.pptx" > "$OUT/export-pptx.log" 2>&1 \
    || fail "export PPTX: $(cat "$OUT/export-pptx.log")"
[ "$(head -c 4 "$OUT/anna.pptx" | od -An -tx1 | tr -d ' \n')" = 504b0304 ] \
    || fail "export PPTX: not a zip file"
if command -v python3 >/dev/null; then
    python3 - "$OUT/anna.pptx" <<'PY' || fail "export PPTX: no slide with the Polish stage names"
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as deck:
    slide = deck.read("ppt/slides/slide1.xml").decode("utf-8")
sys.exit(0 if all(w in slide for w in ("Świadomość", "Lojalność")) else 1)
PY
fi
ok "export PPTX: $(du -h "$OUT/anna.pptx" | cut -f1), slide 1 holds the Polish stage names"

# --- 3. the app under X ------------------------------------------------------------
wait_window() {  # pid timeout_ms -> prints the window id, 1 if the app died or timed out
    local pid=$1 limit=$2 start wid
    start=$(now_ms)
    while [ $(( $(now_ms) - start )) -lt "$limit" ]; do
        kill -0 "$pid" 2>/dev/null || return 1
        wid=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1) || true
        if [ -n "$wid" ]; then echo "$wid"; return 0; fi
        sleep 0.05
    done
    return 1
}
wait_exit() {  # pid timeout_s
    local i
    for i in $(seq $(( $2 * 10 ))); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

times=()
for i in $(seq "$RUNS"); do
    log=$OUT/app-run$i.log
    t0=$(now_ms)
    # Not through run(): $! must be the app's own pid (env execs it) for xdotool.
    "${BARE_ENV[@]}" "$EXE" "$SAMPLE" > "$log" 2>&1 &
    APP_PID=$!
    wid=$(wait_window "$APP_PID" 60000) || fail "run $i: no window within 60 s; log: $(tail -5 "$log")"
    t=$(( $(now_ms) - t0 ))
    times+=("$t")
    if [ "$i" = 1 ]; then
        sleep 2  # let it paint before the picture
        title=$(xdotool getwindowname "$wid")
        geometry=$(xdotool getwindowgeometry "$wid" | sed -n 's/.*Geometry: //p')
        ok "window: \"$title\" ($geometry)"
        # Docks group windows with omnimap.desktop through StartupWMClass.
        xdotool search --class '^omnimap$' 2>/dev/null | grep -qx "$wid" \
            || fail "the window's WM_CLASS is not omnimap (StartupWMClass in omnimap.desktop)"
        ok "WM_CLASS matches the desktop file's StartupWMClass=omnimap"
        if command -v import >/dev/null; then
            import -window root "$OUT/screenshot.png" && ok "screenshot: $OUT/screenshot.png"
        elif command -v xwd >/dev/null; then
            xwd -root -silent -out "$OUT/screenshot.xwd" && ok "screenshot: $OUT/screenshot.xwd"
        fi
    fi
    # Quit as a user would: focus it, Ctrl+Q. Without a window manager this may
    # not reach it; then SIGTERM, which Python also ends on.
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    xdotool key --clearmodifiers ctrl+q 2>/dev/null || true
    how="Ctrl+Q"
    if ! wait_exit "$APP_PID" 5; then
        how="SIGTERM"
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait_exit "$APP_PID" 5 || { kill -KILL "$APP_PID"; fail "run $i: the app ignored SIGTERM"; }
    fi
    status=0
    wait "$APP_PID" || status=$?
    APP_PID=
    if grep -q Traceback "$log"; then fail "run $i: traceback in the app's output: $log"; fi
    echo "      run $i: first window after $t ms; closed by $how (exit status $status)"
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
ok "time to first window over $RUNS runs: min $(echo "$sorted" | head -1) ms, median $median ms, max $(echo "$sorted" | tail -1) ms"

# --- 4. uninstall -------------------------------------------------------------------
env -u XDG_DATA_HOME HOME="$FAKE_HOME" PATH=/usr/bin:/bin \
    sh "$FAKE_HOME/.local/opt/omnimap/uninstall.sh" > "$OUT/uninstall.log"
[ ! -e "$FAKE_HOME/.local/opt/omnimap" ] || fail "uninstall left ~/.local/opt/omnimap"
[ ! -e "$EXE" ] && [ ! -L "$EXE" ] || fail "uninstall left the ~/.local/bin link"
left=$(find "$DATA" -name 'omnimap*' -o -name '*omnimap.journey*' || true)
[ -z "$left" ] || fail "uninstall left: $left"
ok "uninstall.sh removed the app, the link, the .desktop, the MIME XML and the icons"
echo "SMOKE TEST PASSED"
