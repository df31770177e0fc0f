"""Spreadsheet import and export of the workflow inventory (業務棚卸し表): xlsx and CSV.

Import is three steps, so nothing is written until the user has seen a clean preview::

    table = read_table(path)                        # ImportFileError for anything unreadable
    mapping = map_columns(table.headers)            # the user may change it
    result = preview(db, company_id, table, mapping)  # codes + params per row and cell
    commit(db, company_id, result)                  # one transaction, only without errors

Pure Python: the GUI and the CLI turn the message codes into words. openpyxl is imported only when
an xlsx is actually read or written.
"""

from desktop.core.io.columns import (
    EXPORT_COLUMNS,
    HEADERS,
    TARGETS,
    ColumnMapping,
    header_signature,
    map_columns,
)
from desktop.core.io.common import ERROR, INFO, WARNING, ImportFileError, Message
from desktop.core.io.export import export_tasks_csv, export_tasks_xlsx, neutralise, write_template
from desktop.core.io.preview import ImportPreview, PreviewCounts, RowPreview, field_of, preview
from desktop.core.io.reader import RawTable, parse_table, read_table
from desktop.core.io.store import ImportResult, commit

__all__ = [
    "ERROR",
    "EXPORT_COLUMNS",
    "HEADERS",
    "INFO",
    "TARGETS",
    "WARNING",
    "ColumnMapping",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "Message",
    "PreviewCounts",
    "RawTable",
    "RowPreview",
    "commit",
    "export_tasks_csv",
    "export_tasks_xlsx",
    "field_of",
    "header_signature",
    "map_columns",
    "neutralise",
    "parse_table",
    "preview",
    "read_table",
    "write_template",
]
