"""Shared steps of the My requests GUI tests: accounts as HTTP callers, a signed-in
application with its event stream connected, staff posting through the staff routes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.gui.application import Running
from tests.app.conftest import Account, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, sign_in
from tests.support.http import Caller
from tests.support.live_service import LiveService, ServiceProcess
from tests.support.support_requests import file_support, make_product


def caller(url: str, account: Account) -> Caller:
    who = Caller(api=f"{url}/api/v1", email=account.email, password=account.password)
    r = who.signin()
    assert r.status_code == 200, r.text
    return who


def staff_reply(staff: Caller, request_id: int, body: str, **extra: Any) -> dict[str, Any]:
    r = staff.post(f"/staff/requests/{request_id}/messages", json={"body": body, **extra})
    assert r.status_code == 201, r.text
    answer: dict[str, Any] = r.json()
    return answer


def staff_status(staff: Caller, request_id: int, *statuses: str) -> None:
    for status in statuses:
        r = staff.post(f"/staff/requests/{request_id}/status", json={"status": status})
        assert r.status_code == 200, r.text


class Scene:
    """A customer with one filed request, signed in to the application, and a staff member."""

    def __init__(
        self,
        qtbot: QtBot,
        launch: Launch,
        svc: LiveService | None,
        *,
        url: str = "",
        accounts: tuple[Account, Account, int] | None = None,
    ) -> None:
        self.qtbot, self.svc = qtbot, svc
        if svc is not None:
            url = svc.url
            accounts = (new_account(svc), new_account(svc, role="staff"), make_product(svc))
        assert accounts is not None
        self.account, staff, self.product = accounts
        self.url = url
        self.customer = caller(url, self.account)
        self.staff = caller(url, staff)
        self.filed = file_support(self.customer, self.product)
        self.running: Running = launch(server_url=url)
        sign_in(qtbot, self.running, self.account)
        self.window = self.running.window
        live = self.window.live
        qtbot.waitUntil(lambda: live.stream is not None and live.stream.connected, timeout=WAIT_MS)

    @property
    def request_id(self) -> int:
        return int(self.filed["id"])

    def open_list(self) -> Any:
        self.window.show_page("requests")
        page = self.window.requests
        self.qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=WAIT_MS)
        return page

    def open_request(self, request_id: int | None = None) -> Any:
        window = self.window.open_request(request_id or self.request_id)
        assert window is not None
        self.qtbot.waitUntil(lambda: window.conversation is not None, timeout=WAIT_MS)
        return window


def service_process(folder: Path) -> tuple[ServiceProcess, tuple[Account, Account, int]]:
    """The service as its own process (to be killed and started again), seeded with a
    customer, a staff member and a product."""
    from server.app import build_state
    from server.config import Settings
    from server.db.models import Product
    from server.services import accounts
    from server.services.demo_seed import seed_demo
    from tests.app.conftest import PASSWORD, unique_email

    state = build_state(Settings(data_dir=folder))
    made: list[Account] = []
    with state.db.write() as db:
        seed_demo(db)
        for role in ("customer", "staff"):
            email = unique_email(role)
            user = accounts.create_user(db, email=email, password=PASSWORD, role=role, active=True)
            made.append(Account(email=email, password=PASSWORD, customer_id=user.customer_id))
        product = Product(slug="restart-demo", name="Demo Anti-Virus", versions=["21.3.10.391"])
        db.add(product)
        db.flush()
        product_id = product.id
    state.db.dispose()
    proc = ServiceProcess(data_dir=folder)
    proc.start()
    return proc, (made[0], made[1], product_id)
