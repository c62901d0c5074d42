"""Answers a route has already built as its response model, sent as they are.

FastAPI validates a plain ``def`` route's return value against ``response_model`` once
more, in a thread-pool hop of its own, before serializing it: for a model the route just
built, that hop cost more CPU than the serialization (``bench/service_load.py``). The
decorator's ``response_model`` still describes the answer in the OpenAPI document.
"""

from __future__ import annotations

from fastapi import Response
from pydantic import BaseModel


def built(model: BaseModel, status_code: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status_code, media_type="application/json")
