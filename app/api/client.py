"""``ApiClient``: one typed method per service route; the only HTTP the application does.

Methods raise the exceptions of ``app.api.errors`` (messages meant for the user) and return
the JSON as the ``TypedDict``s of ``app.api.models``. Creates send an ``Idempotency-Key``
(a new one unless the caller passes its own — the outbox keeps its key so a retry after a
restart cannot file twice). Every call blocks: the GUI runs them on its worker threads.
"""

from __future__ import annotations

import base64
import contextlib
import mimetypes
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, cast

from app.api import errors
from app.api.events import EventStream
from app.api.models import (
    Attachment,
    Captcha,
    Catalog,
    Country,
    Device,
    Download,
    Health,
    License,
    Message,
    MyRequestSummary,
    Page,
    Product,
    Profile,
    ProfileChanges,
    Registered,
    RequestDetail,
    RequestSummary,
    RequestTypes,
    TotpEnrolment,
)
from app.api.staff import StaffApi
from app.api.tokens import KeyringTokenStore, Tokens, TokenStore
from app.api.transport import DEFAULT_TIMEOUT, Timeout, Transport, new_idempotency_key
from app.core.text import QT_TRANSLATE_NOOP

FORM_FILE_LIMIT = 2 * 1024 * 1024  # larger files go by resumable upload (app.api.uploads)
ProgressCallback = Callable[[int, int], None]


