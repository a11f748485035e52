"""The model callers see: plain, immutable dataclasses.

Offsets (``start``/``end``) are always Unicode code points into a source's plain text, end
exclusive. Conversions to other units (Qt's UTF-16) happen only at the widget boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.i18n import N_


class CodeKind(StrEnum):
    """What a code means to the comparison. The three built-in roots and their descendants carry
    their kind; codes under a user-added root (e.g. "Tone") are ``OTHER``."""

    CONDITION = "condition"
    SPEAKER = "speaker"
    REACTION = "reaction"
    OTHER = "other"

    @property
    def root_name(self) -> str:
        return ROOT_NAMES[self]

    @property
    def letter(self) -> str:
        return {"condition": "C", "speaker": "S", "reaction": "R", "other": "O"}[self.value]


ROOT_NAMES: dict[CodeKind, str] = {
    CodeKind.CONDITION: N_("Conditions"),
    CodeKind.SPEAKER: N_("Speakers"),
    CodeKind.REACTION: N_("Reactions"),
    CodeKind.OTHER: N_("Other"),
}

BUILTIN_KINDS = (CodeKind.CONDITION, CodeKind.SPEAKER, CodeKind.REACTION)

# The kinds' colours, from the palette in which every kind and stance can be told apart (see
# desktop_app.domain.palette).
DEFAULT_KIND_COLORS: dict[CodeKind, str] = {
    CodeKind.CONDITION: "#0072b2",
    CodeKind.SPEAKER: "#009e73",
    CodeKind.REACTION: "#e69f00",
    CodeKind.OTHER: "#332288",
}


class CodingStatus(StrEnum):
    """How far a source's mark-up has got: lets a matrix tell "not reported" from "not coded"."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"todo": N_("to do"), "in_progress": N_("in progress"), "done": N_("done")}[
            self.value
        ]


class CoderOrigin(StrEnum):
    """Who a coder is: a person who signed in to this project, or a name that came with its
    data (the sample project's mark-up, a REFI-QDA project's users). Only people's work is
    compared for intercoder agreement."""

    PERSON = "person"
    SAMPLE = "sample"
    IMPORTED = "imported"
    ADJUDICATED = "adjudicated"

    @property
    def label(self) -> str:
        """How the window and the exports name such a coder, after the name."""
        return {
            "person": "",
            "sample": "the sample project's mark-up",
            "imported": "imported with a project",
            "adjudicated": "the adjudicated mark-up",
        }[self.value]

    @classmethod
    def of(cls, value: str) -> CoderOrigin:
        try:
            return cls(value)
        except ValueError:
            return cls.IMPORTED


# The sample project's coder. Samples built before coders had an origin are recognised by it.
SAMPLE_CODER = "Parley sample"
# The layer adjudication writes into: one decision per difference between two coders (see
# desktop_app.services.adjudication). Not a person, so never compared for agreement.
ADJUDICATED_CODER = "Adjudicated"


def coder_origins(
    recorded: dict[str, str], names: list[str] | tuple[str, ...]
) -> dict[str, CoderOrigin]:
    """The origin of each of ``names`` from what the project recorded (see ``CoderOrigin``)."""
    found: dict[str, CoderOrigin] = {}
    for name in names:
        if name in recorded:
            found[name] = CoderOrigin.of(recorded[name])
        elif name == SAMPLE_CODER:
            found[name] = CoderOrigin.SAMPLE
        elif name == ADJUDICATED_CODER:
            found[name] = CoderOrigin.ADJUDICATED
        else:
            found[name] = CoderOrigin.PERSON
    return found


class Side(StrEnum):
    """Which side of the event a speaker stands on; free text is allowed in storage, these are
    the suggestions the window offers."""

    RUSSIA = "Russia"
    UKRAINE = "Ukraine"
    WEST = "West"
    NEUTRAL = "Neutral"
    OTHER = "Other"


@dataclass(frozen=True)
class SourceMeta:
    """Metadata an importer finds or an analyst edits. Empty string means "unknown"."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""  # ISO 8601 date or date-time as found; sorts as text
    url: str = ""
    language: str = ""  # BCP 47-ish code(s), comma-separated when mixed, e.g. "en, ru"


@dataclass(frozen=True)
class Source:
    id: int
    guid: str
    title: str
    outlet: str
    author: str
    published: str
    url: str
    language: str
    original_name: str
    file_format: str
    sha256: str
    imported_at: str
    status: CodingStatus
    characters: int
    annotation_count: int = 0
    variables: dict[str, str] = field(default_factory=dict)
    # Team projects: the row's version (for optimistic concurrency; 0 = unknown). Left out of
    # equality, like the other bookkeeping fields below: an undo restores the content, and
    # the content is what equality means.
    version: int = field(default=0, compare=False)

    @property
    def label(self) -> str:
        """What names the source wherever it is shown: its title, else the file it came from,
        else "Source 12" — never empty."""
        return self.title or self.original_name or f"Source {self.id}"

    @property
    def meta(self) -> SourceMeta:
        return SourceMeta(
            title=self.title,
            outlet=self.outlet,
            author=self.author,
            published=self.published,
            url=self.url,
            language=self.language,
        )


@dataclass(frozen=True)
class SpeakerDetails:
    aliases: tuple[str, ...] = ()
    role: str = ""
    affiliation: str = ""
    side: str = ""


@dataclass(frozen=True)
class Code:
    id: int
    guid: str
    parent_id: int | None
    name: str
    kind: CodeKind
    color: str
    description: str = ""
    position: int = 0
    is_root: bool = False
    builtin: bool = False  # one of the three built-in roots: cannot be deleted or moved
    category: str = ""  # a condition's category (e.g. "Territory")
    speaker: SpeakerDetails = field(default_factory=SpeakerDetails)
    annotation_count: int = 0
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)  # coder names
    updated_by: str = field(default="", compare=False)

    def all_names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias (for look-ups by any spelling)."""
        return (self.name, *self.speaker.aliases)


@dataclass(frozen=True)
class Annotation:
    id: int
    guid: str
    source_id: int
    start: int
    end: int
    quote: str
    code_ids: tuple[int, ...]
    note: str = ""
    coder: str = ""
    created_at: str = ""
    updated_at: str = ""
    version: int = field(default=0, compare=False)
    updated_by: str = field(default="", compare=False)  # coder name of the last change
    # "suggestion:<kind>:<rule>" when accepted from a suggestion; "" when marked by hand.
    origin: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Link:
    id: int
    guid: str
    from_id: int
    to_id: int
    relation: str = "responds to"


@dataclass(frozen=True)
class Case:
    id: int
    guid: str
    name: str
    description: str
    source_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ProjectSummary:
    name: str
    guid: str
    path: str
    source_count: int
    annotation_count: int
    code_count: int
    link_count: int
