"""All readiness checks together on a PC whose data folder holds 50,000 files: median time.

Usage: ``python tools/bench/readiness.py [--files 50000] [--runs 11] [--time-bound 1.0]``.
The data folder is built in a temporary folder (companies with Datos folders of .FDB files
and XML folders, as Aspel lays them out). Each run is a fresh ``LocalPC`` and one
``check_this_pc`` (every probe at once, the data folder measured once under its time
bound), as the wizard's page and ``--check`` run it. Goal: median <= 300 ms, the size
complete (not cut short). Off Windows the Windows-only probes answer «no aplica» at once;
on Windows, file sizes come with the listing, so the walk is cheaper there.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from aspel_upgrade.flow.readiness import check_this_pc
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.host.probes import FolderSize, LocalPC
from aspel_upgrade.portal.requirements import parse_requirements
from aspel_upgrade.sandbox.requirements import requirements_answer


def build(root: Path, files: int) -> int:
    """``files`` small files under ``root``/EmpresaNN/{Datos,XML}; returns the bytes written."""
    written = total = 0
    company = 0
    while written < files:
        company += 1
        for sub in ("Datos", "XML"):
            folder = root / f"Empresa{company:02d}" / sub
            folder.mkdir(parents=True)
            for i in range(min(2_500, files - written)):
                data = b"x" * (i % 97)
                (folder / f"{sub[0]}{i:05d}.{'FDB' if sub == 'Datos' else 'xml'}").write_bytes(data)
                total += len(data)
                written += 1
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--time-bound", type=float, default=1.0)
    args = parser.parse_args()
    _, body = requirements_answer("SAE", "8.0")
    requirements = parse_requirements(body, "SAE", "8.0")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "SAE7.00"
        expected = build(data, args.files)
        installed = InstalledSystem("SAE", "7.0", None, (DataFolder(str(data), 1),))
        times, walks = [], []
        for _ in range(args.runs):
            pc = LocalPC(time_bound=args.time_bound)
            started = time.perf_counter()
            readiness = check_this_pc(
                pc, system="SAE", installed=installed, old_version="7.0",
                requirements=requirements, download_dir=tmp, today=date.today(),
            )  # fmt: skip
            times.append((time.perf_counter() - started) * 1000)
            size = pc.folder_size(str(data))
            assert isinstance(size, FolderSize), size
            walks.append(size.seconds * 1000)
            complete = size.complete and size.bytes == expected
        assert len(readiness.checks) == 15
        print(
            f"readiness, {args.files} files in the data folder, {args.runs} runs: all checks "
            f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms (goal <= 300 ms); "
            f"the folder walk median {statistics.median(walks):.0f} ms, "
            f"{'complete' if complete else 'cut short (at least)'}"
        )


if __name__ == "__main__":
    main()
