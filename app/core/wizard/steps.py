"""The wizard's five steps, in their order (the field table and the state both name them)."""

from __future__ import annotations

from enum import IntEnum


class Step(IntEnum):
    TYPE = 1  # request type and product
    ACCOUNT = 2  # who is asking: signed in, Customer ID / e-mail + password, or skipped
    DETAILS = 3  # description, contacts, attachments
    SYSTEM = 4  # operating system, product version, GetSystemInfo report
    REVIEW = 5  # everything once more, then Submit
