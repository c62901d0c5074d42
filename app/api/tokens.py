"""Where the client keeps its tokens: in memory, and for "remember me" (A7) the refresh
token — and only that — in the operating system's keyring.

The access token never leaves memory. Refresh tokens rotate on every use, so the keyring
entry is rewritten each time the client refreshes; signing out deletes it. Where no keyring
backend exists, ``available`` is false and nothing is kept (never a file fallback of ours).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any, Protocol

from app.core.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEYRING_SERVICE = "personal-cabinet"


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int = 0

    def __repr__(self) -> str:  # never print secrets into logs or crash reports
        return f"Tokens(expires_in={self.expires_in})"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tokens:
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=str(data["refresh_token"]),
            expires_in=int(data.get("expires_in") or 0),
        )


class TokenStore(Protocol):
    """What the client needs of a token store; ``MemoryTokenStore`` and
    ``KeyringTokenStore`` implement it."""

    @property
    def access_token(self) -> str | None: ...

    @property
    def refresh_token(self) -> str | None: ...

    def set(self, tokens: Tokens) -> None: ...

    def clear(self) -> None: ...


class MemoryTokenStore:
    """Tokens for this run only. Safe to share between worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._access: str | None = None
        self._refresh: str | None = None

    @property
    def access_token(self) -> str | None:
        return self._access

    @property
    def refresh_token(self) -> str | None:
        return self._refresh

    @property
    def signed_in(self) -> bool:
        return bool(self._access or self._refresh)

    def set(self, tokens: Tokens) -> None:
        with self._lock:
            self._access, self._refresh = tokens.access_token, tokens.refresh_token

    def clear(self) -> None:
        with self._lock:
            self._access = self._refresh = None


class KeyringTokenStore(MemoryTokenStore):
    """Memory, plus the refresh token in the OS keyring while ``remember`` is on.

    One entry per service address, so a remote service and the embedded one each remember
    their own sign-in. ``backend`` is injectable (tests pass a file keyring in a temp folder);
    by default keyring's own choice for this desktop is used.
    """

    def __init__(
        self, service_url: str, *, remember: bool = False, backend: Any | None = None
    ) -> None:
        super().__init__()
        self.username = f"refresh-token@{service_url.rstrip('/')}"
        self._remember = remember
        self._backend = backend
        # The last keyring failure, for the GUI to show; "" when all went well.
        self.error = ""

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring  # imported on first use: backend discovery can take a moment

        return keyring.get_keyring()

    @property
    def available(self) -> bool:
        """Whether a real keyring backend exists to remember a sign-in in."""
        from keyring.backends import chainer, fail, null

        backend = self._keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)

    @property
    def remember(self) -> bool:
        return self._remember

    @remember.setter
    def remember(self, value: bool) -> None:
        self._remember = value
        if value and self.refresh_token:
            self._save(self.refresh_token)
        elif not value:
            self._delete()

    def restore(self) -> bool:
        """Load a remembered refresh token; true when there was one."""
        if not self.available:
            return False
        try:
            token = self._keyring().get_password(KEYRING_SERVICE, self.username)
        except Exception as exc:  # any backend failure: behave as "nothing remembered"
            self._failed("read", exc)
            return False
        if not token:
            return False
        with self._lock:
            self._access, self._refresh = None, token
        self._remember = True
        return True

    def set(self, tokens: Tokens) -> None:
        super().set(tokens)
        if self._remember:
            self._save(tokens.refresh_token)
        else:
            self._delete()

    def clear(self) -> None:
        super().clear()
        self._delete()

    @property
    def saved(self) -> bool:
        """Whether the keyring holds a refresh token for this service now."""
        if not self.available:
            return False
        try:
            return bool(self._keyring().get_password(KEYRING_SERVICE, self.username))
        except Exception as exc:
            self._failed("read", exc)
            return False

    def _save(self, token: str) -> None:
        if not self.available:
            self.error = QT_TRANSLATE_NOOP(
                "ApiClient", "No keyring is available on this system, so the sign-in is not kept."
            )
            return
        try:
            self._keyring().set_password(KEYRING_SERVICE, self.username, token)
            self.error = ""
        except Exception as exc:
            self._failed("save", exc)

    def _delete(self) -> None:
        if not self.available:
            return
        from keyring.errors import PasswordDeleteError

        try:
            self._keyring().delete_password(KEYRING_SERVICE, self.username)
        except PasswordDeleteError:
            pass  # nothing was saved
        except Exception as exc:
            self._failed("delete", exc)

    def _failed(self, what: str, exc: Exception) -> None:
        log.warning("keyring %s failed: %s", what, type(exc).__name__)
        sentences = {  # whole sentences: a verb slotted into one cannot be translated
            "read": QT_TRANSLATE_NOOP(
                "ApiClient", "The system keyring could not read the saved sign-in ({name})."
            ),
            "save": QT_TRANSLATE_NOOP(
                "ApiClient", "The system keyring could not save the sign-in ({name})."
            ),
            "delete": QT_TRANSLATE_NOOP(
                "ApiClient", "The system keyring could not delete the saved sign-in ({name})."
            ),
        }
        self.error = sentences[what].format(name=type(exc).__name__)
