"""Outlets: listing, adding, editing, merging and deleting them — each one undoable operation —
and finding the outlet of an imported document (by site name, else by the URL's domain).

A source belongs to the outlet its ``outlet`` field names (see desktop_app.domain.outlets), so
renaming an outlet renames it in its sources, and merging two spellings rewrites the merged
one's sources and keeps its name as an alias (later imports under it land in the kept outlet).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from desktop_app.domain.model import Source
from desktop_app.domain.outlets import (
    DEFAULT_MIN_CODED,
    DEFAULT_REPORTED_SHARE,
    BlindspotRule,
    Outlet,
    OutletIndex,
    OutletType,
    domain_of,
    outlet_key,
    site_domain,
    split_groups,
    unique_names,
)
from desktop_app.errors import InvalidChange, NotFound
from desktop_app.i18n import gettext, ngettext
from desktop_app.services.project import Project
from desktop_app.storage import outlets as store
from desktop_app.storage import project_meta
from desktop_app.storage.transaction import Reader, Transaction

SHARE_SETTING = "blindspot_reported_share"
MIN_CODED_SETTING = "blindspot_min_coded"


def list_outlets(project: Project) -> list[Outlet]:
    """Every outlet by name, with how many sources name each."""
    with project.read() as reader:
        return store.list_outlets(reader, counted=True)


def get_outlet(project: Project, outlet_id: int) -> Outlet:
    for outlet in list_outlets(project):
        if outlet.id == outlet_id:
            return outlet
    raise NotFound(
        gettext("there is no outlet {id}").format(id=outlet_id),
        gettext("it may have been merged or deleted"),
    )


def _cleaned(outlet: Outlet) -> Outlet:
    name = " ".join(outlet.name.split())
    if not name:
        raise InvalidChange(gettext("an outlet needs a name"), gettext("type its name"))
    aliases = tuple(a for a in unique_names(outlet.aliases) if outlet_key(a) != outlet_key(name))
    domains = unique_names(d for d in (domain_of(x) or x.strip().lower() for x in outlet.domains))
    return replace(
        outlet,
        name=name,
        country=" ".join(outlet.country.split()),
        languages=unique_names(x.lower() for x in outlet.languages),
        groups=unique_names(outlet.groups),
        notes=outlet.notes.strip(),
        aliases=aliases,
        domains=domains,
    )


def _check_names_free(outlets: Iterable[Outlet], outlet: Outlet, *, besides: int = 0) -> None:
    index = OutletIndex(o for o in outlets if o.id not in (outlet.id, besides))
    for name in outlet.all_names():
        taken = index.named(name)
        if taken is not None:
            raise InvalidChange(
                gettext("“{name}” is already the outlet “{outlet}”").format(
                    name=name, outlet=taken.name
                ),
                gettext("merge the two outlets instead, or choose another name"),
            )


def add_outlet(project: Project, outlet: Outlet) -> Outlet:
    """Add ``outlet`` (its id is ignored) as "Add outlet “name”"; returns it as stored."""
    outlet = _cleaned(replace(outlet, id=0, guid=outlet.guid or str(uuid.uuid4())))
    with project.operation(gettext("Add outlet “{name}”").format(name=outlet.name)) as tx:
        _check_names_free(store.list_outlets(tx), outlet)
        (new_id,) = store.insert_outlets(tx, [outlet])
    return get_outlet(project, new_id)


def update_outlet(project: Project, outlet: Outlet) -> Outlet:
    """Store ``outlet``'s fields over the outlet with its id. A new name is written into the
    outlet's sources, and the old name is kept as an alias."""
    with project.read() as reader:
        current = _stored(reader, outlet.id)
    outlet = _cleaned(replace(outlet, guid=current.guid))
    if outlet_key(outlet.name) != outlet_key(current.name):
        outlet = _cleaned(replace(outlet, aliases=(*outlet.aliases, current.name)))
    with project.operation(gettext("Edit outlet “{name}”").format(name=current.name)) as tx:
        _check_names_free(store.list_outlets(tx), outlet)
        store.update_outlet(tx, outlet)
        if outlet.name != current.name:
            named = store.sources_naming(tx, current.all_names())
            store.rename_sources(tx, [i for i, text in named if text != outlet.name], outlet.name)
    return get_outlet(project, outlet.id)


