"""One typed settings object over QSettings, with defaults.

When ``PARLEY_CONFIG_DIR`` is set (tests, portable installs) the settings live in an INI file
there, so a test never reads or writes the real user's settings; otherwise Qt's native store for
the platform is used (registry, plist, ~/.config).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.gui.recent_codes import RecentCodes

log = logging.getLogger(__name__)

SETTINGS_FILE = "parley.ini"
RECENT_PROJECTS_KEPT = 10
APPEARANCES = ("system", "light", "dark")
PAGE_SIZES = ("A4", "Letter")


def open_qsettings() -> QSettings:
    folder = os.environ.get("PARLEY_CONFIG_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "Parley", "Parley")


class Settings:
    """Every remembered choice of the window, each declared once with its default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_qsettings()

    # -- helpers ---------------------------------------------------------------------------

    def _str(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _json(self, key: str, default: object) -> object:
        raw = self._str(key)
        if not raw:
            return default
        try:
            return json.loads(raw)
        except ValueError:
            log.warning("ignoring unreadable setting %s", key)
            return default

    def sync(self) -> None:
        self._store.sync()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    # -- projects --------------------------------------------------------------------------

    @property
    def last_project(self) -> str:
        return self._str("projects/last")

    @last_project.setter
    def last_project(self, location: str) -> None:
        self._store.setValue("projects/last", location)

    @property
    def recent_projects(self) -> list[str]:
        value = self._json("projects/recent", [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent_project(self, location: str) -> None:
        kept = [p for p in self.recent_projects if p != location]
        self._store.setValue(
            "projects/recent", json.dumps([location, *kept][:RECENT_PROJECTS_KEPT])
        )

    def remove_recent_project(self, location: str) -> None:
        kept = [p for p in self.recent_projects if p != location]
        self._store.setValue("projects/recent", json.dumps(kept))

    @property
    def coder(self) -> str:
        """The coder name file projects are opened as ("": the login name). On a server the
        coder is the one given when connecting, else the database role."""
        return self._str("projects/coder")

    @coder.setter
    def coder(self, name: str) -> None:
        self._store.setValue("projects/coder", " ".join(name.split()))

    # -- layout ----------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter_{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"window/splitter_{name}", value)

    # -- appearance ------------------------------------------------------------------------

    @property
    def appearance(self) -> str:
        value = self._str("view/appearance", "system")
        return value if value in APPEARANCES else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        if value not in APPEARANCES:
            raise ValueError(value)
        self._store.setValue("view/appearance", value)

    @property
    def language(self) -> str:
        """The interface language chosen in View › Language ("" follows the system)."""
        return self._str("view/language")

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("view/language", code)

    @property
    def reader_point_size(self) -> int:
        try:
            size = int(self._str("view/reader_point_size", "12"))
        except ValueError:
            return 12
        return min(max(size, 7), 40)

    @reader_point_size.setter
    def reader_point_size(self, value: int) -> None:
        self._store.setValue("view/reader_point_size", str(int(value)))

    # -- export ----------------------------------------------------------------------------

    @property
    def export_folder(self) -> str:
        """The folder the last export was written to ("": none yet)."""
        return self._str("export/folder")

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._store.setValue("export/folder", folder)

    @property
    def export_analyst(self) -> str:
        return self._str("export/analyst")

    @export_analyst.setter
    def export_analyst(self, name: str) -> None:
        self._store.setValue("export/analyst", " ".join(name.split()))

    @property
    def export_classification(self) -> str:
        return self._str("export/classification")

    @export_classification.setter
    def export_classification(self, line: str) -> None:
        self._store.setValue("export/classification", line.strip())

    @property
    def export_page_size(self) -> str:
        """ "A4", "Letter", or "" (the locale's default)."""
        value = self._str("export/page_size")
        return value if value in PAGE_SIZES else ""

    @export_page_size.setter
    def export_page_size(self, value: str) -> None:
        self._store.setValue("export/page_size", value if value in PAGE_SIZES else "")

    # -- mark-up ---------------------------------------------------------------------------

    def recent_codes(self, project_guid: str) -> RecentCodes:
        """The code combinations on the keys 1–9 in a project (see :mod:`recent_codes`)."""
        return RecentCodes.from_json(self._json(f"recent_codes/{project_guid}", []))

    def set_recent_codes(self, project_guid: str, recent: RecentCodes) -> None:
        self._store.setValue(f"recent_codes/{project_guid}", json.dumps(recent.to_json()))
