#!/usr/bin/env bash
# Build the shipped PyInstaller spec here (Linux) and prove the frozen app works:
#   --version, --diagnose against the sandbox portal, first page painted (offscreen).
# In the same run, build a bare five-page QWizard with PyInstaller's defaults and compare
# bundle size (goal: at most 0.75x) and start-up (median of several runs) against it.
#
#   bash packaging/smoke.sh            (SMOKE_WORK=DIR keeps the build in DIR)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${SMOKE_WORK:-$(mktemp -d /tmp/aspel-smoke.XXXXXX)}"
PY="${PYTHON:-python3}"
mkdir -p "$WORK"
echo "== work folder: $WORK"

"$PY" -m venv "$WORK/venv"
# A regular (not editable) install, as a release build would use; Werkzeug only for the
# sandbox this script starts (the spec leaves it out of the bundle).
"$WORK/venv/bin/pip" install -q "${ROOT}[sandbox]" pyinstaller

echo "== building aspel-upgrade (packaging/aspel_upgrade.spec)"
"$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level ERROR \
  --distpath "$WORK/dist" --workpath "$WORK/build" "$ROOT/packaging/aspel_upgrade.spec"
echo "== building a bare five-page QWizard with PyInstaller's defaults"
"$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level ERROR --onedir --windowed \
  --name bare-wizard --distpath "$WORK/dist-bare" --workpath "$WORK/build-bare" \
  --specpath "$WORK" "$ROOT/tools/bench/bare_wizard.py"

APP="$WORK/dist/aspel-upgrade/aspel-upgrade"
BARE="$WORK/dist-bare/bare-wizard/bare-wizard"
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/config" \
  XDG_STATE_HOME="$WORK/home/state"
mkdir -p "$HOME"

echo "== frozen --version"
"$APP" --version | tee "$WORK/version.txt"
grep -q "^aspel-upgrade " "$WORK/version.txt"

echo "== frozen --sandbox is refused (the sandbox is not shipped)"
set +e
"$APP" --sandbox >/dev/null 2>&1
code=$?
set -e
test "$code" -eq 64

echo "== frozen --diagnose against the sandbox portal"
"$WORK/venv/bin/aspel-upgrade-sandbox" --port 0 >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  URL=$(head -n1 "$WORK/sandbox.out" 2>/dev/null | sed -n 's/.* en \(http:.*\)$/\1/p')
  [ -n "$URL" ] && break
  sleep 0.1
done
test -n "$URL"
"$APP" --diagnose --portal-url "$URL"

echo "== frozen first paint (offscreen), with no heavy import before it"
ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT=1 "$APP" --portal-url "$URL" | tee "$WORK/paint.txt" || true
grep -q "first-paint requests=False keyring=False" "$WORK/paint.txt"

echo "== shipped libraries never loaded (window up on X11 where Xvfb exists, offscreen, --diagnose)"
# What the dynamic loader opened (LD_DEBUG=files), against what the bundle holds: a
# library listed here is a candidate to leave out in the spec.
{
  if command -v Xvfb >/dev/null; then
    Xvfb :87 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    sleep 1
    DISPLAY=:87 QT_QPA_PLATFORM=xcb ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT=1 LD_DEBUG=files \
      "$APP" --portal-url "$URL" || true
    kill "$XVFB" 2>/dev/null || true
  fi
  ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT=1 LD_DEBUG=files "$APP" --portal-url "$URL" || true
  LD_DEBUG=files "$APP" --diagnose --portal-url "$URL" || true
} >"$WORK/ld-debug.log" 2>&1
{ grep -o 'calling init: [^ ]*' "$WORK/ld-debug.log" || true; } | sed 's|.*/||' | sort -u \
  >"$WORK/loaded.txt"
(cd "$WORK/dist/aspel-upgrade" && find . -name '*.so*' -type f) | sed 's|.*/||' | sort -u \
  >"$WORK/shipped.txt"
echo "$(comm -23 "$WORK/shipped.txt" "$WORK/loaded.txt" | tr '\n' ' ')"

echo "== size and start-up against the bare build"
app_mb=$(du -sm "$WORK/dist/aspel-upgrade" | cut -f1)
bare_mb=$(du -sm "$WORK/dist-bare/bare-wizard" | cut -f1)
echo "bundle size: aspel-upgrade ${app_mb} MB, bare QWizard ${bare_mb} MB" \
  "($(awk "BEGIN {printf \"%.2f\", $app_mb / $bare_mb}") x, goal <= 0.75 x)"
"$WORK/venv/bin/python" "$ROOT/tools/bench/startup.py" --runs 9 \
  --app-cmd "$APP" --bare-cmd "$BARE"
awk "BEGIN {exit !($app_mb <= 0.75 * $bare_mb)}" ||
  { echo "bundle size over 0.75x the bare build" >&2; exit 1; }
echo "== smoke test passed"
