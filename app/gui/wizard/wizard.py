"""The support request wizard (W1–W8): a ``QWizard`` over ``app.core.wizard``'s state.

The state is a plain dataclass; the pages only show it and write changes back through
``changed()``, which saves the draft and records the step trail. Which step may follow is
the core's pure function (``flow``); the request body is the core's pure function
(``payload``). Submitting sends the files still missing, then the request with the draft's
own Idempotency-Key; a service that cannot be reached puts it in the outbox instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget, QWizard

from app.core import build_info, paths
from app.core.catalog import Catalog
from app.core.drafts import Draft, anonymous_token
from app.core.launch_links import LaunchRequest
from app.core.wizard import submission
from app.core.wizard.environment import detect_os
from app.core.wizard.fields import SECRET_FIELDS, TRACKED
from app.core.wizard.flow import (
    Facts,
    RequestTypeInfo,
    resume_point,
    settle,
    step_after,
    unsent_files,
)
from app.core.wizard.payload import support_request_payload
from app.core.wizard.state import AccountMode, Step, SysinfoRef, WizardState
from app.core.wizard.trail import StepTrail
from app.gui import translation
from app.gui.context import AppContext
from app.gui.feedback import is_unreachable, message_for, show_message
from app.gui.launch_notes import launch_problems
from app.gui.lifetime import follow
from app.gui.translation import translated
from app.gui.wizard.base import StepPage
from app.gui.wizard.drafts_ui import DraftSaver
from app.gui.wizard.review import DonePage, ReviewPage
from app.gui.wizard.step_pages import AccountPage, DetailsPage, SystemPage, TypePage
from app.gui.wizard.transfers import FAILED, OFFLINE, PAUSED, WAITING, TransferManager
from app.gui.wizard.widgets import STEP_TITLES, StepList


class RequestWizard(QWizard):
    DONE = 6
    # A staff member's replay of a customer's run (``staff.replay_wizard``): the pages show
    # the state without asking the service for anything of their own (a captcha, say).
    replaying = False

    submitted = Signal(object)  # RequestSummary
    queued = Signal(object)  # OutboxEntry
    open_request = Signal(int)
    forgot_requested = Signal()
    register_requested = Signal()

    def __init__(
        self, ctx: AppContext, *, draft: Draft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = translation.current()  # the interface's: its catalog, its trail
        self.state = draft.state if draft is not None else WizardState()
        build = build_info.current()
        self.trail = (
            draft.trail
            if draft is not None and draft.trail is not None
            else StepTrail(
                client_version=build.version,
                client_build=f"{build.commit}, {build.built}",
                language=self.language,
            )
        )
        self.launch_note = ""
        self.restoring = False
        self.submission = submission.Submission()
        self.outcome: tuple[str, Any] | None = None
        self.closing_quietly = False
        self._recorded: dict[str, Any] = {}
        self._os: str | None = None
        self._pending_launch: LaunchRequest | None = None
        self._start_with_catalog = False
        self.resumed = draft is not None
        self._resume_step = self.state.step  # where the draft was left

        self.setWindowTitle(self.tr("Request to Technical Support"))
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
        self._recorded = self._values()

        client = ctx.connection.client
        if client is not None:
            self.adopt_anonymous_identity()
        else:
            follow(ctx.connection.client_ready, self.adopt_anonymous_identity)
        follow(ctx.connection.catalog_changed, self._use_catalog)
        follow(ctx.connection.catalog_failed, self._catalog_failed)
        if self.catalog is not None and self.catalog.language == self.language:
            self._use_catalog()
        else:
            self.load_catalog()
        ctx.tasks.run(detect_os, on_done=self._os_detected, owner=self, name="detect os")
        follow(ctx.session.signed_in_changed, self._facts_changed)
        follow(ctx.session.profile_changed, self._facts_changed)
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
        client = self.ctx.connection.client
        if client is not None:
            client.transport.anonymous_token = anonymous_token(paths.drafts_dir())

    @property
    def catalog(self) -> Catalog | None:
        return self.ctx.connection.catalog

    @property
    def types(self) -> tuple[RequestTypeInfo, ...]:
        return self.catalog.request_types("support") if self.catalog is not None else ()

    @property
    def countries(self) -> tuple[tuple[str, str], ...] | None:
        return self.catalog.countries if self.catalog is not None else None

    def load_catalog(self) -> None:
        """The connection's catalog, in this wizard's language (once per service)."""
        if self.catalog is None:
            self.type_page.show_loading(True)
        self.ctx.connection.load_catalog(self.language)

    def _catalog_failed(self, error: BaseException) -> None:
        from app.api import errors

        if self.catalog is not None:
            return  # the copy kept on disk serves meanwhile
        if (
            isinstance(error, errors.ServiceUnreachable)
            and self.ctx.connection.service_state == "starting"
        ):
            # The first start of the local service (a launch link opens the wizard at once):
            # no error to act on; the catalog loads as soon as the service answers.
            self.type_page.show_waiting(
                self.tr("Starting the local service; the request types follow…")
            )
            return
        self.type_page.show_loading(
            False,
            self.tr("The request types and products could not be loaded. ") + message_for(error),
        )

    def _use_catalog(self) -> None:
        if self.catalog is None:
            return
        self.type_page.show_catalog()
        self.type_page.show_loading(False)
        self.details_page.show_countries()
        if self.currentPage() is self.review_page:
            self.review_page.show_summary()
        if self._start_with_catalog and self.currentId() == int(Step.TYPE):
            self._start_with_catalog = False
            self.start()
        if self._pending_launch is not None:
            launch, self._pending_launch = self._pending_launch, None
            self.apply_launch(launch)

    def type_title(self, code: str) -> str:
        return self.catalog.type_title(code, "support") if self.catalog is not None else code

    def product_name(self, product_id: int | None) -> str:
        return self.catalog.product_name(product_id) if self.catalog is not None else ""

    def product_versions(self) -> tuple[str, ...]:
        if self.catalog is None:
            return ()
        return self.catalog.versions(self.state.product_id)

    def country_name(self, code: str) -> str:
        return self.catalog.country_name(code) if self.catalog is not None else code

    # -- starting points --------------------------------------------------------------------

    def start(self, target: Step | None = None) -> None:
        """Show the first page, then go on to ``target`` (a resumed draft: where the user
        left off, or the first step still missing something), earlier steps behind Back."""
        if target is None and self.resumed and not self.types:
            self._start_with_catalog = True  # where to land needs the types: wait for them
            self.restart()
            return
        if target is None:
            target = Step.TYPE
            if self.resumed:
                self.state.step = self._resume_step
                target = resume_point(self.state, self.facts(), self.types)
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
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def next_id(self, step: Step) -> int:
        """The page after ``step``'s, as the core flow says (``QWizardPage.nextId``)."""
        following = step_after(step)
        return int(following) if following is not None else self.DONE

    # -- the world around the state ---------------------------------------------------------

    def facts(self) -> Facts:
        ctx = self.ctx
        return Facts(
            signed_in=ctx.session.signed_in,
            profile=dict(ctx.session.account) if ctx.session.signed_in else {},
            detected_os=self._detected_os(),
        )

    def _detected_os(self) -> str:
        return self._os or ""

    def _os_detected(self, name: str) -> None:
        """Detected on a worker (it reads the system's files); step 4 proposes it."""
        self._os = name
        if self.currentId() == int(Step.SYSTEM):
            self._facts_changed()

    def settle(self, step: Step) -> None:
        """Before ``step`` is shown: the core brings the state up to date with the facts."""
        for name in sorted(settle(self.state, step, self.facts(), self.types)):
            self.changed(name)

    def _facts_changed(self, *_args: Any) -> None:
        """Signed in or out, or the account's details arrived: settle and show the page."""
        current = self.currentId()
        if not 1 <= current <= 5:
            return
        self.settle(Step(current))
        page = self.currentPage()
        if isinstance(page, StepPage):
            page.show_state()

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
        assert self.catalog is not None
        prefill = self.catalog.resolve(
            request_type=launch.request_type, product=launch.product, version=launch.version
        )
        missing = launch_problems(prefill)
        state.request_type = prefill.request_type or state.request_type
        if prefill.product_id is not None:
            state.product_id = prefill.product_id
        if prefill.version:
            state.product_version = prefill.version
        state.from_launch_link = True
        given = [v for v in (launch.request_type, launch.product, launch.version) if v]
        self.launch_note = (
            self.tr("Filled in from your product's link.") if given and not missing else ""
        ) + (
            self.tr(" From your product's link: {problems}. Choose below.").format(
                problems="; ".join(missing)
            )
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
            if back and isinstance(page, StepPage):
                self.settle(Step(page_id))
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
        self._files_settled()

    # -- submitting -------------------------------------------------------------------------

    @property
    def anonymous(self) -> bool:
        return self.state.account_mode == AccountMode.SKIP

    @property
    def submitting(self) -> bool:
        return self.submission.busy

    def submit(self) -> None:
        self.record_changes(int(Step.REVIEW))
        self.dispatch(submission.Submit(signed_in=self.ctx.session.signed_in))

    def dispatch(self, event: submission.Event) -> None:
        """Feed ``event`` to the core's submission machine, show where it stands and do
        what it says."""
        self.submission, effects = submission.advance(
            self.submission, event, self.state, self.types
        )
        self.review_page.set_sending(self.submission.busy, translated(self.submission.progress))
        for effect in effects:
            self._perform(effect)

    def _perform(self, effect: submission.Effect) -> None:
        state = self.state
        if isinstance(effect, submission.GoBack):
            self.go_back_to(effect.step)
            page = self.currentPage()
            if effect.problems and hasattr(page, "show_problems"):
                page.show_problems(effect.problems)
            elif effect.message and isinstance(page, StepPage):
                self.say(page.message, translated(effect.message), "error")
            elif hasattr(page, "validatePage"):
                page.validatePage()  # shows what is missing there
        elif isinstance(effect, submission.AskCaptcha):
            self.review_page.ask_captcha(translated(effect.message))
        elif isinstance(effect, submission.ShowError):
            self.say(self.review_page.message, translated(effect.message), "error")
        elif isinstance(effect, submission.SendFiles):
            for ref in unsent_files(state):
                purpose = "sysinfo" if isinstance(ref, SysinfoRef) else "file"
                transfer = self.transfers.track(ref, purpose, start=False)
                if transfer.task is None and transfer.state in (WAITING, PAUSED, OFFLINE, FAILED):
                    self.transfers.start(ref)
            self._files_settled()
        elif isinstance(effect, submission.CreateRequest):
            payload = support_request_payload(state, self.trail.to_dict())
            key = state.idempotency_key
            self.ctx.connection.call(
                lambda client: client.create_support_request(payload, idempotency_key=key),
                on_done=self._sent,
                on_error=self._create_failed,
                owner=self,
                name="submit request",
            )
        elif isinstance(effect, submission.QueueRequest):
            self._queue()
        elif isinstance(effect, submission.RenewKey):
            state.new_submission()
        elif isinstance(effect, submission.ForgetUploads):
            for known in [*state.attachments, state.sysinfo]:
                if known is not None:
                    known.attachment_id = None
                    self.transfers.forget(known)
        elif isinstance(effect, submission.ForgetAccount):
            state.account_mode = ""
        elif isinstance(effect, submission.KeepDraft):
            self.drafts.save_now()
        elif isinstance(effect, submission.Finish):
            self._finish(effect.kind, effect.value)

    def _files_settled(self) -> None:
        """Once no upload runs, tell the machine which files the service still lacks."""
        if self.submission.phase is not submission.Phase.SENDING_FILES or self.transfers.running:
            return
        unsent = []
        for ref in unsent_files(self.state):
            transfer = self.transfers.get(ref)
            unsent.append(
                submission.UnsentFile(
                    ref.name,
                    offline=transfer is not None and transfer.state == OFFLINE,
                    message=(transfer.message or transfer.state)
                    if transfer
                    else self.tr("not sent"),
                )
            )
        self.dispatch(submission.FilesSettled(tuple(unsent)))

    def _sent(self, summary: Any) -> None:
        self.dispatch(submission.Created(summary))

    def _create_failed(self, error: BaseException) -> None:
        if is_unreachable(error):
            self.dispatch(submission.Unreachable())
            return
        self.dispatch(
            submission.Refused(
                message_for(error),
                status=int(getattr(error, "status", 0) or 0),
                code=str(getattr(error, "code", "") or ""),
                field_errors=dict(getattr(error, "field_errors", {}) or {}),
            )
        )

    def _queue(self) -> None:
        from app.core.outbox import Outbox
        from app.core.wizard.transfer import queue_request

        state = self.state
        payload = support_request_payload(state, self.trail.to_dict())
        account = str(self.ctx.session.account.get("customer_id", ""))
        outbox = Outbox(paths.outbox_dir())
        snapshot = WizardState.from_dict(state.to_dict())
        self.ctx.tasks.run(
            lambda: queue_request(outbox, snapshot, payload, account),
            on_done=lambda entry: self.dispatch(submission.Queued(entry)),
            on_error=lambda e: self.dispatch(submission.QueueFailed(message_for(e))),
            owner=self,
            name="queue request",
        )

    def _finish(self, kind: str, value: Any) -> None:
        self.outcome = (kind, value)
        if kind == "sent":
            self.trail.message_shown(5, f"Request sent as {value.get('number', '')}.")
        else:
            self.transfers.stop_all()
            self.trail.message_shown(5, "Service unreachable: request queued in the outbox.")
        self.drafts.discard(self.state.draft_id)
        (self.submitted if kind == "sent" else self.queued).emit(value)
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
        box.setWindowTitle(self.tr("Close the request"))
        box.setText(self.tr("Keep this request as a draft, to finish it later?"))
        box.setInformativeText(
            self.tr(
                "A draft is offered again the next time you start Personal Cabinet. Discarding "
                "it also stops and deletes its unfinished uploads."
            )
        )
        keep = box.addButton(self.tr("&Keep the draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("&Discard the request"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Continue &editing"), QMessageBox.ButtonRole.RejectRole)
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
