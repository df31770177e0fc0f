"""The FastAPI application of the partner server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from server.api.errors import install_error_handlers
from server.api.limits import BodyLimitMiddleware
from server.api.main import API_PREFIX, api_router
from server.core.config import Settings
from server.db import check_ready, make_engine, make_sessions
from server.retention import DailyPrune
from server.sync import SyncService

DESCRIPTION = (
    "Sync server of Machishigoto: devices push and pull cells of their scopes (docs/sync-protocol.md)."
)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app on the database of ``settings`` (which must be migrated: ``db upgrade``)."""
    settings = settings or Settings.from_env()
    engine = make_engine(settings.database_url)
    try:
        check_ready(engine)
        sessions = make_sessions(engine)
        sync = SyncService.start(sessions, settings)
    except Exception:
        engine.dispose()
        raise

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pruner = DailyPrune(sessions, settings.retention) if settings.auto_prune else None
        if pruner is not None:
            pruner.start()
        try:
            yield
        finally:
            if pruner is not None:
                pruner.stop()
            engine.dispose()

    app = FastAPI(
        title="Machishigoto partner server", description=DESCRIPTION, version="1", lifespan=lifespan
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.sync = sync
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.include_router(api_router, prefix=API_PREFIX)
    return app
