"""The service's ASGI application, built from settings."""

from __future__ import annotations

import importlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from server import i18n, openapi
from server.clock import SYSTEM, Clock
from server.config import Settings
from server.db.migrate import upgrade
from server.db.session import Database
from server.errors import install_error_handlers
from server.services import passwords, purge
from server.services.event_stream import EventHub
from server.services.idempotency import IdempotencyMiddleware
from server.services.mail import Mailer
from server.services.secrets_store import load_or_create_secret
from server.state import ServiceState

log = logging.getLogger(__name__)

# One module per resource under server/api; each exposes ``router``.
ROUTERS = (
    "auth",
    "events",
    "requests",
    "staff",
    "catalog",
    "licenses",
    "legacy",
    "me",
    "captcha",
    "account_pages",
    "attachments",
    "uploads",
)

API_VERSION = "1.0.0"


def build_state(settings: Settings, *, migrate: bool = True, clock: Clock = SYSTEM) -> ServiceState:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if settings.password_profile:
        passwords.use_profile(settings.password_profile)
    if not settings.token_secret:
        secret = load_or_create_secret(settings.data_dir / "secret.key")
        settings = settings.model_copy(update={"token_secret": secret})
    url = settings.resolved_database_url()
    if migrate:
        upgrade(url)
    mailer = Mailer(settings.mail_url, settings.mail_dir, settings.mail_from)
    return ServiceState(settings=settings, db=Database.connect(url, clock=clock), mailer=mailer)


def create_app(settings: Settings, *, migrate: bool = True, clock: Clock = SYSTEM) -> FastAPI:
    """``clock``: the service's "now" for every rule (tests pass a movable one)."""
    state = build_state(settings, migrate=migrate, clock=clock)

    @asynccontextmanager
    async def lifespan(running: FastAPI) -> AsyncIterator[None]:
        housekeeping = purge.start(state)  # unactivated accounts, stale counters
        # One event hub per worker process wakes the open event streams.
        async with EventHub.running(state.db) as hub:
            running.state.event_hub = hub
            yield
        await purge.stop(housekeeping)
        # What the last requests queued still goes out, for a while.
        await to_thread.run_sync(state.mailer.close, 10.0)
        state.db.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="Personal Cabinet support service",
        version=API_VERSION,
        description="Accounts, licenses, support and Virus Lab requests for Personal Cabinet.",
    )
    app.state.service = state
    install_error_handlers(app)
    app.add_middleware(IdempotencyMiddleware, state=state)
    i18n.catalogs()  # read once at start, not at the first refusal
    app.add_middleware(i18n.LanguageMiddleware)  # outside the stored answers: any caller's
    if state.settings.trusted_proxies:
        # Outermost, so that every part of the service sees the caller behind the proxy.
        app.add_middleware(
            ProxyHeadersMiddleware, trusted_hosts=list(state.settings.trusted_proxies)
        )

    @app.get("/healthz", tags=["health"])
    def healthz() -> JSONResponse:
        try:
            with state.db.read() as db:
                db.execute(text("SELECT 1"))
        except Exception as exc:  # report, never raise: this is what monitors poll
            return JSONResponse({"status": "error", "detail": str(exc)}, status_code=503)
        return JSONResponse(
            {"status": "ok", "version": API_VERSION, "vendor": state.settings.vendor_name}
        )

    for name in ROUTERS:
        module = importlib.import_module(f"server.api.{name}")
        app.include_router(module.router)
    openapi.install(app)

    return app
