"""Builds a report: every section in its own daemon thread, all under one time budget.

Sections start cheapest first and run concurrently; the caller's thread only waits for their
results, reports progress and watches the cancel flag. A section still running when the
budget ends is recorded as ``timeout`` and abandoned (its commands are killed; a thread stuck
in a system call is left to die with the process), so the report is always made on time.

The threads are all started before any of them begins (a start gate): starting a thread
while others hold the GIL waits out the interpreter's switch interval each time, and the
last sections used to begin ~40 ms after the first.
"""

from __future__ import annotations

import contextlib
import math
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import psutil

from app.sysinfo import identity
from app.sysinfo.context import (
    CallTimeout,
    CommandTimeout,
    Context,
    PrivateValues,
    SectionStop,
    Shared,
    lower_thread_priority,
)
from app.sysinfo.model import (
    SCHEMA,
    SCHEMA_VERSION,
    Cancelled,
    Progress,
    Report,
    Status,
)
from app.sysinfo.sections import BY_ID, SECTIONS, Section
from app.sysinfo.sections.platforms import platform_name

DEFAULT_TIMEOUT = 20.0
ProgressCallback = Callable[[Progress], None]


def generator_version() -> str:
    from app import __version__

    return __version__


# Values that are already JSON as they are (exact types: subclasses take the long way).
_PLAIN = frozenset({str, int, bool, type(None)})


