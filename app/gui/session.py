"""Who is signed in to the service the connection talks to: the account's profile,
signing in and out, and the remembered sign-in (the refresh token in the keyring).

A change of service ends the session (each service remembers its own sign-in), and so does
the service refusing our tokens. Widgets follow ``signed_in_changed`` and
``profile_changed`` with methods of their own (``app.gui.lifetime.follow``), so a closed
window never hears of a later sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from app.core.settings import Settings
from app.gui.connection import ServiceConnection
from app.gui.feedback import Feedback, is_unreachable

if TYPE_CHECKING:
    from app.api.models import Profile


class Session(QObject):
    signed_in_changed = Signal(bool)
    profile_changed = Signal(object)  # Profile | None

    def __init__(
        self,
        connection: ServiceConnection,
        settings: Settings,
        feedback: Feedback,
        *,
        save_settings: Callable[[], object] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connection = connection
        self.settings = settings
        self.feedback = feedback
        self._save_settings = save_settings
        self.profile: Profile | None = None
        self.signed_in = False
        self.keyring_available: bool | None = None  # None: not known yet
        self._pending_refresh = False
        self._generation = 0  # counts profiles set, so an answer older than a save is dropped
        connection.client_ready.connect(self._client_ready)
        connection.health_changed.connect(self._health_changed)
        connection.service_changed.connect(self.drop)
        connection.signed_out_by_service.connect(self._signed_out_by_service)

    @property
    def account(self) -> dict[str, Any]:
        """The profile as a plain dict (empty while signed out or loading)."""
        return dict(self.profile or {})

    @property
    def is_staff(self) -> bool:
        return str(self.account.get("role", "")) == "staff"

    # -- the remembered sign-in -------------------------------------------------------------

    @Slot()
    def _client_ready(self) -> None:
        store = self.connection.tokens
        if store is None:
            return
        self.connection.tasks.run(
            lambda: (store.available, store.restore() if store.available else False),
            on_done=self._keyring_checked,
            name="keyring",
        )

    def _keyring_checked(self, result: tuple[bool, bool]) -> None:
        self.keyring_available, restored = result
        if restored:
            self._pending_refresh = True
            if self.connection.reachable:
                self._resume_remembered()

    def _resume_remembered(self) -> None:
        self._pending_refresh = False
        self.connection.call(
            lambda c: c.refresh(),
            on_done=self._resumed,
            on_error=self._resume_failed,
            name="resume sign-in",
        )

    def _resumed(self, ok: bool) -> None:
        if ok:
            self.signed_in_now()

    def _resume_failed(self, error: BaseException) -> None:
        if is_unreachable(error):
            self._pending_refresh = True  # try again once the service answers

    @Slot()
    def _health_changed(self) -> None:
        if not self.connection.reachable:
            return
        if self._pending_refresh:
            self._resume_remembered()
        elif self.signed_in and self.profile is None:
            self.reload_profile()

    # -- signing in and out -----------------------------------------------------------------

    def signed_in_now(self, *, remember: bool | None = None, login: str = "") -> None:
        """After a sign-in or activation succeeded (tokens are in the client)."""
        changed = False
        if remember is not None and remember != self.settings.remember_me:
            self.settings.remember_me = remember
            changed = True
        if login and login != self.settings.last_login:
            self.settings.last_login = login
            changed = True
        if changed:
            self._save_settings()
        if not self.signed_in:
            self.signed_in = True
            self.signed_in_changed.emit(True)
        self.reload_profile()

    def reload_profile(self, on_done: Callable[[Any], None] | None = None) -> None:
        asked_at = self._generation

        def loaded(profile: Profile) -> None:
            if not self.signed_in or asked_at != self._generation:
                return  # signed out, or a newer profile (a save) came meanwhile
            self.set_profile(profile)
            if on_done is not None:
                on_done(profile)

        self.connection.call(lambda c: c.me(), on_done=loaded, owner=self, name="profile")

    def set_profile(self, profile: Profile) -> None:
        self._generation += 1
        self.profile = profile
        self.profile_changed.emit(profile)

    def sign_out(self, on_done: Callable[[], None] | None = None) -> None:
        def finished() -> None:
            self.drop()
            if on_done is not None:
                on_done()

        self.connection.call(lambda c: c.signout(), on_finally=finished, name="sign out")

    @Slot()
    def drop(self) -> None:
        """Forget the sign-in here (the service's side is ``sign_out``'s)."""
        self._pending_refresh = False
        tokens = self.connection.tokens
        if tokens is not None:
            # memory only: the keyring entry went with signout(), or stays for a remembered
            # sign-in on the service we are leaving
            from app.api.tokens import MemoryTokenStore

            MemoryTokenStore.clear(tokens)
        was = self.signed_in
        self.signed_in = False
        self.profile = None
        if was:
            self.signed_in_changed.emit(False)
            self.profile_changed.emit(None)

    @Slot()
    def _signed_out_by_service(self) -> None:
        if self.signed_in:
            self.drop()
            self.feedback.notice.emit(
                self.tr("Your sign-in has expired; sign in again."), "warning"
            )
