"""Settings are saved atomically and survive a corrupt file; paths follow the override."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core import atomic, paths
from app.core.settings import Settings


def test_all_paths_live_under_the_override(profile_home: Path) -> None:
    folders = [
        paths.config_dir(),
        paths.data_dir(),
        paths.cache_dir(),
        paths.logs_dir(),
        paths.drafts_dir(),
        paths.outbox_dir(),
        paths.uploads_dir(),
        paths.crash_reports_dir(),
        paths.service_data_dir(),
    ]
    for folder in folders:
        assert folder.is_dir()
        assert folder.is_relative_to(profile_home)
    assert paths.settings_file().is_relative_to(profile_home)
    assert paths.service_mail_dir().parent == paths.service_data_dir()


def test_override_is_read_on_every_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "other"))
    assert paths.data_dir() == tmp_path / "other" / "data"


def test_without_override_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    monkeypatch.setattr(paths, "_ensure", lambda p: p)  # look, never create in a real profile
    assert paths.APP_NAME in str(paths.config_dir())
    assert paths.APP_NAME in str(paths.data_dir())


def test_defaults_when_nothing_saved() -> None:
    s = Settings.load()
    assert s == Settings()
    assert s.embedded


def test_save_and_load_round_trip() -> None:
    s = Settings(server_url="https://support.example.com", language="de", remember_me=True)
    s.save()
    loaded = Settings.load()
    assert loaded == s
    assert not loaded.embedded
    # nothing but the settings file is left in the folder (no temp files)
    assert [p.name for p in paths.config_dir().iterdir()] == ["settings.json"]


def test_corrupt_file_is_set_aside_and_defaults_used() -> None:
    f = paths.settings_file()
    f.write_text("{ this is not json", encoding="utf-8")
    assert Settings.load() == Settings()
    assert not f.exists()
    aside = [p for p in f.parent.iterdir() if p.name.startswith("settings.json.corrupt-")]
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == "{ this is not json"


def test_non_object_json_is_corrupt_too() -> None:
    paths.settings_file().write_text("[1, 2]", encoding="utf-8")
    assert Settings.load() == Settings()
    assert not paths.settings_file().exists()


def test_wrong_types_and_unknown_keys_fall_back_per_field() -> None:
    paths.settings_file().write_text(
        json.dumps(
            {
                "server_url": 5,
                "remember_me": "yes",
                "notifications": False,
                "language": "xx",
                "from_the_future": 1,
            }
        ),
        encoding="utf-8",
    )
    s = Settings.load()
    assert s.server_url == ""
    assert s.remember_me is False
    assert s.notifications is False
    assert s.language == ""


def test_failed_write_keeps_the_old_file() -> None:
    Settings(language="fr").save()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "replace", broken_replace)
        with pytest.raises(OSError):
            Settings(language="es").save()
    assert Settings.load().language == "fr"
    assert [p.name for p in paths.config_dir().iterdir()] == ["settings.json"]


def test_atomic_write_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "x.json"
    atomic.write_json(target, {"k": "v"})
    assert json.loads(target.read_text()) == {"k": "v"}
