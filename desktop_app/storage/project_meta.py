"""Project-level facts (name, GUID) and coders."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, insert, select, update

from desktop_app.clock import now_iso
from desktop_app.storage.schema import Coder, ProjectSetting
from desktop_app.storage.transaction import Reader, Transaction


def get_setting(reader: Reader, key: str, default: str = "") -> str:
    value = reader.session.scalar(select(ProjectSetting.value).where(ProjectSetting.key == key))
    return default if value is None else value


def set_setting(tx: Transaction, key: str, value: str) -> None:
    exists = tx.session.scalar(select(func.count()).where(ProjectSetting.key == key))
    if exists:
        tx.update(ProjectSetting, {"key": key}, {"value": value})
    else:
        tx.insert(ProjectSetting, {"key": key, "value": value})


NOTICE_PREFIX = "notice:"


def upgrade_notices(reader: Reader) -> list[tuple[str, str]]:
    """(key, text) of what migrations left to tell the analyst (``notice:…`` settings)."""
    query = (
        select(ProjectSetting.key, ProjectSetting.value)
        .where(ProjectSetting.key.startswith(NOTICE_PREFIX))
        .order_by(ProjectSetting.key)
    )
    return [(key, value) for key, value in reader.session.execute(query)]


def forget_notices(tx: Transaction, keys: list[str]) -> None:
    """Told once: outside the undo log (undo must not bring a notice back)."""
    tx.session.execute(delete(ProjectSetting).where(ProjectSetting.key.in_(keys)))


def coder_id(tx: Transaction, name: str) -> int:
    """The id of the coder called ``name``, creating the coder on first use."""
    found = tx.session.scalar(select(Coder.id).where(Coder.name == name))
    if found is not None:
        return found
    new_id = tx.insert(Coder, {"guid": str(uuid.uuid4()), "name": name, "created_at": now_iso()})
    assert new_id is not None
    return new_id


def coder_names(reader: Reader) -> dict[int, str]:
    return dict(reader.session.execute(select(Coder.id, Coder.name)).all())


def find_coder(reader: Reader, name: str) -> tuple[int, str | None] | None:
    """(id, database role) of the coder called ``name``, if there is one."""
    row = reader.session.execute(select(Coder.id, Coder.db_role).where(Coder.name == name)).first()
    return None if row is None else (row[0], row[1])


def ensure_coder(tx: Transaction, name: str, db_role: str | None = None) -> int:
    """The coder's id, creating the coder if needed — outside the undo log: who someone is does
    not come and go with Undo, and other rows may name them."""
    found = find_coder(tx, name)
    if found is not None:
        coder, role = found
        if db_role and role is None:
            tx.session.execute(update(Coder).where(Coder.id == coder).values(db_role=db_role))
        return coder
    values = {"guid": str(uuid.uuid4()), "name": name, "created_at": now_iso(), "db_role": db_role}
    return int(tx.session.execute(insert(Coder).returning(Coder.id), [values]).scalar_one())


def list_coders(reader: Reader) -> list[tuple[int, str, str | None]]:
    """(id, name, database role) of every coder, by name."""
    query = select(Coder.id, Coder.name, Coder.db_role).order_by(Coder.name)
    return [(i, n, r) for i, n, r in reader.session.execute(query)]


ORIGIN_PREFIX = "coder_origin:"


def coder_origins(reader: Reader) -> dict[str, str]:
    """Coders who are not people of this team, by name: "sample" (the sample project's mark-up)
    or "imported" (a REFI-QDA project's users). Everyone else signed in here."""
    query = select(ProjectSetting.key, ProjectSetting.value).where(
        ProjectSetting.key.startswith(ORIGIN_PREFIX)
    )
    return {key[len(ORIGIN_PREFIX) :]: value for key, value in reader.session.execute(query)}


def set_coder_origin(tx: Transaction, name: str, origin: str) -> None:
    """Record where a coder came from (in the undo log, so undoing an import forgets it)."""
    set_setting(tx, ORIGIN_PREFIX + name, origin)


def settings_with_prefix(reader: Reader, prefix: str) -> dict[str, str]:
    """Every setting whose key starts with ``prefix``, by key."""
    query = select(ProjectSetting.key, ProjectSetting.value).where(
        ProjectSetting.key.startswith(prefix)
    )
    return {row[0]: row[1] for row in reader.session.execute(query)}
