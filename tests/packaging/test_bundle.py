"""The frozen build's contents, checked without building it: the spec's file list covers
resources/, db/ and pyproject.toml, and the version has one source."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_bundle_files() -> ModuleType:
    # packaging/ is not a Python package (it would shadow the PyPI `packaging`): load by path.
    spec = importlib.util.spec_from_file_location("bundle_files", PACKAGING / "bundle_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_files = load_bundle_files()


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def bundled() -> dict[str, str]:
    """Bundle path → source path, as PyInstaller will lay the data files out."""
    return {
        f"{dest}/{Path(source).name}".removeprefix("./"): source
        for source, dest in bundle_files.data_files()
    }


def test_every_resource_is_bundled_at_its_checkout_path() -> None:
    files = bundled()
    resources = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert resources, "resources/ is empty"
    missing = sorted(set(resources) - set(files))
    assert not missing, f"not bundled: {missing}"


@pytest.mark.parametrize(
    "path",
    [
        "db/env.py",
        "db/script.py.mako",
        "pyproject.toml",
        "resources/sample",
        "resources/fonts",
        "resources/icons/app/parley-256.png",
    ],
)
def test_the_files_the_app_loads_from_disk_are_bundled(path: str) -> None:
    assert any(name == path or name.startswith(path + "/") for name in bundled()), path


def test_every_migration_is_bundled_as_a_source_file() -> None:
    # Alembic imports the migrations from disk, so each must travel as a .py file.
    migrations = sorted(p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    assert migrations
    names = bundled()
    assert all(f"db/versions/{name}" in names for name in migrations)


def test_no_build_leftovers_are_bundled() -> None:
    leftovers = [name for name in bundled() if "__pycache__" in name or name.endswith(".pyc")]
    assert not leftovers


def test_bundle_sources_exist() -> None:
    assert all(Path(source).is_file() for source in bundled().values())


def test_spec_takes_its_data_files_and_entry_point_from_the_package() -> None:
    spec = (PACKAGING / "parley.spec").read_text(encoding="utf-8")
    compile(spec, "parley.spec", "exec")  # syntax only: PyInstaller is not a test dependency
    assert "bundle_files.data_files()" in spec
    assert '"launcher.py"' in spec
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from desktop_app.cli.main import main" in launcher


def test_version_has_one_source() -> None:
    from desktop_app import __version__

    assert bundle_files.project_version() == pyproject_version() == __version__


def test_build_scripts_ask_bundle_files_for_the_version() -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "bundle_files.py"), "version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == pyproject_version()


@pytest.mark.parametrize(
    "script", ["linux/build.sh", "linux/appimage.sh", "macos/build.sh", "linux/install.sh"]
)
def test_shell_scripts_parse(script: str) -> None:
    shell = "sh" if script.endswith("install.sh") else "bash"
    result = subprocess.run(
        [shell, "-n", str(PACKAGING / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_the_interface_languages_travel_in_the_bundle(code: str) -> None:
    names = bundled()
    for name in (f"parley_{code}.qm", f"parley_{code}.mo"):
        assert f"resources/translations/{name}" in names
    # Qt's own buttons and dialogs: PySide6's catalog, at the folder the window looks in.
    qt = names[f"{bundle_files.QT_CATALOGS_DEST}/qtbase_{code}.qm"]
    assert Path(qt).name == f"qtbase_{code}.qm" and "PySide6" in Path(qt).parts


@pytest.mark.parametrize(("code", "cancel"), [("uk", "Скасувати"), ("ru", "Отмена")])
def test_a_frozen_app_finds_qts_catalogs_in_its_bundle(
    code: str, cancel: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTranslator

    from desktop_app.gui import translation

    # Lay the bundle's translations out as PyInstaller would, and run as a frozen app in it.
    for name, source in bundled().items():
        if name.startswith("resources/translations/"):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_bytes(Path(source).read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    bundle_folder = translation.qt_catalog_folders()[-1]
    assert Path(bundle_folder) == tmp_path / bundle_files.QT_CATALOGS_DEST
    translator = QTranslator()
    assert translator.load(f"qtbase_{code}", bundle_folder)
    assert translator.translate("QPlatformTheme", "Cancel") == cancel
