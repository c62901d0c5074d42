"""Mail floods: one account cannot make the service mail an address (or anyone) without
end; every mail counts against its recipient and the account that caused it."""

from __future__ import annotations

import uuid

from tests.server.conftest import ServiceFactory, new_account, unique_email
from tests.support.mailbox import Mailbox
from tests.support.support_requests import make_product, support_body

TRIES = 12


def test_request_confirmations_to_one_address_are_budgeted(
    make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    svc = make_service(mail_recipient_budget=4, mail_account_budget=100)
    product = make_product(svc)
    user = new_account(svc)
    victim = unique_email("victim")
    statuses = [
        user.post("/requests/support", json=support_body(product, email=victim)).status_code
        for _ in range(TRIES)
    ]
    assert statuses[:4] == [201] * 4
    assert set(statuses[4:]) == {429}
    refused = user.post("/requests/support", json=support_body(product, email=victim))
    assert refused.json()["code"] == "too_many_mails" and int(refused.headers["Retry-After"]) >= 1
    mailbox.wait_for(victim, subject="received", count=4)
    assert len(mailbox.all_for(victim)) == 4
    # Refused means not filed: only the four that were mailed exist.
    assert len(user.get("/requests").json()["items"]) == 4


def test_one_account_sends_a_bounded_number_of_mails(
    make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    svc = make_service(mail_recipient_budget=100, mail_account_budget=5)
    user = new_account(svc)
    targets = [f"change-{uuid.uuid4().hex[:8]}@example.com" for _ in range(TRIES)]
    statuses = [
        user.post("/me/email", json={"new_email": t, "password": user.password}).status_code
        for t in targets
    ]
    assert statuses[:5] == [202] * 5
    assert set(statuses[5:]) == {429}
    for target in targets[:5]:
        mailbox.wait_for(target, subject="Confirm your new")
    assert sum(len(mailbox.all_for(t)) for t in targets) == 5


def test_email_change_mails_to_one_address_are_budgeted(
    make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    svc = make_service(mail_recipient_budget=3, mail_account_budget=100)
    victim = unique_email("victim")
    statuses = []
    for _ in range(2):  # two accounts, one address: the address's budget is shared
        user = new_account(svc)
        statuses += [
            user.post(
                "/me/email", json={"new_email": victim, "password": user.password}
            ).status_code
            for _ in range(TRIES // 2)
        ]
    assert statuses[:3] == [202] * 3 and set(statuses[3:]) == {429}
    mailbox.wait_for(victim, count=3)
    assert len(mailbox.all_for(victim)) == 3


def test_budgets_are_spent_together_or_not_at_all(make_service: ServiceFactory) -> None:
    """The one-statement spend: a refusal by one budget takes back what the call counted
    against the others, and a window that has passed starts counting afresh."""
    from datetime import timedelta

    from server.services import throttle

    svc = make_service()
    assert svc.state is not None
    window = timedelta(minutes=10)
    tight, loose = f"t:{uuid.uuid4().hex}", f"l:{uuid.uuid4().hex}"
    both = [(tight, 1), (loose, 3)]

    def spend(budgets: list[tuple[str, int]]) -> int:
        assert svc.state is not None
        with svc.state.db.write() as db:
            return throttle.spend_all(db, budgets=budgets, window=window)

    assert spend(both) == 0
    wait = spend(both)  # the tight one refuses: the loose one counts nothing
    assert 0 < wait <= 600
    assert [spend([(loose, 3)]) for _ in range(2)] == [0, 0]  # 1 with both, 2 alone
    assert spend([(loose, 3)]) > 0  # the fourth is refused
    svc.clock.advance(window)
    assert spend(both) == 0  # a new window for both
