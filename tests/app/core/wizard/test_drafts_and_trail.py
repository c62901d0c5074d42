"""Drafts keep what was typed (never secrets); trails record values only on the allow-list."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.drafts import DraftStore
from app.core.wizard.state import Step, WizardState
from app.core.wizard.trail import StepTrail


def test_draft_saved_and_resumed_without_secrets(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    state = WizardState(
        request_type="application", description="Crashes at start", step=Step.DETAILS
    )
    state.password, state.captcha_answer = "Hunter2-Secret", "QWERT"
    trail = StepTrail(client_version="0.1.0", language="en")
    trail.step_shown(1, "Request type")
    store.save(state, trail)
    raw = next(tmp_path.glob("draft-*.json")).read_text()
    assert "Hunter2-Secret" not in raw and "QWERT" not in raw
    draft = store.latest()
    assert draft is not None
    assert draft.state.description == "Crashes at start" and draft.state.step is Step.DETAILS
    assert draft.trail is not None and draft.trail.entries[0]["title"] == "Request type"
    store.discard(state.draft_id)
    assert store.latest() is None


def test_unreadable_draft_is_set_aside(tmp_path: Path) -> None:
    (tmp_path / "draft-broken.json").write_text("{not json")
    store = DraftStore(tmp_path)
    assert store.latest() is None
    assert (tmp_path / "draft-broken.unreadable").exists()


def test_trail_redacts_by_allow_list() -> None:
    trail = StepTrail(client_version="0.1.0", language="de")
    trail.step_shown(2, "Customer ID")
    trail.value_changed(2, "login", "ABCDEFGH23")
    trail.value_changed(2, "password", "Hunter2-Secret")
    trail.value_changed(3, "description", "Update error 1603")
    trail.message_shown(3, "Describe your problem in detail.", level="error")
    doc = json.dumps(trail.to_dict())
    assert "Hunter2-Secret" not in doc and "ABCDEFGH23" not in doc
    assert "Update error 1603" in doc
    kinds = [e["kind"] for e in trail.to_dict()["entries"]]
    assert kinds == ["step", "value", "value", "value", "message"]
    assert StepTrail.from_dict(trail.to_dict()).entries == trail.entries


def test_trail_stays_under_the_services_limit() -> None:
    """A long session never makes the request fail for its trail: older long values are
    shortened first, the last value of each field stays whole."""
    trail = StepTrail(client_version="0.1.0", language="en")
    for i in range(1500):
        trail.value_changed(3, "description", f"{i} " + "x" * 3000)
    final = "the last description " * 10
    trail.value_changed(3, "description", final)
    doc = trail.to_dict(max_bytes=100_000)
    assert len(json.dumps(doc, ensure_ascii=False).encode()) <= 100_000
    assert doc["entries"][-1]["value"] == final
    small = StepTrail(client_version="0.1.0", language="en")
    small.value_changed(3, "city", "Berlin")
    assert "truncated" not in small.to_dict()


def test_anonymous_token_lasts_and_is_private(tmp_path: Path) -> None:
    from app.core.drafts import anonymous_token

    token = anonymous_token(tmp_path)
    assert len(token) >= 32 and anonymous_token(tmp_path) == token
    assert (tmp_path / "anonymous-token").stat().st_mode & 0o077 == 0
