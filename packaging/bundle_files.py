"""What the frozen build carries besides code, and the facts every installer shares.

``parley.spec`` imports this module (so does ``tests/packaging``, without PyInstaller): the
bundle's data files are listed here once, from the checkout's own tree, so a new font, style,
translation or migration is bundled without anyone editing the spec.

Inside the bundle the files keep their checkout paths relative to the project root
(``resources/…``, ``db/…``, ``pyproject.toml``), which is what ``desktop_app.paths.app_root()``
resolves against ``sys._MEIPASS``.

Run it to print a fact for the build scripts: ``python packaging/bundle_files.py version``.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "Parley"
# Reverse-DNS id shared by the .desktop file, AppStream metainfo, the macOS bundle identifier
# and the Windows AppUserModelID.
APP_ID = "io.parley.Parley"
EXECUTABLE = "parley"
PROJECT_SUFFIX = ".parley"
MIME_TYPE = "application/x-parley"
# Windows and macOS identifiers for the project document type.
WINDOWS_PROG_ID = "Parley.Project"
MACOS_DOCUMENT_UTI = "io.parley.project"

# Alembic reads its environment, template and migrations from disk, so they travel as files.
DB_PATTERNS = ("env.py", "script.py.mako", "versions/*.py")
# Build leftovers that must never be bundled.
_SKIPPED_PARTS = {"__pycache__", ".DS_Store"}
_SKIPPED_SUFFIXES = {".pyc", ".pyo"}
# Qt's own catalogs for the interface languages (standard buttons and dialogs), copied from
# PySide6 to this bundle folder: desktop_app/gui/translation.py looks there when Qt's own
# translations folder (QLibraryInfo) does not hold them, as in a frozen app.
QT_LANGUAGES = ("uk", "ru")
QT_CATALOGS_DEST = "resources/translations/qt"


def project_version(root: Path = ROOT) -> str:
    """The one version: ``[project] version`` in pyproject.toml."""
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def _wanted(path: Path) -> bool:
    return (
        path.is_file()
        and not _SKIPPED_PARTS.intersection(path.parts)
        and path.suffix not in _SKIPPED_SUFFIXES
    )


def resource_files(root: Path = ROOT) -> list[Path]:
    """Every file under ``resources/`` (fonts, icons, styles, sample corpus, translations)."""
    return sorted(p for p in (root / "resources").rglob("*") if _wanted(p))


def db_files(root: Path = ROOT) -> list[Path]:
    db = root / "db"
    return sorted({p for pattern in DB_PATTERNS for p in db.glob(pattern) if _wanted(p)})


def qt_catalogs() -> list[Path]:
    """PySide6's ``qtbase_<code>.qm`` for every interface language, found without importing
    Qt (``PySide6/Qt/translations`` on Linux and macOS, ``PySide6/translations`` on Windows).
    A missing one stops the build: a Ukrainian window with English Cancel buttons is a bug."""
    spec = importlib.util.find_spec("PySide6")
    folders = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    found = []
    for code in QT_LANGUAGES:
        candidates = [
            folder / sub / f"qtbase_{code}.qm"
            for folder in folders
            for sub in ("Qt/translations", "translations")
        ]
        existing = [c for c in candidates if c.is_file()]
        if not existing:
            raise FileNotFoundError(f"qtbase_{code}.qm is not in PySide6 — reinstall PySide6")
        found.append(existing[0])
    return found


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: (source file, destination folder inside the bundle)."""
    files = [*resource_files(root), *db_files(root), root / "pyproject.toml"]
    checkout = [(str(path), str(path.parent.relative_to(root)) or ".") for path in files]
    return checkout + [(str(path), QT_CATALOGS_DEST) for path in qt_catalogs()]


def main(argv: list[str]) -> int:
    facts = {
        "version": project_version(),
        "app-id": APP_ID,
        "name": APP_NAME,
        "executable": EXECUTABLE,
    }
    if len(argv) != 1 or argv[0] not in facts:
        print(f"usage: bundle_files.py {{{'|'.join(facts)}}}", file=sys.stderr)
        return 2
    print(facts[argv[0]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
