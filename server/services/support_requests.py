"""Support and Virus Lab requests: filing one, finding one, listing mine, and the customer's
own moves on it (close, reopen, rate).

Owner, status, priority and sender are decided here from who is calling, never taken from
the body. Another account's request is reported exactly like a missing one.
"""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

import pycountry
from sqlalchemy import BindParameter, Select, bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Bundle, Session
from sqlalchemy.orm.attributes import set_committed_value

from server import clock, i18n
from server.config import Settings
from server.db.models import Attachment, Message, Product, StatusChange, SupportRequest, User
from server.errors import Problem, not_found
from server.i18n import N_
from server.services import (
    attachments,
    captcha,
    events,
    notifications,
    pagination,
    request_facets,
    request_sorts,
    storage,
)
from server.services.mail import Mailer
from server.services.request_states import (
    ANSWERED,
    INITIAL,
    SUPPORT,
    VIRUSLAB,
    move,
)
from server.services.request_types import SUPPORT_BY_CODE, VIRUSLAB_BY_CODE, RequestType
from server.services.tokens import token_hash

PREFIX = {SUPPORT: "TS", VIRUSLAB: "VL"}
TRAIL_MAX_BYTES = 256 * 1024
_NUMBER_RE = re.compile(r"^(TS|VL)-?0*(\d{1,12})$", re.IGNORECASE)


def format_number(kind: str, request_id: int) -> str:
    """The human number: ``TS-0000123`` / ``VL-0000123``, from the row's own id.

    Taken from the id so two requests filed at once can never get the same number.
    """
    return f"{PREFIX[kind]}-{request_id:07d}"


def anon_owner(token: str | None) -> str | None:
    """How an anonymous uploader is stored: the SHA-256 of its ``X-Anonymous-Token``."""
    return token_hash(token) if token else None


# -- filing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filer:
    """Who files the request: an account, or an anonymous caller with a captcha."""

    user: User | None
    anon_token: str | None = None
    captcha_id: str | None = None
    captcha_answer: str | None = None


def _check_product(db: Session, product_id: int | None, errors: dict[str, str]) -> None:
    if product_id is None:
        errors["product_id"] = N_("Choose the product.")
        return
    product = db.get(Product, product_id)
    if product is None:
        errors["product_id"] = N_("No such product.")
        return
    # The session forgets rows nobody holds; held, the answer's product name (below)
    # needs no second read.
    db.info.setdefault(_HELD, []).append(product)


_HELD = "pc_held_rows"


def _email_for(filer: Filer, email: str | None, errors: dict[str, str]) -> str:
    if email:
        return email.strip()
    if filer.user is not None:
        return filer.user.email
    errors["email"] = N_("Enter the e-mail address where we should answer.")
    return ""


def _refuse(errors: dict[str, str], params: dict[str, Any] | None = None) -> None:
    if errors:
        raise Problem(
            422, "validation_error", "Some fields are not valid.", errors=errors, params=params
        )


