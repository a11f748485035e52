"""Outlets: who published a source — a news agency, a state broadcaster, a ministry's site — and
the groups the analyst sorts them into ("Russian state media", "Ukrainian", "Western"…).

A source belongs to the outlet its ``outlet`` field names (compared case- and
diacritic-insensitively, under the outlet's name or any of its other spellings): every place
that already shows a source's outlet keeps showing it, and renaming or merging outlets rewrites
that field of their sources. :class:`OutletIndex` finds a source's outlet, and an import's
outlet by site name or web domain.

Everything here is pure: no Qt, no database, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from tld import get_fld

from desktop_app.domain.model import Source
from desktop_app.domain.textfold import fold
from desktop_app.i18n import N_

GROUP_SEPARATOR = ";"  # between groups in one text field (REFI-QDA's "Outlet group", the window)


DEFAULT_REPORTED_SHARE = 0.5
DEFAULT_MIN_CODED = 2


@dataclass(frozen=True)
class BlindspotRule:
    """The numbers of the blindspot rule (desktop_app.domain.outlet_coverage): a condition
    reported by at least ``reported_share`` of one group's fully coded outlets and by none of
    another group's, that group having at least ``min_coded`` fully coded outlets. Project
    settings; these are the defaults."""

    reported_share: float = DEFAULT_REPORTED_SHARE
    min_coded: int = DEFAULT_MIN_CODED


class OutletType(StrEnum):
    """What kind of publisher an outlet is (stored as the value; "" = not said)."""

    NEWS_AGENCY = "news agency"
    STATE_MEDIA = "state media"
    PUBLIC_BROADCASTER = "public broadcaster"
    INDEPENDENT = "independent"
    AGGREGATOR = "aggregator"
    OFFICIAL_BODY = "official body"
    THINK_TANK = "think tank"
    SOCIAL_MEDIA = "social media"

    @property
    def label(self) -> str:
        """The type's name, marked for translation (``gettext`` where it is shown)."""
        return {
            "news agency": N_("News agency"),
            "state media": N_("State media"),
            "public broadcaster": N_("Public broadcaster"),
            "independent": N_("Independent"),
            "aggregator": N_("Aggregator"),
            "official body": N_("Official body"),
            "think tank": N_("Think tank"),
            "social media": N_("Social media"),
        }[self.value]

    @classmethod
    def of(cls, text: str) -> OutletType | None:
        """The type ``text`` names (its value or label in any case, "_" or "-" for spaces);
        None for "" or anything else."""
        key = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
        for member in cls:
            if member.value == key:
                return member
        return None


@dataclass(frozen=True)
class Outlet:
    """An outlet as the project records it. ``id`` 0: not stored yet (a new one to add)."""

    id: int
    guid: str
    name: str
    country: str = ""
    languages: tuple[str, ...] = ()  # BCP 47-ish codes, e.g. ("ru", "en")
    type: OutletType | None = None
    groups: tuple[str, ...] = ()
    notes: str = ""
    # Other spellings of the name (a merged outlet's name among them): a source or an import
    # naming the outlet so belongs to it.
    aliases: tuple[str, ...] = ()
    # Web domains ("tass.ru"): an import from a URL there belongs to the outlet when the page
    # names no site.
    domains: tuple[str, ...] = ()
    source_count: int = field(default=0, compare=False)  # sources naming it (listing only)

    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def groups_text(self) -> str:
        """The groups as one field: "Russian state media; Wire services"."""
        return f"{GROUP_SEPARATOR} ".join(self.groups)

    @property
    def type_label(self) -> str:
        return self.type.label if self.type is not None else ""


def split_groups(text: str) -> tuple[str, ...]:
    """Groups typed or read as one field, separated by ";" — trimmed, blanks and repeats (in
    any case) dropped, in the order given."""
    return unique_names(part for part in text.split(GROUP_SEPARATOR))


