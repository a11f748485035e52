"""Codebook editing: add, rename, recolour, describe, move, merge and delete codes, and
speakers' details. Each call is one undoable operation."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from desktop_app.domain.codelookup import distinct_aliases, rank_codes
from desktop_app.domain.model import (
    DEFAULT_KIND_COLORS,
    Code,
    CodeKind,
    SpeakerDetails,
)
from desktop_app.domain.palette import stance_color
from desktop_app.errors import InvalidChange, NotFound
from desktop_app.i18n import gettext
from desktop_app.services.project import Project
from desktop_app.services.validation import check_unique_name, checked_color, clean_code_name
from desktop_app.storage import annotations as annotation_store
from desktop_app.storage import codebook as store
from desktop_app.storage import counts as count_store


def list_codes(project: Project) -> list[Code]:
    """All codes, each root followed by its subtree, siblings by position."""
    with project.read() as reader:
        return store.list_codes(reader)


def get_code(project: Project, code_id: int) -> Code:
    with project.read() as reader:
        code = store.get_code(reader, code_id)
    if code is None:
        raise NotFound(
            gettext("there is no code {code_id}").format(code_id=code_id),
            gettext("refresh the codebook"),
        )
    return code


def annotation_counts(project: Project, code_ids: Iterable[int]) -> dict[int, int]:
    """How many annotations each of ``code_ids`` holds now (cheaper than :func:`list_codes`
    when mark-up changed only a few counts)."""
    with project.read() as reader:
        return count_store.annotations_per_code(reader, code_ids)


def root_of_kind(project: Project, kind: CodeKind) -> Code:
    for code in list_codes(project):
        if code.builtin and code.kind == kind:
            return code
    raise NotFound(
        gettext("the project has no {root_name} root").format(root_name=kind.root_name),
        gettext("reopen the project"),
    )


def find_codes(project: Project, query: str, kind: CodeKind | None = None) -> list[Code]:
    """Codes matching ``query`` by name or any alias, in any script, best first."""
    return rank_codes(list_codes(project), query, kind)


def _subtree(codes: Sequence[Code], code_id: int) -> list[Code]:
    by_parent: dict[int | None, list[Code]] = {}
    for code in codes:
        by_parent.setdefault(code.parent_id, []).append(code)
    found: list[Code] = []
    stack = [c for c in codes if c.id == code_id]
    while stack:
        code = stack.pop()
        found.append(code)
        stack.extend(by_parent.get(code.id, []))
    return found


def create_code(
    project: Project,
    parent_id: int | None,
    name: str,
    *,
    color: str | None = None,
    description: str = "",
    category: str = "",
    speaker: SpeakerDetails | None = None,
) -> Code:
    """A new code under ``parent_id`` (None: a new root, of kind OTHER). Children inherit
    their parent's kind; speakers get their details."""
    name = clean_code_name(name)
    codes = list_codes(project)
    parent = next((c for c in codes if c.id == parent_id), None)
    if parent_id is not None and parent is None:
        raise NotFound(
            gettext("there is no code {parent_id}").format(parent_id=parent_id),
            gettext("refresh the codebook"),
        )
    kind = parent.kind if parent else CodeKind.OTHER
    check_unique_name(codes, parent_id, name)
    details = speaker or SpeakerDetails()
    with project.read() as reader:
        position = store.next_position(reader, parent_id)
    label = _add_label(None if parent is None else kind).format(name=name)
    with project.operation(label) as tx:
        new_id = store.insert_code(
            tx,
            {
                "guid": str(uuid.uuid4()),
                "parent_id": parent_id,
                "name": name,
                "kind": kind.value,
                "color": checked_color(color) if color else _default_color(parent, kind, codes),
                "description": description.strip(),
                "position": position,
                "builtin": False,
                "category": category.strip(),
                "aliases": distinct_aliases(details.aliases, name),
                "role": details.role.strip(),
                "affiliation": details.affiliation.strip(),
                "side": details.side.strip(),
            },
        )
    return get_code(project, new_id)


