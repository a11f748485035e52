"""What a ``.qdpx`` archive holds, as plain data: the reader's output, the services' input.

References between elements (a coding's code, a selection's user, a link's ends) are kept as
*keys* — the normalised GUID, or the raw text when an exporter wrote something that is not a GUID
— and ``guid`` is the normalised GUID or None. Positions are already code points of ``text`` as
Parley stores it (see :mod:`desktop_app.importers.qdpx_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.i18n import gettext, ngettext


@dataclass
class QdpxUser:
    key: str
    guid: str | None
    name: str


@dataclass
class QdpxCode:
    key: str
    guid: str | None
    name: str
    codable: bool
    color: str  # "#rrggbb" or ""
    description: str
    notes: list[str] = field(default_factory=list)
    children: list[QdpxCode] = field(default_factory=list)


@dataclass
class QdpxSelection:
    key: str
    guid: str | None
    name: str
    start: int
    end: int
    code_keys: list[str]
    user_key: str = ""  # the selection's creatingUser
    # each Coding's own creatingUser, in step with code_keys ("": the Coding does not say, so
    # it is the selection's creator's)
    coding_user_keys: list[str] = field(default_factory=list)
    created_at: str = ""  # ISO 8601 UTC "…Z", or "" when the archive does not say
    modified_at: str = ""
    note: str = ""

    def codings_by_user(self) -> list[tuple[str, list[str]]]:
        """The codings grouped by who made them — (user key, code keys) — the selection's
        creator first: REFI-QDA credits each Coding to its own creatingUser, and two people can
        code one selection."""
        groups: dict[str, list[str]] = {self.user_key: []}
        users = self.coding_user_keys or [""] * len(self.code_keys)
        for code_key, user_key in zip(self.code_keys, users, strict=True):
            groups.setdefault(user_key or self.user_key, []).append(code_key)
        return [(user, codes) for user, codes in groups.items() if codes]


@dataclass
class QdpxSource:
    key: str
    guid: str | None
    title: str
    text: str
    file_format: str  # "txt", or "pdf" for a PDF's text representation
    selections: list[QdpxSelection] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)  # variable name → value
    other_keys: tuple[str, ...] = ()  # e.g. a PDF's Representation GUID
    created_at: str = ""
    user_key: str = ""
    position_convention: str = ""  # how its positions were read (see importers.qdpx_text)


@dataclass
class QdpxCase:
    key: str
    guid: str | None
    name: str
    description: str
    source_keys: list[str]


@dataclass
class QdpxLink:
    key: str
    guid: str | None
    name: str
    direction: str
    origin_key: str
    target_key: str


Loss = str | tuple[str, str]  # N_("phrase") or N_plural("{n} thing", "{n} things")


class LossReport:
    """What could not be carried over, grouped so a big archive gives a few readable lines
    ("12 picture sources …: “a.jpg”, “b.png”, … and 10 more"), not thousands."""

    EXAMPLES = 3

    def __init__(self) -> None:
        self._counts: dict[Loss, int] = {}
        self._examples: dict[Loss, list[str]] = {}

    def add(self, what: Loss, example: str = "", count: int = 1) -> None:
        """Record ``count`` occurrences of ``what``: a phrase marked with ``N_`` (said once, no
        number), or the singular and plural marked with ``N_plural`` (``{n}`` the number), put
        in the current language when the report is read."""
        self._counts[what] = self._counts.get(what, 0) + count
        examples = self._examples.setdefault(what, [])
        if example and len(examples) < self.EXAMPLES:
            examples.append(example)

    def merge(self, other: LossReport) -> None:
        for what, count in other._counts.items():
            self._counts[what] = self._counts.get(what, 0) + count
            examples = self._examples.setdefault(what, [])
            for example in other._examples.get(what, []):
                if len(examples) < self.EXAMPLES:
                    examples.append(example)

    def __bool__(self) -> bool:
        return bool(self._counts)

    def lines(self) -> list[str]:
        result = []
        for what, count in self._counts.items():
            line = ngettext(*what, count) if isinstance(what, tuple) else gettext(what)
            examples = self._examples.get(what, [])
            if examples:
                more = count - len(examples)
                line += ": " + ", ".join(examples)
                if more > 0:
                    line += gettext(" and {count} more").format(count=more)
            result.append(line)
        return result


@dataclass
class QdpxProject:
    name: str
    users: list[QdpxUser]
    codes: list[QdpxCode]  # top-level codes, each with its subtree
    sources: list[QdpxSource]
    cases: list[QdpxCase]
    links: list[QdpxLink]
    losses: LossReport = field(default_factory=LossReport)
    origin: str = ""
    position_note: str = ""  # which unit the selection positions were read in, when it matters

    def iter_codes(self) -> list[tuple[QdpxCode, QdpxCode | None, int]]:
        """Every code with its parent and depth, parents first."""
        found: list[tuple[QdpxCode, QdpxCode | None, int]] = []
        stack: list[tuple[QdpxCode, QdpxCode | None, int]] = [
            (code, None, 0) for code in reversed(self.codes)
        ]
        while stack:
            code, parent, depth = stack.pop()
            found.append((code, parent, depth))
            stack.extend((child, code, depth + 1) for child in reversed(code.children))
        return found
