"""One column of the training pipeline board: a list of trainee cards that can be dragged to
another column, painted with the days since the course, the days left to the goal and alert
badges (in colour and in words)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.services.pipeline import TraineeCard
from desktop.gui import messages

MIME_TYPE = "application/x-machishigoto-trainee"
ALERT_COLORS = {"no_ojt": "#b26a00", "no_paid_work": "#c43e00", "goal_missed": "#b71c1c"}
GOAL_COLOR = "#2e7d32"
_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD = 8
_GAP = 6


class CardTexts(QObject):
    """The words of a card (one place, so the delegate, tooltips and the at-risk list agree)."""

    def kind(self, card: TraineeCard) -> str:
        kind = messages.choice_label("worker_kind", card.kind)
        return f"{kind} · {card.municipality}" if card.municipality else kind

    def course(self, card: TraineeCard) -> str:
        if card.days_since_course is not None:
            return self.tr("{days} days since the course").format(days=card.days_since_course)
        if card.course_end is not None:
            return self.tr("In the course until {date}").format(date=card.course_end.isoformat())
        if card.stage == "course":
            return self.tr("In the course")
        return self.tr("No course recorded")

    def goal(self, card: TraineeCard) -> str:
        if card.paid_on is not None:
            if card.course_end is None:
                return self.tr("Paid work since {date}").format(date=card.paid_on.isoformat())
            day = (card.paid_on - card.course_end).days
            if card.paid_within_goal:
                return self.tr("Goal met: paid work on day {day}").format(day=day)
            return self.tr("Paid work from day {day}, after the goal").format(day=day)
        if card.days_left_to_goal is None:
            return self.tr("Goal counts after the course")
        if card.days_left_to_goal >= 0:
            return self.tr("{days} days left to the goal").format(days=card.days_left_to_goal)
        return self.tr("{days} days past the goal").format(days=-card.days_left_to_goal)

    def since(self, day: date) -> str:
        return self.tr("In this stage since {date}").format(date=day.isoformat())

    def badge(self, code: str) -> str:
        texts = {
            "no_ojt": self.tr("No OJT yet"),
            "no_paid_work": self.tr("No paid work yet"),
            "goal_missed": self.tr("Goal missed"),
        }
        return texts.get(code, code)

    def reason(self, code: str, card: TraineeCard, ojt_by: int, paid_by: int, goal: int) -> str:
        """A sentence for the at-risk list: what is late, by how much, and the target."""
        days = card.days_since_course or 0
        if code == "no_ojt":
            return self.tr("No OJT {days} days after the course (target: by day {limit})").format(
                days=days, limit=ojt_by
            )
        if code == "no_paid_work":
            return self.tr("No paid work {days} days after the course (target: by day {limit})").format(
                days=days, limit=paid_by
            )
        if code == "goal_missed":
            return self.tr("The {goal}-day goal passed {over} days ago without paid work").format(
                goal=goal, over=days - goal
            )
        return code


class TraineeListModel(QAbstractListModel):
    """The cards of one stage; drags carry the worker id and the stage it comes from."""

    sig_dropped = Signal(str, str, str)
    """A card was dropped here: (worker id, from stage, to stage)."""

    def __init__(self, stage: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[TraineeCard] = []
        self.texts = CardTexts(self)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.UserRole:
            return card.worker_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # What a screen reader (and a test) reads: every line of the card in words.
            lines = [card.name, self.texts.kind(card), self.texts.course(card), self.texts.goal(card)]
            lines += [self.texts.badge(a) for a in card.alerts]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card.name, self.texts.kind(card), self.texts.course(card), self.texts.goal(card)]
            if card.stage_since is not None:
                lines.append(self.texts.since(card.stage_since))
            return "\n".join(lines + [self.texts.badge(a) for a in card.alerts])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def set_cards(self, cards: Sequence[TraineeCard]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def row_of(self, worker_id: str) -> int:
        return next((i for i, c in enumerate(self.cards) if c.worker_id == worker_id), -1)

    # --- drag and drop ----------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            card = self.cards[rows[0]]
            data.setData(MIME_TYPE, QByteArray(f"{card.worker_id}\n{self.stage}".encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        _worker, _sep, source = bytes(data.data(MIME_TYPE).data()).decode().partition("\n")
        return source != self.stage

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        worker_id, _sep, source = bytes(data.data(MIME_TYPE).data()).decode().partition("\n")
        self.sig_dropped.emit(worker_id, source, self.stage)
        # False: the card is not moved by the view; the board reloads from the database instead.
        return False


class CardDelegate(QStyledItemDelegate):
    """Paints a card: name, kind and place, course line, goal line, alert badges."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = CardTexts(self)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return bold, option.font, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        bold, normal, small = self._fonts(option)
        card = index.data(CARD_ROLE)
        lines = QFontMetrics(bold).lineSpacing() + 2 * QFontMetrics(normal).lineSpacing()
        lines += QFontMetrics(small).lineSpacing()
        if card is not None and card.alerts:
            lines += QFontMetrics(small).lineSpacing() + _GAP
        return QSize(200, lines + 2 * _PAD + _GAP + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card: TraineeCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        bold, normal, small = self._fonts(option)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 3, -4, -3)
        base = palette.color(QPalette.ColorRole.Base)
        background = palette.color(QPalette.ColorRole.Highlight).lighter(185) if selected else base
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        if card.alerts:
            border = QColor(ALERT_COLORS[card.alerts[-1]]) if not selected else border
        painter.setPen(QPen(border, 2 if (selected or card.alerts) else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        if focused:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        text_color = palette.color(QPalette.ColorRole.Text)
        inner = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        y = inner.top()

        def line(text: str, font: QFont, color: QColor) -> None:
            nonlocal y
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(color)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), metrics.lineSpacing()), 0, elided)
            y += metrics.lineSpacing()

        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        line(card.name, bold, text_color)
        line(self.texts.kind(card), small, muted)
        line(self.texts.course(card), normal, text_color)
        goal_color = QColor(GOAL_COLOR) if card.paid_within_goal else text_color
        if card.days_left_to_goal is not None and card.days_left_to_goal < 0:
            goal_color = QColor(ALERT_COLORS["goal_missed"])
        line(self.texts.goal(card), normal, goal_color)
        if card.alerts:
            y += _GAP
            metrics = QFontMetrics(small)
            painter.setFont(small)
            x = inner.left()
            for code in card.alerts:
                text = self.texts.badge(code)
                width = metrics.horizontalAdvance(text) + 12
                if x + width > inner.right() and x > inner.left():
                    break
                badge = QRect(x, y, width, metrics.lineSpacing() + 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(ALERT_COLORS.get(code, "#555555")))
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
                x += width + 4
        painter.restore()


class BoardColumn(QListView):
    """A stage's list of cards: drag a card to another column, or press Left/Right to move focus
    between columns (Ctrl+Left/Right move the trainee; the page owns those shortcuts)."""

    sig_focus_neighbour = Signal(int)
    """Left (-1) or Right (+1) pressed without a modifier."""

    def __init__(self, model: TraineeListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setMinimumWidth(210)

    def card_model(self) -> TraineeListModel:
        model = self.model()
        assert isinstance(model, TraineeListModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.sig_focus_neighbour.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)
