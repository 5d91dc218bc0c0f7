"""Which Aspel systems are installed on this PC, where their data is, and whether they run.

Everything here is a hint taken from what is publicly known about Aspel's installations;
a missing, unreadable or odd folder is skipped, never an error:

- programs in ``<ProgramFiles(x86)|ProgramFiles>\\Aspel\\Aspel-<SIS> <v>\\`` (e.g.
  ``Aspel-SAE 8.0\\SAEWIN80.exe``);
- company data in ``<CommonProgramFiles(x86)|CommonProgramFiles>\\Aspel\\Sistemas Aspel\\
  <SIS><v>.00\\EmpresaNN\\Datos\\`` (e.g. ``SAE7.00\\Empresa01\\Datos\\SAE70EMPRE01.FDB``);
- registry keys under ``HKLM\\SOFTWARE\\WOW6432Node\\Aspel\\`` (e.g. ``Aspel-SAE 9.0``),
  whose string values may name a program or data folder, even on another drive;
- extra data roots given by the machine settings (``aspel_data_dir``), for data kept on a
  mapped or network drive.

A program folder counts only with the system's executable in it (an uninstaller leaves
empty or half-empty ones behind), and a folder that is a link back to itself or a parent
is never followed. The work is bounded: only those known folder patterns are listed (one
level each), no folder is walked recursively and no file is opened. Windows-only readers (registry,
process list) are thin functions behind seams, so the logic is tested anywhere.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .probes.registry import Registry as KeyReader

log = logging.getLogger("aspel_upgrade.host")

# Environment variables naming the program and common-files folders (never drive letters).
PROGRAM_VARS = ("ProgramFiles(x86)", "ProgramFiles", "ProgramW6432")
COMMON_VARS = ("CommonProgramFiles(x86)", "CommonProgramFiles", "CommonProgramW6432")

_PROGRAM_DIR = re.compile(r"^Aspel-([A-Za-z]+)\s*(\d{1,2})\.(\d)$", re.IGNORECASE)
_DATA_DIR = re.compile(r"^([A-Za-z]+)\s*(\d{1,2})\.(\d)0?$", re.IGNORECASE)
_COMPANY_DIR = re.compile(r"^Empresa\d+$", re.IGNORECASE)
MAX_ENTRIES = 5000  # per listed folder: a hint finder never reads a huge folder to its end

Registry = Mapping[str, Mapping[str, str]]  # key name ("Aspel-SAE 9.0") -> its string values


@dataclass(frozen=True)
class DataFolder:
    path: str  # the <SIS><v>.00 folder holding Empresa01, Empresa02, …
    companies: int  # EmpresaNN folders with a Datos folder


@dataclass(frozen=True)
class InstalledSystem:
    system: str  # "SAE"
    version: str  # "7.0"
    program_dir: str | None = None  # only a folder holding the system's executable
    data: tuple[DataFolder, ...] = ()
    running: bool = False
    from_registry: bool = False  # known only from a registry key

    @property
    def companies(self) -> int:
        return sum(d.companies for d in self.data)

    @property
    def label(self) -> str:
        return f"{self.system} {self.version}"

    @property
    def on_disk(self) -> bool:
        """Its program or its data is here (not only a registry key left behind)."""
        return self.program_dir is not None or bool(self.data)


@dataclass
class _Found:
    program_dir: str | None = None
    exe_stems: set[str] = field(default_factory=set)
    data: dict[str, int] = field(default_factory=dict)
    from_registry: bool = False


def data_roots(setting: str | None) -> list[str]:
    """The ``aspel_data_dir`` setting: one folder or several separated by ``;``."""
    return [r.strip() for r in (setting or "").split(";") if r.strip()]


def find_installed(
    env: Mapping[str, str] | None = None,
    *,
    registry: Callable[[], Registry] | None = None,
    processes: Callable[[], set[str]] | None = None,
    extra_data_roots: Sequence[str] = (),
) -> tuple[InstalledSystem, ...]:
    """Every Aspel system found, sorted by system then version. Never raises.

    ``env`` is the environment (``os.environ`` by default); ``registry`` returns the
    Aspel registry keys (``read_aspel_registry`` by default); ``processes`` returns the
    running executables' names, lower case, without ``.exe`` (``running_processes``).
    """
    env = os.environ if env is None else env
    found: dict[tuple[str, str], _Found] = {}

    def entry(system: str, major: str, minor: str) -> _Found:
        return found.setdefault((system.upper(), f"{int(major)}.{minor}"), _Found())

    for base in _unique(env.get(v) for v in PROGRAM_VARS):
        aspel = _child_dir(base, "Aspel")
        if aspel is not None:
            _scan_programs(aspel, entry)
    data_roots = []
    for base in _unique(env.get(v) for v in COMMON_VARS):
        aspel = _child_dir(base, "Aspel")
        sistemas = _child_dir(aspel, "Sistemas Aspel") if aspel else None
        if sistemas is not None:
            data_roots.append(sistemas)

    try:
        keys = (registry or read_aspel_registry)()
    except Exception:  # a hint: an unreadable registry is no registry
        log.debug("Aspel registry keys could not be read", exc_info=True)
        keys = {}
    for name, values in keys.items():
        match = _PROGRAM_DIR.match(name.strip())
        if match is None:
            continue
        item = entry(*match.groups())
        item.from_registry = True
        for value in values.values():
            if not isinstance(value, str) or not value.strip():
                continue
            folder = value.strip().rstrip("\\/")
            if _is_dir(folder):
                stems = _program_files(folder, match.group(1))
                if stems:
                    item.program_dir = item.program_dir or folder
                    item.exe_stems |= stems
                else:
                    data_roots.append(folder)

    for root in extra_data_roots:
        if root and root.strip():
            data_roots.append(root.strip())
    for root in _unique(data_roots):
        _scan_data_root(root, entry)

    try:
        running = (processes or running_processes)()
    except Exception:
        log.debug("The process list could not be read", exc_info=True)
        running = set()
    out = []
    for (system, version), item in sorted(found.items(), key=lambda kv: _sort_key(*kv[0])):
        if not (item.program_dir or item.data or item.from_registry):
            continue  # only an empty or leftover folder: nothing is installed
        stems = item.exe_stems | {f"{system}win{version.replace('.', '')}".lower()}
        out.append(
            InstalledSystem(
                system=system,
                version=version,
                program_dir=item.program_dir,
                data=tuple(DataFolder(p, n) for p, n in sorted(item.data.items())),
                running=bool(stems & running),
                from_registry=item.from_registry and not item.program_dir and not item.data,
            )
        )
    return tuple(out)


def _scan_programs(aspel: str, entry: Callable[[str, str, str], _Found]) -> None:
    for name, path in _subdirs(aspel):
        match = _PROGRAM_DIR.match(name)
        if match is None:
            continue
        item = entry(*match.groups())
        stems = _program_files(path, match.group(1))
        if stems:  # an empty or leftover folder is not an installation
            item.program_dir = item.program_dir or path
            item.exe_stems |= stems


def _scan_data_root(root: str, entry: Callable[[str, str, str], _Found]) -> None:
    """``root`` is a «Sistemas Aspel» folder, a folder holding one, or a <SIS><v>.00 folder."""
    name = os.path.basename(root.rstrip("\\/"))
    match = _DATA_DIR.match(name)
    if match is not None:
        count = _companies(root)
        if count:
            entry(*match.groups()).data[root] = count
            return
    inner = _child_dir(root, "Sistemas Aspel")
    for folder in (root, inner) if inner else (root,):
        for child, path in _subdirs(folder):
            match = _DATA_DIR.match(child)
            if match is None or child.lower().startswith("empresa"):
                continue
            count = _companies(path)
            if count:
                entry(*match.groups()).data[path] = count


def _companies(folder: str) -> int:
    """EmpresaNN folders that hold a Datos folder (the .FDB files themselves are not read)."""
    return sum(
        1
        for name, path in _subdirs(folder)
        if _COMPANY_DIR.match(name) and _child_dir(path, "Datos") is not None
    )


def _program_files(folder: str, system: str) -> set[str]:
    """Stems of the system's executables in its program folder (e.g. ``saewin80``)."""
    prefix = system.lower()
    stems = set()
    for name in _names(folder):
        lower = name.lower()
        if lower.endswith(".exe") and lower.startswith(prefix):
            stems.add(lower[:-4])
    return stems


