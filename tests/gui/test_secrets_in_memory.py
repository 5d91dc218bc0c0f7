"""Passwords and tokens are dropped once they are no longer needed (issue 18, G11).

Every password typed (the wrong one too) used to stay referenced for the whole run: in the
log filter's set of secrets, in the tracebacks of the log-in's failures kept as the last
error, in the closures of finished tasks. The test types two passwords (a wrong one, then
the right one), renews an expired session, upgrades and ends the run, looking through
everything the garbage collector can reach (``gc.get_objects()`` and what they refer to,
untracked tuples and dicts included) for the passwords' and the token's characters.

Python never holds the secrets in a str or bytes the test can reach once the log-in has
answered: neither password at all, the token only in the portal client while the session
is alive, and nowhere after the run. What this cannot see, and is not claimed: memory
that Python or Qt freed without overwriting (a freed str, the QLineEdit's old QString,
OpenSSL's and the kernel's buffers of the request), and the text of the password field
itself while it is shown (C++, not Python: cleared once the log-in succeeded).
"""

from __future__ import annotations

import gc
import logging
import operator
import secrets
import sqlite3
import string
import subprocess
import sys
from collections.abc import Iterator
from itertools import compress, repeat
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.sandbox.security import SCRYPT_N, hash_password
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.gui.test_installer_run import run_cli
from tests.helpers import (
    MemoryKeyring,
    click_next,
    forget_run_logging,
    log_in,
    portal_client_of,
    wait_page,
)
from tests.helpers_sandbox import sandbox_config

pytestmark = pytest.mark.gui

Codes = tuple[int, ...]  # a secret kept as its characters' numbers: never a str here


def _new_secret(length: int = 18) -> Codes:
    alphabet = string.ascii_letters + string.digits + "!#%&*+-=?@^_"
    return tuple(ord(secrets.choice(alphabet)) for _ in range(length))


def _holders(codes: Codes) -> list[str]:
    """What in this process refers to a str or bytes holding the secret (by type/name)."""
    return _holders_of(codes)[0]


def _holders_of(*secrets: Codes) -> list[list[str]]:
    """For each secret, what refers to a str or bytes holding it (by type/name)."""
    texts = ["".join(map(chr, codes)) for codes in secrets]
    needles = [(text, text.encode("utf-8")) for text in texts]
    frozen = gc.get_freeze_count()  # the run freezes start-up's objects out of gc's sight
    gc.unfreeze()
    try:
        gc.collect()
        holding, untracked = _holding(needles)
        return [_names(found, untracked) if found else [] for found in holding]
    finally:
        if frozen:
            gc.freeze()


_CONTAINERS = (tuple, dict, list, set, frozenset)
_BLOBS = (bytes, bytearray)


def _of_kind(items: list[Any], kinds: type | tuple[type, ...]) -> dict[int, Any]:
    """The items that are ``kinds`` (subclasses too), once each (by identity). Sorted by
    their types, in C loops (``map``, ``compress``): a worker's heap has over a million
    references, and ``isinstance`` on each looked up ``__class__`` on every miss."""
    present = set(map(type, items))
    wanted = {kind for kind in present if issubclass(kind, kinds)}
    chosen = list(compress(items, map(wanted.__contains__, map(type, items))))
    return dict(zip(map(id, chosen), chosen, strict=True))


def _holding(needles: list[tuple[str, bytes]]) -> tuple[list[list[object]], list[object]]:
    """For each secret, the str and bytes reachable by the collector that hold it: each
    tracked object's referents, and what the untracked containers among them hold (the
    collector does not list those). Gathered a level at a time by the collector rather
    than object by object, each kind sorted out once for every secret; also the untracked
    containers walked, for ``_names``."""
    own = {id(part) for pair in needles for part in pair} | {id(needles)}
    level: list[Any] = gc.get_objects()
    own |= {id(level), id(sys._getframe())}
    texts: dict[int, str] = {}
    blobs: dict[int, bytes | bytearray] = {}
    untracked: dict[int, object] = {}
    while level:
        refs = gc.get_referents(*[o for o in level if id(o) not in own])
        texts.update(_of_kind(refs, str))
        blobs.update(_of_kind(refs, _BLOBS))
        containers = [c for k, c in _of_kind(refs, _CONTAINERS).items() if k not in untracked]
        level = list(compress(containers, map(operator.not_, map(gc.is_tracked, containers))))
        untracked.update(zip(map(id, level), level, strict=True))
    del refs, level
    strs, raw = list(texts.values()), list(blobs.values())
    holding: list[list[object]] = [
        [t for t in compress(strs, map(operator.contains, strs, repeat(text))) if t is not text]
        + [b for b in compress(raw, map(operator.contains, raw, repeat(code))) if b is not code]
        for text, code in needles
    ]
    return holding, list(untracked.values())


def _names(found: list[object], untracked: list[object]) -> list[str]:
    """Who holds what was found: each tracked object referring to it, directly or through
    untracked containers, by type (and function, for a frame); one name per holding.
    Plain loops: a comprehension would hold ``target`` in a closure cell, a holder too."""
    mine = {_names.__code__, _holding.__code__, _holders_of.__code__}
    names: list[str] = []
    todo, seen = list(found), {id(found), id(untracked)}
    while todo:
        target = todo.pop()
        for container in untracked:  # what the collector cannot name: look inside
            if id(container) not in seen:
                for item in gc.get_referents(container):
                    if item is target:
                        seen.add(id(container))
                        todo.append(container)
                        break
        for obj in gc.get_referrers(target):
            code = getattr(obj, "f_code", None)
            if id(obj) in seen or code in mine or obj is todo:
                continue
            names.append(type(obj).__qualname__ + (f" {code.co_name}" if code else ""))
    return names


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the run installs its own
    level = logging.getLogger().level
    yield AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs",
                   tmp_path / "program" / "aspel-upgrade-equipo.json",
                   tmp_path / "Descargas")  # fmt: skip
    forget_run_logging(level)


