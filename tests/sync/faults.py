"""A transport that loses, duplicates and cuts messages on purpose, for the fault suites."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.sync.transport import JSON, Response, Transport, TransportError

FAULTS = ("ok", "drop_request", "drop_response", "duplicate", "reset_mid_body")


class FaultyTransport:
    """Wraps a transport; each request takes the next planned fault (``ok`` when the plan is empty).

    - ``drop_request``: the request never reaches the server.
    - ``drop_response``: the server handles (and commits) it, the answer is lost.
    - ``duplicate``: the request arrives twice; the client sees the second answer.
    - ``reset_mid_body``: the connection breaks while the body is sent: the server sees nothing
      usable (for a push, a truncated body is refused), and the client gets no answer.
    """

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.plan: list[str] = []
        self.counts: dict[str, int] = {fault: 0 for fault in FAULTS}

    def load(self, faults: Iterable[str]) -> None:
        self.plan = list(faults)

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        fault = self.plan.pop(0) if self.plan else "ok"
        self.counts[fault] += 1
        if fault in ("drop_request", "reset_mid_body"):
            raise TransportError(fault)
        response = self.inner.request(method, path, token, body, params)
        if fault == "drop_response":
            raise TransportError(fault)
        if fault == "duplicate":
            response = self.inner.request(method, path, token, body, params)
        return response
