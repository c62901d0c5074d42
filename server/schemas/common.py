"""Field types and base shapes that every entity's schemas share."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

# PostgreSQL text cannot hold NUL, and ids are 32-bit: refuse both as input, not fail on them.
NO_NUL = r"^[^\x00]*$"
MAX_ID = 2**31 - 1
DbId = Annotated[int, Field(ge=1, le=MAX_ID)]
Ids = Annotated[list[DbId], Field(default_factory=list, max_length=50)]


class Strict(BaseModel):
    """Unknown fields (sender, owner, status, priority, internal, …) are refused, not ignored."""

    model_config = ConfigDict(extra="forbid")


class Accepted(BaseModel):
    """What an anonymous request about an address answers, registered or not."""

    detail: str
