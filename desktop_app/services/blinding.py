"""Blind double coding: each coder sees only their own mark-up until adjudication opens.

A project setting, switched on by the analyst who leads the coding (recorded as the *lead*):
while it is on and adjudication is not open, the window shows every coder — the lead too — only
the annotations they made (reader, annotation list, compare view) and offers no agreement or
adjudication. The lead opens adjudication (:func:`open_adjudication`); from then on everyone
sees everyone's mark-up again. Each switch is one undoable operation.

This is a way of working, not access control: exports and the command line read the whole
project, as anyone with the project file or a database login can.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import InvalidChange
from desktop_app.i18n import gettext
from desktop_app.services.project import Project
from desktop_app.storage import project_meta

BLIND = "blind_coding_lead"  # the lead's name while blind coding is on; "" when off
OPENED = "blind_coding_opened"  # "1" once the lead opened adjudication


@dataclass(frozen=True)
class BlindState:
    lead: str = ""  # who switched blind coding on; "" when it is off
    opened: bool = False  # the lead opened adjudication

    @property
    def on(self) -> bool:
        return bool(self.lead)

    @property
    def hiding(self) -> bool:
        """Each coder sees only their own mark-up now."""
        return self.on and not self.opened


def blind_state(project: Project) -> BlindState:
    with project.read() as reader:
        lead = project_meta.get_setting(reader, BLIND)
        opened = project_meta.get_setting(reader, OPENED) == "1"
    return BlindState(lead, opened)


def set_blind(project: Project, on: bool) -> BlindState:
    """Switch blind double coding on (the signed-in coder becomes its lead) or off (only the
    lead may)."""
    state = blind_state(project)
    if on == state.on:
        return state
    if not on and state.lead != project.coder:
        raise InvalidChange(
            gettext("only {lead}, who leads this blind coding, can switch it off").format(
                lead=state.lead
            ),
            gettext("ask {lead}, or sign in as {lead}").format(lead=state.lead),
        )
    label = gettext("Blind double coding on") if on else gettext("Blind double coding off")
    with project.operation(label) as tx:
        project_meta.set_setting(tx, BLIND, project.coder if on else "")
        project_meta.set_setting(tx, OPENED, "")
    return blind_state(project)


def open_adjudication(project: Project) -> BlindState:
    """The lead ends the blind phase: everyone sees everyone's mark-up, agreement and
    adjudication are offered."""
    state = blind_state(project)
    if not state.hiding:
        return state
    if state.lead != project.coder:
        raise InvalidChange(
            gettext("only {lead}, who leads this blind coding, can open adjudication").format(
                lead=state.lead
            ),
            gettext("ask {lead} to open it").format(lead=state.lead),
        )
    with project.operation(gettext("Open adjudication (end blind coding)")) as tx:
        project_meta.set_setting(tx, OPENED, "1")
    return blind_state(project)
