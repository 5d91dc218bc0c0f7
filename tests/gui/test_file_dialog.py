"""Qt's own file dialog in Spanish (issue 18 F): where it is used (Linux; Windows shows its
native dialog, in Windows' language), qtbase_es said «fichero» and left «Look in:» and
«Files of type:» in English. The app ships its es-MX wording for it."""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QTreeView, QWidget
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

ENGLISH = re.compile(r"\b(Look|Files|File|type|name|Directory|Save|Cancel|Open|Back|Size)\b")


def dialog_texts(dialog: QFileDialog) -> list[str]:
    texts = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        for attr in ("text", "toolTip", "accessibleName"):
            value = getattr(widget, attr, None)
            if callable(value):
                try:
                    texts.append(str(value()))
                except TypeError:
                    continue
        if isinstance(widget, QTreeView):
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount())]  # fmt: skip
        for action in widget.actions():
            texts.append(action.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t.replace("&", "") for t in texts if t]


def test_the_save_dialog_says_archivo_and_no_english(qtbot: QtBot, tmp_path: object) -> None:
    dialog = QFileDialog(None, "Guardar comprobante", str(tmp_path), "Documento PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = dialog_texts(dialog)
    assert "Nombre del archivo:" in texts and "Tipo de archivo:" in texts, texts
    assert not [t for t in texts if "ichero" in t], texts
    english = [t for t in texts if ENGLISH.search(t) and str(tmp_path) not in t]
    assert english == [], english
    replace = QCoreApplication.translate(
        "QFileDialog", "%1 already exists.\nDo you want to replace it?"
    )
    assert replace == "El archivo %1 ya existe.\n¿Quieres reemplazarlo?"
    dialog.reject()


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' own dialog")
def test_on_windows_the_native_dialog_is_used() -> None:  # pragma: no cover - Windows CI
    dialog = QFileDialog()
    assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)


def test_the_type_column_is_in_spanish(qtbot: QtBot, tmp_path: object) -> None:
    """Hostile pass on a real window: «Guardar comprobante» listed the folders of the user's
    home with «Folder» in the «Tipo» column (Qt's icon provider, untranslated in qtbase_es)."""
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "Downloads").mkdir()
    dialog = QFileDialog(None, "Guardar comprobante", str(folder), "Documento PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    model = view.model()
    root = view.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(root) == 1, timeout=5_000)
    kinds = [model.index(r, 2, root).data() for r in range(model.rowCount(root))]
    # Qt words a folder as Windows Explorer does on Windows («File Folder»), else «Folder».
    assert kinds == ["Carpeta de archivos" if sys.platform == "win32" else "Carpeta"], kinds
    dialog.reject()
