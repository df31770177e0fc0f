"""The local outbox: what is waiting to be pushed, its compaction, re-stamping and acknowledgement."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.sync.hlc import pack
from desktop.core.sync.merge import Change

_COLUMNS = "device_seq, change_id, tbl, row_id, scope_id, col, value, hlc, base_hlc, schema_version"


def pending(
    session: Session, device_id: str, limit: int, scopes: Collection[str] | None = None
) -> list[Change]:
    """The oldest unacknowledged changes, in device order; only those of ``scopes`` if given.

    Changes of rows outside the server's scopes for this device (a partner row on an owner's PC,
    say) stay in the outbox, kept and never sent, instead of blocking everything behind them.
    """
    where, params = _scope_filter(scopes)
    params["n"] = limit
    rows = session.execute(
        text(f"SELECT {_COLUMNS} FROM sync_outbox {where} ORDER BY device_seq LIMIT :n"), params
    )
    return [
        Change(
            change_id=r.change_id,
            device_id=device_id,
            device_seq=r.device_seq,
            tbl=r.tbl,
            row_id=r.row_id,
            scope_id=r.scope_id,
            col=r.col,
            value=r.value if r.value is not None else "null",
            hlc=r.hlc,
            base_hlc=r.base_hlc,
            schema_version=r.schema_version,
        )
        for r in rows
    ]


def _scope_filter(scopes: Collection[str] | None) -> tuple[str, dict[str, object]]:
    if scopes is None:
        return "", {}
    names = [f":s{i}" for i in range(len(scopes))]
    return f"WHERE scope_id IN ({', '.join(names) or 'NULL'})", {f"s{i}": s for i, s in enumerate(scopes)}


def count(session: Session, scopes: Collection[str] | None = None) -> int:
    """Changes waiting to be sent (of ``scopes`` only, if given)."""
    where, params = _scope_filter(scopes)
    return int(session.execute(text(f"SELECT count(*) FROM sync_outbox {where}"), params).scalar_one())


def compact(session: Session, after_seq: int) -> int:
    """Keep one change per cell among changes never sent (``device_seq > after_seq``).

    The newest value survives with the oldest base stamp, so the server still sees which version
    the edits were made on. Changes that may have reached the server are never touched, and
    different cells are never merged. Returns the number of rows removed.
    """
    session.execute(
        text(
            """
            UPDATE sync_outbox AS o SET base_hlc = (
                SELECT f.base_hlc FROM sync_outbox AS f
                WHERE f.tbl = o.tbl AND f.row_id = o.row_id AND f.col = o.col AND f.device_seq > :after
                ORDER BY f.device_seq LIMIT 1)
            WHERE o.device_seq > :after AND o.device_seq = (
                SELECT max(l.device_seq) FROM sync_outbox AS l
                WHERE l.tbl = o.tbl AND l.row_id = o.row_id AND l.col = o.col)
              AND EXISTS (SELECT 1 FROM sync_outbox AS d WHERE d.tbl = o.tbl AND d.row_id = o.row_id
                          AND d.col = o.col AND d.device_seq > :after AND d.device_seq < o.device_seq)
            """
        ),
        {"after": after_seq},
    )
    removed = session.execute(
        text(
            """
            DELETE FROM sync_outbox AS o
            WHERE o.device_seq > :after AND EXISTS (
                SELECT 1 FROM sync_outbox AS n WHERE n.tbl = o.tbl AND n.row_id = o.row_id
                AND n.col = o.col AND n.device_seq > o.device_seq)
            """
        ),
        {"after": after_seq},
    )
    return int(getattr(removed, "rowcount", 0) or 0)


def acknowledge(session: Session, acked_through: int) -> None:
    """Drop changes the server has durably taken."""
    session.execute(text("DELETE FROM sync_outbox WHERE device_seq <= :n"), {"n": acked_through})


def restamp(session: Session, server_time_ms: int, device_id: str) -> int:
    """Give every unacknowledged change a stamp after the server's time, keeping their order.

    Each new stamp is also above the stamp its edit was made on (``base_hlc``), so an edit made
    on top of another device's value still wins over it; cell clocks follow their changes, and a
    later change of the same cell keeps pointing at its (re-stamped) predecessor.
    Returns the highest new stamp.
    """
    rows = session.execute(
        text("SELECT device_seq, tbl, row_id, col, hlc, base_hlc FROM sync_outbox ORDER BY device_seq")
    ).all()
    renamed: dict[tuple[str, str, str, int], int] = {}
    stamp = pack(server_time_ms)
    for r in rows:
        base = r.base_hlc
        if base is not None:
            base = renamed.get((r.tbl, r.row_id, r.col, base), base)
        stamp = max(stamp + 1, (base or 0) + 1)
        renamed[(r.tbl, r.row_id, r.col, r.hlc)] = stamp
        session.execute(
            text("UPDATE sync_outbox SET hlc = :h, base_hlc = :b WHERE device_seq = :s"),
            {"h": stamp, "b": base, "s": r.device_seq},
        )
        session.execute(
            text(
                "UPDATE sync_cell SET hlc = :h, device_id = :d "
                "WHERE tbl = :t AND row_id = :r AND col = :c AND hlc = :old"
            ),
            {"h": stamp, "d": device_id, "t": r.tbl, "r": r.row_id, "c": r.col, "old": r.hlc},
        )
    return stamp
