"""The installed-system finder over a fake Windows tree of 50,000 files: median time.

Usage: ``python tools/bench/installed_finder.py [--files 50000] [--runs 21]``. The tree is
built in a temporary folder: eight Aspel systems, each with a program folder of ~1,000
files and companies whose Datos folders hold the rest, plus unrelated programs beside
them. Goal: median <= 100 ms (the finder lists only known folder patterns).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from aspel_upgrade.host.installed import find_installed

SYSTEMS = [("SAE", "7.0"), ("SAE", "8.0"), ("COI", "9.0"), ("NOI", "10.0"), ("CAJA", "4.0"),
           ("BANCO", "6.0"), ("PROD", "4.0"), ("FACTURE", "5.0")]  # fmt: skip


def build(root: Path, files: int) -> int:
    """Write ``files`` empty files in a Windows-like layout; return how many were written."""
    programs = root / "Program Files (x86)"
    common = programs / "Common Files" / "Aspel" / "Sistemas Aspel"
    written = 0
    per_system = files // (len(SYSTEMS) + 2)
    for system, version in SYSTEMS:
        folder = programs / "Aspel" / f"Aspel-{system} {version}"
        folder.mkdir(parents=True)
        digits = version.replace(".", "")
        for i in range(per_system // 2):
            name = f"{system}WIN{digits}.exe" if i == 0 else f"archivo{i:05d}.dll"
            (folder / name).touch()
            written += 1
        for company in range(1, 11):
            datos = common / f"{system}{version}0" / f"Empresa{company:02d}" / "Datos"
            datos.mkdir(parents=True)
            for i in range(per_system // 20):
                (datos / f"TABLA{i:05d}.FDB").touch()
                written += 1
    other = programs / "Otro fabricante"
    other.mkdir()
    while written < files:
        (other / f"f{written}.bin").touch()
        written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        written = build(root, args.files)
        env = {
            "ProgramFiles(x86)": str(root / "Program Files (x86)"),
            "CommonProgramFiles(x86)": str(root / "Program Files (x86)" / "Common Files"),
        }
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            found = find_installed(env, registry=dict, processes=set)
            times.append((time.perf_counter() - started) * 1000)
        assert len(found) == len(SYSTEMS), found
        print(
            f"finder over {written} files, {len(found)} systems, {args.runs} runs: "
            f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (goal <= 100 ms)"
        )


if __name__ == "__main__":
    main()
