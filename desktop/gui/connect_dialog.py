"""Connecting this PC to a partner server with the one-time code the partner gave (接続コード)."""

from __future__ import annotations

import re
import unicodedata
import urllib.parse

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtNetwork import QHostInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sync.engine import Enrolment, SyncError
from desktop.core.sync.transport import TransportError
from desktop.gui import messages
from desktop.gui.forms import (
    ERROR_COLOR,
    INVALID_STYLE,
    SAVED_COLOR,
    mark_invalid,
    message_label,
    with_mnemonic,
)
from desktop.gui.sync_controller import SyncController

CODE_LENGTH = 12
DEVICE_NAME_MAX = 100
ENROL_SCHEME = "machishigoto"
SCAN_SETTLE_MS = 150  # a USB scanner types fast: split the payload once it stops typing


def canonical_enrol_code(typed: str) -> str | None:
    """ "abcd efgh-jklm" -> "ABCD-EFGH-JKLM"; None when it cannot be a code."""
    # NFKC: a Japanese input method may type full-width letters, digits and dashes.
    chars = re.sub(r"[\s\-‐ー]", "", unicodedata.normalize("NFKC", typed)).upper()
    if len(chars) != CODE_LENGTH or not chars.isascii() or not chars.isalnum():
        return None
    return "-".join(chars[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def parse_enrol_payload(text: str) -> tuple[str, str] | None:
    """ "machishigoto://enrol?server=https%3A%2F%2Fp.example.jp&code=ABCD-EFGH-JKLM" (the QR code of a
    connection card, typed by a USB scanner) -> ("https://p.example.jp", "ABCD-EFGH-JKLM"); None when
    ``text`` is not a complete payload."""
    # NFKC: a scanner typing through a Japanese input method may give full-width characters.
    text = unicodedata.normalize("NFKC", text).strip()
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() != ENROL_SCHEME or parts.netloc.lower() != "enrol":
        return None
    query = urllib.parse.parse_qs(parts.query)
    servers, codes = query.get("server", []), query.get("code", [])
    code = canonical_enrol_code(codes[0]) if len(codes) == 1 else None
    if len(servers) != 1 or not servers[0].strip() or code is None:
        return None
    return servers[0].strip(), code


class ConnectDialog(QDialog):
    """Server address, connection code and this PC's name; connects on the task runner."""

    sig_connected = Signal(object)
    """The PC is connected (the first sync has been started): the :class:`Enrolment`."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Connect to partner server"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr("Enter the server address and the connection code you received from your partner.")
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.name_edit = QLineEdit(QHostInfo.localHostName() or "PC")
        self.name_edit.setMaxLength(DEVICE_NAME_MAX)
        self.name_edit.setToolTip(self.tr("How this PC is listed on the partner server"))
        form = QFormLayout()
        for text, key, widget in (
            (self.tr("Server URL"), "U", self.url_edit),
            (self.tr("Connection code"), "C", self.code_edit),
            (self.tr("Name of this PC"), "N", self.name_edit),
        ):
            label = QLabel(with_mnemonic(text, key))
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.error_label = message_label(ERROR_COLOR)
        self.note_label = message_label(SAVED_COLOR)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button.clicked.connect(self.connect_server)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

        # A connection card's QR code read by a USB scanner arrives as typing in a field.
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(SCAN_SETTLE_MS)
        self._scan_timer.timeout.connect(self.take_scanned_payload)
        for edit in (self.url_edit, self.code_edit):
            edit.textEdited.connect(lambda _text: self._scan_timer.start())

    def take_scanned_payload(self) -> bool:
        """Split a scanned card payload typed into either field into the server and code fields."""
        for edit in (self.code_edit, self.url_edit):
            payload = parse_enrol_payload(edit.text())
            if payload is not None:
                self._scan_timer.stop()
                self.url_edit.setText(payload[0])
                self.code_edit.setText(payload[1])
                mark_invalid(self.url_edit, False)
                mark_invalid(self.code_edit, False)
                self._show_error("")
                self.name_edit.setFocus()
                return True
        return False

    def connect_server(self) -> int | None:
        """Check the fields and connect in the background; returns the job id (None if invalid)."""
        self.take_scanned_payload()  # the scanner's Enter may come before the pause
        url = self.url_edit.text().strip()
        code = canonical_enrol_code(self.code_edit.text())
        name = self.name_edit.text().strip()
        problems: list[str] = []
        url_error = messages.server_url_error(url)
        mark_invalid(self.url_edit, url_error is not None, url_error or "")
        if url_error:
            problems.append(url_error)
        code_error = "" if code else self.tr("The connection code has 12 letters and digits: XXXX-XXXX-XXXX.")
        mark_invalid(self.code_edit, bool(code_error), code_error)
        if code_error:
            problems.append(code_error)
        name_error = "" if name else self.tr("Enter a name for this PC.")
        mark_invalid(self.name_edit, bool(name_error), name_error)
        if name_error:
            problems.append(name_error)
        if problems or code is None:
            self._show_error("\n".join(problems))
            return None
        self._show_error("")
        self._set_busy(True)
        return self._controller.connect_server(url, code, name, self._connected, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.connect_button.setEnabled(not busy)
        for edit in (self.url_edit, self.code_edit, self.name_edit):
            edit.setReadOnly(busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _connected(self, enrolment: Enrolment) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.sig_connected.emit(enrolment)
        if self._controller.tokens_persistent:
            self.accept()
            return
        # Say it plainly: after the app closes, this PC has to be connected again.
        self.note_label.setText(self.tr("Connected.") + "\n" + messages.token_kept_for_session())
        self.note_label.show()
        self.connect_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, SyncError):
            text = messages.sync_error(exc.code, exc.detail)
        elif isinstance(exc, TransportError):
            text = messages.offline_error(exc)
        elif isinstance(exc, ValueError):
            text = messages.server_url_error(self.url_edit.text()) or str(exc)
        else:
            text = self.tr("Connecting failed: {error}").format(error=exc)
        self._show_error(text)
