"""Helpers shared by the query modules."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import BigInteger, ColumnElement, String, Table, TextualSelect, any_, bindparam, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.types import TypeEngine

from desktop.core.sync.hlc import system_ms
from server.models import Base

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list (SQLite)


def now_ms() -> int:
    return system_ms()


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_missing(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """INSERT rows, leaving the ones whose primary key exists alone (race-free on both databases)."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(postgresql.insert(model).values(rows).on_conflict_do_nothing())
    else:
        session.execute(sqlite.insert(model).values(rows).on_conflict_do_nothing())


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def in_values(
    column: InstrumentedAttribute[Any], values: Sequence[Any], postgres: bool, name: str
) -> Iterator[ColumnElement[bool]]:
    """``column`` among ``values`` as one condition per query to run.

    PostgreSQL gets a single ``column = ANY(:name)`` with the values as one array parameter: the SQL
    text stays the same whatever the number of values, so psycopg and SQLAlchemy cache it and the
    server can prepare it. SQLite has no arrays: ``IN (...)`` lists of at most :data:`CHUNK` values.
    """
    if not values:
        return
    if postgres:
        element = BigInteger() if isinstance(values[0], int) else String()
        yield column == any_(bindparam(name, list(values), type_=postgresql.ARRAY(element)))
        return
    for part in chunks(values):
        yield column.in_(part)


def among(
    column: ColumnElement[Any], name: str, postgres: bool, element: TypeEngine[Any] | None = None
) -> ColumnElement[bool]:
    """``column`` among the values of parameter ``name``, for a statement built once and run often
    (:func:`per_dialect`): ``column = ANY(:name)`` with one array on PostgreSQL, an expanding
    ``IN`` on SQLite (give it at most :data:`CHUNK` values a run, see :func:`value_chunks`)."""
    if postgres:
        return column == any_(bindparam(name, type_=postgresql.ARRAY(element or String())))
    return column.in_(bindparam(name, expanding=True))


def value_chunks(values: Sequence[T], postgres: bool) -> Iterator[list[T]]:
    """The values for :func:`among`: all at once on PostgreSQL, :data:`CHUNK` at a time on SQLite."""
    if not values:
        return
    if postgres:
        yield list(values)
        return
    for part in chunks(values):
        yield list(part)


def per_dialect(build: Callable[[bool], T]) -> dict[bool, T]:
    """A statement built once for each database (key: is it PostgreSQL). A statement object built
    once keeps its cache key, so running it skips building and keying it again, which is most of
    SQLAlchemy's cost for the small statements of a push."""
    return {True: build(True), False: build(False)}


def unnest_select(table: Table, names: Sequence[str]) -> TextualSelect:
    """``SELECT * FROM unnest(:a, :b, ...)``: rows made of one array parameter a column (PostgreSQL).

    A whole batch goes as one statement whose text never changes, instead of one execution a row.
    """
    arrays = []
    for name in names:
        # TEXT, not VARCHAR(n): a cast to VARCHAR(n) would cut a long value, the INSERT refuses it.
        sql_type = "BIGINT" if isinstance(table.c[name].type, BigInteger) else "TEXT"
        arrays.append(f"CAST(:{name} AS {sql_type}[])")
    sql = f"SELECT * FROM unnest({', '.join(arrays)})"
    return text(sql).columns(*(table.c[name] for name in names))


def columns_of(rows: Sequence[Sequence[Any]], names: Sequence[str]) -> dict[str, list[Any]]:
    """Rows (tuples in ``names`` order) as one list a column, the parameters of :func:`unnest_select`."""
    if not rows:
        return {name: [] for name in names}
    return {name: list(column) for name, column in zip(names, zip(*rows, strict=True), strict=True)}


def rows_of(rows: Sequence[Sequence[Any]], names: Sequence[str]) -> list[dict[str, Any]]:
    """Rows (tuples in ``names`` order) as dicts, the parameters of an executemany."""
    return [dict(zip(names, row, strict=True)) for row in rows]
