"""Copies of a project kept in case: the rolling backups of a project file taken each time it
opens, and the copy taken before a project is upgraded (a file beside itself, a server project
into the user's backups folder). No backup, no upgrade.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from desktop_app import paths
from desktop_app.errors import ProjectError
from desktop_app.i18n import gettext
from desktop_app.storage.engine import safe_location

log = logging.getLogger(__name__)

ROLLING_BACKUPS_KEPT = 5


def sqlite_copy(source: Path, target: Path, *, check: bool = False) -> bool:
    """A consistent copy of a live SQLite file (includes what is still in the WAL), in rollback
    journal mode so it is one self-contained file. With ``check``, a copy that fails SQLite's
    quick check is not kept (returns False). The target appears only once complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            contextlib.closing(sqlite3.connect(str(source))) as src,
            contextlib.closing(sqlite3.connect(str(partial))) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            sound = not check or dst.execute("PRAGMA quick_check").fetchone() == ("ok",)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not sound:
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def rolling_backup(project: Path) -> Path | None:
    """Keep the last few timestamped copies of the project file ``project`` in the user data
    folder; returns the new copy, or None when the copy failed SQLite's check."""
    folder = paths.backups_dir() / project.stem
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}.parley"
    if not sqlite_copy(project, target, check=True):
        # A damaged project must not push its last good copies out of the rotation, nor be
        # offered as "the newest backup" when the damage is found.
        log.warning("not keeping a backup of %s: the copy fails SQLite's check", project)
        return None
    copies = sorted(folder.glob("*.parley"))
    for old in copies[:-ROLLING_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def back_up_server(engine: Engine, revision: str) -> Path:
    """Before a server project is upgraded: a project file with its data as it is, at its
    current schema, in the user's backups folder. No backup, no upgrade."""
    from desktop_app.storage.copying import backup_server_project

    name = engine.url.database or "server"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir() / "server" / f"{name}.before-upgrade-{revision}-{stamp}.parley"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        backup_server_project(engine, revision, target)
    except (OSError, DatabaseError) as exc:
        log.exception("backing up %s before the upgrade failed", safe_location(str(engine.url)))
        raise ProjectError(
            gettext("could not back up the server project before upgrading it"),
            gettext(
                "check free space in {parent}; the project on the server was not changed"
            ).format(parent=target.parent),
        ) from exc
    log.info("backed up the server project to %s before upgrading from %s", target, revision)
    return target
