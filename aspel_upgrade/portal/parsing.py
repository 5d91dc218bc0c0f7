"""Strict readers for portal JSON: any shape problem becomes ``UnexpectedResponse``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from .errors import UnexpectedResponse

T = TypeVar("T")

MAX_TEXT = 2000  # no field of the contract is longer; a huge value is a broken answer


class Obj:
    """A JSON object being read; every accessor names the path on failure."""

    def __init__(self, value: object, path: str = "$") -> None:
        if not isinstance(value, Mapping):
            raise UnexpectedResponse(f"{path}: se esperaba un objeto")
        self._value: Mapping[str, Any] = value
        self.path = path

    def raw(self, key: str) -> object:
        """The member as is, for a nested reader that names its own path."""
        return self._get(key)

    def raw_or_none(self, key: str) -> object:
        return self._value.get(key)

    def _get(self, key: str) -> object:
        if key not in self._value:
            raise UnexpectedResponse(f"{self.path}.{key}: falta")
        return self._value[key]

    def text(self, key: str, *, allow_empty: bool = False) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise UnexpectedResponse(f"{self.path}.{key}: se esperaba texto")
        if (not allow_empty and not value.strip()) or len(value) > MAX_TEXT:
            raise UnexpectedResponse(f"{self.path}.{key}: texto vacío o demasiado largo")
        if any(ord(c) < 32 and c not in "\t\n" for c in value):
            raise UnexpectedResponse(f"{self.path}.{key}: caracteres de control")
        return value

    def opt_text(self, key: str) -> str | None:
        if self._value.get(key) is None:
            return None
        return self.text(key)

    def integer(self, key: str, *, minimum: int = 0) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise UnexpectedResponse(f"{self.path}.{key}: se esperaba un entero ≥ {minimum}")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise UnexpectedResponse(f"{self.path}.{key}: se esperaba verdadero/falso")
        return value

    def day(self, key: str) -> date:
        text = self.text(key)
        try:
            return date.fromisoformat(text) if len(text) == 10 else _bad_date()
        except ValueError:
            raise UnexpectedResponse(f"{self.path}.{key}: fecha no válida") from None

    def opt_day(self, key: str) -> date | None:
        return None if self._value.get(key) is None else self.day(key)

    def instant(self, key: str) -> datetime:
        text = self.text(key)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise UnexpectedResponse(f"{self.path}.{key}: fecha y hora no válidas") from None
        if moment.tzinfo is None:
            raise UnexpectedResponse(f"{self.path}.{key}: falta la zona horaria")
        return moment

    def choice(self, key: str, options: tuple[T, ...]) -> T:
        value = self._get(key)
        for option in options:
            if value == option and type(value) is type(option):
                return option
        raise UnexpectedResponse(f"{self.path}.{key}: valor no reconocido")

    def opt_choice(self, key: str, options: tuple[T, ...]) -> T | None:
        return None if self._value.get(key) is None else self.choice(key, options)

    def obj(self, key: str) -> Obj:
        return Obj(self._get(key), f"{self.path}.{key}")

    def items(self, key: str) -> list[object]:
        value = self._get(key)
        if not isinstance(value, list):
            raise UnexpectedResponse(f"{self.path}.{key}: se esperaba una lista")
        return value

    def url(self, key: str) -> str:
        text = self.text(key)
        if not text.startswith(("https://", "http://")) or any(c.isspace() for c in text):
            raise UnexpectedResponse(f"{self.path}.{key}: dirección no válida")
        return text

    def opt_url(self, key: str) -> str | None:
        return None if self._value.get(key) is None else self.url(key)


def _bad_date() -> date:
    raise ValueError("not an ISO date")
