"""Time zones: the system's IANA zone (for new workspaces), the practice's zone, and the names
Settings offers.

Appointments are stored in UTC; the practice zone is where they are shown and where recurrence
("every Monday at 10:00") is computed, so a daylight-saving change keeps the wall-clock time.
"""

from __future__ import annotations

import functools
import logging
import zoneinfo
from typing import TYPE_CHECKING

from sqlalchemy import select

if TYPE_CHECKING:
    from app.workspace import Workspace

log = logging.getLogger(__name__)

UTC_NAME = "UTC"
# Names the system may report for plain UTC; shown to the user as "UTC".
_UTC_ALIASES = {"UTC", "UCT", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Universal",
                "Zulu", "Etc/GMT", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "Etc/Greenwich", "GMT",
                "GMT0", "GMT+0", "GMT-0", "Greenwich"}
# Keys that zoneinfo lists but that are not places a practice can be in.
_NOT_ZONES = {"Factory", "localtime", "posixrules", "posix", "right"}
# The regions of the canonical "Area/City" names: what the Settings list offers.
_REGIONS = {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia",
            "Europe", "Indian", "Pacific"}


@functools.cache
def _known() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones() - _NOT_ZONES)


def is_valid_zone(name: str) -> bool:
    """True for an IANA key this installation can load (e.g. "Europe/Lisbon", "UTC")."""
    return bool(name) and name in _known()


@functools.cache
def zone_names() -> tuple[str, ...]:
    """The zones Settings offers, sorted: "UTC" and the canonical Area/City names (the old
    aliases like "US/Eastern" or "Portugal" are still accepted, just not listed)."""
    listed = {n for n in _known() if n.split("/", 1)[0] in _REGIONS and "/" in n}
    return (UTC_NAME, *sorted(listed))


def _normalise(name: str | None) -> str | None:
    if not name:
        return None
    if name in _UTC_ALIASES:
        return UTC_NAME
    return name if is_valid_zone(name) else None


def system_time_zone() -> str:
    """The computer's IANA zone name, or "UTC" when it cannot be told.

    babel (already a dependency) carries a copy of tzlocal: TZ, the /etc/localtime link,
    /etc/timezone and the like on Unix and macOS, the registry on Windows.
    """
    try:
        from babel.localtime import get_localzone

        zone = get_localzone()
    except Exception as exc:  # noqa: BLE001 - any failure here only means "not known"
        log.info("system time zone not found: %s", exc)
        zone = None
    # A zone read from a file without a name (no key) cannot be stored: UTC is the safe guess,
    # and Settings shows it so the user can correct it.
    return _normalise(getattr(zone, "key", None) or getattr(zone, "zone", None)) or UTC_NAME


def zone(name: str) -> zoneinfo.ZoneInfo:
    """The ZoneInfo for `name`, UTC when it is not a known zone (an old or hand-edited file)."""
    return zoneinfo.ZoneInfo(name if is_valid_zone(name) else UTC_NAME)


def practice_zone(ws: Workspace) -> zoneinfo.ZoneInfo:
    """The zone the practice works in (Settings → General)."""
    from app.store.models import Practice

    with ws.read() as s:
        name = s.scalar(select(Practice.time_zone))
    return zone(name or UTC_NAME)
