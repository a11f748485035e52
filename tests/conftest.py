"""Shared fixtures: every test runs with its own user folders and a real project file on disk.

A template project is created once per session by running the real migrations, then copied per
test (Anki's trick): each test gets a fresh SQLite file without paying for the migrations again.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO_ROOT / "resources" / "sample"
CORPUS_FILES = sorted(SAMPLE_DIR.glob("*.txt"))


def pytest_configure(config: pytest.Config) -> None:
    """The coverage floor (``[tool.coverage.report] fail_under``) holds for the whole suite,
    ``uv run pytest`` as it is: a run of some tests still prints what they cover, but cannot
    fall under a floor set for all of them."""
    whole = config.args_source == pytest.Config.ArgsSource.TESTPATHS and not (
        config.option.keyword or config.option.markexpr or config.option.deselect
    )
    plugin = config.pluginmanager.getplugin("_cov")
    if not whole and plugin is not None and getattr(plugin, "options", None) is not None:
        plugin.options.cov_fail_under = None


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Logs, backups, settings and the sample project go to a per-test folder, never $HOME."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("PARLEY_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("PARLEY_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("PARLEY_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    return home


@pytest.fixture(scope="session")
def template_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.services.project import Project

    folder = tmp_path_factory.mktemp("template")
    os.environ.setdefault("PARLEY_DATA_DIR", str(folder / "data"))
    path = folder / "template.parley"
    with Project.open(path, create=True, coder="tester"):
        pass
    return path


@pytest.fixture
def project_path(template_project: Path, tmp_path: Path) -> Path:
    """A fresh, empty project file (migrated, with the three roots)."""
    target = tmp_path / "project.parley"
    shutil.copyfile(template_project, target)
    return target


@pytest.fixture
def project(project_path: Path) -> Iterator[object]:
    from desktop_app.services.project import Project

    opened = Project.open(project_path, coder="tester")
    yield opened
    opened.close()
