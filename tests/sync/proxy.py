"""The real partner server on a loopback socket, and a TCP proxy in front of it that breaks
connections on purpose.

:func:`live_server` runs the app with uvicorn in a background thread on ``127.0.0.1`` (a free port
chosen by the kernel). :class:`FaultProxy` listens on ``127.0.0.1`` too and handles each client
connection (one HTTP request: the desktop's ``HttpTransport`` opens one connection per request)
according to the next fault of its plan:

- ``ok``: pass through.
- ``drop_request``: the request is read and the client's connection closed; the server never sees it.
- ``drop_response``: the server handles (and commits) the request; its answer is read in full and
  the client's connection closed without it.
- ``duplicate``: the request reaches the server twice; the client gets the second answer.
- ``reset_mid_body``: half of the request body (half of the head when there is no body) reaches
  the server, then both connections are reset (``SO_LINGER`` 0: an RST, not a FIN).

Only loopback addresses are used; every socket and thread has a timeout.
"""

from __future__ import annotations

import contextlib
import os
import socket
import socketserver
import struct
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI

from tests.sync.faults import FAULTS
from tests.sync.inprocess import PartnerServer, start_server

LOOPBACK = "127.0.0.1"
SOCKET_TIMEOUT_S = 10.0
START_TIMEOUT_S = 15.0
STOP_TIMEOUT_S = 15.0
MAX_HEAD_BYTES = 64 * 1024


PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


def loopback_only_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """``environ`` (default: this process's) without HTTP proxy settings, so urllib talks to
    127.0.0.1 directly whatever the machine's configuration."""
    env = {k: v for k, v in (os.environ if environ is None else environ).items() if k not in PROXY_VARIABLES}
    env["NO_PROXY"] = env["no_proxy"] = LOOPBACK
    return env


@contextlib.contextmanager
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's environment without HTTP proxy settings, for the test's duration."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", LOOPBACK)
    monkeypatch.setenv("no_proxy", LOOPBACK)
    yield


# --- the server ---------------------------------------------------------------------------------


class _Server(uvicorn.Server):
    """A uvicorn server that says when its startup is over (successful or not)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.startup_done = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets=sockets)
        finally:
            self.startup_done.set()


@dataclass
class LiveServer:
    """The partner server answering HTTP on ``url``; ``partner`` offers the CLI's set-up steps."""

    partner: PartnerServer
    port: int
    server: _Server
    thread: threading.Thread

    @property
    def app(self) -> FastAPI:
        return self.partner.app

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(STOP_TIMEOUT_S)
        if self.thread.is_alive():  # pragma: no cover - a hung shutdown is a test failure
            self.server.force_exit = True
            self.thread.join(STOP_TIMEOUT_S)
        self.partner.close()
        assert not self.thread.is_alive(), "uvicorn did not stop"


def _listening_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LOOPBACK, 0))
    return sock


def start_live_server(database: Path) -> LiveServer:
    """A migrated server database at ``database``, served by uvicorn on a free loopback port."""
    partner = start_server(database)
    sock = _listening_socket()
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(
        partner.app,
        host=LOOPBACK,
        port=port,
        log_level="warning",
        timeout_graceful_shutdown=5,
        timeout_keep_alive=5,
    )
    server = _Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"uvicorn-{port}", daemon=True
    )
    thread.start()
    started = server.startup_done.wait(START_TIMEOUT_S) and server.started
    live = LiveServer(partner, port, server, thread)
    if not started:
        live.stop()
        sock.close()
        raise RuntimeError("uvicorn did not start")
    # From here on the socket is uvicorn's: its shutdown closes it.
    return live


@contextlib.contextmanager
def live_server(database: Path) -> Iterator[LiveServer]:
    live = start_live_server(database)
    try:
        yield live
    finally:
        live.stop()


# --- the proxy ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Handled:
    """One proxied connection: the fault applied and the request line it carried."""

    fault: str
    method: str
    path: str


def _recv_head(sock: socket.socket, buffer: bytearray) -> bytes:
    """Read up to the end of an HTTP head; what came after it stays in ``buffer``."""
    while b"\r\n\r\n" not in buffer:
        if len(buffer) > MAX_HEAD_BYTES:
            raise ConnectionError("HTTP head too long")
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("connection closed before the end of the HTTP head")
        buffer += chunk
    end = buffer.index(b"\r\n\r\n") + 4
    head = bytes(buffer[:end])
    del buffer[:end]
    return head


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    found: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        if sep:
            found[name.strip().lower()] = value.strip()
    return found