def _default_color(parent: Code | None, kind: CodeKind, codes: list[Code]) -> str:
    """A stance under Reactions takes the next stance colour, so stances differ from each
    other and from the kinds; any other code its parent's colour."""
    if parent is not None and parent.builtin and kind == CodeKind.REACTION:
        return stance_color({c.color.lower() for c in codes if c.parent_id == parent.id})
    return parent.color if parent and parent.color else DEFAULT_KIND_COLORS[kind]


def rename_code(project: Project, code_id: int, name: str) -> Code:
    code = get_code(project, code_id)
    name = clean_code_name(name)
    if code.builtin:
        raise InvalidChange(
            gettext("“{name}” is a built-in root").format(name=code.name),
            gettext("add codes under it instead"),
        )
    check_unique_name(list_codes(project), code.parent_id, name, skip=code_id)
    with project.operation(
        gettext("Rename “{old}” to “{new}”").format(old=code.name, new=name)
    ) as tx:
        store.update_code(tx, code_id, {"name": name})
    return get_code(project, code_id)


def recolor_code(project: Project, code_id: int, color: str) -> Code:
    code = get_code(project, code_id)
    with project.operation(gettext("Recolour “{name}”").format(name=code.name)) as tx:
        store.update_code(tx, code_id, {"color": checked_color(color)})
    return get_code(project, code_id)


def set_speaker_details(project: Project, code_id: int, details: SpeakerDetails) -> Code:
    code = get_code(project, code_id)
    with project.operation(gettext("Edit details of “{name}”").format(name=code.name)) as tx:
        store.update_code(
            tx,
            code_id,
            {
                "aliases": distinct_aliases(details.aliases, code.name),
                "role": details.role.strip(),
                "affiliation": details.affiliation.strip(),
                "side": details.side.strip(),
            },
        )
    return get_code(project, code_id)


def move_code(
    project: Project, code_id: int, new_parent_id: int, position: int | None = None
) -> Code:
    """Move a code (and its subtree) under another parent; the subtree takes the kind of its
    new root. ``position`` is the index among the new siblings (None: last)."""
    codes = list_codes(project)
    code = next((c for c in codes if c.id == code_id), None)
    parent = next((c for c in codes if c.id == new_parent_id), None)
    if code is None or parent is None:
        raise NotFound(gettext("that code no longer exists"), gettext("refresh the codebook"))
    if code.is_root:
        raise InvalidChange(
            gettext("“{name}” is a root").format(name=code.name),
            gettext("roots stay at the top of the codebook"),
        )
    subtree = _subtree(codes, code_id)
    if any(c.id == new_parent_id for c in subtree):
        raise InvalidChange(
            gettext("cannot move “{name}” into itself").format(name=code.name),
            gettext("choose another parent"),
        )
    if new_parent_id != code.parent_id:
        check_unique_name(codes, new_parent_id, code.name)
    siblings = [c for c in codes if c.parent_id == new_parent_id and c.id != code_id]
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    ordered = [*siblings[:index], code, *siblings[index:]]
    with project.operation(
        gettext("Move “{name}” to “{parent}”").format(name=code.name, parent=parent.name)
    ) as tx:
        store.update_code(tx, code_id, {"parent_id": new_parent_id})
        for new_position, sibling in enumerate(ordered, start=1):
            store.update_code(tx, sibling.id, {"position": new_position})
        if parent.kind != code.kind:
            for member in subtree:
                store.update_code(tx, member.id, {"kind": parent.kind.value})
    return get_code(project, code_id)


