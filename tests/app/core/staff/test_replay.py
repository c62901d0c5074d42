"""The wizard's state at each moment of a stored trail: what the replay's read-only wizard
shows. Values as recorded, a field recorded only as "changed" masked, files by name and
size, Back in the trail taking the wizard back."""

from __future__ import annotations

from app.core.staff.replay import MASK, build
from app.core.wizard.state import AccountMode, Step
from app.core.wizard.trail import StepTrail


def _trail() -> StepTrail:
    trail = StepTrail(client_version="0.1.0", language="de")
    trail.step_shown(1, "Request type")
    trail.value_changed(1, "request_type", "setup")
    trail.value_changed(1, "product_id", 2)
    trail.step_shown(2, "Your account")
    trail.value_changed(2, "account_mode", AccountMode.CREDENTIALS)
    trail.value_changed(2, "login", "someone@example.com")
    trail.value_changed(2, "password", "hunter2!")
    trail.message_shown(2, "Wrong password.", level="error")
    trail.step_shown(3, "Your request")
    trail.value_changed(3, "description", "It stops.")
    trail.value_changed(3, "attachments", "setup.log (120 bytes), a, b.txt (5 bytes)")
    trail.step_shown(4, "Your computer")
    trail.value_changed(4, "sysinfo", "report.zip (4096 bytes)")
    trail.step_shown(3, "Your request")
    return trail


def test_the_state_at_each_moment() -> None:
    replay = build(_trail().to_dict())
    kinds = [m.kind for m in replay.moments]
    first = replay.state(kinds.index("value") + 1)
    assert first.step is Step.TYPE and first.request_type == "setup" and first.product_id == 2
    asked = replay.state(7)  # the wrong password's message
    assert asked.step is Step.ACCOUNT and asked.account_mode == AccountMode.CREDENTIALS
    assert asked.login == MASK and asked.password == MASK
    assert replay.frame(7).messages == [("error", "Wrong password.")]
    last = replay.state(len(replay.moments) - 1)
    assert last.step is Step.DETAILS  # the customer went back from step 4
    assert [(a.name, a.size, a.path) for a in last.attachments] == [
        ("setup.log", 120, ""),
        ("a, b.txt", 5, ""),
    ]
    assert last.sysinfo is not None and (last.sysinfo.name, last.sysinfo.size) == (
        "report.zip",
        4096,
    )
    assert "hunter2!" not in repr(last) and "someone@" not in repr(last)
    assert replay.moments[4].text == "Account = signing in with Customer ID or e-mail and password"


def test_an_unknown_step_or_field_is_left_out() -> None:
    trail = _trail().to_dict()
    trail["entries"] += [
        {"t": 9, "kind": "step", "step": 42},
        {"t": 9, "kind": "value", "field": "shoe_size", "value": "44"},
    ]
    replay = build(trail)
    assert replay.state(len(replay.moments) - 1).step is Step.DETAILS
    assert any("shoe_size" in gap for gap in replay.gaps)
