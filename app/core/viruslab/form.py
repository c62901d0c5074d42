"""The Virus Lab form (V1, V2) as a value: what the user filled in, what is missing, the
body the service takes, and the draft that keeps it across a restart.

The draft holds the samples' paths, names and SHA-256, never their bytes; the captcha's
answer is a secret and never reaches it. The Idempotency-Key is part of the draft, so a
request sent once is never filed twice, whatever happened in between.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from app.core import atomic, validators
from app.core.text import QT_TRANSLATE_NOOP, message_of
from app.core.viruslab.samples import Sample

TYPES = ("malware", "false_positive")
DRAFT_FORMAT = "pc-viruslab-draft/1"

# The field names are the service's, so its refusals land on the right field.
LABELS = {
    "type": QT_TRANSLATE_NOOP("ViruslabForm", "Type of request"),
    "description": QT_TRANSLATE_NOOP("ViruslabForm", "Description"),
    "product_id": QT_TRANSLATE_NOOP("ViruslabForm", "Product"),
    "product_version": QT_TRANSLATE_NOOP("ViruslabForm", "Product version"),
    "last_db_update": QT_TRANSLATE_NOOP("ViruslabForm", "Last successful database update"),
    "email": QT_TRANSLATE_NOOP("ViruslabForm", "E-mail"),
    "detection_name": QT_TRANSLATE_NOOP("ViruslabForm", "Detected as"),
    "samples": QT_TRANSLATE_NOOP("ViruslabForm", "Samples"),
    "sample_attachment_ids": QT_TRANSLATE_NOOP("ViruslabForm", "Samples"),
}


def _new_key() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ViruslabForm:
    type: str = ""
    description: str = ""
    product_id: int | None = None
    product_version: str = ""
    last_db_update: date | None = None
    email: str = ""
    detection_name: str = ""
    samples: tuple[Sample, ...] = ()
    idempotency_key: str = field(default_factory=_new_key)

    @property
    def false_positive(self) -> bool:
        return self.type == "false_positive"

    def problems(self, *, today: date) -> dict[str, str]:
        """What keeps the form from going, by field; empty when it may be sent."""
        found: dict[str, str] = {}
        if self.type not in TYPES:
            found["type"] = QT_TRANSLATE_NOOP(
                "ViruslabForm", "Choose what kind of file you are sending."
            )
        if self.product_id is None:
            found["product_id"] = QT_TRANSLATE_NOOP(
                "ViruslabForm", "Choose the product that detected (or missed) the file."
            )
        if self.product_version:
            try:
                validators.product_version(self.product_version)
            except validators.Invalid as exc:
                found["product_version"] = message_of(exc)
        if self.last_db_update is not None and self.last_db_update > today:
            found["last_db_update"] = QT_TRANSLATE_NOOP(
                "ViruslabForm", "The date of the last database update is in the future."
            )
        if not self.description.strip():
            found["description"] = QT_TRANSLATE_NOOP(
                "ViruslabForm", "Describe the file and what the product did with it."
            )
        if self.false_positive and not self.detection_name.strip():
            found["detection_name"] = QT_TRANSLATE_NOOP(
                "ViruslabForm",
                "Give the name under which the product detects the file, as its report shows it.",
            )
        try:
            validators.email(self.email)
        except validators.Invalid as exc:
            found["email"] = message_of(exc)
        if not self.samples:
            found["samples"] = QT_TRANSLATE_NOOP(
                "ViruslabForm", "Add the file you want the Virus Lab to check."
            )
        return found

    def payload(self) -> dict[str, Any]:
        """The body of ``POST /requests/viruslab`` without the archive's id."""
        body: dict[str, Any] = {
            "type": self.type,
            "description": self.description.strip(),
            "product_id": self.product_id,
            "product_version": self.product_version,
            "last_db_update": self.last_db_update.isoformat() if self.last_db_update else None,
            "email": self.email.strip(),
            "samples": [s.listing() for s in self.samples],
        }
        if self.false_positive:
            body["detection_name"] = self.detection_name.strip()
        return body

    def renewed(self) -> ViruslabForm:
        """The same form under a new Idempotency-Key: after a refusal the service keeps its
        answer under the old key, so the corrected request is another request."""
        return replace(self, idempotency_key=_new_key())

    # -- the draft ------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["last_db_update"] = self.last_db_update.isoformat() if self.last_db_update else None
        return doc

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> ViruslabForm:
        known = {k: doc[k] for k in cls.__dataclass_fields__ if k in doc}
        known["samples"] = tuple(Sample(**s) for s in doc.get("samples", []))
        when = doc.get("last_db_update")
        known["last_db_update"] = date.fromisoformat(when) if when else None
        product = known.get("product_id")
        known["product_id"] = int(product) if product is not None else None
        return cls(**known)

    @property
    def blank(self) -> bool:
        return (
            self.to_dict()
            == replace(ViruslabForm(), idempotency_key=self.idempotency_key).to_dict()
        )


class DraftFile:
    """The one Virus Lab draft, written atomically on every change. A file that cannot be
    read is moved aside (never deleted) and the form starts empty."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, form: ViruslabForm) -> None:
        atomic.write_json(self.path, {"format": DRAFT_FORMAT, "form": form.to_dict()})

    def load(self) -> ViruslabForm | None:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            self._set_aside()
            return None
        try:
            if doc.get("format") != DRAFT_FORMAT:
                raise ValueError(doc.get("format"))
            return ViruslabForm.from_dict(doc["form"])
        except (ValueError, KeyError, TypeError, AttributeError):
            self._set_aside()
            return None

    def _set_aside(self) -> None:
        self.path.replace(self.path.with_suffix(".unreadable"))

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
