"""What Windows would answer, for the probes of this PC: a registry made of a dict and the
``WindowsApi`` seam's answers (tests change one at a time)."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

GIB = 1024**3


class DictRegistry:
    """A registry made of a dict: key path -> its values (subkeys are derived)."""

    def __init__(self, keys: dict[str, dict[str, object]] | None = None) -> None:
        self.keys = {k.lower(): (k, v) for k, v in (keys or {}).items()}

    def subkeys(self, path: str) -> list[str] | None:
        prefix = path.lower() + "\\"
        names = {
            name[len(prefix) :].split("\\")[0]
            for _, (name, _) in self.keys.items()
            if name.lower().startswith(prefix)
        }
        if not names and path.lower() not in self.keys:
            return None
        return sorted(names)

    def values(self, path: str) -> dict[str, object] | None:
        found = self.keys.get(path.lower())
        if found is None:
            return {} if self.subkeys(path) else None
        return dict(found[1])


class FakeWindows:
    """What Windows would answer; a value that is an exception is raised."""

    def __init__(self, registry: DictRegistry | None = None, /, **answers: object) -> None:
        self.registry = registry or DictRegistry()
        self.answers: dict[str, object] = {
            "version": (10, 0, 19045, 1),
            "native_machine": 0x8664,
            "memory": (8 * GIB, int(7.8 * GIB), 3 * GIB),
            "is_elevated": False,
            "in_administrators": True,
            "volume_root": "C:\\",
            "drive_type": 3,
            "tcp_listeners": {},
            "process_name": None,
            **answers,
        }
        self.services: dict[str, bool | None] = {}

    def _raw(self, name: str) -> object:
        value = self.answers[name]
        if isinstance(value, BaseException):
            raise value
        return value

    def _answer(self, name: str, kind: type[T]) -> T:
        """The answer given for ``name``, raised if an exception, checked to be a ``kind``."""
        value = self._raw(name)
        assert isinstance(value, kind), f"{name}: {value!r} is not a {kind.__name__}"
        return value

    def version(self) -> tuple[int, int, int, int]:
        return self._answer("version", tuple)

    def native_machine(self) -> int:
        return self._answer("native_machine", int)

    def memory(self) -> tuple[int | None, int, int]:
        return self._answer("memory", tuple)

    def is_elevated(self) -> bool:
        return self._answer("is_elevated", bool)

    def in_administrators(self) -> bool:
        return self._answer("in_administrators", bool)

    def volume_root(self, path: str) -> str:
        root = self.answers["volume_root"]
        if callable(root):  # by path: a PC with several drives
            return str(root(path))
        return self._answer("volume_root", str)

    def drive_type(self, root: str) -> int:
        return self._answer("drive_type", int)

    def service_running(self, name: str) -> bool | None:
        return self.services.get(name)

    def tcp_listeners(self) -> dict[int, int]:
        return self._answer("tcp_listeners", dict)

    def process_name(self, pid: int) -> str | None:
        name = self._raw("process_name")
        assert name is None or isinstance(name, str), name
        return name
