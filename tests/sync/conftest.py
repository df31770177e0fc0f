"""Sync fixtures: the partner server in process on a temporary SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.inprocess import PartnerServer, start_server


@pytest.fixture
def server_app(tmp_path: Path) -> Iterator[PartnerServer]:
    """The partner server (migrated, empty), reached through :meth:`PartnerServer.transport`."""
    server = start_server(tmp_path / "server.sqlite3")
    yield server
    server.close()
