"""Sentences the Qt-free core shows to people, kept translatable without Qt.

The core says what it means in English, marked with ``QT_TRANSLATE_NOOP("Context", "…")`` —
the name Qt's ``lupdate`` looks for, so the sentence lands in the same ``.ts`` files as the
GUI's. The mark returns a :class:`Text`: still a plain ``str`` (logs, tests and the CLI read
English), but it remembers its context, its source and the values filled in by ``format``, so
the GUI can look the source up in the interface language and fill the values in there, in the
translation's own word order. Values that are themselves ``Text`` are translated too.
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """English as a ``str``, plus what a translation needs to say it again."""

    context: str
    source: str
    fields: dict[str, Any]

    def __new__(cls, context: str, source: str, fields: dict[str, Any] | None = None) -> Text:
        fields = fields or {}
        obj = super().__new__(cls, source.format(**fields) if fields else source)
        obj.context, obj.source, obj.fields = context, source, fields
        return obj

    def format(self, *args: Any, **fields: Any) -> Text:
        if args:
            raise TypeError("Text.format takes named fields only: translations reorder them")
        return Text(self.context, self.source, {**self.fields, **fields})

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, self.fields))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark ``source`` for ``lupdate`` (under this name, literal arguments only)."""
    return Text(context, source)


class Joined(str):
    """Sentences side by side (" ".join), each ``Text`` among them still translatable."""

    parts: tuple[str, ...]

    def __new__(cls, *parts: str) -> Joined:
        obj = super().__new__(cls, " ".join(parts))
        obj.parts = parts
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, self.parts)


def message_of(error: BaseException) -> str:
    """An exception's message, still a ``Text`` when it was raised with one (``str(error)``
    is plain English: the translation's source and fields are lost)."""
    message = error.args[0] if len(error.args) == 1 else None
    if isinstance(message, (Text, Joined)) and str(error) == message:
        return message
    return str(error)
