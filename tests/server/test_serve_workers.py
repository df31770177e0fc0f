"""``serve --workers N``: several uvicorn processes, each making its app from DATABASE_URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from server import cli
from server.core.config import DATABASE_URL_ENV


def test_serve_with_workers_runs_the_app_factory(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert cli.main(["--database-url", database_url, "serve", "--workers", "3"]) == 0
    ((app, kwargs),) = calls
    assert app == "server.main:create_app"
    assert kwargs["factory"] is True and kwargs["workers"] == 3 and kwargs["port"] == 8765
    assert os.environ[DATABASE_URL_ENV] == database_url  # what every worker reads


@pytest.mark.parametrize("workers", ["0", "-1", "65"])
def test_serve_refuses_a_bad_worker_count(
    workers: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert cli.main(["--database-url", url, "serve", "--workers", workers]) == 2
    assert "--workers" in capsys.readouterr().err


def test_serve_with_workers_refuses_a_database_that_was_not_upgraded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: pytest.fail("uvicorn must not start"))
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert cli.main(["--database-url", url, "serve", "--workers", "2"]) == 2
    assert "db upgrade" in capsys.readouterr().err
