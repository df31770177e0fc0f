"""Server settings, read from the environment once and passed in (no globals)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.core.paths import default_data_dir

DATABASE_URL_ENV = "DATABASE_URL"
DB_FILENAME = "machishigoto-server.sqlite3"

# Limits of the wire contract (docs/sync-protocol.md).
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_BATCH_CHANGES = 1000
DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000
MAX_CLOCK_SKEW_MS = 300_000
ENROL_CODE_HOURS = 168


def default_database_url() -> str:
    """SQLite in the per-user data folder: enough for a partner with a few dozen companies."""
    return f"sqlite:///{(default_data_dir() / DB_FILENAME).as_posix()}"


def normalise_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever driver-less spelling the URL has."""
    url = url.strip()
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for other databases or in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    path = rest.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path)


@dataclass(frozen=True)
class Settings:
    """Everything the server can be told. Limits default to the wire contract's."""

    database_url: str
    max_body_bytes: int = MAX_BODY_BYTES
    max_clock_skew_ms: int = MAX_CLOCK_SKEW_MS
    enrol_attempts: int = 10
    enrol_window_s: int = 600

    def __post_init__(self) -> None:
        object.__setattr__(self, "database_url", normalise_database_url(self.database_url))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, database_url: str | None = None) -> Settings:
        """Settings from ``DATABASE_URL`` (an explicit ``database_url`` wins)."""
        env = os.environ if environ is None else environ
        url = database_url or env.get(DATABASE_URL_ENV) or default_database_url()
        return cls(database_url=url)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