class ApiClient:
    """The service at ``base_url`` (its root, e.g. ``http://127.0.0.1:8765``)."""

    def __init__(
        self,
        base_url: str,
        *,
        tokens: TokenStore | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.25,
        anonymous_token: str | None = None,
        on_signed_out: Callable[[], None] | None = None,
        transport: Transport | None = None,
        language: str | None = None,
    ) -> None:
        """``language``: the interface language (settings' ``language``, "" = the system's),
        sent as ``Accept-Language`` so the service's refusals and texts come in it; None
        sends none (the service answers in English)."""
        self.transport = transport or Transport(
            base_url,
            tokens=tokens,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            anonymous_token=anonymous_token,
            on_signed_out=on_signed_out,
            language=language,
        )
        self._pending_remember = False

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    @property
    def tokens(self) -> TokenStore:
        return self.transport.tokens

    @property
    def staff(self) -> StaffApi:
        """The helpdesk's routes (404 for a customer's account)."""
        return StaffApi(self.transport)

    @property
    def signed_in(self) -> bool:
        return bool(self.tokens.access_token or self.tokens.refresh_token)

    def close(self) -> None:
        self.transport.session.close()

    # -- plumbing ---------------------------------------------------------------------------

    def _json(self, method: str, path: str, **kw: Any) -> Any:
        response = self.transport.request(method, path, **kw)
        if response.status_code == 204 or not response.content:
            return None
        return response.json()

    def _detail(self, method: str, path: str, **kw: Any) -> str:
        """Calls that answer ``{detail}``: a sentence for the user ("We sent a mail…")."""
        data = self._json(method, path, **kw)
        return str(data.get("detail", "")) if isinstance(data, dict) else ""

    def _create(self, path: str, body: Any, key: str | None, **kw: Any) -> Any:
        return self._json(
            "POST", path, json=body, idempotency_key=key or new_idempotency_key(), **kw
        )

    def _signed_in_with(self, data: dict[str, Any], remember: bool) -> Tokens:
        tokens = Tokens.from_json(data)
        if isinstance(self.tokens, KeyringTokenStore):
            self.tokens.remember = remember
        self.tokens.set(tokens)
        return tokens

    # -- service ----------------------------------------------------------------------------

    def health(self, *, timeout: float = 3.0) -> Health:
        """``/healthz`` — one quick try, for the status bar's "reachable" light."""
        return cast(Health, self._json("GET", "//healthz", auth=False, timeout=timeout, retries=0))

    # -- auth (A1–A4) -----------------------------------------------------------------------

    def new_captcha(self) -> Captcha:
        return Captcha.from_json(self._json("POST", "/captcha", auth=False))

    def register(
        self,
        *,
        email: str,
        password: str,
        password_confirm: str,
        captcha_id: str,
        captcha_answer: str,
    ) -> str:
        """A1; the answer is the same whether or not the address is registered."""
        return self._detail(
            "POST",
            "/auth/register",
            auth=False,
            json={
                "email": email,
                "password": password,
                "password_confirm": password_confirm,
                "captcha_id": captcha_id,
                "captcha_answer": captcha_answer,
            },
        )

    def activate(self, token: str, *, remember: bool = False) -> Tokens:
        """Activate with the mailed code (or the token from the link); signs the user in."""
        data = self._json("POST", "/auth/activate", auth=False, json={"token": token})
        return self._signed_in_with(data, remember)

    def resend_activation(self, email: str) -> str:
        return self._detail("POST", "/auth/resend-activation", auth=False, json={"email": email})

    def signin(self, login: str, password: str, *, remember: bool = False) -> Tokens:
        """A3. Raises ``SecondFactorRequired`` (with ``ticket`` and ``method``) when the
        account has two-factor sign-in, ``Locked`` (with ``retry_after``) when locked out."""
        self._pending_remember = remember
        data = self._json(
            "POST",
            "/auth/signin",
            auth=False,
            json={"login": login, "password": password, "remember": remember},
        )
        return self._signed_in_with(data, remember)

    def signin_second_factor(self, ticket: str, code: str) -> Tokens:
        data = self._json(
            "POST",
            "/auth/signin/second-factor",
            auth=False,
            json={"ticket": ticket, "code": code},
        )
        return self._signed_in_with(data, self._pending_remember)

    def send_signin_email_code(self, ticket: str) -> str:
        return self._detail("POST", "/auth/signin/email-code", auth=False, json={"ticket": ticket})

    def refresh(self) -> bool:
        """New tokens from the refresh token (e.g. a remembered sign-in after a restart)."""
        return self.transport.refresh()

    def signout(self) -> None:
        """End the session on the service (best effort) and forget the tokens here."""
        try:
            if self.tokens.access_token or self.tokens.refresh_token:
                self._json("POST", "/auth/signout", retries=0)
        except (errors.Unauthorized, errors.ServiceUnreachable):
            pass  # signed out here regardless; the session expires on its own
        finally:
            self.tokens.clear()

    def request_password_reset(self, login: str) -> str:
        """A4: mails a reset link/code; the answer never says whether the login exists."""
        return self._detail("POST", "/auth/password-reset", auth=False, json={"login": login})

    def confirm_password_reset(self, token: str, password: str, password_confirm: str) -> None:
        self._json(
            "POST",
            "/auth/password-reset/confirm",
            auth=False,
            json={"token": token, "password": password, "password_confirm": password_confirm},
        )

    def forgot_customer_id(self, email: str) -> str:
        return self._detail("POST", "/auth/forgot-customer-id", auth=False, json={"email": email})

    def confirm_email(self, token: str) -> None:
        """A6: confirm a new address from the link/code mailed to it."""
        self._json("POST", "/auth/confirm-email", auth=False, json={"token": token})

    def register_legacy(
        self,
        *,
        email: str,
        captcha_id: str,
        captcha_answer: str,
        activation_code: str | None = None,
        key_file: bytes | None = None,
        send_key_file: bool = False,
    ) -> Registered:
        """A2: an account from an activation code or a key file (exactly one); the service
        mails the new Customer ID and a generated password (and, with ``send_key_file``,
        the key file as a zip)."""
        if (activation_code is None) == (key_file is None):
            raise ValueError("give exactly one of activation_code and key_file")
        body: dict[str, Any] = {
            "email": email,
            "captcha_id": captcha_id,
            "captcha_answer": captcha_answer,
            "send_key_file": send_key_file,
        }
        if activation_code is not None:
            body["activation_code"] = activation_code
        if key_file is not None:
            body["key_file_base64"] = base64.b64encode(key_file).decode()
        return cast(Registered, self._json("POST", "/auth/register-legacy", auth=False, json=body))

    # -- me (A5–A6, two-factor) -------------------------------------------------------------

    def me(self) -> Profile:
        return cast(Profile, self._json("GET", "/me"))

    def update_me(self, changes: ProfileChanges) -> Profile:
        return cast(Profile, self._json("PATCH", "/me", json=dict(changes)))

    def change_email(self, new_email: str, password: str) -> str:
        return self._detail(
            "POST", "/me/email", json={"new_email": new_email, "password": password}
        )

    def change_password(self, current: str, new: str, new_confirm: str) -> None:
        self._json(
            "POST",
            "/me/password",
            json={
                "current_password": current,
                "new_password": new,
                "new_password_confirm": new_confirm,
            },
        )

    def totp_enrol(self) -> TotpEnrolment:
        return cast(TotpEnrolment, self._json("POST", "/me/totp/enrol"))

    def totp_confirm(self, code: str) -> None:
        self._json("POST", "/me/totp/confirm", json={"code": code})

    def totp_disable(self, password: str, code: str) -> None:
        self._json("POST", "/me/totp/disable", json={"password": password, "code": code})

    def set_email_otp(self, enabled: bool, password: str) -> None:
        self._json("POST", "/me/email-otp", json={"enabled": enabled, "password": password})

    # -- catalog (W1, V1) -------------------------------------------------------------------

    def catalog(self, lang: str = "en") -> Catalog:
        return cast(Catalog, self._json("GET", "/catalog", params={"lang": lang}, auth=False))

    def products(self) -> list[Product]:
        return cast(list[Product], self._json("GET", "/catalog/products", auth=False))

    def request_types(self) -> RequestTypes:
        return cast(RequestTypes, self._json("GET", "/catalog/request-types", auth=False))

    def countries(self, lang: str = "en") -> list[Country]:
        return cast(
            list[Country],
            self._json("GET", "/catalog/countries", params={"lang": lang}, auth=False),
        )

    # -- licenses (K1–K5) -------------------------------------------------------------------

    def licenses(self) -> list[License]:
        return cast(list[License], self._json("GET", "/licenses"))

    def add_license(self, code: str, *, idempotency_key: str | None = None) -> License:
        return cast(License, self._create("/licenses", {"code": code}, idempotency_key))

    def remove_license(self, license_id: int, *, i_agree: bool) -> None:
        """K3: ``i_agree`` must be the user's explicit confirmation."""
        self._json("POST", f"/licenses/{license_id}/remove", json={"i_agree": i_agree})

    def devices(self, license_id: int) -> list[Device]:
        return cast(list[Device], self._json("GET", f"/licenses/{license_id}/devices"))

    def activate_device(
        self, license_id: int, name: str, os: str = "", *, idempotency_key: str | None = None
    ) -> Device:
        return cast(
            Device,
            self._create(
                f"/licenses/{license_id}/devices", {"name": name, "os": os}, idempotency_key
            ),
        )

    def device_seen(self, license_id: int, device_id: int) -> Device:
        """The product on the device reports in (K5's "last seen")."""
        return cast(Device, self._json("POST", f"/licenses/{license_id}/devices/{device_id}/seen"))

    def deactivate_device(self, license_id: int, device_id: int) -> None:
        self._json("POST", f"/licenses/{license_id}/devices/{device_id}/deactivate")

    def key_file(self, license_id: int) -> Download:
        """K4: a copy of the signed key file (verify it with ``app.core.keyfile``)."""
        response = self.transport.request("GET", f"/licenses/{license_id}/keyfile")
        return Download(
            filename=_filename(response.headers.get("Content-Disposition", ""), "license.key"),
            content_type=response.headers.get("Content-Type", "application/octet-stream"),
            content=response.content,
        )

    def email_key_file(self, license_id: int) -> str:
        """ "Get key by e-mail": the key file as a zip to the account's address, returned."""
        data = self._json("POST", f"/licenses/{license_id}/keyfile/email")
        return str((data or {}).get("sent_to", ""))

    # -- requests (W, V, R) -----------------------------------------------------------------

    def create_support_request(
        self,
        payload: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        captcha_id: str | None = None,
        captcha_answer: str | None = None,
    ) -> RequestSummary:
        """W5: file the wizard's payload; anonymous filers also pass the captcha."""
        return self._file("/requests/support", payload, idempotency_key, captcha_id, captcha_answer)

    def create_viruslab_request(
        self,
        payload: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        captcha_id: str | None = None,
        captcha_answer: str | None = None,
    ) -> RequestSummary:
        """V1–V4: a Virus Lab submission (samples as encrypted zips, uploaded first)."""
        return self._file(
            "/requests/viruslab", payload, idempotency_key, captcha_id, captcha_answer
        )

    def _file(
        self,
        path: str,
        payload: Mapping[str, Any],
        idempotency_key: str | None,
        captcha_id: str | None,
        captcha_answer: str | None,
    ) -> RequestSummary:
        body = dict(payload)
        if captcha_id is not None:
            body.update(captcha_id=captcha_id, captcha_answer=captcha_answer or "")
        return cast(RequestSummary, self._create(path, body, idempotency_key))

    def list_requests(
        self,
        *,
        cursor: str | None = None,
        limit: int = 50,
        status: str | None = None,
        type: str | None = None,
        kind: str | None = None,
        q: str | None = None,
        sort: str | None = None,
    ) -> Page[MyRequestSummary]:
        """One page; ``sort`` is a column (``number``, ``-updated`` ...) and a cursor only
        goes with the sort it came from."""
        params = {
            k: v
            for k, v in {
                "cursor": cursor,
                "limit": limit,
                "status": status,
                "type": type,
                "kind": kind,
                "q": q,
                "sort": sort,
            }.items()
            if v not in (None, "")
        }
        data = self._json("GET", "/requests", params=params)
        return Page(
            items=list(data.get("items", [])),
            next_cursor=data.get("next_cursor"),
            counts=data.get("counts"),
        )

    def get_request(self, request_id: int) -> RequestDetail:
        return cast(RequestDetail, self._json("GET", f"/requests/{request_id}"))

    def messages(self, request_id: int) -> list[Message]:
        return cast(list[Message], self._json("GET", f"/requests/{request_id}/messages"))

    def post_message(
        self,
        request_id: int,
        body: str,
        attachment_ids: Iterable[int] = (),
        *,
        idempotency_key: str | None = None,
    ) -> Message:
        return cast(
            Message,
            self._create(
                f"/requests/{request_id}/messages",
                {"body": body, "attachment_ids": list(attachment_ids)},
                idempotency_key,
            ),
        )

    def mark_read(self, request_id: int) -> None:
        """The request was opened: it is no longer unread."""
        self._json("POST", f"/requests/{request_id}/read")

    def close_request(self, request_id: int) -> RequestDetail:
        return cast(RequestDetail, self._create(f"/requests/{request_id}/close", None, None))

    def reopen_request(self, request_id: int) -> RequestDetail:
        return cast(RequestDetail, self._create(f"/requests/{request_id}/reopen", None, None))

    def rate_request(self, request_id: int, *, helped: bool, comment: str = "") -> RequestDetail:
        body: dict[str, Any] = {"helped": helped}
        if comment:
            body["comment"] = comment
        return cast(RequestDetail, self._create(f"/requests/{request_id}/rate", body, None))

    # -- attachments (W3, R2–R3) ------------------------------------------------------------

    def upload_attachment(
        self,
        source: Path | bytes,
        *,
        filename: str | None = None,
        purpose: str = "file",
        content_type: str | None = None,
        idempotency_key: str | None = None,
    ) -> Attachment:
        """A file of at most 2 MB inside the form; larger ones go by ``app.api.uploads``."""
        if isinstance(source, Path):
            if source.stat().st_size > FORM_FILE_LIMIT:
                raise _too_large()
            content = source.read_bytes()
            filename = filename or source.name
        else:
            content = source
            filename = filename or "attachment"
        if len(content) > FORM_FILE_LIMIT:
            raise _too_large()
        content_type = (
            content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        )
        return cast(
            Attachment,
            self._json(
                "POST",
                "/attachments",
                files={"file": (filename, content, content_type)},
                data={"purpose": purpose},
                idempotency_key=idempotency_key or new_idempotency_key(),
            ),
        )

    def attachment_meta(self, attachment_id: int) -> Attachment:
        return cast(Attachment, self._json("GET", f"/attachments/{attachment_id}/meta"))

    def download_attachment(
        self,
        attachment_id: int,
        folder: Path,
        *,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Path:
        """Stream an attachment into ``folder`` under its own (sanitised) name; a partial
        download never appears under the final name."""
        response = self.transport.request("GET", f"/attachments/{attachment_id}", stream=True)
        with response:
            name = _filename(
                response.headers.get("Content-Disposition", ""), f"attachment-{attachment_id}"
            )
            total = int(response.headers.get("Content-Length") or 0)
            folder.mkdir(parents=True, exist_ok=True)
            target = _free_name(folder / name)
            fd, tmp = tempfile.mkstemp(prefix=".download-", dir=folder)
            done = 0
            try:
                with os.fdopen(fd, "wb") as fh:
                    for chunk in response.iter_content(64 * 1024):
                        if cancelled is not None and cancelled():
                            raise errors.ApiError(
                                QT_TRANSLATE_NOOP("ApiClient", "The download was cancelled."),
                                code="cancelled",
                            )
                        fh.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
                raise
        return target

    # -- events (R4) ------------------------------------------------------------------------

    def events(self, *, last_event_id: str | None = None, since: int | None = None) -> EventStream:
        """The live event stream; iterate it on a worker thread, ``close()`` it from any
        thread."""
        return EventStream(self.transport, last_event_id=last_event_id, since=since)


def _too_large() -> errors.PayloadTooLarge:
    return errors.PayloadTooLarge(
        QT_TRANSLATE_NOOP(
            "ApiClient",
            "Files over 2 MB cannot go inside the form; they are sent by resumable upload.",
        ),
        status=413,
        code="file_too_large",
    )


_DISPOSITION = re.compile(r"""filename\*?=(?:UTF-8'')?"?([^";]+)"?""", re.IGNORECASE)


def _filename(disposition: str, default: str) -> str:
    """The file name from Content-Disposition, reduced to a safe base name."""
    from urllib.parse import unquote

    names = _DISPOSITION.findall(disposition)
    name = unquote(names[-1]) if names else default
    name = re.sub(r"[\x00-\x1f/\\:*?\"<>|]", "_", Path(name.replace("\\", "/")).name).strip(" .")
    return name or default


def _free_name(path: Path) -> Path:
    if not path.exists():
        return path
    n = 1
    while True:
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1
