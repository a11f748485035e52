"""Re-extract and recompile Parley's translations — one command:

    uv run python packaging/translations.py          # update .ts/.po from the code, compile .qm/.mo
    uv run python packaging/translations.py --check  # list what is untranslated or stale, exit 1

Two catalogs per language, both in ``resources/translations/``:

- ``parley_<code>.ts`` → ``.qm``: the window's strings (``translate("Context", "text")`` in
  ``desktop_app/gui``), extracted with ``pyside6-lupdate`` and compiled with ``pyside6-lrelease``.
  English is the source language: its plurals ("%Ln source(s)") are resolved in
  ``desktop_app/gui/translation.translate``.
- ``parley_<code>.po`` → ``.mo``: everything made below the window (``gettext``, ``ngettext``,
  ``pgettext`` from ``desktop_app.i18n``), extracted and compiled with Babel; ``parley.pot`` is
  the template.

Both keep existing translations and drop obsolete ones; new messages arrive unfinished (``.ts``)
or empty (``.po``) for a translator, and ``tests/test_translations.py`` fails until they are done.
``tests/packaging`` loads this file by path (packaging/ is not a Python package).
"""

from __future__ import annotations

import ast
import datetime
import io
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
GUI = ROOT / "desktop_app" / "gui"
LANGUAGES = ("uk", "ru")
QT_LANGUAGES = {"uk": "uk_UA", "ru": "ru_RU"}
KEYWORDS = {
    "gettext": None,
    "N_": None,
    "ngettext": (1, 2),
    "N_plural": (1, 2),
    "pgettext": ((1, "c"), 2),
}


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ts_path(code: str) -> Path:
    return FOLDER / f"parley_{code}.ts"


def po_path(code: str) -> Path:
    return FOLDER / f"parley_{code}.po"


# -- the window (.ts / .qm) ------------------------------------------------------------------


def lupdate(ts: Path, code: str) -> None:
    """Bring ``ts`` in step with the window's strings (kept translations, obsolete dropped).

    pyside6-lupdate's Python parser takes ``translate(context, text, "", n)`` for a plural
    only when ``n`` is a literal number: every message with ``%n`` or ``%Ln`` is marked plural
    here instead, its forms kept across updates."""
    saved = _plural_forms(ts) if ts.is_file() else {}
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            *("-no-obsolete", "-locations", "none", "-source-language", "en_GB"),
            *("-target-language", QT_LANGUAGES[code], "-ts", str(ts)),
        ],
        check=True,
        capture_output=True,
    )

    _mark_plurals(ts, saved)


PLURAL_FORMS = 3  # Ukrainian and Russian: 1 джерело / 2 джерела / 5 джерел


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    forms = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found = [f.text or "" for f in message.iter("numerusform")]
            translation = message.find("translation")
            if found and translation is not None and translation.get("type") is None:
                key = (context.findtext("name", ""), message.findtext("source", ""))
                forms[key] = found
    return forms


def _mark_plurals(ts: Path, saved: dict[tuple[str, str], list[str]]) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if ("%n" not in source and "%Ln" not in source) or translation is None:
                continue
            message.set("numerus", "yes")
            kept = saved.get((context.findtext("name", ""), source))
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            if kept:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
            for text in kept or [""] * PLURAL_FORMS:
                ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    """``context: source`` of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
            done = translation is not None and translation.get("type") is None
            if not done or not all(texts):
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def code_messages() -> set[tuple[str, str]]:
    """(context, text) of every ``translate`` / ``QT_TRANSLATE_NOOP`` call with literal
    arguments in the window's code, read with Python's own parser — to catch a call lupdate
    skipped (it drops one whose count is an expression such as ``len(x)``)."""
    found = set()
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            context, text = node.args[0], node.args[1]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(text.value, str)
            ):
                found.add((context.value, text.value))
    return found


def ts_messages(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def window_gaps(code: str) -> list[str]:
    """Messages of the window not (yet) translated in ``code``'s .ts — including strings the
    code has and the committed .ts lacks (found by updating a copy), and calls lupdate could
    not read."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ts_path(code).name
        copy.write_bytes(ts_path(code).read_bytes())
        lupdate(copy, code)
        skipped = sorted(code_messages() - ts_messages(copy))
        return unfinished(copy) + [
            f"{context}: {text} (lupdate cannot read this call: give the count as a plain name)"
            for context, text in skipped
        ]


def stale_qm(code: str) -> bool:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.qm"
        lrelease(ts_path(code), fresh)
        current = ts_path(code).with_suffix(".qm")
        return not current.is_file() or current.read_bytes() != fresh.read_bytes()


# -- below the window (.po / .mo) ------------------------------------------------------------


FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)  # no churn on every update


def _new_catalog(code: str | None = None) -> Catalog:
    return Catalog(
        locale=code,
        project="Parley",
        charset="utf-8",
        fuzzy=False,
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
        copyright_holder="Parley",
        msgid_bugs_address="",
        last_translator="Parley",
        language_team="Parley",
        header_comment=f"# Parley's messages below the window — {code or 'template'}.",
    )


def extracted() -> Catalog:
    """Every gettext message of desktop_app outside gui/."""
    catalog = _new_catalog()
    package = ROOT / "desktop_app"
    for filename, line, message, comments, context in extract_from_dir(
        package,
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        if filename.startswith("gui/") or filename == "i18n.py":
            continue
        catalog.add(
            message,
            None,
            [(f"desktop_app/{filename}", line)],
            auto_comments=comments,
            context=context,
        )
    return catalog


def read_catalog(code: str) -> Catalog:
    with po_path(code).open("rb") as handle:
        return read_po(handle, locale=code)


def updated_catalog(code: str) -> Catalog:
    template = extracted()
    catalog = read_catalog(code) if po_path(code).is_file() else _new_catalog(code)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, no_location=True, omit_header=False, width=100, sort_output=True)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def catalog_gaps(code: str) -> list[str]:
    """Messages made below the window without a translation in ``code``'s .po (including
    messages the code has that the .po lacks)."""
    catalog = updated_catalog(code)
    gaps = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            shown = message.id[0] if isinstance(message.id, tuple) else message.id
            gaps.append(f"{message.context + ': ' if message.context else ''}{shown}")
    return gaps


def stale_mo(code: str) -> bool:
    current = po_path(code).with_suffix(".mo")
    return not current.is_file() or current.read_bytes() != mo_bytes(read_catalog(code))


# -- the command -----------------------------------------------------------------------------


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        lupdate(ts_path(code), code)
        lrelease(ts_path(code), ts_path(code).with_suffix(".qm"))
    template = extracted()
    (FOLDER / "parley.pot").write_bytes(po_bytes(template))
    for code in LANGUAGES:
        catalog = updated_catalog(code)
        po_path(code).write_bytes(po_bytes(catalog))
        po_path(code).with_suffix(".mo").write_bytes(mo_bytes(read_catalog(code)))


def problems() -> list[str]:
    found = []
    for code in LANGUAGES:
        found += [f"{code}.ts unfinished — {m}" for m in window_gaps(code)]
        found += [f"{code}.po untranslated — {m}" for m in catalog_gaps(code)]
        if stale_qm(code):
            found.append(f"parley_{code}.qm is stale — run packaging/translations.py")
        if stale_mo(code):
            found.append(f"parley_{code}.mo is stale — run packaging/translations.py")
    return found


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        listed = problems()
        print("\n".join(listed) or "every message translated, every catalog compiled")
        sys.exit(1 if listed else 0)
    update()
    print(f"updated {FOLDER.relative_to(ROOT)}")