@pytest.fixture
def portal_apart(tmp_path: Path) -> Iterator[tuple[str, Codes]]:
    """A sandbox in a process of its own (so what this process holds is the app's), its
    demo account's password a new random one; (its address, the password)."""
    db = tmp_path / "portal.sqlite3"
    SandboxPortal(db, config=sandbox_config()).stop()  # created and seeded
    password = _new_secret()
    salt, digest = hash_password("".join(map(chr, password)), n=SCRYPT_N)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE accounts SET password_salt = ?, password_hash = ? WHERE username = 'demo'",
            (salt, digest),
        )
    conn.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "aspel_upgrade.sandbox.server", "--port", "0", "--db", str(db),
         "--installer-mb", "0.25"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().rsplit(" ", 1)[1].strip(), password
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()


def test_no_password_or_token_stays_referenced(
    qtbot: QtBot, paths: AppPaths, portal_apart: tuple[str, Codes],
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("ASPEL_UPGRADE_DEBUG", "1")  # every line the run can log
    url, right = portal_apart
    wrong = _new_secret()
    seen: dict[str, list[str]] = {}
    token: list[Codes] = []

    def drive(wizard: UpgradeWizard) -> None:
        login = wizard.page_for(Step.LOGIN)
        login.username.setText("demo")
        login.password.setText("".join(map(chr, wrong)))
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: not login.busy and login.message.kind == "error", timeout=10_000)
        qtbot.waitUntil(wizard.ctx.tasks.idle, timeout=10_000)
        seen["wrong after its failure"] = _holders(wrong)  # still typed: in Qt, not Python
        login.password.setText("".join(map(chr, right)))
        click_next(qtbot, wizard)
        wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
        qtbot.waitUntil(wizard.ctx.tasks.idle, timeout=10_000)
        token.append(tuple(map(ord, portal_client_of(wizard)._token or "")))
        looks = _holders_of(wrong, right, token[0])
        seen["wrong after log-in"], seen["right after log-in"], seen["token after log-in"] = looks

        expired = requests.post(url + "/_sandbox/sessions/expire", timeout=5)
        assert expired.ok  # the password is asked again: a third typing
        table = wizard.page_for(Step.SUBSCRIPTIONS)
        QTest.mouseClick(table.refresh, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: table.reauth is not None and table.reauth.isVisible())
        assert table.reauth is not None
        table.reauth.password.setText("".join(map(chr, right)))
        QTest.mouseClick(table.reauth.ok, Qt.MouseButton.LeftButton)
        reauth = table.reauth
        qtbot.waitUntil(lambda: not table.busy and not reauth.isVisible(), timeout=10_000)
        qtbot.waitUntil(wizard.ctx.tasks.idle, timeout=10_000)
        token.append(tuple(map(ord, portal_client_of(wizard)._token or "")))
        seen["right after renewal"], seen["old token after renewal"] = _holders_of(right, token[0])
        wizard.reject()

    assert run_cli(qtbot, ["--portal-url", url, "--user", "demo"], paths, drive) == 1
    assert seen["wrong after its failure"] == []
    assert seen["wrong after log-in"] == []
    assert seen["right after log-in"] == []
    assert seen["token after log-in"] == ["PortalClient"]  # while the session lives
    assert seen["right after renewal"] == []
    assert seen["old token after renewal"] == []
    assert _holders_of(right, wrong, *token) == [[], [], [], []], "after the run"
    log = (paths.log_dir / "aspel-upgrade.log").read_text(encoding="utf-8")
    assert "POST /v1/sessions" in log  # it logged the log-ins, and redacted what it must
    for codes in (right, wrong, *token):
        assert "".join(map(chr, codes)) not in log


def test_an_unexpected_error_keeps_its_report_but_not_the_password(
    qtbot: QtBot, wizard: UpgradeWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object, username: str, password: str, resend: object = None) -> None:
        raise RuntimeError("algo se rompió al iniciar sesión")

    monkeypatch.setattr(UpgradeFlow, "log_in", broken)
    secret = _new_secret()
    login = wizard.page_for(Step.LOGIN)
    login.username.setText("demo")
    login.password.setText("".join(map(chr, secret)))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.last_error_dialog is not None, timeout=10_000)
    qtbot.waitUntil(wizard.ctx.tasks.idle, timeout=10_000)
    assert wizard.ctx.flow.state.last_error is not None  # kept, as the last error
    assert _holders(secret) == []  # but not the frames that held the password
    assert wizard.last_error_dialog is not None
    report = wizard.last_error_dialog.detailedText()
    assert "RuntimeError: algo se rompió al iniciar sesión" in report
    assert "test_secrets_in_memory.py" in report and "in broken" in report  # the stack


def test_the_password_field_is_emptied_once_logged_in_and_back_still_goes_on(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    log_in(qtbot, wizard)
    login = wizard.page_for(Step.LOGIN)
    assert login.password.text() == ""  # the session is open: the password is let go
    assert not login.password.isUndoAvailable()
    wizard.back()
    wait_page(qtbot, wizard, Step.LOGIN)
    assert login.isComplete()  # the same user, already logged in: no password needed
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    login.username.setText("otro")  # another user: a password again
    wizard.back()
    wait_page(qtbot, wizard, Step.LOGIN)
    assert not login.isComplete()
