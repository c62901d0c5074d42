"""The support request wizard (W1–W8): a ``QWizard`` over ``app.core.wizard``'s state.

The state is a plain dataclass; the pages only show it and write changes back through
``changed()``, which saves the draft and records the step trail. Which step may follow is
the core's pure function (``flow``); the request body is the core's pure function
(``payload``). Submitting sends the files still missing, then the request with the draft's
own Idempotency-Key; a service that cannot be reached puts it in the outbox instead.
"""

from __future__ import annotations

import importlib.metadata
from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget, QWizard

from app.core import paths
from app.core.drafts import Draft, anonymous_token
from app.core.launch_links import LaunchRequest
from app.core.wizard.environment import countries, interface_language
from app.core.wizard.flow import RequestTypeInfo, first_incomplete, unsent_files
from app.core.wizard.payload import support_request_payload
from app.core.wizard.state import (
    SECRET_FIELDS,
    AccountMode,
    Step,
    SysinfoRef,
    WizardState,
)
from app.core.wizard.trail import StepTrail
from app.gui.context import AppContext
from app.gui.feedback import is_unreachable, message_for, show_message
from app.gui.wizard.drafts_ui import DraftSaver, catalog_cache
from app.gui.wizard.review import DonePage, ReviewPage
from app.gui.wizard.step_pages import AccountPage, DetailsPage, SystemPage, TypePage
from app.gui.wizard.transfers import FAILED, OFFLINE, PAUSED, WAITING, TransferManager
from app.gui.wizard.widgets import STEP_TITLES, StepList

# Fields followed by the trail (values only for the allow-list in ``trail.RECORDED_VALUES``).
TRACKED = (
    "request_type",
    "product_id",
    "account_mode",
    "login",
    "password",
    "captcha_answer",
    "description",
    "email",
    "country",
    "city",
    "company",
    "attachments",
    "os_name",
    "product_version",
    "sysinfo",
)


def client_version() -> str:
    try:
        return importlib.metadata.version("personal-cabinet")
    except importlib.metadata.PackageNotFoundError:
        return "0.1.0"


