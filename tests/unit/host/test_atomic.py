"""host/atomic.py: the one atomic JSON write (temp file, fsync, rename, folder fsync)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aspel_upgrade.host.atomic import write_json_atomically


def test_writes_and_replaces_leaving_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "nueva" / "carpeta" / "datos.json"
    write_json_atomically(target, {"a": 1})
    write_json_atomically(target, {"a": 2, "texto": "Año ñandú"})
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": 2, "texto": "Año ñandú"}
    assert "ñandú" in target.read_text(encoding="utf-8")  # UTF-8, not \\u escapes
    assert [p.name for p in target.parent.iterdir()] == ["datos.json"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temp(tmp_path: Path) -> None:
    target = tmp_path / "datos.json"
    write_json_atomically(target, {"bueno": True})
    with pytest.raises(TypeError):
        write_json_atomically(target, {"malo": object()})  # not JSON: fails mid-write
    assert json.loads(target.read_text(encoding="utf-8")) == {"bueno": True}
    assert [p.name for p in tmp_path.iterdir()] == ["datos.json"]


def test_a_folder_at_the_target_is_an_error_not_a_loss(tmp_path: Path) -> None:
    target = tmp_path / "datos.json"
    target.mkdir()
    with pytest.raises(OSError):
        write_json_atomically(target, {"a": 1})
    assert target.is_dir() and list(tmp_path.iterdir()) == [target]
