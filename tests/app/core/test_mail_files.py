"""The embedded service's mails as the Local mailbox reads them: links, codes, and which
links open a dialog of ours."""

from __future__ import annotations

from pathlib import Path

from app.core.mail_files import action_of, body_html, read_mails
from server.services.mail import Mailer


def test_the_mailbox_reads_the_services_mails_with_links_and_codes(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    mailer = Mailer("", folder, "Personal Cabinet <no-reply@personal-cabinet.invalid>")
    mailer.send(
        "ada@example.com",
        "Activate your Personal Cabinet account",
        "To activate your account, open this link:\n"
        "http://127.0.0.1:8765/activate?token=tok-123_ABC\n\n"
        "or paste this activation code into the application:\ntok-123_ABC\n",
    )
    mailer.send("ada@example.com", "Your sign-in code", "Your one-time sign-in code is 123456\n")
    mails = read_mails(folder)
    assert len(mails) == 2
    by_subject = {m.subject: m for m in mails}
    activation = by_subject["Activate your Personal Cabinet account"]
    assert activation.to == "ada@example.com"
    assert activation.codes == ["tok-123_ABC"]
    assert action_of(activation.links[0]) == ("activate", "tok-123_ABC")
    assert '<a href="http://127.0.0.1:8765/activate?token=tok-123_ABC">' in body_html(activation)
    assert by_subject["Your sign-in code"].codes == ["123456"]
    assert action_of("https://example.com/other?token=x") is None
    assert read_mails(tmp_path / "missing") == []
