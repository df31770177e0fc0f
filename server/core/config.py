"""Server settings, read from the environment once and passed in (no globals)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
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

# Retention of the server's bookkeeping (docs/security.md, "Retention"), in days.
RETAIN_PUSH_BATCH_DAYS = 30  # stored answers of push batches (a retry within it gets the same bytes)
RETAIN_CHANGE_SEEN_DAYS = 400  # change ids merged (at least a year, as tombstones)
RETAIN_AUDIT_DAYS = 730  # the audit log (two years)
MIN_CHANGE_SEEN_DAYS = 366
MIN_AUDIT_DAYS = 365
MAX_RETAIN_DAYS = 36_500
RETAIN_ENV = {
    "push_batch_days": "MACHISHIGOTO_RETAIN_PUSH_BATCH_DAYS",
    "change_seen_days": "MACHISHIGOTO_RETAIN_CHANGE_SEEN_DAYS",
    "audit_days": "MACHISHIGOTO_RETAIN_AUDIT_DAYS",
}
AUTO_PRUNE_ENV = "MACHISHIGOTO_AUTO_PRUNE"


class ConfigError(ValueError):
    """A setting from the environment or the command line is out of range (the message says which)."""


@dataclass(frozen=True)
class Retention:
    """How long the server keeps what grows forever otherwise. Pushed cells, tombstones and
    conflicts are data, never pruned; only the bookkeeping is."""

    push_batch_days: int = RETAIN_PUSH_BATCH_DAYS
    change_seen_days: int = RETAIN_CHANGE_SEEN_DAYS
    audit_days: int = RETAIN_AUDIT_DAYS

    def __post_init__(self) -> None:
        limits = {
            "push_batch_days": (1, self.change_seen_days),
            "change_seen_days": (MIN_CHANGE_SEEN_DAYS, MAX_RETAIN_DAYS),
            "audit_days": (MIN_AUDIT_DAYS, MAX_RETAIN_DAYS),
        }
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ConfigError(
                    f"{name.replace('_', '-')} must be between {low} and {high} days, not {value}"
                )

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Retention:
        values: dict[str, int] = {}
        for name, variable in RETAIN_ENV.items():
            text = env.get(variable, "").strip()
            if text:
                try:
                    values[name] = int(text)
                except ValueError as exc:
                    raise ConfigError(f"{variable} must be a whole number of days, not {text!r}") from exc
        return cls(**values)


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
    retention: Retention = field(default_factory=Retention)
    # Prune at most once a day in the background of a running server (server/retention.py).
    auto_prune: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "database_url", normalise_database_url(self.database_url))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, database_url: str | None = None) -> Settings:
        """Settings from ``DATABASE_URL`` (an explicit ``database_url`` wins)."""
        env = os.environ if environ is None else environ
        url = database_url or env.get(DATABASE_URL_ENV) or default_database_url()
        auto = env.get(AUTO_PRUNE_ENV, "1").strip().lower() not in {"0", "false", "no", "off"}
        return cls(database_url=url, retention=Retention.from_env(env), auto_prune=auto)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
