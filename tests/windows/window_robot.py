"""Drives the frozen app's real window with the keyboard and the mouse wheel, as a person on
Windows would, and takes a picture of every page (the Windows proof's real-window stage).

    python tests/windows/window_robot.py EXE OUTDIR [--suffix -150]

Windows only (prove.sh runs it on Windows Python under Wine, with Qt's `windows` platform):
the pictures are what the screen shows, read back from it (GDI), so they show the fonts,
the window frame and the scaling (the display's DPI) the user gets. It plays the same
story as tools/screenshots/pages.py, which takes the offscreen pictures: a failed log-in, the
log-in, «¿Olvidaste tu contraseña?», the table (a row that cannot be upgraded, then SAE),
the terms, «¿Está listo este equipo?», the confirmation, «¡Listo!» and its steps, the
diagnosis, the download half-way and verified. This PC is set up as that script's THIS_PC
describes it: SAE 7.0 installed with two companies, COI 9.0 installed.

The robot only presses keys (mnemonics, Tab, Enter, Esc), types and turns the wheel. It
waits for the sandbox portal (in this process) to have answered what a step asks, then
for the window to stop changing. Every step checks that the picture changed, so a key
that did nothing fails the run with the step's name.
"""

# A step is a tuple of key presses, evaluated for what they do (None each):
# mypy: disable-error-code="func-returns-value"
from __future__ import annotations

import argparse
import ctypes
import faulthandler
import logging
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from ctypes import wintypes
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aspel_upgrade.sandbox.faults import Fault
    from aspel_upgrade.sandbox.server import SandboxPortal

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "aspel_upgrade_es.ts"
MIB = 1024 * 1024
INSTALLER_SIZE = 187 * MIB  # as in tools/screenshots/pages.py
WRONG_PASSWORD = "no-es-la-contraseña"

if sys.platform == "win32":
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    gdi32 = ctypes.WinDLL("gdi32", use_last_error=True)


# ---------------------------------------------------------------- the screen


class _BitmapInfoHeader(ctypes.Structure):
    _fields_ = [
        ("biSize", wintypes.DWORD), ("biWidth", wintypes.LONG), ("biHeight", wintypes.LONG),
        ("biPlanes", wintypes.WORD), ("biBitCount", wintypes.WORD),
        ("biCompression", wintypes.DWORD), ("biSizeImage", wintypes.DWORD),
        ("biXPelsPerMeter", wintypes.LONG), ("biYPelsPerMeter", wintypes.LONG),
        ("biClrUsed", wintypes.DWORD), ("biClrImportant", wintypes.DWORD),
    ]  # fmt: skip


