"""Take screenshots of every wizard page on the sandbox portal (run under Xvfb).

    xvfb-run -a -s "-screen 0 1024x768x24" python tools/screenshots/pages.py resources/screenshots
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1024x768x24" \\
        python tools/screenshots/pages.py DIR -150

(the optional second argument is added to every file name; a third, ``en``, takes them in
English: ``python tools/screenshots/pages.py DIR -en en``). «¿Olvidaste tu contraseña?» is
taken as the whole screen, to show the dialog's size against the wizard and the screen.

A plain script, not a test: it drives the real wizard with its own buttons and saves
what the X server shows for the window, so the pictures can be looked at. The PC it
describes (THIS_PC) has SAE 7.0, open, with two companies, and COI 9.0 installed; the
clock is the real one, so the demo's 10/03/2022 deadline shows as past. For «¿Está listo
este equipo?» it is a Windows 11 Pro PC (SCREENSHOT_PC, through the probes' seam) whose
C: holds too little for the installer, the program and the copy of the data together:
the page is taken blocked («3b-equipo», and scrolled to its questions, «3b-equipo-lista»),
then room is made, «Revisar de nuevo» pressed and the backup box ticked.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWizard

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.credentials import CredentialStore
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.host.probes import Answer, CouldNotCheck, FolderSize, VolumeSpace
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.sandbox.service import SandboxConfig
from aspel_upgrade.ui.app import install_translations
from aspel_upgrade.ui.context import UiContext
from aspel_upgrade.ui.tasks import TaskRunner
from aspel_upgrade.ui.wizard import UpgradeWizard

THIS_PC = (
    InstalledSystem(
        "COI", "9.0", program_dir=r"C:\Program Files (x86)\Aspel\Aspel-COI 9.0",
        data=(DataFolder(r"C:\Program Files (x86)\Common Files\Aspel\Sistemas Aspel\COI9.00", 1),),
    ),
    InstalledSystem(
        "SAE", "7.0", program_dir=r"C:\Program Files (x86)\Aspel\Aspel-SAE 7.0",
        data=(DataFolder(r"C:\Program Files (x86)\Common Files\Aspel\Sistemas Aspel\SAE7.00", 2),),
        running=True,
    ),
)  # fmt: skip


SAE_DATA = THIS_PC[1].data[0].path
GIB, MIB = 1024**3, 1024**2


def screenshot_pc() -> Any:
    """Windows 11 Pro 25H2, 16 GB; C: with 3.2 GB free for the installer (650 MB), the
    program (2 GB) and the copy of SAE 7.0's data (1.9 GB); SAE 7.0 open."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script
    from tests.fakes.this_pc import FakePC

    class OnC(FakePC):
        def free_space(self, path: str, *, nearest: bool = True) -> Answer[VolumeSpace]:
            drive = path[:1].upper() if path[1:2] == ":" else "C"  # the Downloads folder
            answer = self.volumes.get(drive, CouldNotCheck(f"missing: {path}"))
            return replace(answer, path=path) if isinstance(answer, VolumeSpace) else answer

    return OnC(
        volumes={"C": VolumeSpace("C:\\", "C:\\", int(3.2 * GIB), 237 * GIB)},
        sizes={SAE_DATA: FolderSize(SAE_DATA, int(1.9 * GIB), 8_412, True, 0, 0, 0.08)},
        running=("saewin70",),
    )


