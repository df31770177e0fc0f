"""Where the device token lives: the OS credential store, or this session only. Never a file."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Protocol

SERVICE = "Machishigoto"
log = logging.getLogger(__name__)


class TokenStore(Protocol):
    persistent: bool

    def get(self, account: str) -> str | None: ...

    def set(self, account: str, token: str) -> None: ...

    def delete(self, account: str) -> None: ...


class SessionTokenStore:
    """Holds tokens in memory for this run only (used where no credential store exists)."""

    persistent = False

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    def get(self, account: str) -> str | None:
        return self._tokens.get(account)

    def set(self, account: str, token: str) -> None:
        self._tokens[account] = token

    def delete(self, account: str) -> None:
        self._tokens.pop(account, None)


class KeyringTokenStore:
    """The OS credential store (Windows Credential Manager, macOS Keychain, Secret Service)."""

    persistent = True

    def get(self, account: str) -> str | None:
        import keyring

        value = keyring.get_password(SERVICE, account)
        return str(value) if value is not None else None

    def set(self, account: str, token: str) -> None:
        import keyring

        keyring.set_password(SERVICE, account, token)

    def delete(self, account: str) -> None:
        import keyring
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, account)


def keyring_usable() -> bool:
    """Whether a real credential store is there (not keyring's fail or null backends)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation must not stop the app
        log.warning("credential store unavailable", exc_info=True)
        return False
    chain = getattr(backend, "backends", [backend])
    return any(not isinstance(b, fail.Keyring | null.Keyring) for b in chain)


def default_token_store() -> TokenStore:
    """The credential store when there is one, else a session-only store (the GUI says so)."""
    return KeyringTokenStore() if keyring_usable() else SessionTokenStore()


def account_for(server_url: str, device_id: str) -> str:
    return f"{server_url}#{device_id}"


class LazyTokenStore:
    """The default store, found on first use: keyring's backend detection takes a fifth of a second,
    which must not delay the window; the first sync round (on the task runner) pays it instead."""

    def __init__(self, factory: Callable[[], TokenStore] = default_token_store) -> None:
        self._factory = factory
        self._store: TokenStore | None = None
        self._lock = threading.Lock()

    def _resolved(self) -> TokenStore:
        with self._lock:
            if self._store is None:
                self._store = self._factory()
            return self._store

    @property
    def persistent(self) -> bool:
        return self._resolved().persistent

    def get(self, account: str) -> str | None:
        return self._resolved().get(account)

    def set(self, account: str, token: str) -> None:
        self._resolved().set(account, token)

    def delete(self, account: str) -> None:
        self._resolved().delete(account)
