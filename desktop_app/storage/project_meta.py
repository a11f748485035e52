"""Project-level facts (name, GUID) and coders."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

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
