"""Baselines of the sync rows: what moving the same cells costs without the sync machinery.

* :func:`sqlite_json` — the floor of an initial sync: every cell inserted into one plain SQLite table
  ``(tbl, row_id, col, value, hlc)`` with one ``executemany`` in one transaction (a file in the
  temp folder, WAL and ``synchronous = FULL`` as the app's database), plus a JSON round trip
  (``json.dumps`` then ``json.loads``) of the same cells in pages shaped like pull answers.
* :func:`pg_insert` — the floor of concurrent pushes: the same change rows inserted with psycopg's
  ``executemany`` into a plain PostgreSQL table, one transaction per batch, one connection.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Cell = dict[str, Any]


def sqlite_json(cells: Sequence[Cell], page: int, folder: Path) -> float:
    """Seconds for the SQLite insert plus the paged JSON round trip of ``cells``."""
    path = folder / "baseline.sqlite3"
    for leftover in folder.glob("baseline.sqlite3*"):
        leftover.unlink()
    started = time.perf_counter()
    for start in range(0, len(cells), page):
        text = json.dumps(
            {"cells": cells[start : start + page], "cursor": "x", "has_more": True},
            ensure_ascii=False,
        )
        json.loads(text)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(
            "CREATE TABLE cell (tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL,"
            " value TEXT, hlc INTEGER NOT NULL, PRIMARY KEY (tbl, row_id, col))"
        )
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO cell (tbl, row_id, col, value, hlc) VALUES (?, ?, ?, ?, ?)",
            [(c["tbl"], c["row_id"], c["col"], c["value"], c["hlc"]) for c in cells],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return time.perf_counter() - started


def pg_insert(url: str, batches: Sequence[Sequence[Cell]]) -> float:
    """Seconds to insert every change of ``batches`` into a fresh plain table, a commit per batch."""
    import psycopg

    raw = url.replace("postgresql+psycopg://", "postgresql://", 1)
    sql = (
        "INSERT INTO bench_plain_cell (change_id, tbl, row_id, scope_id, col, value, hlc)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s)"
    )
    with psycopg.connect(raw) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_plain_cell")
        conn.execute(
            "CREATE TABLE bench_plain_cell (change_id text PRIMARY KEY, tbl text NOT NULL,"
            " row_id text NOT NULL, scope_id text NOT NULL, col text NOT NULL, value text,"
            " hlc bigint NOT NULL)"
        )
        conn.commit()
        started = time.perf_counter()
        for batch in batches:
            with conn.cursor() as cur:
                cur.executemany(
                    sql,
                    [
                        (c["change_id"], c["tbl"], c["row_id"], c["scope_id"], c["col"], c["value"], c["hlc"])
                        for c in batch
                    ],
                )
            conn.commit()
        elapsed = time.perf_counter() - started
        conn.execute("DROP TABLE bench_plain_cell")
    return elapsed
