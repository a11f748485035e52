"""Strict tooling is part of the test run: lint, formatting, types and the layer contracts, so
`uv run pytest` is the one gate a change must pass."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed in the project environment (uv sync installs it)")
    return found


def test_ruff_lint_is_clean() -> None:
    result = _run(_tool("ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run(_tool("ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run(_tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_layer_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml: the layers, Qt only in gui, SQLAlchemy and
    Alembic only in storage, front ends through services, files without a database."""
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# (module to change, line to add, the contract that must catch it)
VIOLATIONS = [
    ("gui/bus.py", "import sqlalchemy", "SQLAlchemy and Alembic only in storage"),
    ("domain/model.py", "from desktop_app.gui import bus", "Layers"),
    ("services/search.py", "import PySide6.QtCore", "PySide6 only in gui"),
    ("exporting/charts.py", "from desktop_app.services import project", "Layers"),
    ("gui/bus.py", "from desktop_app.storage import schema", "go through services"),
    ("importers/text.py", "from desktop_app.storage import schema", "no storage"),
    ("errors.py", "from desktop_app.domain import model", "Layers"),
]


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package and its contracts in a folder of their own, where a change breaks nothing."""
    root = tmp_path_factory.mktemp("layers")
    shutil.copytree(
        ROOT / "desktop_app", root / "desktop_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def _lint_copy(root: Path) -> subprocess.CompletedProcess[str]:
    # lint-imports puts its working folder first on sys.path: it reads the copy, not the checkout.
    return _run(_tool("lint-imports"), "--no-cache", cwd=root)


def test_the_copy_of_the_package_keeps_the_contracts(package_copy: Path) -> None:
    result = _lint_copy(package_copy)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("module", "line", "contract"), VIOLATIONS)
def test_lint_imports_fails_on_a_deliberate_violation(
    package_copy: Path, module: str, line: str, contract: str
) -> None:
    path = package_copy / "desktop_app" / module
    original = path.read_text(encoding="utf-8")
    path.write_text(f"{original}\n{line}  # deliberate violation\n", encoding="utf-8")
    try:
        result = _lint_copy(package_copy)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0, result.stdout
    broken = result.stdout.split("Broken contracts", 1)[-1]
    dotted = "desktop_app." + module.removesuffix(".py").replace("/", ".")
    assert contract in broken and dotted in broken, result.stdout


def test_a_new_top_level_module_must_be_given_a_layer(package_copy: Path) -> None:
    """The layers contract is exhaustive: a module or package added beside the layers (rather
    than inside one) breaks it until pyproject.toml places it."""
    stray = package_copy / "desktop_app" / "helpers.py"
    stray.write_text('"""A module nobody placed."""\n', encoding="utf-8")
    try:
        result = _lint_copy(package_copy)
    finally:
        stray.unlink()
    assert result.returncode != 0, result.stdout
    assert "desktop_app.helpers" in result.stdout.split("Broken contracts", 1)[-1], result.stdout


def test_no_module_imports_another_modules_private_names() -> None:
    """A ``_name`` is its module's own business: what another module needs is made public (and
    documented) where it belongs, e.g. services.validation, storage.migrations.alembic_config."""
    found = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop_app"):
                private = [
                    alias.name
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
                if private:
                    where = path.relative_to(ROOT)
                    found.append(f"{where}:{node.lineno} {node.module} {private}")
    assert not found, "\n".join(found)
