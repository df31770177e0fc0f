"""Tokens, enrolment codes and bundle keys: random secrets of which only hashes are stored."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

# No 0/O and no 1/I: codes are read off a printed card and typed by hand.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LEN = 4
_CODE_RE = re.compile(f"^[{CODE_ALPHABET}]{{{CODE_GROUPS * CODE_GROUP_LEN}}}$")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A device token: 32 random bytes, url-safe base64."""
    return secrets.token_urlsafe(32)


def new_bundle_key() -> str:
    """A key for signing offline sync bundles: 32 random bytes, standard base64."""
    return base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def new_enrol_code() -> str:
    """A one-time enrolment code like ``ABCD-EFGH-JKLM``."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
    return format_code(chars)


def format_code(chars: str) -> str:
    return "-".join(chars[i : i + CODE_GROUP_LEN] for i in range(0, len(chars), CODE_GROUP_LEN))


def canonical_code(typed: str) -> str | None:
    """The code as stored (upper case, grouped by dashes), or None when it cannot be a code."""
    chars = re.sub(r"[\s\-]", "", typed).upper()
    if not _CODE_RE.match(chars):
        return None
    return format_code(chars)
