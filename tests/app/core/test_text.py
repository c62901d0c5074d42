"""The core's translatable sentences stay plain English strings wherever they go."""

from __future__ import annotations

import pickle

import pytest

from app.core.text import QT_TRANSLATE_NOOP, Joined, Text


def test_a_marked_sentence_is_its_english_source() -> None:
    text = QT_TRANSLATE_NOOP("Validators", "Enter your e-mail.")
    assert text == "Enter your e-mail."
    assert isinstance(text, str) and isinstance(text, Text)
    assert (text.context, text.source, text.fields) == ("Validators", "Enter your e-mail.", {})


def test_format_fills_the_english_in_and_keeps_the_source() -> None:
    text = QT_TRANSLATE_NOOP("Keyfile", "{name} is not a key file ({size} bytes).")
    filled = text.format(name="a.key", size=12)
    assert filled == "a.key is not a key file (12 bytes)."
    assert isinstance(filled, Text)
    assert filled.source == "{name} is not a key file ({size} bytes)."
    assert filled.fields == {"name": "a.key", "size": 12}
    # like str.format, every field is needed at once
    with pytest.raises(KeyError):
        text.format(name="b")


def test_positional_fields_are_refused_translations_reorder_them() -> None:
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("C", "{} and {}").format("a", "b")


def test_a_source_with_braces_but_no_fields_is_left_as_it_is() -> None:
    assert QT_TRANSLATE_NOOP("C", "Use {name} later") == "Use {name} later"


def test_text_and_joined_survive_pickling_as_in_an_exception() -> None:
    inner = QT_TRANSLATE_NOOP("C", "the {what}").format(what="key")
    text = QT_TRANSLATE_NOOP("C", "Check {thing}.").format(thing=inner)
    back = pickle.loads(pickle.dumps(ValueError(text)))
    assert str(back) == "Check the key."
    restored = back.args[0]
    assert isinstance(restored, Text) and restored.source == "Check {thing}."
    assert isinstance(restored.fields["thing"], Text)

    joined = Joined(QT_TRANSLATE_NOOP("C", "First."), "second as it is.")
    again = pickle.loads(pickle.dumps(joined))
    assert again == "First. second as it is."
    assert isinstance(again, Joined) and isinstance(again.parts[0], Text)