def merge_codes(project: Project, code_id: int, into_id: int) -> Code:
    """Merge ``code_id`` into ``into_id``: its codings, children and (for speakers) its name
    and aliases move to the target, then it is deleted."""
    codes = list_codes(project)
    code = next((c for c in codes if c.id == code_id), None)
    target = next((c for c in codes if c.id == into_id), None)
    if code is None or target is None:
        raise NotFound(gettext("that code no longer exists"), gettext("refresh the codebook"))
    if code.builtin:
        raise InvalidChange(
            gettext("“{name}” is a built-in root").format(name=code.name),
            gettext("merge its codes one by one"),
        )
    if code_id == into_id or any(c.id == into_id for c in _subtree(codes, code_id)):
        raise InvalidChange(
            gettext("cannot merge “{name}” into itself").format(name=code.name),
            gettext("choose another code"),
        )
    children = [c for c in codes if c.parent_id == code_id]
    with project.operation(
        gettext("Merge “{name}” into “{target}”").format(name=code.name, target=target.name)
    ) as tx:
        # Read inside the write transaction (writers queue), so mark-up someone else added a
        # moment ago moves too instead of being dropped.
        from_ids = set(annotation_store.annotation_ids_with_code(tx, code_id))
        into_ids = set(annotation_store.annotation_ids_with_code(tx, into_id))
        annotation_store.remove_code_from_all(tx, code_id)
        for annotation_id in sorted(from_ids - into_ids):
            annotation_store.set_codes_add(tx, annotation_id, into_id)
        for child in children:
            store.update_code(tx, child.id, {"parent_id": into_id})
        if CodeKind.SPEAKER in (target.kind, code.kind):
            aliases = [*target.speaker.aliases, code.name, *code.speaker.aliases]
            store.update_code(tx, into_id, {"aliases": distinct_aliases(aliases, target.name)})
        store.delete_code_row(tx, code_id)
    return get_code(project, into_id)


def delete_code(project: Project, code_id: int) -> int:
    """Delete a code and its subtree. Their codings go; annotations left with no code at all
    go too. Returns how many annotations were deleted (the window asks before)."""
    codes = list_codes(project)
    code = next((c for c in codes if c.id == code_id), None)
    if code is None:
        raise NotFound(gettext("that code no longer exists"), gettext("refresh the codebook"))
    if code.builtin:
        raise InvalidChange(
            gettext("“{name}” is a built-in root").format(name=code.name),
            gettext("delete the codes under it"),
        )
    subtree = _subtree(codes, code_id)
    doomed = {c.id for c in subtree}
    with project.operation(gettext("Delete code “{name}”").format(name=code.name)) as tx:
        # Read inside the write transaction (writers queue): what is deleted is what is there.
        touched: set[int] = set()
        for member in subtree:
            touched.update(annotation_store.annotation_ids_with_code(tx, member.id))
        annotations = annotation_store.list_annotations(tx, annotation_ids=touched)
        orphans = [a.id for a in annotations if set(a.code_ids) <= doomed]
        annotation_store.delete_annotations(tx, orphans)
        for member in reversed(subtree):  # children before parents
            annotation_store.remove_code_from_all(tx, member.id)
            store.delete_code_row(tx, member.id)
    return len(orphans)


def impact_of_deleting(project: Project, code_id: int) -> tuple[int, int]:
    """(codings removed, annotations deleted) if ``code_id`` were deleted."""
    codes = list_codes(project)
    subtree = _subtree(codes, code_id)
    doomed = {c.id for c in subtree}
    with project.read() as reader:
        touched: set[int] = set()
        for member in subtree:
            touched.update(annotation_store.annotation_ids_with_code(reader, member.id))
        annotations = annotation_store.list_annotations(reader, annotation_ids=touched)
    codings = sum(len(set(a.code_ids) & doomed) for a in annotations)
    return codings, sum(1 for a in annotations if set(a.code_ids) <= doomed)


def _add_label(kind: CodeKind | None) -> str:
    """ "Add speaker “{name}”": one whole message per kind (the noun's form is the language's)."""
    if kind is CodeKind.CONDITION:
        return gettext("Add condition “{name}”")
    if kind is CodeKind.SPEAKER:
        return gettext("Add speaker “{name}”")
    if kind is CodeKind.REACTION:
        return gettext("Add reaction “{name}”")
    if kind is CodeKind.OTHER:
        return gettext("Add other “{name}”")
    return gettext("Add root “{name}”")