def _admit(db: Session, *, filer: Filer, skippable: bool) -> str:
    """Sign-in or captcha, after every other check so a typo does not spend the captcha.

    Returns the priority: requests from accounts come before anonymous ones.
    """
    if filer.user is not None:
        return "normal"
    if not skippable:
        raise Problem(
            401,
            "sign_in_required",
            "Sign in to file a request of this type; only suggestions, key/license and "
            "pre-sale questions may be sent without an account.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    captcha.check(db, captcha_id=filer.captcha_id or "", answer=filer.captcha_answer or "")
    return "low"


def _open(
    db: Session, *, filer: Filer, kind: str, rtype: RequestType, **fields: Any
) -> SupportRequest:
    """Admit the filer (the captcha is spent here, last), then insert the request in its
    initial status, owned and prioritised by who filed it, never by the body."""
    priority = _admit(db, filer=filer, skippable=rtype.skippable)
    now = clock.now(db)
    return _insert(
        db,
        SupportRequest(
            kind=kind,
            type=rtype.code,
            owner_id=filer.user.id if filer.user else None,
            language=filer.user.language if filer.user else i18n.current_language(),
            status=INITIAL[kind],
            priority=priority,
            created_at=now,
            updated_at=now,
            awaiting_since=now,
            customer_active_at=now,
            **fields,
        ),
    )


_SET_NUMBER = (
    update(SupportRequest)
    .where(SupportRequest.id == bindparam("request_id"))
    .values(number=bindparam("new_number"))
)
_FIRST_STATUS = insert(StatusChange)  # its columns from the parameters given


def _insert(db: Session, request: SupportRequest) -> SupportRequest:
    # The number comes from the id, known only after the insert: a unique placeholder first.
    request.number = f"~{uuid.uuid4().hex[:19]}"
    db.add(request)
    db.flush()
    # Plain statements on the transaction's connection: the unit of work's bookkeeping for
    # the number and the first status cost more than the statements (nothing reads the
    # status row back here; the number is set on the object as written).
    conn = db.connection()
    number = format_number(request.kind, request.id)
    conn.execute(_SET_NUMBER, {"request_id": request.id, "new_number": number})
    set_committed_value(request, "number", number)
    conn.execute(
        _FIRST_STATUS,
        {
            "request_id": request.id,
            "from_status": None,
            "to_status": request.status,
            "by_user_id": request.owner_id,
            "at": request.created_at,
        },
    )
    events.emit(
        db,
        kind="request.created",
        request=request,
        payload={"kind": request.kind, "type": request.type, "status": request.status},
    )
    return request


def create_support(
    db: Session,
    *,
    settings: Settings,
    mailer: Mailer,
    filer: Filer,
    type_code: str,
    product_id: int | None,
    product_version: str,
    os: str,
    description: str,
    email: str | None,
    country: str,
    city: str,
    company: str,
    attachment_ids: Sequence[int],
    sysinfo_attachment_id: int | None,
    trail: dict[str, Any] | None,
    follow_up_of: str | None = None,
) -> SupportRequest:
    errors: dict[str, str] = {}
    params: dict[str, Any] = {}
    rtype = SUPPORT_BY_CODE.get(type_code)
    if rtype is None:
        errors["type"] = N_("Choose one of: {choices}.")
        params["choices"] = ", ".join(SUPPORT_BY_CODE)
    _check_product(db, product_id, errors)
    if not description.strip():
        errors["description"] = N_("Describe the problem.")
    address = _email_for(filer, email, errors)
    country = country.strip().upper()
    if not country:
        errors["country"] = N_("Choose your country.")
    elif pycountry.countries.get(alpha_2=country) is None:
        errors["country"] = N_("Not an ISO 3166 two-letter country code.")
    if trail is not None:
        try:
            size = len(json.dumps(trail, allow_nan=False).encode())
        except ValueError:  # NaN or Infinity: not JSON that every database stores
            errors["trail"] = N_("The step trail must be plain JSON (no NaN or Infinity).")
        else:
            if size > TRAIL_MAX_BYTES:
                errors["trail"] = N_("The step trail is larger than {trail_kb} KB.")
                params["trail_kb"] = TRAIL_MAX_BYTES // 1024
    earlier = _earlier_request(db, filer, follow_up_of, errors)
    _refuse(errors, params)
    assert rtype is not None
    request = _open(
        db,
        filer=filer,
        kind=SUPPORT,
        rtype=rtype,
        product_id=product_id,
        product_version=product_version.strip(),
        os=os.strip(),
        description=description.strip(),
        email=address,
        country=country,
        city=city.strip(),
        company=company.strip(),
        trail=trail,
        follow_up_of_id=earlier,
    )
    owner_id = filer.user.id if filer.user else None
    anon = anon_owner(filer.anon_token) if filer.user is None else None
    attachments.claim(
        db, attachment_ids=attachment_ids, owner_id=owner_id, anon_owner=anon, request_id=request.id
    )
    if sysinfo_attachment_id is not None:
        (report,) = attachments.claim(
            db,
            attachment_ids=[sysinfo_attachment_id],
            owner_id=owner_id,
            anon_owner=anon,
            request_id=request.id,
            field="sysinfo_attachment_id",
        )
        report.purpose = "sysinfo"
        request.sysinfo_attachment_id = report.id
    notifications.request_received(db, settings=settings, mailer=mailer, request=request)
    return request


def _earlier_request(
    db: Session, filer: Filer, number: str | None, errors: dict[str, str]
) -> int | None:
    """The id of the caller's own request ``number`` follows up; anyone else's is refused
    exactly like a missing one, and anonymous callers have none to follow up."""
    if not number or not number.strip():
        return None
    found = None
    if filer.user is not None:
        found = db.scalar(
            select(SupportRequest.id).where(
                SupportRequest.number == number.strip().upper(),
                SupportRequest.owner_id == filer.user.id,
            )
        )
    if found is None:
        errors["follow_up_of"] = N_("None of your requests has this number.")
    return found


def encrypted_listing(stream: BinaryIO) -> dict[str, int] | None:
    """The archive's files with their unpacked sizes, when ``stream`` is a zip whose every
    file is encrypted; None otherwise.

    Only the central directory is read (names, sizes, the encryption flag, bit 0): samples
    are never extracted, decompressed or run.
    """
    try:
        with zipfile.ZipFile(stream) as archive:
            files = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    if not files or not all(info.flag_bits & 0x1 for info in files):
        return None
    return {info.filename: info.file_size for info in files}


def create_viruslab(
    db: Session,
    *,
    settings: Settings,
    mailer: Mailer,
    filer: Filer,
    type_code: str,
    description: str,
    product_id: int | None,
    last_db_update: date | None,
    email: str | None,
    sample_attachment_ids: Sequence[int],
    product_version: str = "",
    detection_name: str = "",
    samples: Sequence[dict[str, Any]] = (),
) -> SupportRequest:
    errors: dict[str, str] = {}
    params: dict[str, Any] = {}
    rtype = VIRUSLAB_BY_CODE.get(type_code)
    if rtype is None:
        errors["type"] = N_("Choose one of: {choices}.")
        params["choices"] = ", ".join(VIRUSLAB_BY_CODE)
    _check_product(db, product_id, errors)
    if not description.strip():
        errors["description"] = N_("Describe the file and what the product did.")
    address = _email_for(filer, email, errors)
    if last_db_update is not None and last_db_update > clock.now(db).date():
        errors["last_db_update"] = N_("The date of the last database update is in the future.")
    if type_code == "false_positive" and not detection_name.strip():
        errors["detection_name"] = N_(
            "Give the name under which the product detects the file, as its report shows it."
        )
    if not sample_attachment_ids:
        errors["sample_attachment_ids"] = N_("Attach the sample (a zip encrypted with a password).")
    oversized = [s["name"] for s in samples if s["size"] > settings.sample_limit]
    if oversized:
        errors["samples"] = N_("{sample} is larger than the {limit_mb} MB a sample may be.")
        params["sample"] = oversized[0]
        params["limit_mb"] = settings.sample_limit // (1024 * 1024)
    _refuse(errors, params)
    assert rtype is not None
    request = _open(
        db,
        filer=filer,
        kind=VIRUSLAB,
        rtype=rtype,
        product_id=product_id,
        product_version=product_version,
        description=description.strip(),
        email=address,
        last_db_update=last_db_update,
        detection_name=detection_name.strip() if type_code == "false_positive" else "",
        samples=[dict(s) for s in samples] or None,
    )
    archives = attachments.claim(
        db,
        attachment_ids=sample_attachment_ids,
        owner_id=filer.user.id if filer.user else None,
        anon_owner=anon_owner(filer.anon_token) if filer.user is None else None,
        request_id=request.id,
        field="sample_attachment_ids",
    )
    store = storage.for_settings(settings)
    packed: dict[str, int] = {}
    for archive in archives:
        with store.open(archive.storage_key) as stream:
            listing = encrypted_listing(stream)
        if listing is None:
            raise Problem(
                422,
                "sample_not_encrypted",
                "{file} is not a zip archive encrypted with a password. Pack the "
                "sample into a zip protected with the password 'infected' and attach that.",
                errors={"sample_attachment_ids": N_("Not an encrypted zip: {file}.")},
                params={"file": archive.filename},
            )
        packed.update(listing)
        archive.purpose = "sample"
    _check_listing(samples, packed, settings.sample_limit)
    notifications.request_received(db, settings=settings, mailer=mailer, request=request)
    return request


def _check_listing(
    samples: Sequence[dict[str, Any]], packed: Mapping[str, int], limit: int
) -> None:
    """The samples the client listed are the ones packed, at the sizes it gave; none is
    larger than the limit (the listing is read from the archive, never unpacked)."""
    for entry in samples:
        if packed.get(entry["name"]) != entry["size"]:
            raise Problem(
                422,
                "sample_mismatch",
                "The archive does not hold {sample} as listed. Pack the samples again.",
                errors={"samples": N_("Not in the archive as listed: {sample}.")},
                params={"sample": entry["name"]},
            )
    too_big = next((name for name, size in packed.items() if size > limit), None)
    if too_big is not None:
        raise Problem(
            422,
            "sample_too_large",
            "{sample} is larger than the {limit_mb} MB a sample may be.",
            errors={"samples": N_("Too large: {sample}.")},
            params={"sample": too_big, "limit_mb": limit // (1024 * 1024)},
        )


# -- finding and listing -------------------------------------------------------------------


# Built once (building cost more than running them); every call on a request reads it.
_OWN = select(SupportRequest).where(
    SupportRequest.id == bindparam("request_id"), SupportRequest.owner_id == bindparam("owner_id")
)
_OWN_FOR_UPDATE = _OWN.with_for_update()


def get_own(
    db: Session, *, user: User, request_id: int, for_update: bool = False
) -> SupportRequest:
    """The caller's own request; anyone else's answers 404 like a missing one."""
    stmt = _OWN_FOR_UPDATE if for_update else _OWN
    request = db.scalar(stmt, {"request_id": request_id, "owner_id": user.id})
    if request is None:
        raise not_found("request")
    return request


def search_condition(q: str) -> Any:
    """``q`` matches a request number (``TS-0000123``, ``ts123``) or words of the description."""
    q = q.strip()
    escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    text = SupportRequest.description.ilike(f"%{escaped}%", escape="\\")
    m = _NUMBER_RE.match(q.replace(" ", ""))
    if m:
        kind = SUPPORT if m.group(1).upper() == "TS" else VIRUSLAB
        return or_(SupportRequest.number == format_number(kind, int(m.group(2))), text)
    return text


def filtered(
    stmt: Select,
    *,
    statuses: Sequence[str] = (),
    types: Sequence[str] = (),
    kinds: Sequence[str] = (),
    q: str = "",
) -> Select:
    for field, values in (("status", statuses), ("type", types), ("kind", kinds), ("q", [q])):
        if any("\x00" in value for value in values):
            # PostgreSQL text cannot hold NUL: refuse it rather than fail on it.
            raise Problem(
                422,
                "validation_error",
                "Some fields are not valid.",
                errors={field: N_("Must not contain NUL characters.")},
            )
    if statuses:
        stmt = stmt.where(SupportRequest.status.in_(statuses))
    if types:
        stmt = stmt.where(SupportRequest.type.in_(types))
    if kinds:
        stmt = stmt.where(SupportRequest.kind.in_(kinds))
    if q.strip():
        stmt = stmt.where(search_condition(q))
    return stmt


def my_requests_query(
    *,
    user_id: int | BindParameter[Any],
    statuses: Sequence[str] = (),
    types: Sequence[str] = (),
    kinds: Sequence[str] = (),
    q: str = "",
) -> Select:
    """Newest first on ``ix_requests_owner_updated`` (owner_id, updated_at, id).

    Rows of (the summary's columns, the product's name, whether it has files the customer
    may see). Columns, not request objects: a list shows none of the long columns, and
    loading each row as an object cost more than the statement."""
    stmt = (
        select(_SUMMARY, Product.name, request_facets.HAS_VISIBLE_FILES)
        .outerjoin(Product, Product.id == SupportRequest.product_id)
        .where(SupportRequest.owner_id == user_id)
    )
    return filtered(stmt, statuses=statuses, types=types, kinds=kinds, q=q)


# What a row of My requests shows: read by name, like a request (``summary_fields``,
# ``is_unread``, the sort's cursor key).
_SUMMARY: Bundle[Any] = Bundle(
    "request",
    SupportRequest.id,
    SupportRequest.number,
    SupportRequest.kind,
    SupportRequest.type,
    SupportRequest.product_id,
    SupportRequest.status,
    SupportRequest.created_at,
    SupportRequest.updated_at,
    SupportRequest.customer_read_at,
)


def _mine_unfiltered() -> Select:
    return my_requests_query(user_id=bindparam("owner_id"))


def list_mine(
    db: Session,
    *,
    user: User,
    statuses: Sequence[str] = (),
    types: Sequence[str] = (),
    kinds: Sequence[str] = (),
    q: str = "",
    sort: str = request_sorts.DEFAULT,
    cursor: str | None = None,
    limit: int = pagination.DEFAULT_LIMIT,
) -> tuple[list[Row[Any, str | None, bool]], str | None]:
    """One page in ``sort`` order (one of ``request_sorts.SORTS``), ties by id: rows of
    (summary, product name, has visible files), as ``my_requests_query`` reads them."""
    order, key = request_sorts.sort_key(sort)
    unfiltered = not (statuses or types or kinds or q.strip())
    rows, next_cursor = pagination.page(
        db,
        # The list as first opened: one statement per sort, built once.
        _mine_unfiltered
        if unfiltered
        else my_requests_query(user_id=user.id, statuses=statuses, types=types, kinds=kinds, q=q),
        sort=order,
        id_col=SupportRequest.id,
        cursor=cursor,
        limit=limit,
        key=key,
        shape="mine" if unfiltered else None,
        params={"owner_id": user.id} if unfiltered else None,
    )
    return list(rows), next_cursor


def product_name(db: Session, request: SupportRequest) -> str | None:
    product = db.get(Product, request.product_id) if request.product_id else None
    return product.name if product else None


@dataclass(frozen=True)
class RequestView:
    """A request with what its page shows beside it."""

    request: SupportRequest
    product_name: str | None
    history: list[StatusChange]
    attachments: list[Attachment]
    messages: list[Message]
    message_count: int
    follow_up_of: str | None = None  # the earlier request's number
    follow_ups: tuple[str, ...] = ()  # later requests' numbers, oldest first


def view(db: Session, *, request: SupportRequest, staff: bool) -> RequestView:
    """Customers see public attachments and a count of public messages; staff see all."""
    history = list(
        db.scalars(
            select(StatusChange)
            .where(StatusChange.request_id == request.id)
            .order_by(StatusChange.at, StatusChange.id)
        )
    )
    att_stmt = select(Attachment).where(Attachment.request_id == request.id)
    msg_filter = [Message.request_id == request.id]
    if not staff:
        att_stmt = att_stmt.where(Attachment.internal.is_(False))
        msg_filter.append(Message.internal.is_(False))
    files = list(db.scalars(att_stmt.order_by(Attachment.id)))
    count = db.scalar(select(func.count()).select_from(Message).where(*msg_filter)) or 0
    messages: list[Message] = []
    if staff:
        messages = list(db.scalars(select(Message).where(*msg_filter).order_by(Message.id)))
    earlier = (
        db.scalar(select(SupportRequest.number).where(SupportRequest.id == request.follow_up_of_id))
        if request.follow_up_of_id is not None
        else None
    )
    later = db.scalars(
        select(SupportRequest.number)
        .where(SupportRequest.follow_up_of_id == request.id)
        .order_by(SupportRequest.id)
    )
    return RequestView(
        request=request,
        product_name=product_name(db, request),
        history=history,
        attachments=files,
        messages=messages,
        message_count=int(count),
        follow_up_of=earlier,
        follow_ups=tuple(later),
    )


# -- the customer's moves ------------------------------------------------------------------


def close(db: Session, *, settings: Settings, user: User, request: SupportRequest) -> None:
    move(
        db,
        request=request,
        to="closed",
        actor="customer",
        by_user_id=user.id,
        reopen_window=settings.reopen_window,
    )


def reopen(db: Session, *, settings: Settings, user: User, request: SupportRequest) -> None:
    """Only a resolved request reopens; waiting_for_customer → open happens by replying."""
    if request.status != "resolved":
        raise Problem(
            409,
            "invalid_transition",
            "Only a resolved request can be reopened; this one is {status!r}.",
            extra={"from": request.status, "to": "open", "allowed": []},
            params={"status": request.status},
        )
    move(
        db,
        request=request,
        to="open",
        actor="customer",
        by_user_id=user.id,
        reopen_window=settings.reopen_window,
    )


def rate(db: Session, *, user: User, request: SupportRequest, helped: bool, comment: str) -> None:
    """ "Did this help?" once there is an answer; a comment reaches staff as an internal note
    so it does not reopen the conversation."""
    if request.status not in ANSWERED:
        raise Problem(
            409,
            "not_answered_yet",
            "A request can be rated once it has been resolved.",
            extra={"status": request.status},
        )
    request.rating = 1 if helped else 0
    events.emit(
        db, kind="request.rated", request=request, payload={"helped": helped}, internal=True
    )
    if comment.strip():
        note = Message(
            request_id=request.id,
            author_id=user.id,
            sender="system",
            internal=True,
            body=f"Customer's rating: {'helped' if helped else 'did not help'}.\n{comment.strip()}",
            created_at=clock.now(db),
        )
        db.add(note)
        db.flush()
        events.emit(
            db,
            kind="request.message",
            request=request,
            payload={"message_id": note.id, "sender": "system", "internal": True},
            internal=True,
        )
