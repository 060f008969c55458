"""Passphrase → raw SQLCipher key, passphrase strength, and the OS keyring ("remember me").

The key is derived exactly as SQLCipher 4 derives it (PBKDF2-HMAC-SHA512, 256,000 iterations,
the 16-byte salt stored at the start of the file), so the file plus its passphrase opens with
any SQLCipher 4 tool; we derive once and give every connection the raw key, which is cheap.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_LENGTH = 10
KEYRING_SERVICE = "Consulta workspace"


@dataclass(frozen=True)
class WorkspaceKey:
    key: bytes
    salt: bytes

    def pragma_value(self) -> str:
        # Key and salt together: a new file gets this salt, an existing one is checked against it.
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def __repr__(self) -> str:  # never print key material
        return "WorkspaceKey(<secret>)"


def derive_key(passphrase: str, salt: bytes) -> WorkspaceKey:
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return WorkspaceKey(key=key, salt=salt)


def new_key(passphrase: str) -> WorkspaceKey:
    return derive_key(passphrase, secrets.token_bytes(SALT_BYTES))


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(SALT_BYTES)


# --- passphrase strength ---------------------------------------------------------------------

STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("Core", "Too short"),
    QT_TRANSLATE_NOOP("Core", "Weak"),
    QT_TRANSLATE_NOOP("Core", "Fair"),
    QT_TRANSLATE_NOOP("Core", "Good"),
    QT_TRANSLATE_NOOP("Core", "Strong"),
)


def passphrase_strength(passphrase: str) -> int:
    """0 (too short) to 4 (strong): a rough entropy estimate, a hint rather than a rule."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    # Repetition ("aaaaaaaaaa") earns little however long it is.
    effective_len = min(len(passphrase), distinct * 2)
    bits = effective_len * (max(pool, 10).bit_length())
    if bits < 50:
        return 1
    if bits < 70:
        return 2
    if bits < 90:
        return 3
    return 4


def check_new_passphrase(passphrase: str, confirmation: str) -> None:
    from app.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "The passphrase needs at least {n} characters."),
            field="passphrase",
            n=MIN_PASSPHRASE_LENGTH,
        )
    if passphrase != confirmation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "The two passphrases are not the same."),
            field="confirmation",
        )


# --- OS keyring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    reason: str = ""


class RememberedKeys:
    """Raw workspace keys in the OS keyring, one entry per workspace file (named by its salt,
    which travels with the file, so a moved file is still recognised)."""

    def status(self) -> KeyringStatus:
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
        except Exception as exc:  # a broken keyring install must not stop the app
            log.warning("keyring unavailable: %s", type(exc).__name__)
            return KeyringStatus(False, QT_TRANSLATE_NOOP("Core", "The system keyring could not be loaded."))
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            return KeyringStatus(
                False,
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This computer has no keyring service (such as GNOME Keyring or KWallet) "
                    "running, so the passphrase cannot be remembered. You will be asked for it "
                    "each time.",
                ),
            )
        return KeyringStatus(True)

    @staticmethod
    def _entry(salt: bytes) -> str:
        return salt.hex()

    def remember(self, key: WorkspaceKey) -> bool:
        if not self.status().available:
            return False
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, self._entry(key.salt), key.key.hex())
            return True
        except Exception as exc:
            log.warning("could not store key in keyring: %s", type(exc).__name__)
            return False

    def recall(self, salt: bytes) -> WorkspaceKey | None:
        if not self.status().available:
            return None
        try:
            import keyring

            value = keyring.get_password(KEYRING_SERVICE, self._entry(salt))
        except Exception as exc:
            log.warning("could not read keyring: %s", type(exc).__name__)
            return None
        if not value:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return WorkspaceKey(key=key, salt=salt) if len(key) == KEY_BYTES else None

    def forget(self, salt: bytes) -> None:
        if not self.status().available:
            return
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, self._entry(salt))
        except Exception:  # absent already, or keyring gone: nothing to forget
            pass


def secure_random_name(prefix: str) -> str:
    return f"{prefix}{os.getpid()}-{secrets.token_hex(4)}"