def _recv_exactly(sock: socket.socket, buffer: bytearray, size: int) -> bytes:
    while len(buffer) < size:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("connection closed in the middle of a body")
        buffer += chunk
    data = bytes(buffer[:size])
    del buffer[:size]
    return data


def _recv_message(sock: socket.socket) -> tuple[bytes, bytes]:
    """One HTTP message (head, body) framed by Content-Length (or, for an answer, by the close)."""
    buffer = bytearray()
    head = _recv_head(sock, buffer)
    headers = _headers(head)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raise ConnectionError("chunked bodies are not handled by the test proxy")
    length = headers.get("content-length")
    if length is not None:
        return head, _recv_exactly(sock, buffer, int(length))
    if head.startswith(b"HTTP/"):  # an answer without a length ends when the server closes
        while chunk := sock.recv(65536):
            buffer += chunk
    return head, bytes(buffer)


def _reset(sock: socket.socket) -> None:
    """Close with an RST: SO_LINGER on with a zero timeout."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def __init__(self, proxy: FaultProxy) -> None:
        super().__init__((LOOPBACK, 0), _ProxyHandler)
        self.proxy = proxy

    def handle_error(self, request: object, client_address: object) -> None:
        import traceback

        self.proxy.errors.append(traceback.format_exc())


class _ProxyHandler(socketserver.BaseRequestHandler):
    server: _ProxyServer
    request: socket.socket

    def handle(self) -> None:
        proxy = self.server.proxy
        client = self.request
        client.settimeout(proxy.timeout_s)
        try:
            head, body = _recv_message(client)
            request = head + body
            method, path = _request_line(head)
            fault = proxy.next_fault(method, path)
            if fault == "drop_request":
                client.close()
                return
            if fault == "reset_mid_body":
                cut = len(head) + len(body) // 2 if body else len(head) // 2
                upstream = socket.create_connection(proxy.upstream, timeout=proxy.timeout_s)
                try:
                    upstream.sendall(request[:cut])
                finally:
                    _reset(upstream)
                _reset(client)
                return
            answer = proxy.exchange(request)
            if fault == "duplicate":
                answer = proxy.exchange(request)
            if fault == "drop_response":
                client.close()
                return
            client.sendall(answer)
        finally:
            client.close()


def _request_line(head: bytes) -> tuple[str, str]:
    parts = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
    method, target = [*parts, "", ""][:2]
    return method, target.split("?", 1)[0]


@dataclass
class FaultProxy:
    """A loopback TCP proxy to ``upstream`` that applies one planned fault per connection.

    ``load(plan)`` replaces the plan; connections beyond it pass through (``ok``). ``handled``
    lists every connection in order; ``errors`` collects the proxy's own failures (none expected).
    """

    upstream: tuple[str, int]
    timeout_s: float = SOCKET_TIMEOUT_S
    handled: list[Handled] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _plan: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: _ProxyServer | None = None
    _thread: threading.Thread | None = None

    def __post_init__(self) -> None:
        assert self.upstream[0] == LOOPBACK, "the test proxy forwards to loopback only"

    @property
    def url(self) -> str:
        assert self._server is not None, "the proxy is not started"
        return f"http://{LOOPBACK}:{self._server.server_address[1]}"

    def start(self) -> FaultProxy:
        self._server = _ProxyServer(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="proxy"
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.shutdown()  # returns once serve_forever has stopped
        self._server.server_close()
        self._thread.join(STOP_TIMEOUT_S)
        assert not self._thread.is_alive(), "the proxy did not stop"
        self._server = None

    def load(self, plan: Iterable[str]) -> None:
        faults = list(plan)
        unknown = set(faults) - set(FAULTS)
        assert not unknown, unknown
        with self._lock:
            self._plan = faults

    def next_fault(self, method: str, path: str) -> str:
        with self._lock:
            fault = self._plan.pop(0) if self._plan else "ok"
            self.handled.append(Handled(fault, method, path))
        return fault

    def exchange(self, request: bytes) -> bytes:
        """Send ``request`` to the server on a new connection; its whole answer."""
        with socket.create_connection(self.upstream, timeout=self.timeout_s) as upstream:
            upstream.sendall(request)
            head, body = _recv_message(upstream)
        return head + body

    def counts(self) -> dict[tuple[str, str], int]:
        """How often each fault met each path."""
        found: dict[tuple[str, str], int] = {}
        for h in self.handled:
            found[(h.fault, h.path)] = found.get((h.fault, h.path), 0) + 1
        return found


@contextlib.contextmanager
def fault_proxy(live: LiveServer) -> Iterator[FaultProxy]:
    proxy = FaultProxy((LOOPBACK, live.port)).start()
    try:
        yield proxy
    finally:
        proxy.stop()
