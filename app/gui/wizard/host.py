"""Where the wizard meets the main window: opening it (from Support request, from a
product's link, from a draft), the offer to resume a draft at start, and the outbox that
sends queued requests when the service is back. The main window owns one ``WizardHost``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Slot

from app.core import catalog
from app.core.catalog import Catalog
from app.core.drafts import Draft
from app.core.launch_links import LaunchRequest
from app.core.outbox import OutboxEntry
from app.core.wizard.flow import missing
from app.core.wizard.state import Step, WizardState
from app.gui import translation
from app.gui.context import AppContext
from app.gui.wizard.drafts_ui import DraftOffer, draft_store
from app.gui.wizard.outbox_ui import OutboxController, OutboxView

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow
    from app.gui.wizard.wizard import RequestWizard


class WizardHost(QObject):
    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.wizard: RequestWizard | None = None
        self.draft_offer = DraftOffer()
        self.draft_offer.resume.connect(self.resume)
        self.draft_offer.discard.connect(self.discard_draft)
        self.outbox = OutboxController(ctx, self)
        self.outbox.sent.connect(self._outbox_sent)
        self._views: list[OutboxView] = []
        QTimer.singleShot(0, self.check_drafts)
        QTimer.singleShot(0, self.outbox.refresh)

    # -- the wizard -------------------------------------------------------------------------

    @property
    def current(self) -> RequestWizard | None:
        if self.wizard is not None and shiboken6.isValid(self.wizard):
            return self.wizard
        return None

    def open(
        self,
        *,
        selection: dict[str, Any] | None = None,
        launch: LaunchRequest | None = None,
        draft: Draft | None = None,
    ) -> RequestWizard:
        """Bring the wizard up: the one already open, or a new one (from a draft)."""
        wizard = self.current
        if wizard is not None:
            if launch is not None:
                if wizard.pristine:
                    wizard.apply_launch(launch)
                else:
                    self.window.notice(
                        self.tr(
                            "Your product sent a new request link; finish or close the request "
                            "that is open first."
                        ),
                        "info",
                    )
            self._raise(wizard)
            return wizard
        from app.gui.wizard.wizard import RequestWizard

        wizard = RequestWizard(self.ctx, draft=draft, parent=self.window)
        wizard.setWindowFlag(Qt.WindowType.Window, True)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open_request.connect(self.window_open_request)
        wizard.forgot_requested.connect(self.window.open_forgot)
        wizard.register_requested.connect(self.window.open_register)
        wizard.queued.connect(self._queued)
        wizard.submitted.connect(lambda _summary: self.window.requests_changed())
        wizard.finished.connect(lambda _code: self._gone(wizard))
        self.wizard = wizard
        target: Step | None = None
        if selection is not None:
            wizard.apply_selection(selection)
            if wizard.types and not missing(wizard.state, Step.TYPE, wizard.types):
                target = Step.ACCOUNT
        if launch is not None:
            wizard.apply_launch(launch)
        if draft is not None:
            self.draft_offer.hide()
        wizard.start(target)
        wizard.show()
        self._raise(wizard)
        return wizard

    def _gone(self, wizard: RequestWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
            QTimer.singleShot(0, self.check_drafts)  # a kept draft is offered again

    @staticmethod
    def _raise(wizard: RequestWizard) -> None:
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    def close_quietly(self) -> None:
        wizard = self.current
        if wizard is not None:
            wizard.close_quietly()

    def window_open_request(self, request_id: int) -> None:
        self.window.open_request(request_id)

    # -- drafts -----------------------------------------------------------------------------

    def check_drafts(self) -> None:
        """Offer the newest unfinished request (drafts read on a worker)."""
        store = draft_store()

        url, language = (
            self.ctx.connection.service_url,
            translation.current(),
        )

        def read() -> tuple[list[Draft], Catalog | None]:
            return store.all(), catalog.cached(url, language)

        self.ctx.tasks.run(read, on_done=self._show_drafts, owner=self.draft_offer, name="drafts")

    def _show_drafts(self, found: tuple[list[Draft], Catalog | None]) -> None:
        drafts, cached = found
        known = self.ctx.connection.catalog or cached or Catalog()
        titles = {t.code: t.title for t in known.request_types("support")}
        open_id = self.current.state.draft_id if self.current is not None else ""
        self.draft_offer.offer(
            [d for d in drafts if d.state.draft_id != open_id],
            lambda code: titles.get(code, code.replace("_", " ").capitalize()),
        )

    def resume(self, draft: Draft) -> None:
        if self.current is not None:
            self.window.notice(self.tr("Finish or close the request that is open first."), "info")
            self._raise(self.current)
            return
        self.open(draft=draft)

    def discard_draft(self, draft: Draft) -> None:
        """Throw a draft away, with the unfinished uploads it started."""
        store = draft_store()
        store.discard(draft.state.draft_id)
        large = [
            f.path for f in [*draft.state.attachments, draft.state.sysinfo] if f and not f.done
        ]
        if large:
            from pathlib import Path

            def forget(client: Any) -> None:
                from app.core.wizard.transfer import discard_upload

                for path in large:
                    discard_upload(client, Path(path))

            self.ctx.connection.call(forget, name="discard uploads")
        self.window.notice(self.tr("The unfinished request was discarded."), "info")
        QTimer.singleShot(0, self.check_drafts)

    # -- outbox -----------------------------------------------------------------------------

    def outbox_view(self) -> OutboxView:
        view = OutboxView(self.outbox)
        view.reopen.connect(self.reopen_refused)
        self._views.append(view)
        return view

    def _queued(self, _entry: OutboxEntry) -> None:
        self.outbox.refresh()

    @Slot(object)
    def _outbox_sent(self, entry: OutboxEntry) -> None:
        self.window.notice(
            self.tr(
                "Your request {number} has been sent: it waited on this computer while the service "
                "could not be reached."
            ).format(number=entry.number),
            "info",
        )
        self.window.requests_changed()

    def reopen_refused(self, entry: OutboxEntry) -> None:
        """A request the service refused: into the wizard to correct, as a new submission."""
        if entry.draft is None:
            return
        if entry.kind == "viruslab":
            self.window.reopen_viruslab(entry)
            return
        state = WizardState.from_dict(entry.draft)
        state.new_submission()
        state.step = Step.REVIEW
        self.outbox.remove(entry.key)
        self.open(draft=Draft(state=state, trail=None, saved_at=entry.queued_at))