def unique_names(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` trimmed, without blanks and without repeats (compared folded), first kept."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        clean = " ".join(name.split())
        key = fold(clean)
        if clean and key not in seen:
            seen.add(key)
            kept.append(clean)
    return tuple(kept)


def outlet_key(name: str) -> str:
    """What two spellings of one outlet name share: folded (case, diacritics), blanks collapsed."""
    return " ".join(fold(name).split())


def domain_of(url: str) -> str:
    """The host of ``url`` without "www." and a port, lower-cased ("" when there is none):
    ``https://www.TASS.ru:443/x`` → ``tass.ru``."""
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    if not host or any(c.isspace() or c in '"<>\\^`{|}' for c in host):
        return ""  # not a host name: free text in a URL field
    return host.removeprefix("www.")


def site_domain(url: str) -> str:
    """The domain an outlet is known by: the registered domain of ``url``'s host, by the
    Public Suffix List bundled with ``tld`` (``https://en.meduza.io/x`` → ``meduza.io``,
    ``bbc.co.uk`` stays whole); the bare host when there is none (an IP, ``localhost``)."""
    host = domain_of(url)
    if not host:
        return ""
    found = get_fld(host, fix_protocol=True, fail_silently=True)
    return str(found).lower() if found else host


class OutletIndex:
    """The project's outlets, found by any spelling of their name or by a web domain."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.outlets: tuple[Outlet, ...] = tuple(outlets)
        self._by_name: dict[str, Outlet] = {}
        for outlet in self.outlets:  # the canonical names win over aliases
            self._by_name.setdefault(outlet_key(outlet.name), outlet)
        for outlet in self.outlets:
            for alias in outlet.aliases:
                self._by_name.setdefault(outlet_key(alias), outlet)
        self._by_id = {outlet.id: outlet for outlet in self.outlets}
        self._looked_up: dict[str, Outlet | None] = {}  # name as given → found (2,000 sources)
        self._by_domain: dict[str, Outlet] = {}
        for outlet in self.outlets:
            self._know_domains(outlet)

    def _know_domains(self, outlet: Outlet) -> None:
        for domain in outlet.domains:
            bare = domain.lower().removeprefix("www.").rstrip(".")
            if bare:
                self._by_domain.setdefault(bare, outlet)

    def add(self, outlet: Outlet) -> None:
        """Know one more outlet (an import adding them one by one), or ``outlet``'s new state
        when one with its name is known already (its domains grew)."""
        key = outlet_key(outlet.name)
        held = self._by_name.get(key)
        if held is not None:
            self.outlets = tuple(outlet if o is held else o for o in self.outlets)
            for name, found in list(self._by_name.items()):
                if found is held:
                    self._by_name[name] = outlet
            for domain, found in list(self._by_domain.items()):
                if found is held:
                    self._by_domain[domain] = outlet
        else:
            self.outlets = (*self.outlets, outlet)
            self._by_name[key] = outlet
        for alias in outlet.aliases:
            self._by_name.setdefault(outlet_key(alias), outlet)
        if outlet.id:
            self._by_id[outlet.id] = outlet
        self._know_domains(outlet)
        self._looked_up.clear()

    def named(self, name: str) -> Outlet | None:
        """The outlet called ``name`` under any of its spellings."""
        if name in self._looked_up:
            return self._looked_up[name]
        key = outlet_key(name)
        found = self._looked_up[name] = self._by_name.get(key) if key else None
        return found

    def by_id(self, outlet_id: int) -> Outlet | None:
        return self._by_id.get(outlet_id)

    def at_domain(self, url: str) -> Outlet | None:
        """The outlet whose domain serves ``url`` (the longest domain that matches wins)."""
        host = domain_of(url)
        labels = host.split(".") if host else []
        for start in range(len(labels)):  # en.kremlin.ru, then kremlin.ru, then ru
            found = self._by_domain.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None

    def of(self, source: Source) -> Outlet | None:
        """The outlet ``source`` belongs to (by its ``outlet`` field), None when it names none
        the project records."""
        return self.named(source.outlet)

    def match(self, site_name: str, url: str) -> Outlet | None:
        """The outlet an import belongs to: by the site name the page gives, else by the
        domain of its URL (a site name the project does not know yet, on a known outlet's
        domain, is that outlet under another spelling)."""
        return self.named(site_name) or self.at_domain(url)
