"""Which server folders to sync: the inbox, the sent folder and any the user ticked.

The sent folder is the one the user named in the settings, else the one flagged `\\Sent`
(SPECIAL-USE, RFC 6154), else the first whose name (or last path component) is a usual name for
it in English, Spanish, French or Portuguese. Runs on the sync thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.text import fold

ROLE_INBOX = "inbox"
ROLE_SENT = "sent"

# Compared accent- and case-insensitively (fold), so "Envoyés" also finds "ENVOYES".
SENT_NAMES = (
    # English
    "Sent", "Sent Items", "Sent Messages", "Sent Mail", "Sent Email",
    # Spanish
    "Enviados", "Elementos enviados", "Correo enviado", "Mensajes enviados", "Enviado",
    # French
    "Envoyés", "Éléments envoyés", "Messages envoyés", "Courrier envoyé", "Envoyé",
    # Portuguese
    "Itens Enviados", "Mensagens Enviadas", "Enviadas", "Correio enviado", "Itens enviados",
)
_SENT_FOLDED = [fold(n) for n in SENT_NAMES]


@dataclass(frozen=True)
class ServerFolder:
    name: str
    delimiter: str
    flags: tuple[str, ...]

    @property
    def selectable(self) -> bool:
        return "\\noselect" not in {f.lower() for f in self.flags} and \
            "\\nonexistent" not in {f.lower() for f in self.flags}

    @property
    def special_use(self) -> str:
        for f in self.flags:
            if f.lower() in ("\\sent", "\\drafts", "\\trash", "\\junk", "\\archive", "\\all",
                             "\\flagged"):
                return f
        return ""


def list_server_folders(client) -> list[ServerFolder]:
    out = []
    for flags, delimiter, name in client.list_folders():
        out.append(ServerFolder(
            name=name if isinstance(name, str) else name.decode("utf-8", "replace"),
            delimiter=(delimiter.decode() if isinstance(delimiter, bytes) else delimiter or ""),
            flags=tuple(f.decode() if isinstance(f, bytes) else str(f) for f in flags)))
    return out


def find_sent(folders: list[ServerFolder], preferred: str = "") -> str | None:
    names = {f.name for f in folders if f.selectable}
    if preferred and preferred in names:
        return preferred
    for f in folders:
        if f.selectable and f.special_use.lower() == "\\sent":
            return f.name
    for wanted in _SENT_FOLDED:
        for f in folders:
            if not f.selectable:
                continue
            last = f.name.rsplit(f.delimiter, 1)[-1] if f.delimiter else f.name
            if fold(f.name) == wanted or fold(last) == wanted:
                return f.name
    return None


def folders_to_sync(folders: list[ServerFolder], *, sent_folder: str = "",
                    extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, role) in sync order: inbox, sent, then the ticked ones that exist."""
    names = {f.name for f in folders if f.selectable}
    inbox = next((f.name for f in folders if f.name.upper() == "INBOX"), "INBOX")
    out = [(inbox, ROLE_INBOX)]
    sent = find_sent(folders, sent_folder)
    if sent and sent != inbox:
        out.append((sent, ROLE_SENT))
    for name in extra:
        if name in names and name not in {n for n, _ in out}:
            out.append((name, ""))
    return out
