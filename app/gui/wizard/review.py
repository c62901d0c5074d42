"""Step 5 (review everything, Back corrects, Submit) and the page after it: the request
number to copy with "Open in My requests" — or, when the service could not be reached,
where the request waits."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.core.wizard.fields import label
from app.core.wizard.state import AccountMode, Step
from app.gui.theme import set_role
from app.gui.translation import translated
from app.gui.wizard.attachments import describe
from app.gui.wizard.base import StepPage
from app.gui.wizard.widgets import CaptchaBox

if TYPE_CHECKING:
    from app.gui.wizard.wizard import RequestWizard


class ReviewPage(StepPage):
    step = Step.REVIEW

    def __init__(self, wiz: RequestWizard) -> None:
        super().__init__(
            wiz,
            QCoreApplication.translate(
                "ReviewPage",
                "Check what you entered. Use Back (or a Change link) to correct it, then submit "
                "the request.",
            ),
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Submit request"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Your request"))
        self.summary.setOpenLinks(False)
        self.summary.anchorClicked.connect(self._change)
        self.outer.addWidget(self.summary, 1)
        self.captcha_note = QLabel(
            self.tr("Requests without an account need the characters from the picture:")
        )
        self.captcha = CaptchaBox(wiz.ctx)
        self.captcha_note.hide()
        self.captcha.hide()
        self.outer.addWidget(self.captcha_note)
        self.outer.addWidget(self.captcha)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending"))
        self.progress.hide()
        self.outer.addWidget(self.progress)
        self.finish_layout({"captcha_answer": self.captcha.answer})
        self.captcha.changed.connect(self._captcha_typed)
        self.captcha.failed = lambda text: wiz.say(self.message, text, "error")
        wiz.transfers.changed.connect(lambda _key: self._refresh())

    def show_state(self) -> None:
        self.show_summary()
        needs_captcha = self.state.account_mode == AccountMode.SKIP and not (
            self.state.captcha_id and self.state.captcha_answer
        )
        if needs_captcha and not self.wiz.replaying:
            self.ask_captcha()

    def ask_captcha(self, text: str = "") -> None:
        self.captcha_note.show()
        self.captcha.show()
        self.captcha.load()
        if text:
            self.show_problems({"captcha_answer": text})
        self.captcha.answer.setFocus()

    def _captcha_typed(self) -> None:
        if self.captcha.isVisible():
            self.state.captcha_id = self.captcha.captcha_id
            self.state.captcha_answer = self.captcha.text

    def _refresh(self) -> None:
        if self.wiz.currentPage() is self:
            self.show_summary()

    def _change(self, url: QUrl) -> None:
        if url.scheme() == "step":
            self.wiz.go_back_to(Step(int(url.path() or url.host() or 1)))

    def set_sending(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(text)
            self.progress.setTextVisible(bool(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.wiz.submitting

    def validatePage(self) -> bool:
        if self.wiz.outcome is not None:
            return True
        if not self.wiz.submitting:
            self.clear_errors()
            self.wiz.submit()
        return False

    # -- the summary ------------------------------------------------------------------------

    def show_summary(self) -> None:
        from app.core.wizard.transfer import human_size

        wiz, s = self.wiz, self.state
        rows: list[tuple[Step, str, list[tuple[str, str]]]] = []
        product = wiz.product_name(s.product_id)
        rows.append(
            (
                Step.TYPE,
                self.tr("Request type and product"),
                [
                    (translated(label("request_type")), escape(wiz.type_title(s.request_type))),
                    (translated(label("product_id")), escape(product)),
                ],
            )
        )
        if s.account_mode == AccountMode.SIGNED_IN:
            who = self.tr("Signed in as {signed_in_as}").format(signed_in_as=escape(s.signed_in_as))
        elif s.account_mode == AccountMode.SKIP:
            who = self.tr("Without an account (step skipped); the answer comes by e-mail")
        else:
            who = self.tr("Not chosen yet")
        rows.append((Step.ACCOUNT, self.tr("Account"), [(translated(label("account_mode")), who)]))
        details = [
            (translated(label("description")), escape(s.description).replace("\n", "<br>")),
            (translated(label("email")), escape(s.email)),
            (translated(label("country")), escape(wiz.country_name(s.country))),
            (translated(label("city")), escape(s.city) or "—"),
            (translated(label("company")), escape(s.company) or "—"),
        ]
        files = [
            f"{escape(a.name)} ({human_size(a.size)}) — "
            f"{escape(describe(wiz.transfers.get(a), human_size))}"
            for a in s.attachments
        ]
        details.append((translated(label("attachments")), "<br>".join(files) or self.tr("none")))
        rows.append((Step.DETAILS, self.tr("Your request"), details))
        report = self.tr("none")
        if s.sysinfo is not None:
            r = s.sysinfo
            report = (
                f"{escape(r.name)} ({human_size(r.size)}"
                + (f"; {escape(r.summary)}" if r.summary else "")
                + f") — {escape(describe(wiz.transfers.get(r), human_size))}"
            )
        rows.append(
            (
                Step.SYSTEM,
                self.tr("Your computer"),
                [
                    (translated(label("os_name")), escape(s.os_name)),
                    (translated(label("product_version")), escape(s.product_version) or "—"),
                    (translated(label("sysinfo")), report),
                ],
            )
        )
        change = self.tr("Change")
        html = ["<table cellspacing='0' cellpadding='3' width='100%'>"]
        for step, title, fields in rows:
            html.append(
                f"<tr><td colspan='2' style='padding-top:8px'><b>{step}. {title}</b> "
                f"&nbsp;<a href='step:{int(step)}'>{change}</a></td></tr>"
            )
            for name, value in fields:
                html.append(
                    f"<tr><td width='26%' valign='top' style='color:gray'>{name}</td>"
                    f"<td valign='top'>{value}</td></tr>"
                )
        html.append("</table>")
        position = self.summary.verticalScrollBar().value()
        self.summary.setHtml("".join(html))
        self.summary.verticalScrollBar().setValue(position)


class DonePage(QWizardPage):
    """After Submit: the number (copyable) and "Open in My requests"; or "queued"."""

    def __init__(self, wiz: RequestWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.number_label = QLabel(self.tr("Request &number"))
        self.number = QLineEdit()
        self.number.setReadOnly(True)
        self.number.setAccessibleName(self.tr("Request number"))
        self.number_label.setBuddy(self.number)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.number.setFont(font)
        self.copy = QPushButton(QIcon(":/icons/copy.svg"), self.tr("&Copy"))
        self.copy.setAccessibleName(self.tr("Copy the request number"))
        row.addWidget(self.number_label)
        row.addWidget(self.number, 1)
        row.addWidget(self.copy)
        layout.addLayout(row)
        self.copied = QLabel()
        set_role(self.copied, "success")
        layout.addWidget(self.copied)
        self.open_button = QPushButton(
            QIcon(":/icons/requests.svg"), self.tr("&Open in My requests")
        )
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout.addLayout(open_row)
        self.next_text = QLabel()
        self.next_text.setWordWrap(True)
        set_role(self.next_text, "hint")
        layout.addWidget(self.next_text)
        layout.addStretch(1)
        self.copy.clicked.connect(self.copy_number)
        self.open_button.clicked.connect(self._open)

    def initializePage(self) -> None:
        self.wiz.finished_steps()
        kind, value = self.wiz.outcome or ("", None)
        if kind == "sent":
            self.show_sent(value)
        else:
            self.show_queued(value)
        self.wiz.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Clos&e"))

    def show_sent(self, summary: Any) -> None:
        self.setTitle(self.tr("Your request has been sent"))
        self.setSubTitle(self.tr("Keep its number: the experts and My requests refer to it."))
        email = escape(self.wiz.state.email)
        signed_in = self.wiz.state.account_mode == AccountMode.SIGNED_IN
        self.text.setText(
            (
                self.tr(
                    "Technical Support received your request. A confirmation is on its way to "
                    "<b>{email}</b>; the experts answer there and in My requests."
                )
                if signed_in
                else self.tr(
                    "Technical Support received your request. A confirmation is on its way to "
                    "<b>{email}</b>; the experts answer there."
                )
            ).format(email=email)
        )
        self.number.setText(str(summary.get("number", "")))
        for widget in (self.number_label, self.number, self.copy):
            widget.show()
        self.open_button.setVisible(signed_in)
        self.next_text.setText(
            self.tr(
                "Requests whose content does not match their type are not processed; if you "
                "chose the wrong type, reply to the confirmation and say so."
            )
        )
        self.number.setFocus()
        self.number.selectAll()

    def show_queued(self, entry: Any) -> None:
        files = bool(getattr(entry, "files", None))
        self.setTitle(self.tr("Your request will be sent when the service answers"))
        self.setSubTitle(
            self.tr("It waits on this computer")
            + (self.tr(", with copies of its files.") if files else ".")
        )
        service = escape(self.wiz.ctx.connection.service_url)
        self.text.setText(
            self.tr(
                "The support service at {service} could not be reached. Your request is kept in "
                "the outbox on this computer and is sent by itself, exactly once, as soon as the "
                "service answers — also after a restart of Personal Cabinet. Its number appears "
                "under Support request when it has been sent."
            ).format(service=service)
        )
        for widget in (self.number_label, self.number, self.copy, self.open_button):
            widget.hide()
        self.copied.clear()
        self.next_text.setText(
            self.tr("You can close this window.")
            + (
                self.tr(" The files were copied, so you may move or delete the originals.")
                if files
                else ""
            )
        )

    def copy_number(self) -> None:
        QGuiApplication.clipboard().setText(self.number.text())
        self.copied.setText(
            self.tr("{number} is copied to the clipboard.").format(number=self.number.text())
        )

    def _open(self) -> None:
        kind, value = self.wiz.outcome or ("", None)
        if kind == "sent" and value is not None:
            self.wiz.open_request.emit(int(value["id"]))