def main(out: Path, suffix: str = "", language: str = "es") -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translations(app, language)
    mib = 1024 * 1024
    portal = SandboxPortal(config=SandboxConfig(installer_size=187 * mib)).start()
    flow = UpgradeFlow(lambda: PortalClient(portal.url))
    home = Path(tempfile.mkdtemp(prefix="capturas-"))
    pc = screenshot_pc()
    wizard = UpgradeWizard(
        UiContext(
            flow=flow,
            tasks=TaskRunner(),
            credentials=CredentialStore("screenshots"),
            portal_url=portal.url,
            find_installed=lambda: THIS_PC,
            this_pc=pc,
            paths=AppPaths(
                home / "config", home / "state", home / "logs", downloads_dir=home / "Descargas"
            ),
        )
    )
    wizard.show()

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def wait(condition: Callable[[], bool], timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        settle()

    def shot(name: str) -> None:
        settle()
        screen = wizard.screen()
        picture = screen.grabWindow(wizard.winId())
        picture.save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png", picture.width(), "x", picture.height())

    def forward() -> None:
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton):
            if wizard.button(which).isVisible():
                wizard.button(which).click()
                return

    settle(0.5)
    login = wizard.page_for(Step.LOGIN)
    login.username.setText("demo")
    login.password.setText("no-es-la-contraseña")
    forward()
    wait(lambda: login.message.isVisible())
    shot("1-login-error")
    login.password.setText(DEMO_PASSWORD)
    login.remember_user.setChecked(True)
    login.message.clear_message()
    shot("1-login")
    login.ask_password_reset()
    forgot = login.forgot_dialog
    assert forgot is not None
    wait(forgot.isVisible)
    whole = wizard.screen().grabWindow(0)  # the screen: dialog, wizard and what is left
    whole.save(str(out / f"1-olvide{suffix}.png"))
    print(out / f"1-olvide{suffix}.png", whole.width(), "x", whole.height())
    forgot.reject()
    settle()
    forward()
    wait(lambda: wizard.currentId() == int(Step.SUBSCRIPTIONS))
    subs = wizard.page_for(Step.SUBSCRIPTIONS)
    caja = next(
        i for i in range(subs.model.rowCount()) if subs.model.subscription(i).system == "CAJA"
    )
    subs.table.setCurrentIndex(subs.model.index(caja, 0))
    shot("2-sistemas-licencia")
    sae = next(
        i for i in range(subs.model.rowCount()) if subs.model.subscription(i).serial == "SKSNWR"
    )
    subs.table.selectRow(sae)
    shot("2-sistemas")
    forward()
    terms = wizard.page_for(Step.TERMS)
    wait(lambda: terms.accept_box.isEnabled())
    shot("3-terminos")
    terms.accept_box.setChecked(True)
    forward()
    ready = wizard.page_for(Step.READY)
    wait(lambda: wizard.currentId() == int(Step.READY) and ready.isComplete())
    shot("3b-equipo")
    from PySide6.QtWidgets import QScrollArea

    area = ready.findChild(QScrollArea)
    assert area is not None
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shot("3b-equipo-lista")
    bar.setValue(0)
    pc.volumes["C"] = replace(pc.volumes["C"], free=48 * GIB)  # room made: «Revisar de nuevo»
    ready.again.click()
    wait(lambda: not ready.busy and ready.isComplete())
    ready.backup.setChecked(True)
    forward()
    confirm = wizard.page_for(Step.CONFIRM)
    wait(lambda: wizard.currentId() == int(Step.CONFIRM) and not confirm.busy)
    shot("4-confirmacion")
    forward()
    wait(lambda: wizard.currentId() == int(Step.RESULT))
    shot("5-listo")
    result = wizard.page_for(Step.RESULT)
    scroll = result.findChild(QScrollArea)
    assert scroll is not None
    scroll.verticalScrollBar().setValue(result.where.y() - 24)  # «En este equipo», the steps
    shot("5-listo-pasos")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shot("5-listo-revision")  # the checks as they stood when confirming
    wizard.show_diagnostics()
    dialog = wizard.diagnostics
    assert dialog is not None
    wait(lambda: "Resultado:" in dialog.report_text or "Result:" in dialog.report_text)
    settle()
    picture = dialog.screen().grabWindow(dialog.winId())
    picture.save(str(out / f"6-diagnostico{suffix}.png"))
    print(out / f"6-diagnostico{suffix}.png")
    dialog.accept()
    settle()
    # The installer: mid-way over a slowed link, then verified.
    portal.faults.add(Fault("download_installer", kind="rate_limit", amount=30 * mib))
    result.download_here.click()
    download = wizard.page_for(Step.DOWNLOAD)
    wait(lambda: download.bar.value() > 420, timeout=60)
    shot("7-descarga")
    wait(lambda: download.phase is DownloadPhase.VERIFIED, timeout=60)
    shot("7-descarga-verificado")
    wizard.ctx.tasks.wait(5000)
    portal.stop()


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"),
        sys.argv[2] if len(sys.argv) > 2 else "",
        sys.argv[3] if len(sys.argv) > 3 else "es",
    )
