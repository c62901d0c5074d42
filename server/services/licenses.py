"""Licenses (K1–K6): activation codes, the accounts holding them, their seats and devices.

Seats: an account that adds a code takes one seat; its first device runs on that seat and
each further device takes one more. So a license's seats in use are the sum, over the
accounts holding it, of max(1, active devices). Removing the code from an account, or
deactivating a device, frees what it took. The license row is locked while seats are
counted and taken, so two accounts cannot both get the last seat.
"""

from __future__ import annotations

import logging
import math
import re
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Select, and_, func, select, update
from sqlalchemy.orm import Session

from server import clock
from server.config import Settings
from server.db.models import Device, License, LicenseHolding, Product, User
from server.errors import Problem, not_found
from server.i18n import N_, translate
from server.services import keyfiles, mail_budget
from server.services.mail import MailAttachment, Mailer

log = logging.getLogger(__name__)

Status = Literal["active", "expired", "blocked"]
ACTIVE: Status = "active"
EXPIRED: Status = "expired"
BLOCKED: Status = "blocked"

_COMPACT_RE = re.compile(r"^[A-Z0-9]{20}$")
# Spaces, hyphens and the dashes a word processor puts in their place.
_SEPARATORS_RE = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
# Issued codes avoid look-alikes (O/0, I/1); typed codes may hold any Latin letter or digit.
_ISSUE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_HINT = N_(
    "An activation code is 20 letters and digits in 4 groups of 5: XXXXX-XXXXX-XXXXX-XXXXX."
)


@dataclass(frozen=True)
class LicenseView:
    """One license as an account sees it (K1)."""

    holding: LicenseHolding
    license: License
    product: Product
    seats_used: int
    status: Status
    days_left: int


def normalize_code(raw: str, *, field: str = "code") -> str:
    """Any case, spacing and hyphenation → ``XXXXX-XXXXX-XXXXX-XXXXX``; anything else refused."""
    compact = _SEPARATORS_RE.sub("", raw or "")
    if not compact.isascii() or not _COMPACT_RE.match(compact.upper()):
        raise Problem(422, "code_format", CODE_HINT, errors={field: CODE_HINT})
    compact = compact.upper()
    return "-".join(compact[i : i + 5] for i in range(0, 20, 5))


def mask_code(code: str) -> str:
    """Only the first and last groups are shown: ``ABCDE-*****-*****-XY9Z1``."""
    groups = code.split("-")
    return f"{groups[0]}-*****-*****-{groups[-1]}"


def status_of(lic: License, now: datetime) -> Status:
    if lic.blacklisted:
        return BLOCKED
    if lic.expires_at <= now:
        return EXPIRED
    return ACTIVE


def days_left(lic: License, now: datetime) -> int:
    """Whole days counted up, so the last day still shows as 1; 0 once expired."""
    seconds = (lic.expires_at - now).total_seconds()
    return max(0, math.ceil(seconds / 86400))


def _new_code(db: Session) -> str:
    while True:
        compact = "".join(secrets.choice(_ISSUE_ALPHABET) for _ in range(20))
        code = "-".join(compact[i : i + 5] for i in range(0, 20, 5))
        if db.scalar(select(License.id).where(License.code == code)) is None:
            return code


def issue(
    db: Session,
    *,
    product: Product,
    seats: int,
    expires_at: datetime,
    count: int = 1,
    codes: Collection[str] = (),
) -> list[License]:
    """New licenses with fresh codes (or the given ``codes``, e.g. the demo's fixed ones)."""
    if seats < 1:
        raise ValueError("a license has at least one seat")
    wanted = list(codes) or [_new_code(db) for _ in range(count)]
    now = clock.now(db)
    made = [
        License(
            code=normalize_code(code),
            product_id=product.id,
            seats=seats,
            issued_at=now,
            expires_at=expires_at,
        )
        for code in wanted
    ]
    db.add_all(made)
    db.flush()
    return made


