"""Small tools shared by the core tests: file fingerprints, raw SQLCipher access, page decryption.

Nothing here mocks the app: it reads the real files the app wrote.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.store.keys import WorkspaceKey, derive_key, read_salt

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
IV_BYTES = 16


def fingerprint(path: Path) -> tuple[str, int, int]:
    """Content hash, size and mtime (ns): any write to the file changes at least one."""
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns


def folder_listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def key_for(path: Path, passphrase: str) -> WorkspaceKey:
    return derive_key(passphrase, read_salt(path))


def raw_connect(path: Path, key: WorkspaceKey) -> sqlcipher3.Connection:
    """A plain keyed SQLCipher connection (no app code between the test and the file)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def integrity(path: Path, key: WorkspaceKey) -> str:
    conn = raw_connect(path, key)
    try:
        return "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def ws_integrity(ws) -> str:  # noqa: ANN001
    with ws.engine.connect() as conn:
        return "\n".join(r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check"))


def decrypted_pages(path: Path, key: WorkspaceKey) -> list[bytes]:
    """Every page of a closed workspace decrypted by hand (AES-256-CBC, raw key), free pages
    included, so a test can see what secure_delete did or did not erase."""
    data = path.read_bytes()
    pages = []
    for n in range(len(data) // PAGE_SIZE):
        page = data[n * PAGE_SIZE:(n + 1) * PAGE_SIZE]
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + IV_BYTES]
        body = page[16:PAGE_SIZE - RESERVE] if n == 0 else page[:PAGE_SIZE - RESERVE]
        dec = Cipher(algorithms.AES(key.key), modes.CBC(iv)).decryptor()
        pages.append(dec.update(body) + dec.finalize())
    return pages


def variants(text: str) -> list[bytes]:
    """How a string could sit in a file: UTF-8 and UTF-16-LE, as typed and lower-cased."""
    out = []
    for t in {text, text.lower(), text.upper()}:
        out += [t.encode("utf-8"), t.encode("utf-16-le")]
    return out


def found_in(blobs: dict[str, bytes], needles: list[str]) -> list[tuple[str, str]]:
    return [(name, needle) for name, blob in blobs.items() for needle in needles
            if any(v in blob for v in variants(needle))]