def _names(folder: str) -> Iterable[str]:
    try:
        with os.scandir(folder) as it:
            for count, item in enumerate(it):
                if count >= MAX_ENTRIES:
                    break
                yield item.name
    except (OSError, ValueError):  # ValueError: an embedded NUL in an odd value
        return


def _subdirs(folder: str) -> list[tuple[str, str]]:
    out = []
    try:
        with os.scandir(folder) as it:
            for count, item in enumerate(it):
                if count >= MAX_ENTRIES:
                    break
                try:
                    if item.is_dir() and not (_is_link(item) and _loops(folder, item.path)):
                        out.append((item.name, item.path))
                except (OSError, ValueError):
                    continue
    except (OSError, ValueError):
        return []
    return out


def _is_link(item: os.DirEntry[str]) -> bool:
    """A symbolic link, or on Windows any reparse point (a junction, too)."""
    if item.is_symlink():
        return True
    attributes = getattr(item.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & 0x400)  # FILE_ATTRIBUTE_REPARSE_POINT


def _loops(folder: str, link: str) -> bool:
    """Whether ``link`` leads back to ``folder`` or to a folder above it."""
    target = os.path.normcase(os.path.realpath(link))
    here = os.path.normcase(os.path.realpath(folder))
    return here == target or here.startswith(target.rstrip("\\/") + os.sep)