def find(db: Session, code: str) -> License | None:
    return db.scalar(select(License).where(License.code == normalize_code(code)))


def blacklist(db: Session, *, code: str, reason: str = "") -> License | None:
    """Block a code (None when unknown); accounts keep it listed, as "blocked"."""
    lic = find(db, code)
    if lic is not None:
        lic.blacklisted = True
        lic.blacklist_reason = reason[:200]
    return lic


def seats_used(db: Session, license_ids: Collection[int]) -> dict[int, int]:
    if not license_ids:
        return {}
    rows = db.execute(
        select(LicenseHolding.license_id, func.count(Device.id))
        .outerjoin(
            Device,
            and_(Device.holding_id == LicenseHolding.id, Device.deactivated_at.is_(None)),
        )
        .where(LicenseHolding.license_id.in_(license_ids), LicenseHolding.removed_at.is_(None))
        .group_by(LicenseHolding.license_id, LicenseHolding.id)
    ).all()
    used: dict[int, int] = {}
    for license_id, devices in rows:
        used[license_id] = used.get(license_id, 0) + max(1, int(devices))
    return used


def _locked(db: Session, license_id: int) -> License:
    """The license row, locked for this transaction (PostgreSQL; SQLite writers are serial)."""
    lic = db.scalar(
        select(License)
        .where(License.id == license_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert lic is not None
    return lic


def _holds(db: Session, *, user_id: int, license_id: int) -> bool:
    return (
        db.scalar(
            select(LicenseHolding.id).where(
                LicenseHolding.user_id == user_id,
                LicenseHolding.license_id == license_id,
                LicenseHolding.removed_at.is_(None),
            )
        )
        is not None
    )


def check_code(db: Session, *, raw_code: str, user_id: int | None, field: str = "code") -> License:
    """The license a typed code names, when it may be added now (and locked); else the refusal.

    Each refusal has its own ``code`` so the client can say what is wrong (K2).
    """
    code = normalize_code(raw_code, field=field)
    license_id = db.scalar(select(License.id).where(License.code == code))
    if license_id is None:
        detail = N_("There is no license with this activation code. Check the code and try again.")
        raise Problem(422, "code_unknown", detail, errors={field: detail})
    lic = _locked(db, license_id)
    if lic.blacklisted:
        detail = N_(
            "This activation code is blocked. Contact Technical Support "
            "(request type Key problem / License expiration)."
        )
        raise Problem(422, "code_blacklisted", detail, errors={field: detail})
    if user_id is not None and _holds(db, user_id=user_id, license_id=lic.id):
        detail = N_("This activation code is already in your account.")
        raise Problem(409, "code_already_added", detail, errors={field: detail})
    if lic.expires_at <= clock.now(db):
        detail = N_("This activation code has expired. Renew the license with a new code.")
        raise Problem(422, "code_expired", detail, errors={field: detail})
    if seats_used(db, [lic.id]).get(lic.id, 0) >= lic.seats:
        detail = N_(
            "All seats of this license are taken. Remove the code from another account "
            "or deactivate a device first."
        )
        raise Problem(409, "code_no_seats", detail, errors={field: detail})
    return lic


def hold(db: Session, *, user_id: int, license: License) -> LicenseHolding:
    """Give the account a seat of a license that ``check_code`` accepted."""
    holding = LicenseHolding(license_id=license.id, user_id=user_id, added_at=clock.now(db))
    db.add(holding)
    db.flush()
    return holding


def add_code(db: Session, *, user_id: int, raw_code: str) -> tuple[LicenseView, int | None]:
    """Add a code to the account; also the id of the license it renews (K6), if any.

    A renewal is simply a newer code of a product the account already holds: the new
    license is listed beside the old one, which stays until it is removed.
    """
    lic = check_code(db, raw_code=raw_code, user_id=user_id)
    holding = hold(db, user_id=user_id, license=lic)
    renews = db.scalar(
        select(LicenseHolding.id)
        .join(License, License.id == LicenseHolding.license_id)
        .where(
            LicenseHolding.user_id == user_id,
            LicenseHolding.removed_at.is_(None),
            LicenseHolding.id != holding.id,
            License.product_id == lic.product_id,
            License.expires_at < lic.expires_at,
        )
        .order_by(License.expires_at.desc())
        .limit(1)
    )
    return view(db, holding), renews


def _views(db: Session, rows: list[tuple[LicenseHolding, License, Product]]) -> list[LicenseView]:
    now = clock.now(db)
    used = seats_used(db, {lic.id for _, lic, _ in rows})
    return [
        LicenseView(
            holding=h,
            license=lic,
            product=p,
            seats_used=used.get(lic.id, 0),
            status=status_of(lic, now),
            days_left=days_left(lic, now),
        )
        for h, lic, p in rows
    ]


def _mine_query(user_id: int) -> Select[LicenseHolding, License, Product]:
    return (
        select(LicenseHolding, License, Product)
        .join(License, License.id == LicenseHolding.license_id)
        .join(Product, Product.id == License.product_id)
        .where(LicenseHolding.user_id == user_id, LicenseHolding.removed_at.is_(None))
    )


def list_mine(db: Session, *, user_id: int) -> list[LicenseView]:
    rows = db.execute(
        _mine_query(user_id).order_by(LicenseHolding.added_at.desc(), LicenseHolding.id.desc())
    ).all()
    return _views(db, [(h, lic, p) for h, lic, p in rows])


def get_mine(db: Session, *, user_id: int, holding_id: int) -> LicenseView:
    """One of the account's licenses; someone else's, or a removed one, does not exist."""
    row = db.execute(_mine_query(user_id).where(LicenseHolding.id == holding_id)).first()
    if row is None:
        raise not_found("license")
    h, lic, p = row
    return _views(db, [(h, lic, p)])[0]


def view(db: Session, holding: LicenseHolding) -> LicenseView:
    return get_mine(db, user_id=holding.user_id, holding_id=holding.id)


def remove(db: Session, *, user_id: int, holding_id: int, i_agree: bool) -> None:
    """Take the code off the account (K3) after an explicit "I agree"; its seats are freed."""
    mine = get_mine(db, user_id=user_id, holding_id=holding_id)
    if not i_agree:
        detail = N_("Confirm that you want to remove this activation code from your account.")
        raise Problem(422, "confirmation_required", detail, errors={"i_agree": detail})
    now = clock.now(db)
    mine.holding.removed_at = now
    db.execute(
        update(Device)
        .where(Device.holding_id == holding_id, Device.deactivated_at.is_(None))
        .values(deactivated_at=now)
    )


def devices(db: Session, *, user_id: int, holding_id: int) -> list[Device]:
    """The devices using the license through this account (K5)."""
    get_mine(db, user_id=user_id, holding_id=holding_id)
    return list(
        db.scalars(
            select(Device)
            .where(Device.holding_id == holding_id, Device.deactivated_at.is_(None))
            .order_by(Device.activated_at, Device.id)
        )
    )


def _blocked() -> Problem:
    return Problem(409, "license_blocked", "This license is blocked; contact Technical Support.")


def _usable(db: Session, lic: License) -> None:
    status = status_of(lic, clock.now(db))
    if status == BLOCKED:
        raise _blocked()
    if status == EXPIRED:
        raise Problem(409, "license_expired", "This license has expired; renew it with a new code.")


def activate_device(
    db: Session, *, user_id: int, holding_id: int, name: str, os: str = ""
) -> Device:
    """A product activating on a device with this license; needs a free seat beyond the first."""
    mine = get_mine(db, user_id=user_id, holding_id=holding_id)
    lic = _locked(db, mine.license.id)
    _usable(db, lic)
    own = db.scalar(
        select(func.count(Device.id)).where(
            Device.holding_id == holding_id, Device.deactivated_at.is_(None)
        )
    )
    if own and seats_used(db, [lic.id]).get(lic.id, 0) >= lic.seats:
        raise Problem(
            409,
            "code_no_seats",
            "All seats of this license are in use. Deactivate a device to free a seat.",
        )
    now = clock.now(db)
    device = Device(
        holding_id=holding_id, name=name.strip(), os=os.strip(), activated_at=now, last_seen_at=now
    )
    db.add(device)
    db.flush()
    return device


def device_seen(db: Session, *, user_id: int, holding_id: int, device_id: int) -> Device:
    """The product on an active device reports in: its "last seen" moves to now (K5)."""
    get_mine(db, user_id=user_id, holding_id=holding_id)
    device = db.get(Device, device_id)
    if device is None or device.holding_id != holding_id:
        raise not_found("device")
    if device.deactivated_at is not None:
        raise Problem(
            409, "device_deactivated", "This device was deactivated; activate the product again."
        )
    device.last_seen_at = clock.now(db)
    return device


def deactivate_device(db: Session, *, user_id: int, holding_id: int, device_id: int) -> None:
    """Free the device's seat; deactivating an already deactivated device changes nothing."""
    get_mine(db, user_id=user_id, holding_id=holding_id)
    device = db.get(Device, device_id)
    if device is None or device.holding_id != holding_id:
        raise not_found("device")
    if device.deactivated_at is None:
        device.deactivated_at = clock.now(db)


def key_file(
    db: Session, *, user_id: int, holding_id: int, settings: Settings
) -> tuple[str, bytes]:
    """The signed key file of one of the account's licenses: (file name, bytes)."""
    mine = get_mine(db, user_id=user_id, holding_id=holding_id)
    if mine.status == BLOCKED:
        raise _blocked()
    return key_file_of(mine.license, mine.product, settings=settings)


def key_file_of(lic: License, product: Product, *, settings: Settings) -> tuple[str, bytes]:
    key = keyfiles.load_signing_key(settings.vendor_key_path)
    document = keyfiles.build(license=lic, product=product, vendor=settings.vendor_name, key=key)
    return keyfiles.filename(product.slug, lic.code), keyfiles.render(document)


@dataclass(frozen=True)
class OutgoingMail:
    to: str
    subject: str
    body: str
    attachments: tuple[MailAttachment, ...] = ()

    def send(self, mailer: Mailer) -> None:
        """Send, logging a failure: called after the answer, when nobody could be told."""
        try:
            mailer.send(self.to, self.subject, self.body, self.attachments)
        except Exception:
            log.exception("mail %r to %s could not be sent", self.subject, self.to)


def key_file_mail(
    to: str, *, lic: License, product: Product, settings: Settings, lang: str
) -> OutgoingMail:
    """The "Get key by e-mail" mail (A2, K4): the key file inside a zip, in ``lang``."""
    name, content = key_file_of(lic, product, settings=settings)
    archive_name = name.removesuffix(".key") + ".zip"
    names = {"product": product.name, "archive": archive_name}
    return OutgoingMail(
        to,
        translate(lang, "Your key file for {product}", names),
        translate(lang, "Hello,")
        + "\n\n"
        + translate(lang, "The key file for {product} is attached in the archive {archive}.", names)
        + "\n"
        + translate(
            lang,
            "Unpack it and import the key file in the product, or in Personal Cabinet under "
            "Licenses.",
        )
        + f"\n\n-- \n{settings.vendor_name} · {translate(lang, 'Personal Cabinet')}\n",
        (MailAttachment(archive_name, keyfiles.zipped(name, content), subtype="zip"),),
    )


def mail_for_holding(
    db: Session, *, user: User, holding_id: int, settings: Settings
) -> OutgoingMail:
    """The key-file mail for one of the account's licenses, to the account's address."""
    mine = get_mine(db, user_id=user.id, holding_id=holding_id)
    if mine.status == BLOCKED:
        raise _blocked()
    mail_budget.spend(db, settings=settings, to=user.email, account_id=user.id)
    return key_file_mail(
        user.email, lic=mine.license, product=mine.product, settings=settings, lang=user.language
    )