def plain(value: Any) -> Any:
    """A JSON-ready copy: named tuples become objects, NaN becomes null, bytes become text."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    # Rows of plain dicts and lists are most of a report: their plain members are taken
    # without a call each.
    if kind is dict:
        return {
            (k if type(k) is str else str(k)): (v if type(v) in _PLAIN else plain(v))
            for k, v in value.items()
        }
    if kind is list:
        return [v if type(v) in _PLAIN else plain(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, "_asdict"):
        return plain(value._asdict())
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def resolve_sections(sections: Iterable[str | Section] | None) -> list[Section]:
    """Section objects in report order; unknown ids raise ``ValueError``."""
    if sections is None:
        return list(SECTIONS)
    chosen: list[Section] = []
    for item in sections:
        if isinstance(item, Section):
            chosen.append(item)
        elif item in BY_ID:
            chosen.append(BY_ID[item])
        else:
            raise ValueError(f"unknown section {item!r}; known: {', '.join(BY_ID)}")
    order = {s.id: i for i, s in enumerate(SECTIONS)}
    return sorted(
        dict.fromkeys(chosen), key=lambda s: order.get(s.id, len(order) + chosen.index(s))
    )


def _run_section(
    section: Section,
    ctx: Context,
    results: queue.Queue[tuple[str, dict[str, Any], list[dict[str, Any]]]],
    gate: threading.Event,
) -> None:
    gate.wait()
    lower_thread_priority()
    start = time.perf_counter()
    log: list[dict[str, Any]] = []
    data: Any = None
    error: str | None = None
    try:
        data = section.collect(ctx)
        problems = [*ctx.notes, *(f"needs administrator rights: {a}" for a in ctx.admin_notes)]
        if ctx.admin_notes:
            status = Status.NEEDS_ADMIN
        elif ctx.notes:
            status = Status.PARTIAL
        else:
            status = Status.OK
        error = "; ".join(problems) or None
    except SectionStop as stop:
        status, error, data = stop.status, stop.reason, stop.data
    except (CommandTimeout, CallTimeout) as exc:
        status, error = Status.TIMEOUT, str(exc)
    except (psutil.AccessDenied, PermissionError) as exc:
        status, error = Status.NEEDS_ADMIN, f"access denied: {exc}"
    except Exception as exc:
        import traceback  # only for a failed section

        status, error = Status.ERROR, f"{type(exc).__name__}: {exc}"
        log.append(
            {
                "section": section.id,
                "level": "error",
                "message": error,
                "detail": traceback.format_exc(),
            }
        )
    finally:
        ctx.close()  # commands it started and never read
    try:
        data = plain(data)
    except Exception as exc:
        status, error, data = Status.ERROR, f"unserialisable data: {exc}", None
    result = {
        "title": section.title,
        "status": status.value,
        "duration_ms": round((time.perf_counter() - start) * 1000),
        "error": error,
        "data": data,
    }
    results.put((section.id, result, log))


def build_report(
    *,
    sections: Iterable[str | Section] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    redact: bool = True,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    product: dict[str, Any] | None = None,
    while_collecting: Callable[[], object] | None = None,
) -> Report:
    """Collect the chosen sections (all by default) and return the report.

    Safe to call from a worker thread: ``progress`` is called in the calling thread after
    each section; setting ``cancel`` stops collection and raises ``Cancelled``. ``timeout``
    is each section's budget in seconds; as all sections run at once, it also bounds the
    whole collection. ``product`` names the security product (``name``, ``version``,
    ``processes``) for the ``security`` section. ``while_collecting`` is called in the
    calling thread once the sections run (the command imports its writer there).
    """
    chosen: Sequence[Section] = resolve_sections(sections)
    if timeout <= 0:
        raise ValueError("timeout must be positive")
    started_wall = time.time()
    started = time.monotonic()
    deadline = started + timeout
    stop = threading.Event()
    private = PrivateValues()
    identity.register_self(private)
    # The users section registers every account itself; otherwise read them here, inline
    # when they come from local files, in an abandonable thread when a directory service may.
    accounts: threading.Thread | None = None
    if not any(s.id == "users" for s in chosen):
        if identity.local_accounts_only():
            _quietly(identity.register_accounts, private)
        else:
            accounts = threading.Thread(
                target=_quietly,
                args=(identity.register_accounts, private),
                daemon=True,
                name="sysinfo-accounts",
            )
            accounts.start()
    options = {"product": product} if product else {}
    results: queue.Queue[tuple[str, dict[str, Any], list[dict[str, Any]]]] = queue.Queue()
    starts: dict[str, float] = {}
    shared = Shared()
    gate = threading.Event()
    for section in sorted(chosen, key=lambda s: s.cost):
        ctx = Context(
            section=section.id,
            deadline=deadline,
            stop=stop,
            private=private,
            options=options,
            shared=shared,
        )
        starts[section.id] = time.perf_counter()
        threading.Thread(
            target=_run_section,
            args=(section, ctx, results, gate),
            daemon=True,
            name=f"sysinfo-{section.id}",
        ).start()
    gate.set()
    finished: dict[str, dict[str, Any]] = {}
    log: list[dict[str, Any]] = []
    titles = {s.id: s.title for s in chosen}
    try:
        if redact:
            # Imported (its patterns compiled) while the sections wait on the system.
            from app.sysinfo.redact import redact_document
        if while_collecting is not None:
            while_collecting()
        while len(finished) < len(chosen):
            if cancel is not None and cancel.is_set():
                raise Cancelled("the report was cancelled")
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                sid, result, entries = results.get(timeout=min(0.05, left))
            except queue.Empty:
                continue
            finished[sid] = result
            log.extend(entries)
            if progress is not None:
                progress(
                    Progress(
                        len(finished),
                        len(chosen),
                        sid,
                        titles[sid],
                        Status(result["status"]),
                        result["duration_ms"],
                    )
                )
    finally:
        stop.set()
    for section in chosen:
        if section.id not in finished:
            elapsed = round((time.perf_counter() - starts[section.id]) * 1000)
            finished[section.id] = {
                "title": section.title,
                "status": Status.TIMEOUT.value,
                "duration_ms": elapsed,
                "error": f"did not finish within {timeout:g} s; abandoned",
                "data": None,
            }
            if progress is not None:
                progress(
                    Progress(
                        len(finished),
                        len(chosen),
                        section.id,
                        section.title,
                        Status.TIMEOUT,
                        elapsed,
                    )
                )
    if accounts is not None:
        accounts.join(timeout=max(0.0, min(1.0, deadline - time.monotonic())))
    ordered = {s.id: finished[s.id] for s in chosen}
    summary = Counter(s["status"] for s in ordered.values())
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": "getsysteminfo", "version": generator_version()},
        "created_utc": datetime.fromtimestamp(started_wall, UTC).isoformat(timespec="seconds"),
        "duration_ms": round((time.monotonic() - started) * 1000),
        "platform": platform_name(),
        "redacted": False,
        "options": {"sections": [s.id for s in chosen], "timeout_s": timeout, "product": product},
        "summary": dict(sorted(summary.items())),
        "sections": ordered,
        "log": log,
        "redaction": None,
    }
    if not redact:
        return Report(document=document, original=document, pseudonyms={})
    redacted, redactor = redact_document(document, private.snapshot())
    redacted["redacted"] = True
    redacted["redaction"] = {
        "counts": dict(sorted(redactor.counts.items())),
        "distinct": redactor.distinct(),
    }
    return Report(document=redacted, original=document, pseudonyms=redactor.mapping())


def _quietly(fn: Callable[[PrivateValues], None], private: PrivateValues) -> None:
    with contextlib.suppress(OSError, KeyError):
        fn(private)
