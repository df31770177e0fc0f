"""How the sync engine talks to the partner server: a small JSON-over-HTTP interface.

:class:`HttpTransport` uses the standard library with TLS certificate verification always on; tests
plug in a transport that calls the server in process, drops or duplicates messages.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any, Protocol

JSON = dict[str, Any]

# Plain http is only ever spoken to this PC itself (a partner trying a local server): a device token
# never crosses a network unencrypted.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class TransportError(Exception):
    """No answer from the server (offline, refused, reset, timed out): try again later."""


@dataclass(frozen=True)
class Response:
    status: int
    body: JSON


class Transport(Protocol):
    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        """Send one request; raise :class:`TransportError` when no answer came back."""
        ...


class HttpTransport:
    """HTTPS (or loopback HTTP) to the partner server. Certificates are always verified: there is no
    switch to turn verification off; a partner with its own certificate authority passes ``cafile``."""

    def __init__(self, base_url: str, timeout_s: float = 30.0, cafile: str | None = None) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"not a server address: {base_url!r}")
        if parsed.scheme == "http" and parsed.hostname not in LOOPBACK_HOSTS:
            raise ValueError(f"plain http is only allowed to this PC: {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self._context = ssl.create_default_context(cafile=cafile)

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        url = self.base_url + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s, context=self._context) as resp:
                return Response(resp.status, _decode(resp.read()))
        except urllib.error.HTTPError as exc:
            return Response(exc.code, _decode(exc.read()))
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise TransportError(str(exc)) from exc


def _decode(raw: bytes) -> JSON:
    try:
        value = json.loads(raw or b"{}")
    except ValueError as exc:
        raise TransportError("the server's answer was not JSON") from exc
    return value if isinstance(value, dict) else {"value": value}