def merge_outlets(project: Project, keep_id: int, merged_ids: Sequence[int]) -> Outlet:
    """Merge the outlets ``merged_ids`` into ``keep_id`` as one operation: their sources then
    name the kept outlet, their names become its aliases, and their groups, languages and
    domains join its own (country, type and notes are the kept one's, or the first merged
    one's where it has none)."""
    merged_ids = [i for i in dict.fromkeys(merged_ids) if i != keep_id]
    if not merged_ids:
        raise InvalidChange(
            gettext("choose another outlet to merge into this one"), gettext("select two outlets")
        )
    with project.read() as reader:
        keep = _stored(reader, keep_id)
        merged = [_stored(reader, i) for i in merged_ids]
    count = len(merged)
    label = (
        gettext("Merge “{merged}” into outlet “{name}”").format(
            merged=merged[0].name, name=keep.name
        )
        if count == 1
        else ngettext(
            "Merge {n} outlet into outlet “{name}”", "Merge {n} outlets into outlet “{name}”", count
        ).format(name=keep.name)
    )
    result = keep
    for other in merged:
        result = replace(
            result,
            country=result.country or other.country,
            type=result.type or other.type,
            notes="\n\n".join(n for n in (result.notes, other.notes) if n),
            languages=(*result.languages, *other.languages),
            groups=(*result.groups, *other.groups),
            aliases=(*result.aliases, *other.all_names()),
            domains=(*result.domains, *other.domains),
        )
    result = _cleaned(result)
    with project.operation(label) as tx:
        for other in merged:
            store.delete_outlet(tx, other.id)
        store.update_outlet(tx, result)
        names = [n for o in merged for n in o.all_names()] + list(keep.all_names())
        named = store.sources_naming(tx, names)
        store.rename_sources(tx, [i for i, text in named if text != keep.name], keep.name)
    return get_outlet(project, keep_id)


def delete_outlet(project: Project, outlet_id: int) -> None:
    """Delete an outlet. Its sources keep the outlet text they show, now naming no outlet."""
    with project.read() as reader:
        current = _stored(reader, outlet_id)
    with project.operation(gettext("Delete outlet “{name}”").format(name=current.name)) as tx:
        store.delete_outlet(tx, outlet_id)


def _stored(reader: Reader, outlet_id: int) -> Outlet:
    for outlet in store.list_outlets(reader):
        if outlet.id == outlet_id:
            return outlet
    raise NotFound(
        gettext("there is no outlet {id}").format(id=outlet_id),
        gettext("it may have been merged or deleted"),
    )


# -- at import and in Source Details ---------------------------------------------------------


def settle_outlets(tx: Transaction, found: Sequence[tuple[str, str]]) -> list[str]:
    """For each (site name, URL) of documents being stored in ``tx``: the outlet name their
    source is to give — an existing outlet's, matched by name or alias, else by the URL's
    domain — adding an outlet (inside ``tx``, so one undo takes it away with the import) for a
    site name the project does not know, and the site's domain to an outlet matched by name.
    "" when there is neither a site name nor a known domain."""
    outlets = store.list_outlets(tx)
    index = OutletIndex(outlets)
    added: list[Outlet] = []
    grown: dict[int, Outlet] = {}
    names: list[str] = []
    for site_name, url in found:
        site = " ".join(site_name.split())
        outlet = index.match(site, url)
        domain = site_domain(url)
        if outlet is None and site:
            outlet = Outlet(0, str(uuid.uuid4()), site, domains=(domain,) if domain else ())
            added.append(outlet)
            index.add(outlet)
        elif outlet is not None and outlet.id and domain and not index.at_domain(url):
            outlet = grown[outlet.id] = replace(
                grown.get(outlet.id, outlet), domains=(*outlet.domains, domain)
            )
            index.add(outlet)
        names.append(outlet.name if outlet is not None else "")
    if added:
        store.insert_outlets(tx, added)
    for outlet in grown.values():
        store.update_outlet(tx, _cleaned(outlet))
    return names


