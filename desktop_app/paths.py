"""Where things live: resources, migrations and exports in a checkout and in a frozen build,
and the user's own folders (logs, settings, backups, the sample project) per platform.

All resource look-ups go through :func:`resource` so a PyInstaller bundle (``sys._MEIPASS``)
and a source checkout resolve the same names.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Parley"
APP_AUTHOR = "Parley"


def app_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the bundle in a frozen build, else the
    checkout (the parent of the package)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return app_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    return app_root() / "db"


def is_checkout() -> bool:
    """True when running from a source checkout (not frozen, not an installed wheel)."""
    root = app_root()
    return not getattr(sys, "frozen", False) and (root / "pyproject.toml").is_file()


def default_exports_dir() -> Path:
    """``exports/`` in a checkout; the user's Documents/Parley otherwise."""
    if is_checkout():
        return app_root() / "exports"
    return Path(platformdirs.user_documents_dir()) / APP_NAME


def user_data_dir() -> Path:
    """Per-user data (sample project, backups). ``PARLEY_DATA_DIR`` overrides it (tests,
    portable installs)."""
    override = os.environ.get("PARLEY_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    override = os.environ.get("PARLEY_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    """Files Parley can always make again (the language model unpacked, see
    ``importers.langid_model``). ``PARLEY_CACHE_DIR`` overrides it; with only ``PARLEY_DATA_DIR``
    set (tests, portable installs) it is the ``cache`` folder there."""
    override = os.environ.get("PARLEY_CACHE_DIR")
    if override:
        return Path(override)
    data = os.environ.get("PARLEY_DATA_DIR")
    if data:
        return Path(data) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def sample_project_path() -> Path:
    return user_data_dir() / "Sample project.parley"
