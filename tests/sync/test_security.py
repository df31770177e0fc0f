"""Security checks of the client side (docs/security.md): certificates are verified with no way to
turn that off, a token never travels over plain http to another machine, and no file the app
writes ever holds the device token."""

from __future__ import annotations

import datetime
import http.server
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QApplication

from desktop.cli import main
from desktop.core.db import open_database
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task
from desktop.core.sync.credentials import SessionTokenStore
from desktop.core.sync.transport import HttpTransport, TransportError
from tests.sync.inprocess import PartnerServer


@pytest.fixture(autouse=True)
def _one_qt_application(qapp: QApplication) -> None:
    """The commands make a QCoreApplication when none exists; pytest-qt's QApplication is that one."""


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on localhost with a self-signed certificate no system trusts."""
    cert, key = _self_signed(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{server.server_address[1]}", cert
    finally:
        server.shutdown()
        server.server_close()


def test_an_untrusted_certificate_is_refused(tls_server: tuple[str, Path]) -> None:
    url, cert = tls_server
    with pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED"):
        HttpTransport(url, timeout_s=5).request("GET", "/api/v1/health")
    # The same server is reachable once its certificate is trusted: the refusal above was the
    # verification, not a broken server.
    assert HttpTransport(url, timeout_s=5, cafile=str(cert)).request("GET", "/api/v1/health").status == 200


def test_verification_has_no_off_switch(
    monkeypatch: pytest.MonkeyPatch, tls_server: tuple[str, Path]
) -> None:
    """The variables other tools honour to skip verification change nothing here."""
    url, _ = tls_server
    for name in ("PYTHONHTTPSVERIFY", "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, "0" if name == "PYTHONHTTPSVERIFY" else "")
    with pytest.raises(TransportError):
        HttpTransport(url, timeout_s=5).request("GET", "/api/v1/health")


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://partner.example.jp", True),
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000", True),
        ("http://partner.example.jp", False),
        ("http://192.168.1.10:8000", False),
        ("ftp://partner.example.jp", False),
    ],
)
def test_plain_http_only_to_this_pc(url: str, allowed: bool) -> None:
    if allowed:
        assert HttpTransport(url).base_url == url
    else:
        with pytest.raises(ValueError):
            HttpTransport(url)


def test_no_file_the_app_writes_holds_the_token(
    tmp_path: Path, server_app: PartnerServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Connect, sync, write a USB sync file and a backup, then read every byte of every file in the
    folder (database, WAL, backups, sync file): neither the token nor the sync-file key is in any."""
    db_path = tmp_path / "data" / "machishigoto.sqlite3"
    db_path.parent.mkdir()
    db = open_database(db_path)
    try:
        company = create_company(db, CompanyData(name="山里茶園"))
        create_task(db, company.id, TaskFields(name="請求書発行"))
    finally:
        db.close()
    server_app.create_company(server_app.create_partner(), company.name, company.id)
    tokens = SessionTokenStore()
    base = ["--db", str(db_path)]
    connect = [*base, "connect", server_app.url, server_app.enrol_code(company.id), "--then-sync"]
    assert main(connect, tokens=tokens, transport_factory=server_app.transport) == 0
    assert main([*base, "sync"], tokens=tokens, transport_factory=server_app.transport) == 0
    bundle = tmp_path / "data" / "to-partner.mshg"
    assert main([*base, "sync", "export", str(bundle)], tokens=tokens) == 0
    assert main([*base, "backup", str(tmp_path / "data" / "copy.sqlite3")], tokens=tokens) == 0
    out, err = capsys.readouterr()
    # The credential store holds the device token and the sync-file key: both are secrets.
    secrets = [v.encode() for v in tokens._tokens.values()]
    assert len(secrets) == 2 and all(len(s) >= 20 for s in secrets)
    assert not any(s in (out + err).encode() for s in secrets)
    files = [p for p in tmp_path.rglob("*") if p.is_file() and not p.name.startswith("server")]
    assert db_path in files and bundle in files and len(files) >= 3
    for path in files:
        content = path.read_bytes()
        assert not any(s in content for s in secrets), path