@dataclass(frozen=True)
class OutletFacts:
    """What an imported source says of its outlet (REFI-QDA's Outlet group, Outlet country,
    Outlet type Variables), as text."""

    groups: str = ""  # several separated by ";"
    country: str = ""
    type: str = ""


def add_outlet_facts(tx: Transaction, facts: Sequence[tuple[str, OutletFacts]]) -> list[str]:
    """Add what imported sources say of their outlets (by the outlet names
    :func:`settle_outlets` gave): groups join the outlet's, a country or a type fills one it
    lacks. Returns one note per type that is none of Parley's."""
    index = OutletIndex(store.list_outlets(tx))
    changed: dict[int, Outlet] = {}
    notes: list[str] = []
    for name, said in facts:
        outlet = index.named(name) if name else None
        if outlet is None:
            continue
        outlet = changed.get(outlet.id, outlet)
        kind = OutletType.of(said.type)
        if said.type.strip() and kind is None:
            notes.append(
                gettext("outlet type “{kind}” of “{name}” is not one Parley knows").format(
                    kind=said.type.strip(), name=outlet.name
                )
            )
        updated = replace(
            outlet,
            groups=unique_names((*outlet.groups, *split_groups(said.groups))),
            country=outlet.country or " ".join(said.country.split()),
            type=outlet.type or kind,
        )
        if updated != outlet:
            changed[outlet.id] = updated
    for outlet in changed.values():
        store.update_outlet(tx, outlet)
    return notes


def outlet_of(project: Project, source: Source) -> Outlet | None:
    """The outlet ``source`` belongs to (by its outlet field), None when it names none."""
    return OutletIndex(list_outlets(project)).of(source)


def outlet_names(project: Project) -> list[str]:
    """Every outlet's name, for a completer."""
    return [o.name for o in list_outlets(project)]


# -- the blindspot rule ----------------------------------------------------------------------


def rule_from_settings(reader: Reader) -> BlindspotRule:
    """The project's blindspot rule (defaults where a setting is absent or unreadable)."""
    try:
        share = float(project_meta.get_setting(reader, SHARE_SETTING) or DEFAULT_REPORTED_SHARE)
    except ValueError:
        share = DEFAULT_REPORTED_SHARE
    try:
        least = int(project_meta.get_setting(reader, MIN_CODED_SETTING) or DEFAULT_MIN_CODED)
    except ValueError:
        least = DEFAULT_MIN_CODED
    return BlindspotRule(reported_share=min(max(share, 0.01), 1.0), min_coded=max(least, 1))


def blindspot_rule(project: Project) -> BlindspotRule:
    with project.read() as reader:
        return rule_from_settings(reader)


def set_blindspot_rule(project: Project, rule: BlindspotRule) -> None:
    """Change the blindspot rule's numbers (one undoable operation)."""
    if not 0 < rule.reported_share <= 1:
        raise InvalidChange(
            gettext("a share of {share} is not between 0 and 1").format(
                share=f"{rule.reported_share:g}"
            ),
            gettext("give a share such as 0.5 (half the group's outlets)"),
        )
    if rule.min_coded < 1:
        raise InvalidChange(
            gettext("a group needs at least one fully coded outlet"), gettext("give 1 or more")
        )
    with project.operation(gettext("Change the blindspot rule")) as tx:
        project_meta.set_setting(tx, SHARE_SETTING, f"{rule.reported_share:g}")
        project_meta.set_setting(tx, MIN_CODED_SETTING, str(rule.min_coded))