def _child_dir(parent: str | None, name: str) -> str | None:
    """``parent/name`` if it is a folder, matching the name without regard to case."""
    if not parent:
        return None
    exact = os.path.join(parent, name)
    if _is_dir(exact):
        return exact
    wanted = name.casefold()
    return next((p for n, p in _subdirs(parent) if n.casefold() == wanted), None)


def _is_dir(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):  # ValueError: an embedded NUL in an odd value
        return False


def _unique(paths: Iterable[str | None]) -> list[str]:
    seen: set[str] = set()
    out = []
    for p in paths:
        if p and os.path.normcase(os.path.normpath(p)) not in seen:
            seen.add(os.path.normcase(os.path.normpath(p)))
            out.append(p)
    return out


def _sort_key(system: str, version: str) -> tuple[str, tuple[int, ...]]:
    return system, tuple(int(x) for x in version.split(".") if x.isdigit())


# ---- Windows-only readers (thin, behind the seams above) ----------------------------
REGISTRY_PATHS = (r"SOFTWARE\WOW6432Node\Aspel", r"SOFTWARE\Aspel")


def read_aspel_registry(registry: KeyReader | None = None) -> dict[str, dict[str, str]]:
    """HKLM Aspel keys and their string values (one level), both views (64- and 32-bit
    programs'); empty off Windows. A key this user may not read is left out: the others
    still name what is installed."""
    # Here, not at the top: the probes' package (its __init__) loads this_pc.py, which
    # imports this module; loaded from here's top, it would find this module half made.
    from .probes.registry import default_registry

    source = registry if registry is not None else default_registry()
    if source is None:
        return {}
    out: dict[str, dict[str, str]] = {}
    for path in REGISTRY_PATHS:
        try:
            names = source.subkeys(f"HKLM\\{path}") or []
        except OSError:
            continue
        for name in names[:256]:
            found = out.setdefault(name, {})
            try:
                values = source.values(f"HKLM\\{path}\\{name}") or {}
            except OSError:
                continue
            for value_name, data in list(values.items())[:64]:
                if isinstance(data, str):  # REG_SZ and REG_EXPAND_SZ, as written
                    found[value_name or "(predeterminado)"] = data
    return out


def running_processes() -> set[str]:
    """Names of running executables, lower case, without ``.exe``; empty off Windows."""
    if sys.platform != "win32":
        return set()
    result = subprocess.run(  # fixed arguments, no shell
        ["tasklist", "/FO", "CSV", "/NH"],  # noqa: S607 - a Windows system tool
        capture_output=True,
        timeout=10,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        check=False,
    )
    # tasklist writes in the console (OEM) code page; process names are ASCII in practice.
    return parse_tasklist(result.stdout.decode("oem" if os.name == "nt" else "utf-8", "replace"))


def parse_tasklist(text: str) -> set[str]:
    """``"SAEWIN70.EXE","1234",…`` lines -> ``{"saewin70"}``."""
    names = set()
    for row in csv.reader(text.splitlines()):
        if row and row[0].lower().endswith(".exe"):
            names.add(row[0][:-4].lower())
    return names
