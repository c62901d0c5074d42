"""All tables, imported here so Alembic and the service see one metadata."""

from server.db.base import Base
from server.db.models.accounts import (
    ActionToken,
    AuthSession,
    PendingSignIn,
    SpentRefreshToken,
    User,
)
from server.db.models.catalog import Product
from server.db.models.events import Event
from server.db.models.files import Attachment, Upload
from server.db.models.licenses import Device, License, LicenseHolding
from server.db.models.requests import (
    CannedReply,
    Message,
    StaffPresence,
    StaffRead,
    StatusChange,
    SupportRequest,
)
from server.db.models.security import Captcha, IdempotentReply, Throttle

__all__ = [
    "ActionToken",
    "Attachment",
    "AuthSession",
    "Base",
    "CannedReply",
    "Captcha",
    "Device",
    "Event",
    "IdempotentReply",
    "License",
    "LicenseHolding",
    "Message",
    "PendingSignIn",
    "Product",
    "SpentRefreshToken",
    "StaffPresence",
    "StaffRead",
    "StatusChange",
    "SupportRequest",
    "Throttle",
    "Upload",
    "User",
]
