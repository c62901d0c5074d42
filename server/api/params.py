"""Path and query parameters that more than one router takes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query
from pydantic import StringConstraints

from server.schemas.common import MAX_ID

# 32-bit and positive, so an id the database cannot hold is a 422, not a failed query.
RequestId = Annotated[int, Path(ge=1, le=MAX_ID)]

# A filter value is one of a few short codes, and a filter repeats at most once per code:
# bounded, so a 10,000-character or 10,000-times filter is a 422, not a query.
FilterCode = Annotated[str, StringConstraints(max_length=40)]
Filter = Annotated[list[FilterCode] | None, Query(max_length=20, description="Repeat for several")]
