"""The connection card form (接続カード): the partner server's address, the one-time connection code
and the company the card is for. Create opens the card's preview."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services.companies import list_companies
from desktop.core.sync.service import sync_status
from desktop.gui import messages
from desktop.gui.connect_dialog import canonical_enrol_code, parse_enrol_payload
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR, INVALID_STYLE, mark_invalid, message_label, with_mnemonic


@dataclass(frozen=True)
class CardValues:
    server_url: str
    code: str  # canonical: XXXX-XXXX-XXXX
    company_name: str


class CardDialog(QDialog):
    """Server URL (this PC's own server when it is connected), connection code and company."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connection card"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Print the connection code of a new PC as a card with a QR code. On that PC, "
                "“Connect to partner server…” in the Sync menu accepts the code typed or scanned."
            )
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(sync_status(ctx.db, count_waiting=False).server_url or "")
        self.url_edit.setPlaceholderText("https://")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code_edit.setToolTip(self.tr("The one-time code the partner server gave for the new PC"))
        self.company_combo = QComboBox()
        for company in list_companies(ctx.db):
            self.company_combo.addItem(company.name, company.id)
        self.company_combo.setEnabled(self.company_combo.count() > 0)
        current = self.company_combo.findData(ctx.company_id)
        if current >= 0:
            self.company_combo.setCurrentIndex(current)
        form = QFormLayout()
        for text, key, widget in (
            (self.tr("Server URL"), "U", self.url_edit),
            (self.tr("Connection code"), "C", self.code_edit),
            (self.tr("Company"), "O", self.company_combo),
        ):
            label = QLabel(with_mnemonic(text, key))
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.error_label = message_label(ERROR_COLOR)
        self.create_button = QPushButton(self.tr("C&reate"))
        self.create_button.setToolTip(self.tr("Make the card and show its preview"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.code_edit if self.url_edit.text() else self.url_edit).setFocus()

    def _fit_height(self) -> None:
        """Grow so the wrapped messages fit (a wrapping label does not raise the minimum height)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(width, needed)

    def values(self) -> CardValues:
        """What the card will carry (call after the dialog was accepted)."""
        code = canonical_enrol_code(self.code_edit.text()) or self.code_edit.text().strip()
        name = self.company_combo.currentText() if self.company_combo.count() else ""
        return CardValues(self.url_edit.text().strip().rstrip("/"), code, name)

    def accept(self) -> None:
        """Check the fields; close only when they can make a card."""
        payload = parse_enrol_payload(self.code_edit.text())
        if payload is not None:  # someone scanned an old card into the field
            self.url_edit.setText(payload[0])
            self.code_edit.setText(payload[1])
        url_error = messages.server_url_error(self.url_edit.text())
        mark_invalid(self.url_edit, url_error is not None, url_error or "")
        code_ok = canonical_enrol_code(self.code_edit.text()) is not None
        code_error = (
            "" if code_ok else self.tr("The connection code has 12 letters and digits: XXXX-XXXX-XXXX.")
        )
        mark_invalid(self.code_edit, not code_ok, code_error)
        problems = [p for p in (url_error, code_error) if p]
        self.error_label.setText("\n".join(problems))
        self.error_label.setVisible(bool(problems))
        if problems:
            self._fit_height()
            (self.url_edit if url_error else self.code_edit).setFocus()
            return
        self.code_edit.setText(canonical_enrol_code(self.code_edit.text()) or "")
        super().accept()
