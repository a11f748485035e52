"""Editing a code's details from the window's dialog as one change (name, colour, description,
category and speaker details together), so one Undo takes the whole edit back."""

from __future__ import annotations

from desktop_app.domain.codelookup import distinct_aliases
from desktop_app.domain.model import Code, SpeakerDetails
from desktop_app.errors import InvalidChange
from desktop_app.i18n import gettext
from desktop_app.services.codebook import get_code, list_codes
from desktop_app.services.project import Project
from desktop_app.services.validation import check_unique_name, checked_color, clean_code_name
from desktop_app.storage import codebook as store


def edit_code(
    project: Project,
    code_id: int,
    *,
    name: str,
    color: str,
    description: str,
    category: str,
    speaker: SpeakerDetails,
) -> Code:
    code = get_code(project, code_id)
    name = clean_code_name(name)
    if code.builtin and name != code.name:
        raise InvalidChange(
            gettext("“{name}” is a built-in root").format(name=code.name),
            gettext("add codes under it instead"),
        )
    if name != code.name:
        check_unique_name(list_codes(project), code.parent_id, name, skip=code_id)
    values = {
        "name": name,
        "color": checked_color(color),
        "description": description.strip(),
        "category": category.strip(),
        "aliases": distinct_aliases(speaker.aliases, name),
        "role": speaker.role.strip(),
        "affiliation": speaker.affiliation.strip(),
        "side": speaker.side.strip(),
    }
    with project.operation(gettext("Edit “{name}”").format(name=code.name)) as tx:
        store.update_code(tx, code_id, values)
    return get_code(project, code_id)
