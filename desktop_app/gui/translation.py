"""The window's language: Qt's translators for Parley's own strings (``parley_<code>.qm``) and
Qt's standard dialogs and buttons (``qtbase_<code>.qm`` from PySide6's translations folder),
and the same language for the text made below the window (:mod:`desktop_app.i18n`).

Window strings go through :func:`translate` with a literal context, so ``pyside6-lupdate``
finds them: ``translate("Actions", "&File")``, plurals with ``%n`` and ``n``:
``translate("Search", "%n hit(s)", "", count)``. ``uv run python -m tools.translations``
re-extracts the ``.ts`` files and recompiles the ``.qm`` (see resources/translations/README.md).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import i18n, paths

_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``%n`` becomes ``n``, ``%Ln`` the same grouped the
    language's way, with the plural agreeing). English is the source language and has no
    catalog: its plurals are written "%Ln source(s)" and resolved here (1 source, 2 sources)."""
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in shown:
        shown = shown.replace("(s)", "" if n == 1 else "s")
    return shown


def system_language() -> str:
    """The interface language the system asks for: one Parley speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = i18n.checked(name)
        if code != i18n.ENGLISH or name.casefold().startswith("en"):
            return code
    return i18n.ENGLISH


def chosen_language(setting: str) -> str:
    """The language to start in: the one chosen in View › Language, else the system's."""
    return i18n.checked(setting) if setting else system_language()


def install(code: str) -> str:
    """Speak ``code`` from now on (window strings made after this call, and every catalog
    message below the window); returns the language installed."""
    app = QCoreApplication.instance()
    code = i18n.checked(code)
    i18n.set_language(code)
    if app is None:
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))  # %Ln, and Qt's own dialogs
    own = [str(paths.resource("translations"))]
    for name, folders in ((f"parley_{code}", own), (f"qtbase_{code}", qt_catalog_folders())):
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def qt_catalog_folders() -> list[str]:
    """Where Qt's own ``qtbase_<code>.qm`` may be, in order: Qt's translations folder (PySide6's
    in a checkout), then the copy a frozen build carries in ``resources/translations/qt``
    (packaging/bundle_files.py), which a bundle's Qt may not know of."""
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(paths.resource("translations", "qt")),
    ]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined (a module constant), to be translated
    with :func:`translate` where it is shown (after the interface language is installed)."""
    del context
    return text


def arg(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass (a value holding "%2" stays as
    it is), the way Qt's QString::arg fills a translated message."""
    return re.sub(
        r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text
    )
