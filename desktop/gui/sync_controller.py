"""Keeps the window's database in sync with the partner server, in the background.

A round runs on the task runner (never two at once; a request during a round runs right after it) at
start, every few minutes, when the network comes back and on demand. The controller keeps what the
status bar shows: not connected, offline, syncing, blocked (and why), the last sync time, the open
conflicts and a clock warning.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal

from desktop.core.sync.credentials import LazyTokenStore, TokenStore
from desktop.core.sync.engine import Enrolment, RoundResult, SyncError
from desktop.core.sync.service import SyncClient, SyncStatus, TransportFactory, sync_status
from desktop.core.sync.transport import HttpTransport, TransportError
from desktop.gui import messages
from desktop.gui.context import AppContext

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 5 * 60 * 1000
SYNCED_TABLES = ("partner", "company", "department", "task", "task_step", "conflict")
OFFLINE = "offline"
UNEXPECTED = "unexpected"


@dataclass(frozen=True)
class _Outcome:
    """What a round left behind: the new status, and the result or why it stopped."""

    status: SyncStatus
    result: RoundResult | None = None
    code: str | None = None  # a SyncError code, OFFLINE or UNEXPECTED


def _run_round(client: SyncClient) -> _Outcome:
    try:
        result = client.sync()
    except SyncError as exc:
        return _Outcome(sync_status(client.db), code=exc.code)
    except TransportError:
        return _Outcome(sync_status(client.db), code=OFFLINE)
    return _Outcome(sync_status(client.db), result=result)


class SyncController(QObject):
    """Runs sync rounds of one window's database and keeps the state the status bar shows."""

    sig_state_changed = Signal()
    """What the status bar shows about sync changed (texts from :meth:`connection_text` and friends)."""
    sig_synced = Signal(object)
    """A round finished: its :class:`RoundResult`."""
    sig_failed = Signal(str)
    """A round stopped: the ``SyncError`` code, "offline" or "unexpected"."""
    sig_connected = Signal(object)
    """This database was connected to a partner server: the :class:`Enrolment`."""

    def __init__(
        self,
        ctx: AppContext,
        tokens: TokenStore | None = None,
        transport_factory: TransportFactory | None = None,
        interval_ms: int = SYNC_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client = SyncClient(ctx.db, tokens or LazyTokenStore(), transport_factory or HttpTransport)
        self.status = sync_status(ctx.db, count_waiting=False)  # small local reads: the first paint is right
        self.syncing = False
        self.offline = False
        self.blocked: str | None = self.status.blocked
        self.clock_skew_ms: int | None = None
        self.last_result: RoundResult | None = None
        self._again = False
        self._notifying = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        ctx.sig_data_changed.connect(self._data_changed)

    @property
    def tokens_persistent(self) -> bool:
        return bool(self.client.tokens.persistent)

    def start(self, watch_network: bool = True) -> None:
        """Sync now when connected, then every few minutes and whenever the network comes back."""
        self.timer.start()
        if watch_network:
            self._watch_network()
        if self.status.connected:
            self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    # --- rounds -------------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Run a round in the background (after the running one, if a round is running)."""
        if self.syncing:
            self._again = True
            return
        self.syncing = True
        self.sig_state_changed.emit()
        client = self.client
        self._ctx.runner.submit(
            self.tr("Syncing"), lambda job: _run_round(client), self._round_done, self._round_crashed
        )

    def _round_done(self, outcome: _Outcome) -> None:
        if not shiboken6.isValid(self):
            return
        self.syncing = False
        self.status = outcome.status
        if outcome.result is not None:
            self.offline = False
            self.blocked = None
            self.last_result = outcome.result
            self.clock_skew_ms = outcome.result.clock_skew_ms
        elif outcome.code == OFFLINE:
            self.offline = True
        elif outcome.code != "not_connected":
            self.offline = False
            self.blocked = outcome.code
        self._finish(outcome.result, outcome.code)

    def _round_crashed(self, exc: BaseException) -> None:
        # Not a sync error (a broken address, a database error): shown, and the next round retries.
        log.error("sync round failed", exc_info=exc)
        if shiboken6.isValid(self):
            self.syncing = False
            self.blocked = UNEXPECTED
            self._finish(None, UNEXPECTED)

    def _finish(self, result: RoundResult | None, code: str | None) -> None:
        # Pulled pages are committed as they arrive, so views refresh even after a failed round.
        self._notifying = True
        try:
            self._ctx.notify(*SYNCED_TABLES)
        finally:
            self._notifying = False
        self.sig_state_changed.emit()
        if result is not None:
            self.sig_synced.emit(result)
        else:
            self.sig_failed.emit(code or UNEXPECTED)
        if self._again:
            self._again = False
            self.sync_now()

    def _tick(self) -> None:
        if self.status.connected:
            self.sync_now()

    # --- connecting ---------------------------------------------------------------------------------

    def connect_server(
        self,
        server_url: str,
        code: str,
        device_name: str,
        on_done: Callable[[Enrolment], None],
        on_error: Callable[[BaseException], None],
    ) -> int:
        """Enrol this database on the runner; on success the first round follows at once."""
        client = self.client

        def done(enrolment: Enrolment) -> None:
            if shiboken6.isValid(self):
                self.blocked = None
                self.offline = False
                self.sig_connected.emit(enrolment)
                self.sync_now()  # the round brings the new status
            on_done(enrolment)

        return self._ctx.runner.submit(
            self.tr("Connecting"), lambda job: client.connect(server_url, code, device_name), done, on_error
        )

    # --- status -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the status (open conflicts, waiting changes) in the background."""
        if self.syncing:
            return  # the round brings a fresh status
        db = self._ctx.db
        self._ctx.runner.submit(self.tr("Checking sync status"), lambda job: sync_status(db), self._loaded)

    def _loaded(self, status: SyncStatus) -> None:
        if shiboken6.isValid(self):
            self.status = status
            self.sig_state_changed.emit()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if "conflict" in tables and not self._notifying:
            self.refresh()

    def _watch_network(self) -> None:
        """Sync when the network comes back; without a reachability backend the timer is enough."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
            if info is not None:
                info.reachabilityChanged.connect(self._reachability_changed)
        except Exception:  # no QtNetwork plugin, or a platform quirk: the timer still syncs
            log.info("network reachability is not available", exc_info=True)

    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.status.connected:
            self.sync_now()

    # --- words for the status bar -------------------------------------------------------------------

    def connection_text(self) -> str:
        if self.syncing:
            return self.tr("Syncing…")
        if not self.status.connected:
            return self.tr("Not connected")
        if self.blocked:
            return self.tr("Sync stopped: {reason}").format(reason=self._stop_reason(self.blocked))
        if self.offline:
            return self.tr("Offline")
        if self.status.last_sync_ms:
            return self.tr("Last sync {time}").format(time=self._time(self.status.last_sync_ms))
        return self.tr("Connected, not synced yet")

    def connection_tooltip(self) -> str:
        if not self.status.connected:
            return self.tr("No partner server is set up yet; everything is kept on this PC.")
        lines = [self.tr("Partner server: {url}").format(url=self.status.server_url)]
        if self.blocked:
            lines.append(self._stop_sentence(self.blocked))
        elif self.offline:
            lines.append(self.tr("The server cannot be reached; changes are kept and sent later."))
        if self.status.last_sync_ms:
            lines.append(self.tr("Last sync: {time}").format(time=self._time(self.status.last_sync_ms)))
        if not self.tokens_persistent:
            lines.append(messages.token_kept_for_session())
        return "\n".join(lines)

    def conflicts_text(self) -> str:
        return self.tr("%n conflict(s)", "", self.status.open_conflicts)

    def clock_warning_text(self) -> str:
        """The warning after a round whose changes had to be re-stamped, else ""."""
        if self.clock_skew_ms is None:
            return ""
        minutes = max(1, round(abs(self.clock_skew_ms) / 60_000))
        return self.tr("Your PC's clock is off (about %n minute(s))", "", minutes)

    def _stop_reason(self, code: str) -> str:
        if code == UNEXPECTED:
            return self.tr("unexpected error")
        return messages.sync_stop_reason(code)

    def _stop_sentence(self, code: str) -> str:
        if code == UNEXPECTED:
            return self.tr("Sync failed unexpectedly; it is tried again later.")
        return messages.sync_error(code)

    @staticmethod
    def _time(ms: int) -> str:
        when = QDateTime.fromMSecsSinceEpoch(ms).toLocalTime()
        locale = QLocale()
        if when.date() == QDateTime.currentDateTime().date():
            return locale.toString(when.time(), "HH:mm")
        return locale.toString(when, "M/d HH:mm")