class Picture:
    """A rectangle of the screen, as 32-bit BGRA rows."""

    def __init__(self, left: int, top: int, width: int, height: int) -> None:
        self.width, self.height = width, height
        screen = user32.GetDC(None)
        memory = gdi32.CreateCompatibleDC(screen)
        bitmap = gdi32.CreateCompatibleBitmap(screen, width, height)
        old = gdi32.SelectObject(memory, bitmap)
        gdi32.BitBlt(memory, 0, 0, width, height, screen, left, top, 0x00CC0020)  # SRCCOPY
        header = _BitmapInfoHeader(ctypes.sizeof(_BitmapInfoHeader), width, -height, 1, 32)
        buffer = ctypes.create_string_buffer(width * height * 4)
        gdi32.GetDIBits(memory, bitmap, 0, height, buffer, ctypes.byref(header), 0)
        gdi32.SelectObject(memory, old)
        gdi32.DeleteObject(bitmap)
        gdi32.DeleteDC(memory)
        user32.ReleaseDC(None, screen)
        self.bgra = buffer.raw

    def differing_pixels(self, other: Picture, small: int = 32) -> int:
        """Pixels that differ, counted one by one only when few rows differ (a caret, a
        tick); past ``small`` rows it is just "many". Cheap: this process also serves the
        portal the app is talking to, and a busy loop here would starve it."""
        if (self.width, self.height) != (other.width, other.height):
            return self.width * self.height
        stride = self.width * 4
        mine, theirs = self.bgra, other.bgra
        rows = [
            y for y in range(self.height)
            if mine[y * stride : (y + 1) * stride] != theirs[y * stride : (y + 1) * stride]
        ]  # fmt: skip
        if len(rows) > small:
            return self.width * len(rows)
        count = 0
        for y in rows:
            a, b = (
                self.bgra[y * stride : (y + 1) * stride],
                other.bgra[y * stride : (y + 1) * stride],
            )
            count += sum(1 for x in range(0, stride, 4) if a[x : x + 3] != b[x : x + 3])
        return count

    def colours(self) -> int:
        """How many distinct colours (sampled): a blank or black picture has one or two."""
        step = max(4, (len(self.bgra) // 4 // 20_000) * 4)
        return len({self.bgra[i : i + 3] for i in range(0, len(self.bgra), step)})

    def save_png(self, path: Path) -> None:
        rgb = bytearray(self.width * self.height * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = self.bgra[2::4], self.bgra[1::4], self.bgra[0::4]
        stride = self.width * 3
        rows = b"".join(b"\x00" + rgb[y * stride : (y + 1) * stride] for y in range(self.height))

        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        path.write_bytes(
            b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")
        )  # fmt: skip


def window_rect(hwnd: int) -> tuple[int, int, int, int]:
    rect = wintypes.RECT()
    user32.GetWindowRect(hwnd, ctypes.byref(rect))
    return rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top


def screen_size() -> tuple[int, int]:
    return user32.GetSystemMetrics(0), user32.GetSystemMetrics(1)


def picture_of(hwnd: int | None) -> Picture:
    """The window as it is on screen (frame included), clipped to the screen; None: all."""
    width, height = screen_size()
    if hwnd is None:
        return Picture(0, 0, width, height)
    left, top, w, h = window_rect(hwnd)
    right, bottom = min(left + w, width), min(top + h, height)
    left, top = max(left, 0), max(top, 0)
    return Picture(left, top, right - left, bottom - top)


# ---------------------------------------------------------------- the keyboard and mouse


class _KeyboardInput(ctypes.Structure):
    _fields_ = [("wVk", wintypes.WORD), ("wScan", wintypes.WORD), ("dwFlags", wintypes.DWORD),
                ("time", wintypes.DWORD), ("dwExtraInfo", ctypes.c_size_t)]  # fmt: skip


class _MouseInput(ctypes.Structure):
    _fields_ = [("dx", wintypes.LONG), ("dy", wintypes.LONG), ("mouseData", wintypes.DWORD),
                ("dwFlags", wintypes.DWORD), ("time", wintypes.DWORD),
                ("dwExtraInfo", ctypes.c_size_t)]  # fmt: skip


class _InputUnion(ctypes.Union):
    _fields_ = [("ki", _KeyboardInput), ("mi", _MouseInput), ("pad", ctypes.c_byte * 32)]


class _Input(ctypes.Structure):
    _fields_ = [("type", wintypes.DWORD), ("u", _InputUnion)]


KEYUP, UNICODE = 0x0002, 0x0004
VK = {"tab": 0x09, "enter": 0x0D, "shift": 0x10, "ctrl": 0x11, "alt": 0x12, "esc": 0x1B,
      "space": 0x20, "end": 0x23, "home": 0x24, "down": 0x28}  # fmt: skip


def _send(*events: _Input) -> None:
    array = (_Input * len(events))(*events)
    if user32.SendInput(len(events), array, ctypes.sizeof(_Input)) != len(events):
        raise OSError(ctypes.get_last_error(), "SendInput refused the input")
    time.sleep(0.03)


def _key_event(vk: int, up: bool) -> _Input:
    return _Input(1, _InputUnion(ki=_KeyboardInput(vk, 0, KEYUP if up else 0, 0, 0)))


def press(*names: str) -> None:
    """A key, or a chord such as press("alt", "n"): held in order, released in reverse."""
    codes = [VK[n] if n in VK else ord(n.upper()) for n in names]
    _send(*[_key_event(c, False) for c in codes], *[_key_event(c, True) for c in reversed(codes)])


def type_text(text: str) -> None:
    """Typed as a keyboard would: a character's own key (with Shift, AltGr) where the
    layout has one, else as a Unicode character (VK_PACKET)."""
    for char in text:
        scan = user32.VkKeyScanW(ctypes.c_wchar(char))
        if scan == -1 or scan & 0xFF == 0xFF:
            down = _KeyboardInput(0, ord(char), UNICODE, 0, 0)
            up = _KeyboardInput(0, ord(char), UNICODE | KEYUP, 0, 0)
            _send(_Input(1, _InputUnion(ki=down)), _Input(1, _InputUnion(ki=up)))
            continue
        vk, shifts = scan & 0xFF, (scan >> 8) & 0xFF
        held = [code for bit, code in ((1, VK["shift"]), (2, VK["ctrl"]), (4, VK["alt"]))
                if shifts & bit]  # fmt: skip
        _send(*[_key_event(c, False) for c in held], _key_event(vk, False),
              _key_event(vk, True), *[_key_event(c, True) for c in reversed(held)])  # fmt: skip


def wheel(hwnd: int, notches: int) -> None:
    """Turn the mouse wheel over the middle of the window (negative: down)."""
    left, top, width, height = window_rect(hwnd)
    user32.SetCursorPos(left + width // 2, top + height // 2)
    for _ in range(abs(notches)):
        delta = ctypes.c_ulong(120 if notches > 0 else -120 & 0xFFFFFFFF).value
        _send(_Input(0, _InputUnion(mi=_MouseInput(0, 0, delta, 0x0800, 0, 0))))  # WHEEL


def mnemonic(context: str, plain: str) -> str | None:
    """The Alt+letter of one of the app's own buttons or boxes, as its Spanish catalogue
    gives it (so a letter changed in the app is followed here), or None if it has none.
    ``context`` names the page, for the reader: the catalogue (flow/wording/) files every
    sentence under one context, and a label is written once there."""
    del context
    for ctx in ET.parse(CATALOGUE).getroot().iter("context"):  # noqa: S314 - our own catalogue
        for message in ctx.iter("message"):
            text = message.findtext("translation") or message.findtext("source") or ""
            if "&" in text and text.replace("&", "") == plain:
                return text[text.index("&") + 1].lower()
    return None


def press_mnemonic(context: str, plain: str) -> None:
    letter = mnemonic(context, plain)
    if letter is None:
        raise SystemExit(f"window_robot: no mnemonic for «{plain}» ({context}) in {CATALOGUE}")
    press("alt", letter)


# Qt's own wizard buttons (its Spanish catalogue, qtbase_es), as Windows draws them.
NEXT, FINISH = ("alt", "n"), ("alt", "f")


# ---------------------------------------------------------------- windows of a process


def windows_of(pid: int) -> list[int]:
    """Visible top-level windows of the process, the active one first."""
    found: list[int] = []
    callback_type = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)

    def visit(hwnd: int, _: int) -> bool:
        owner = wintypes.DWORD()
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(owner))
        if owner.value == pid and user32.IsWindowVisible(hwnd):
            found.append(hwnd)
        return True

    user32.EnumWindows(callback_type(visit), 0)
    active = user32.GetForegroundWindow()
    return sorted(found, key=lambda h: h != active)


def title(hwnd: int) -> str:
    buffer = ctypes.create_unicode_buffer(512)
    user32.GetWindowTextW(hwnd, buffer, 512)
    return buffer.value


# ---------------------------------------------------------------- this PC, as THIS_PC says


@contextmanager
def aspel_pc() -> Iterator[None]:
    """SAE 7.0 (two companies) and COI 9.0 installed, then removed. Their programs are
    empty files: the wizard lists them, never runs them. (Whether SAE is open comes from
    `tasklist`, which Wine 8.0 has only as a stub listing nothing: SAE shows as closed.)"""
    x86 = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    common = Path(os.environ.get("COMMONPROGRAMFILES(X86)", x86 / "Common Files"))
    made = [x86 / "Aspel", common / "Aspel"]
    if any(p.exists() for p in made):
        raise SystemExit(f"window_robot: {made} exist already; not touching a real Aspel")
    sae, coi = x86 / "Aspel" / "Aspel-SAE 7.0", x86 / "Aspel" / "Aspel-COI 9.0"
    data = common / "Aspel" / "Sistemas Aspel"
    for folder in (sae, coi, data / "SAE7.00" / "Empresa01" / "Datos",
                   data / "SAE7.00" / "Empresa02" / "Datos",
                   data / "COI9.00" / "Empresa01" / "Datos"):  # fmt: skip
        folder.mkdir(parents=True)
    (coi / "COIWIN90.exe").write_bytes(b"")
    (sae / "SAEWIN70.exe").write_bytes(b"")
    try:
        yield
    finally:
        for path in made:
            shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------- the run


class Requests(logging.Handler):
    """The sandbox's answered requests ("POST /v1/sessions -> 401"), as it logs them."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.guard = threading.Lock()  # not "lock": Handler has its own

    def emit(self, record: logging.LogRecord) -> None:
        with self.guard:
            self.lines.append(record.getMessage())

    def count(self, method: str, fragment: str, status: str = "") -> int:
        """Answered requests of that method and path, whose status starts with ``status``."""
        with self.guard:
            return sum(
                1 for line in self.lines
                if line.startswith(method + " ") and fragment in line
                and line.rsplit(" ", 1)[-1].startswith(status)
            )  # fmt: skip


class Robot:
    def __init__(self, exe: Path, out: Path, suffix: str, timeout: float = 60) -> None:
        self.exe, self.out, self.suffix, self.timeout = exe, out, suffix, timeout
        self.proc: subprocess.Popen[bytes] | None = None
        self.hwnd = 0
        self.last: Picture | None = None
        self.taken: list[str] = []

    # -- waiting
    def wait(
        self, what: str, condition: Callable[[], object], timeout: float | None = None
    ) -> None:
        deadline = time.monotonic() + (timeout or self.timeout)
        while not condition():
            if self.proc is not None and self.proc.poll() is not None:
                raise SystemExit(f"window_robot: the app ended (exit {self.proc.returncode}) "
                                 f"while waiting for {what}")  # fmt: skip
            if time.monotonic() > deadline:
                raise SystemExit(f"window_robot: timed out waiting for {what}")
            time.sleep(0.1)

    def settled(self, hwnd: int | None, what: str) -> Picture:
        """The window once two pictures 0.4 s apart differ by at most a blinking caret."""
        previous = picture_of(hwnd)
        deadline = time.monotonic() + self.timeout
        while True:
            time.sleep(0.4)
            current = picture_of(hwnd)
            if current.differing_pixels(previous) <= 40:
                return current
            if time.monotonic() > deadline:
                raise SystemExit(f"window_robot: {what} never stopped changing")
            previous = current

    def step(
        self, name: str, action: Callable[[], object], ready: Callable[[], object] = lambda: True,
        hwnd: int | None = None,
    ) -> Picture:  # fmt: skip
        """Do something, wait for what it asks of the portal and for the window to settle;
        it must have changed the window."""
        print(f"- {name}", flush=True)
        target = self.hwnd if hwnd is None else hwnd
        before = self.last if self.last is not None else picture_of(target)
        action()
        self.wait(name, ready)
        after = self.settled(target, name)
        if after.differing_pixels(before) <= 40:
            raise SystemExit(f"window_robot: {name}: the window did not change")
        self.last = after
        return after

    def quiet(self, hwnd: int | None, what: str, seconds: float) -> Picture:
        """The window once it has not changed (beyond a blinking caret) for ``seconds``."""
        previous = picture_of(hwnd)
        still_since = time.monotonic()
        deadline = still_since + self.timeout
        while time.monotonic() - still_since < seconds:
            time.sleep(0.4)
            current = picture_of(hwnd)
            if current.differing_pixels(previous) > 40:
                still_since = time.monotonic()
            if time.monotonic() > deadline:
                raise SystemExit(f"window_robot: {what} never stopped changing")
            previous = current
        return previous

    def shot(self, name: str, picture: Picture) -> None:
        if picture.colours() < 8:
            raise SystemExit(f"window_robot: {name}: the picture is blank")
        path = self.out / f"{name}{self.suffix}.png"
        picture.save_png(path)
        self.taken.append(path.name)
        print(f"{path.name} {picture.width}x{picture.height}", flush=True)

    def dialog(self) -> int:
        """The app's window in front that is not the wizard (a dialog it opened)."""
        found: list[int] = []

        def other() -> bool:
            assert self.proc is not None
            found[:] = [h for h in windows_of(self.proc.pid) if h != self.hwnd]
            return bool(found)

        self.wait("a dialog", other)
        return found[0]

    # -- the story
    def run(self) -> None:
        from aspel_upgrade.sandbox.faults import Fault
        from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
        from aspel_upgrade.sandbox.server import SandboxPortal
        from aspel_upgrade.sandbox.service import SandboxConfig

        requests = Requests()
        sandbox_log = logging.getLogger("aspel_upgrade.sandbox")
        sandbox_log.setLevel(logging.DEBUG)
        sandbox_log.addHandler(requests)
        downloads = Path(os.environ["USERPROFILE"]) / "Downloads"
        before_downloads = set(downloads.glob("Aspel-*"))
        home = Path(tempfile.mkdtemp(prefix="window-robot-"))
        # Cheap password hashing: this process also runs the robot (tests do the same).
        config = SandboxConfig(installer_size=INSTALLER_SIZE, scrypt_n=2**10)
        portal = SandboxPortal(config=config).start()
        try:
            with aspel_pc():
                self.start(portal.url, home)
                self.play(portal, requests, DEMO_PASSWORD, Fault, downloads, before_downloads)
                self.finish()
        except BaseException:
            print("portal answered: " + "; ".join(requests.lines), flush=True)
            for log in sorted(home.rglob("*.log")):
                print(f"--- {log.name}\n{log.read_text('utf-8', errors='replace')[-3000:]}")
            raise
        finally:
            if self.proc is not None and self.proc.poll() is None:
                self.proc.kill()
            portal.stop()
            # Only the installer this run downloaded (and its partial file and record).
            for path in set(downloads.glob("Aspel-*")) - before_downloads:
                path.unlink(missing_ok=True)
            shutil.rmtree(home, ignore_errors=True)

    def start(self, url: str, home: Path) -> None:
        env = {**os.environ, "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local")}
        self.proc = subprocess.Popen(
            [str(self.exe), "--portal-url", url],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        proc = self.proc
        self.wait("the wizard's window", lambda: windows_of(proc.pid))
        self.hwnd = windows_of(proc.pid)[0]
        user32.SetForegroundWindow(self.hwnd)
        # Under Wine the wizard's button row is cut off at first show, until the window is
        # resized once (packaging/README.md): a person would do just that.
        _, _, width, height = window_rect(self.hwnd)
        user32.SetWindowPos(
            self.hwnd, None, 0, 0, width, height + 1, 0x0016
        )  # NOMOVE|NOZORDER|NOACTIVATE
        time.sleep(0.3)
        user32.SetWindowPos(self.hwnd, None, 0, 0, width, height, 0x0016)
        self.last = self.settled(self.hwnd, "the first page")

    def play(
        self, portal: SandboxPortal, requests: Requests, password: str, fault: type[Fault],
        downloads: Path, before_downloads: set[Path],
    ) -> None:  # fmt: skip
        # Page 1: typed in, «Recordar mi usuario» ticked.
        self.shot(
            "1-login",
            self.step(
                "typing the log-in",
                lambda: (
                    type_text("demo"),
                    press("tab"),
                    type_text(password),
                    press_mnemonic("LoginPage", "Recordar mi usuario"),
                ),
            ),
        )
        # «¿Olvidaste tu contraseña?»: its own key where it is a button; where it is a link,
        # Tab from «Recordar mi usuario» (the label takes one Tab before its link does) and
        # Enter. Pictured with the whole screen, as the offscreen one is.
        letter = mnemonic("LoginPage", "¿Olvidaste tu contraseña?")
        if letter:
            press("alt", letter)
        else:
            for _ in range(3):
                press("tab")
            press("enter")
        forgot = self.dialog()
        self.shot("1-olvide", self.settled(None, "«¿Olvidaste tu contraseña?»"))
        press("esc")
        self.wait("the dialog to close", lambda: not user32.IsWindowVisible(forgot))
        self.last = self.settled(self.hwnd, "the log-in page")
        # A wrong password: the page says so and selects the password for typing again.
        self.shot("1-login-error", self.step(
            "a wrong password",
            lambda: (press_mnemonic("LoginPage", "Contraseña:"), press("ctrl", "a"),
                     type_text(WRONG_PASSWORD), press("enter")),
            lambda: requests.count("POST", "/v1/sessions", "401"),
        ))  # fmt: skip
        self.step("the right password again", lambda: type_text(password))
        # Page 2: the table; the row that needs a licence, then SAE, by typing their names.
        self.step("logging in", lambda: press(*NEXT),
                  lambda: requests.count("GET", "/v1/subscriptions", "200"))  # fmt: skip
        self.shot("2-sistemas-licencia", self.step("the CAJA row", lambda: type_text("CAJA")))
        time.sleep(1.0)  # the table's type-ahead starts again after a pause
        self.shot("2-sistemas", self.step("the SAE row", lambda: type_text("SAE")))
        # Page 3: the terms.
        self.shot(
            "3-terminos",
            self.step(
                "the terms",
                lambda: press(*NEXT),
                lambda: requests.count("GET", "/upgrade-offer", "200"),
            ),
        )
        self.step(
            "accepting the terms",
            lambda: press_mnemonic("TermsPage", "He leído y acepto los términos y condiciones"),
        )
        # Page 3b: «¿Está listo este equipo?». The look at this PC runs on a worker while
        # «Revisando este equipo… (N s)» counts once a second: the page is done once it has
        # stayed the same for longer than that.
        self.step("the check of this PC", lambda: press(*NEXT))
        self.last = self.quiet(self.hwnd, "the check of this PC", seconds=2.0)
        self.shot("3b-equipo", self.last)
        # Page 4: the confirmation; page 5: «¡Listo!».
        self.shot("4-confirmacion", self.step("the confirmation", lambda: press(*NEXT)))
        self.shot("5-listo", self.step(
            "confirming", lambda: press_mnemonic("ConfirmPage", "Actualizar número de serie"),
            lambda: requests.count("POST", "/upgrades", "20"),
        ))  # fmt: skip
        self.shot(
            "5-listo-pasos", self.step("scrolling to the steps", lambda: wheel(self.hwnd, -25))
        )
        # «Diagnóstico»: a dialog of its own, pictured alone.
        health = requests.count("GET", "/v1/health")
        press_mnemonic("UpgradeWizard", "Diagnóstico")
        diagnosis = self.dialog()
        self.wait(
            "the diagnosis to ask the portal", lambda: requests.count("GET", "/v1/health") > health
        )
        self.shot("6-diagnostico", self.settled(diagnosis, "the diagnosis"))
        press("esc")
        self.wait("the diagnosis to close", lambda: not user32.IsWindowVisible(diagnosis))
        self.last = self.settled(self.hwnd, "«¡Listo!»")
        # The installer: half-way over a slowed link, then verified.
        portal.faults.add(fault("download_installer", kind="rate_limit", amount=30 * MIB))
        shelf = portal.service.installers
        with portal.store.reading() as conn:
            [upgrade_id] = [row[0] for row in conn.execute(
                "SELECT id FROM upgrades WHERE previous_serial = 'SKSNWR'")]  # fmt: skip
        press_mnemonic("ResultPage", "Descargar e instalar…")
        self.wait("half the installer", lambda: shelf.served(upgrade_id) > INSTALLER_SIZE * 0.45)
        self.shot("7-descarga", picture_of(self.hwnd))
        portal.faults.clear()

        def verified() -> bool:
            new = [p for p in set(downloads.glob("Aspel-*")) - before_downloads
                   if p.suffix.lower() == ".exe"]  # fmt: skip
            return bool(new) and not shelf.sending(upgrade_id)

        self.wait("the installer verified", verified, timeout=180)
        self.shot("7-descarga-verificado", self.settled(self.hwnd, "the verified installer"))

    def finish(self) -> None:
        """«Finalizar», as the user ends; the process must then end by itself."""
        assert self.proc is not None
        press(*FINISH)
        try:
            code = self.proc.wait(30)
        except subprocess.TimeoutExpired:
            raise SystemExit("window_robot: the app did not end after its window closed") from None
        print(f"closed; exit {code}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("exe", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    if sys.platform != "win32":
        raise SystemExit("window_robot: Windows only")
    user32.SetProcessDPIAware()  # pictures in the screen's own pixels
    faulthandler.dump_traceback_later(120, repeat=True)  # where it hangs, if it does
    args.out.mkdir(parents=True, exist_ok=True)
    robot = Robot(args.exe, args.out, args.suffix)
    robot.run()
    print("pictures: " + " ".join(robot.taken), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
