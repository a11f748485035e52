"""Every message translated into Ukrainian and Russian, every compiled catalog current.

A failure lists the messages precisely ("uk.ts unfinished — Actions: &Open Project…"); the
fix is ``uv run python packaging/translations.py`` and a translator's pass over the .ts / .po
(resources/translations/README.md)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from desktop_app import i18n

ROOT = Path(__file__).resolve().parents[1]


def load_tool() -> ModuleType:
    # packaging/ is not a Python package (it would shadow the PyPI `packaging`): load by path.
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = load_tool()


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_every_window_message_is_translated(code: str) -> None:
    assert tool.window_gaps(code) == []


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_every_message_below_the_window_is_translated(code: str) -> None:
    assert tool.catalog_gaps(code) == []


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_compiled_catalogs_are_current(code: str) -> None:
    assert not tool.stale_qm(code), f"parley_{code}.qm is stale: run packaging/translations.py"
    assert not tool.stale_mo(code), f"parley_{code}.mo is stale: run packaging/translations.py"


def test_an_untranslated_or_unreadable_message_is_named(tmp_path: Path) -> None:
    ts = tmp_path / "parley_uk.ts"
    shutil.copyfile(tool.ts_path("uk"), ts)
    text = ts.read_text("utf-8")
    first = text.index("<translation>")
    ts.write_text(text[:first] + '<translation type="unfinished">' + text[first + 13 :], "utf-8")
    missing = tool.unfinished(ts)
    assert len(missing) == 1 and missing[0].startswith("Actions: ")
    # A plural whose count lupdate cannot read is caught by reading the code itself.
    assert ("MainWindow", "%Ln source(s)") in tool.code_messages()
    assert ("MainWindow", "%Ln source(s)") in tool.ts_messages(tool.ts_path("uk"))


def test_qt_ships_its_own_ukrainian_and_russian() -> None:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in tool.LANGUAGES:
        assert (folder / f"qtbase_{code}.qm").is_file()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ["1 source", "2 sources", "5 sources"]),
        ("uk", ["1 джерело", "2 джерела", "5 джерел"]),
        ("ru", ["1 источник", "2 источника", "5 источников"]),
    ],
)
def test_catalog_plurals_agree(code: str, expected: list[str]) -> None:
    with i18n.language(code):
        shown = [i18n.ngettext("{n} source", "{n} sources", n) for n in (1, 2, 5)]
    assert shown == expected
