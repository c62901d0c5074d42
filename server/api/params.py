"""Path parameters that more than one router takes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from server.schemas.common import MAX_ID

# 32-bit and positive, so an id the database cannot hold is a 422, not a failed query.
RequestId = Annotated[int, Path(ge=1, le=MAX_ID)]