class RequestWizard(QWizard):
    DONE = 6

    submitted = Signal(object)  # RequestSummary
    queued = Signal(object)  # OutboxEntry
    open_request = Signal(int)
    forgot_requested = Signal()
    register_requested = Signal()
    _countries_loaded = Signal()

    def __init__(
        self, ctx: AppContext, *, draft: Draft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = interface_language(ctx.settings.language)
        self.state = draft.state if draft is not None else WizardState()
        self.trail = (
            draft.trail
            if draft is not None and draft.trail is not None
            else StepTrail(client_version=client_version(), language=self.language)
        )
        self.catalog: dict[str, Any] | None = ctx.catalog
        self.types: list[RequestTypeInfo] = []
        self.countries: list[tuple[str, str]] | None = None
        self.launch_note = ""
        self.restoring = False
        self.submitting = False
        self.outcome: tuple[str, Any] | None = None
        self.closing_quietly = False
        self._recorded: dict[str, Any] = {}
        self._loading_catalog = False
        self._loading_countries = False
        self._pending_launch: LaunchRequest | None = None
        self._retried_files = False
        self._start_with_catalog = False
        self.resumed = draft is not None
        self._resume_step = self.state.step  # where the draft was left

        self.setWindowTitle("Request to Technical Support")
        self.setWindowIcon(QIcon(":/icons/support.svg"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(QSize(860, 640))
        self.resize(960, 720)
        self.transfers = TransferManager(ctx, self)
        self.drafts = DraftSaver(ctx.tasks, lambda: (self.state, self.trail), self)
        self.steps = StepList()
        self.setSideWidget(self.steps)

        self.type_page = TypePage(self)
        self.account_page = AccountPage(self)
        self.details_page = DetailsPage(self)
        self.system_page = SystemPage(self)
        self.review_page = ReviewPage(self)
        self.done_page = DonePage(self)
        for step, page in (
            (Step.TYPE, self.type_page),
            (Step.ACCOUNT, self.account_page),
            (Step.DETAILS, self.details_page),
            (Step.SYSTEM, self.system_page),
            (Step.REVIEW, self.review_page),
        ):
            self.setPage(int(step), page)
        self.setPage(self.DONE, self.done_page)
        self.setStartId(int(Step.TYPE))
        self.currentIdChanged.connect(self._page_changed)
        self._last_id = -1
        self.transfers.finished.connect(self._transfer_finished)
        self._countries_loaded.connect(self._show_countries)
        self._recorded = self._values()

        client = ctx.client
        if client is not None:
            self.adopt_anonymous_identity()
        else:
            ctx.client_ready.connect(self.adopt_anonymous_identity)
        if self.catalog is not None:
            self._use_catalog(self.catalog)
        else:
            self.load_catalog()
        ctx.health_changed.connect(self._health_changed)
        # A resumed draft's unfinished files go on once step 2 has settled who sends them
        # (signed in again, or without an account), when the user reaches step 3.
        self._draft_files_waiting = draft is not None
        if draft is not None:
            self.trail.message_shown(int(self.state.step), "Draft resumed.", level="info")
            for ref in list(self.state.attachments):
                self.transfers.track(ref, "file", start=False)
            if self.state.sysinfo is not None:
                self.transfers.track(self.state.sysinfo, "sysinfo", start=False)

    # -- identity, catalog, countries -------------------------------------------------------

    def adopt_anonymous_identity(self) -> None:
        """Files sent without an account belong to this profile's lasting anonymous token,
        so a draft resumed after a restart can still file its request with them."""
        client = self.ctx.client
        if client is not None:
            client.transport.anonymous_token = anonymous_token(paths.drafts_dir())

    def load_catalog(self) -> None:
        if self._loading_catalog:
            return
        self._loading_catalog = True
        self.type_page.show_loading(True)
        cache = catalog_cache()

        def fetch(client: Any) -> dict[str, Any]:
            import json

            from app.api import errors

            try:
                return dict(client.catalog(self.language))
            except errors.ServiceUnreachable:
                if cache.exists():  # offline: the last catalog seen still works
                    return dict(json.loads(cache.read_text(encoding="utf-8")))
                raise

        self.ctx.call(
            fetch,
            on_done=self._use_catalog,
            on_error=self._catalog_failed,
            on_finally=self._catalog_done,
            owner=self,
            name="wizard catalog",
        )

    def _catalog_failed(self, error: BaseException) -> None:
        from app.api import errors

        if isinstance(error, errors.ServiceUnreachable) and self.ctx.service_state == "starting":
            # The first start of the local service (a launch link opens the wizard at once):
            # no error to act on; the catalog loads as soon as the service answers.
            self.type_page.show_waiting("Starting the local service; the request types follow…")
            return
        self.type_page.show_loading(
            False, "The request types and products could not be loaded. " + message_for(error)
        )

    def _catalog_done(self) -> None:
        self._loading_catalog = False
        if not self.type_page.waiting:
            self.type_page.busy.hide()

    def _health_changed(self) -> None:
        """A catalog that could not be loaded is fetched again once the service answers."""
        if self.catalog is None and self.ctx.reachable and not self._loading_catalog:
            self.load_catalog()

    def _use_catalog(self, catalog: dict[str, Any]) -> None:
        self.catalog = catalog
        if self.ctx.catalog is None:
            self.ctx.catalog = catalog
        from app.core import atomic

        cache = catalog_cache()
        self.ctx.tasks.run(lambda: atomic.write_json(cache, catalog), name="catalog cache")
        self.types = [
            RequestTypeInfo(t["code"], t["title"], t["description"], bool(t.get("skippable")))
            for t in catalog.get("request_types", {}).get("support", [])
        ]
        self.type_page.show_catalog()
        self.type_page.show_loading(False)
        if self._start_with_catalog and self.currentId() == int(Step.TYPE):
            self._start_with_catalog = False
            self.start()
        if self._pending_launch is not None:
            launch, self._pending_launch = self._pending_launch, None
            self.apply_launch(launch)

    def load_countries(self) -> None:
        if self._loading_countries or self.countries is not None:
            return
        self._loading_countries = True
        language = self.language

        def loaded(names: list[tuple[str, str]]) -> None:
            self.countries = names
            self._countries_loaded.emit()

        self.ctx.tasks.run(
            lambda: countries(language), on_done=loaded, owner=self, name="countries"
        )

    def _show_countries(self) -> None:
        self.details_page.show_countries()
        if self.currentPage() is self.review_page:
            self.review_page.show_summary()

    def type_title(self, code: str) -> str:
        return next((t.title for t in self.types if t.code == code), code)

    def product(self, product_id: int | None) -> dict[str, Any] | None:
        products = (self.catalog or {}).get("products", [])
        return next((p for p in products if p["id"] == product_id), None)

    def product_name(self, product_id: int | None) -> str:
        product = self.product(product_id)
        return str(product["name"]) if product else ""

    def product_versions(self) -> list[str]:
        product = self.product(self.state.product_id)
        return list(product.get("versions", [])) if product else []

    def country_name(self, code: str) -> str:
        return dict(self.countries or []).get(code, code)

    # -- starting points --------------------------------------------------------------------

    def start(self, target: Step | None = None) -> None:
        """Show the first page, then go on to ``target`` (a resumed draft: where the user
        left off, or the first step still missing something), earlier steps behind Back."""
        if target is None and self.resumed and not self.types:
            self._start_with_catalog = True  # where to land needs the types: wait for them
            self.restart()
            return
        if target is None:
            target = self._resume_step if self.resumed else Step.TYPE
            if self.resumed:
                if self.state.account_mode == AccountMode.SIGNED_IN and not self.ctx.signed_in:
                    self.state.account_mode = ""
                target = min(target, first_incomplete(self.state, self.types))
        self.restart()
        self.go_to(target)

    def go_to(self, step: Step) -> None:
        self.restoring = True
        try:
            while self.currentId() < int(step) and self.currentId() != -1:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.restoring = False
        current = self.currentId()
        if 1 <= current <= 5:
            self._arrived(Step(current))
            QTimer.singleShot(0, lambda: self._focus(current))

    def go_back_to(self, step: Step) -> None:
        while self.currentId() > int(step):
            self.back()

    def apply_selection(self, selection: dict[str, Any]) -> None:
        """From the Support request page: type, product, version chosen there."""
        state = self.state
        state.request_type = selection.get("type") or state.request_type
        state.product_id = selection.get("product_id") or state.product_id
        state.product_version = selection.get("version") or state.product_version
        self.changed("request_type", record=True)
        if self.currentId() == int(Step.TYPE):
            self.type_page.show_state()

    def apply_launch(self, launch: LaunchRequest) -> None:
        """A product's link: type, product (slug or name) and version, prefilled."""
        if not self.types:
            self._pending_launch = launch
            return
        state = self.state
        missing: list[str] = []
        if launch.request_type:
            if any(t.code == launch.request_type for t in self.types):
                state.request_type = launch.request_type
            else:
                missing.append(f"the request type “{launch.request_type}” is not one we know")
        if launch.product:
            wanted = launch.product.casefold()
            product = next(
                (
                    p
                    for p in (self.catalog or {}).get("products", [])
                    if wanted in (str(p["slug"]).casefold(), str(p["name"]).casefold())
                ),
                None,
            )
            if product is not None:
                state.product_id = product["id"]
            else:
                missing.append(f"the product “{launch.product}” is not in the catalog")
        if launch.version:
            state.product_version = launch.version
        state.from_launch_link = True
        given = [v for v in (launch.request_type, launch.product, launch.version) if v]
        self.launch_note = (
            "Filled in from your product's link." if given and not missing else ""
        ) + (
            " From your product's link: " + "; ".join(missing) + ". Choose below."
            if missing
            else ""
        )
        self.changed("request_type", record=True)
        if self.currentId() == int(Step.TYPE):
            self.type_page.show_state()
            if missing:
                self.say(self.type_page.message, self.launch_note.strip(), "warning")

    @property
    def pristine(self) -> bool:
        """Nothing typed yet beyond step 1: a new link may replace the choices."""
        s = self.state
        return not (s.description or s.attachments or s.sysinfo) and self.outcome is None

    # -- the state changes ------------------------------------------------------------------

    def changed(self, name: str, *, record: bool = False, save: bool = True) -> None:
        """A page wrote ``name`` into the state: save the draft (not for secrets alone) and,
        for choices (``record``), note it in the trail now; typing is noted on leaving."""
        if record:
            self.record_changes(self.current_step)
        if save and name not in SECRET_FIELDS and self.outcome is None:
            self.drafts.schedule()

    @property
    def current_step(self) -> int:
        current = self.currentId()
        return current if 1 <= current <= 5 else int(self.state.step)

    def _values(self) -> dict[str, Any]:
        s = self.state
        values: dict[str, Any] = {name: getattr(s, name) for name in TRACKED}
        # Files as names and sizes only: paths name the user's folders.
        values["attachments"] = ", ".join(f"{a.name} ({a.size} bytes)" for a in s.attachments)
        values["sysinfo"] = f"{s.sysinfo.name} ({s.sysinfo.size} bytes)" if s.sysinfo else ""
        return values

    def record_changes(self, step: int) -> None:
        """Note in the trail every tracked field whose value changed since last noted."""
        values = self._values()
        for name, value in values.items():
            if value != self._recorded.get(name):
                self.trail.value_changed(step, name, value)
        self._recorded = values

    def record_message(self, step: int, text: str, level: str = "info") -> None:
        if text:
            self.trail.message_shown(step, text, level=level)

    def say(self, label: QLabel, text: str, level: str = "error", *, record: bool = True) -> None:
        """Show a message on a page (and note it in the trail)."""
        show_message(label, text, level)
        if text and record:
            self.record_message(self.current_step, text, level)

    def _page_changed(self, page_id: int) -> None:
        back = 0 < page_id < self._last_id
        self._last_id = page_id
        page = self.page(page_id)
        if 1 <= page_id <= 5:
            self.entered(Step(page_id))
            if back and hasattr(page, "show_state"):
                page.show_state()  # Back: show the state as it is now
        if not self.restoring:
            QTimer.singleShot(0, lambda: self._focus(page_id))

    def _focus(self, page_id: int) -> None:
        if self.currentId() != page_id:
            return
        page = self.currentPage()
        first = page.first_field() if hasattr(page, "first_field") else None
        if first is None or not first.isEnabled() or not first.isVisible():
            first = self.button(
                QWizard.WizardButton.CommitButton
                if page is self.review_page
                else QWizard.WizardButton.NextButton
            )
        first.setFocus()

    def entered(self, step: Step) -> None:
        if self.state.step != step:
            self.state.step = step
            if self.outcome is None and self._has_content():
                self.drafts.schedule()
        if not self.restoring:
            self._arrived(step)
        self.steps.show_step(int(step))

    def _arrived(self, step: Step) -> None:
        """The user sees ``step`` (not a page passed through while restoring a draft)."""
        self.trail.step_shown(int(step), STEP_TITLES[step])
        if step >= Step.DETAILS and self._draft_files_waiting:
            self._draft_files_waiting = False
            for ref in unsent_files(self.state):
                self.transfers.start(ref)

    def finished_steps(self) -> None:
        self.steps.show_step(int(Step.REVIEW), finished=True)

    def _has_content(self) -> bool:
        s = self.state
        return bool(s.request_type or s.product_id or s.description or s.attachments)

    def _transfer_finished(self, _key: str) -> None:
        if self.outcome is None:
            self.drafts.schedule()
        if self.submitting:
            self._files_settled()

    # -- submitting -------------------------------------------------------------------------

    @property
    def anonymous(self) -> bool:
        return self.state.account_mode == AccountMode.SKIP

    def submit(self, *, retry: bool = False) -> None:
        state = self.state
        if state.account_mode == AccountMode.SIGNED_IN and not self.ctx.signed_in:
            state.account_mode = ""
        step = first_incomplete(state, self.types)
        if step is not Step.REVIEW:
            self.go_back_to(step)
            page = self.currentPage()
            if hasattr(page, "validatePage"):
                page.validatePage()  # shows what is missing there
            return
        if self.anonymous and not (state.captcha_id and state.captcha_answer):
            self.review_page.ask_captcha("Type the characters from the picture.")
            return
        self.record_changes(int(Step.REVIEW))
        self.submitting = True
        self._retried_files = retry
        self.review_page.set_sending(True, "Sending the files…")
        for ref in unsent_files(state):
            purpose = "sysinfo" if isinstance(ref, SysinfoRef) else "file"
            transfer = self.transfers.track(ref, purpose, start=False)
            if transfer.task is None and transfer.state in (WAITING, PAUSED, OFFLINE, FAILED):
                self.transfers.start(ref)
        self._files_settled()

    def _files_settled(self) -> None:
        if not self.submitting or self.transfers.running:
            return
        unsent = unsent_files(self.state)
        if not unsent:
            self._create()
            return
        offline = [r for r in unsent if (t := self.transfers.get(r)) and t.state == OFFLINE]
        if offline and len(offline) == len(unsent):
            self._unreachable()
            return
        self._stop(
            "Some files could not be sent: "
            + " ".join(
                f"{r.name}: {t.message or t.state}."
                for r in unsent
                if (t := self.transfers.get(r)) is not None
            )
            + " Remove them on their step, or submit again."
        )

    def _create(self) -> None:
        state = self.state
        self.review_page.set_sending(True, "Sending the request…")
        payload = support_request_payload(state, self.trail.to_dict())
        key = state.idempotency_key
        self.ctx.call(
            lambda client: client.create_support_request(payload, idempotency_key=key),
            on_done=self._sent,
            on_error=self._create_failed,
            owner=self,
            name="submit request",
        )

    def _sent(self, summary: Any) -> None:
        self.submitting = False
        self.review_page.set_sending(False)
        self.outcome = ("sent", summary)
        self.trail.message_shown(5, f"Request sent as {summary.get('number', '')}.")
        self.drafts.discard(self.state.draft_id)
        self.submitted.emit(summary)
        self.next()

    def _create_failed(self, error: BaseException) -> None:
        if is_unreachable(error):
            self._unreachable()
            return
        state = self.state
        code = getattr(error, "code", "")
        answered = getattr(error, "status", 0) not in (0, 401, 409, 429) and code not in (
            "idempotency_in_progress",
        )
        if answered:
            state.new_submission()  # the service kept its answer under the old key
        field_errors: dict[str, str] = dict(getattr(error, "field_errors", {}) or {})
        if code == "captcha_invalid":
            self._stop("")
            self.review_page.ask_captcha(message_for(error))
            return
        if code == "attachment_not_found" and not self._retried_files:
            # Files uploaded under another identity (the account changed on step 2) or gone
            # from the service meanwhile: send them all again, once.
            for ref in [*state.attachments, state.sysinfo]:
                if ref is not None:
                    ref.attachment_id = None
                    self.transfers.forget(ref)
            self.submitting = False
            self.submit(retry=True)
            return
        if code == "sign_in_required" or getattr(error, "status", 0) == 401:
            state.account_mode = ""
            self._stop("")
            self.go_back_to(Step.ACCOUNT)
            self.say(self.account_page.message, message_for(error), "error")
            return
        where = self._step_of_fields(field_errors)
        if where is not None:
            self._stop("")
            self.go_back_to(where)
            page = self.currentPage()
            if hasattr(page, "show_problems"):
                page.show_problems(field_errors)
            return
        self._stop(message_for(error))

    @staticmethod
    def _step_of_fields(field_errors: dict[str, str]) -> Step | None:
        steps = {
            "type": Step.TYPE,
            "request_type": Step.TYPE,
            "product_id": Step.TYPE,
            "description": Step.DETAILS,
            "email": Step.DETAILS,
            "country": Step.DETAILS,
            "city": Step.DETAILS,
            "company": Step.DETAILS,
            "attachment_ids": Step.DETAILS,
            "os": Step.SYSTEM,
            "product_version": Step.SYSTEM,
            "sysinfo_attachment_id": Step.SYSTEM,
        }
        found = [steps[name] for name in field_errors if name in steps]
        return min(found) if found else None

    def _stop(self, text: str) -> None:
        self.submitting = False
        self.review_page.set_sending(False)
        if text:
            self.say(self.review_page.message, text, "error")

    def _unreachable(self) -> None:
        if self.anonymous:
            # Decision: a request without an account is not queued. The service must check
            # the captcha, which is single-use and expires within minutes, so a queued copy
            # could never be sent unattended. The draft keeps it instead.
            self.drafts.save_now()
            self._stop(
                "The service cannot be reached, and a request without an account needs it "
                "right away to check the characters from the picture, so it cannot wait in "
                "the outbox. Your request is kept as a draft: submit it again when the "
                "service answers (the status bar shows when). Or go back to step 2 and sign "
                "in — signed-in requests wait in the outbox and go out by themselves."
            )
            return
        from app.core.wizard.transfer import queue_request

        state = self.state
        payload = support_request_payload(state, self.trail.to_dict())
        account = str(self.ctx.account.get("customer_id", ""))
        self.review_page.set_sending(True, "Keeping the request in the outbox…")
        from app.core.outbox import Outbox

        outbox = Outbox(paths.outbox_dir())
        snapshot = WizardState.from_dict(state.to_dict())
        self.ctx.tasks.run(
            lambda: queue_request(outbox, snapshot, payload, account),
            on_done=self._queued,
            on_error=lambda e: self._stop("The request could not be kept: " + message_for(e)),
            owner=self,
            name="queue request",
        )

    def _queued(self, entry: Any) -> None:
        self.submitting = False
        self.review_page.set_sending(False)
        self.transfers.stop_all()
        self.outcome = ("queued", entry)
        self.trail.message_shown(5, "Service unreachable: request queued in the outbox.")
        self.drafts.discard(self.state.draft_id)
        self.queued.emit(entry)
        self.next()

    # -- closing ----------------------------------------------------------------------------

    def _keep(self) -> None:
        """Leaving without a question: the newest state is in the draft (offered at the next
        start) and the uploads stop where they are (they resume then)."""
        self.closing_quietly = True
        if self.outcome is None and self._has_content():
            self.drafts.flush()
        self.transfers.stop_all()

    def close_quietly(self) -> None:
        """At quit: keep the draft and close."""
        self._keep()
        self.close()

    def reject(self) -> None:
        if self.closing_quietly or self.outcome is not None or not self._has_content():
            self._really_close()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Close the request")
        box.setText("Keep this request as a draft, to finish it later?")
        box.setInformativeText(
            "A draft is offered again the next time you start Personal Cabinet. Discarding "
            "it also stops and deletes its unfinished uploads."
        )
        keep = box.addButton("&Keep the draft", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("&Discard the request", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Continue &editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            self.drafts.flush()
            self.transfers.stop_all()
            self._really_close()
        elif box.clickedButton() is discard:
            self.discard()

    def discard(self) -> None:
        """Throw the request away: the draft, and the unfinished uploads on the service."""
        self.trail.message_shown(self.current_step, "Request discarded.")
        self.drafts.discard(self.state.draft_id)
        for ref in list(self.state.attachments) + (
            [self.state.sysinfo] if self.state.sysinfo else []
        ):
            self.transfers.remove(ref)
        self.outcome = ("discarded", None)
        self._really_close()

    def _really_close(self) -> None:
        self.closing_quietly = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks like Cancel; any other close (the application
        quitting, Ctrl+C, a log-out) keeps the draft without a question — a question
        here would stop the application from quitting."""
        if event.spontaneous() and not (
            self.closing_quietly or self.outcome is not None or not self._has_content()
        ):
            event.ignore()
            self.reject()
            return
        if not self.closing_quietly:
            self._keep()
        super().closeEvent(event)
