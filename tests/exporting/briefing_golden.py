"""The briefing's pages as text, for a project built from the sample (``projects.build_crowd``),
in each appendix mode: what ``test_briefing_golden`` holds the export to, so work on how the
briefing is composed (speed, sharing) cannot change a word of it.

The texts in ``golden/`` were written by the code before such work. When the briefing's content
changes on purpose, write them again and read the diff:

    uv run python -m tests.exporting.briefing_golden
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from desktop_app.i18n import long_date
from desktop_app.services.exports import ExportOptions, export
from desktop_app.services.project import Project
from desktop_app.version import __version__
from tests.exporting.briefing_pdf import pages_text
from tests.exporting.projects import build_crowd

GOLDEN = Path(__file__).resolve().parent / "golden"
MODES = ("wordings", "none", "all")
PAGE_BREAK = "\n\f\n"


def briefing_texts(folder: Path) -> dict[str, str]:
    """mode → every page's text (drawing order, header and footer included), pages separated
    by a form feed; today's date and the version stand as ``<date>`` and ``<version>``."""
    project_path = build_crowd(folder)
    texts: dict[str, str] = {}
    with Project.open(project_path) as project:
        for mode in MODES:
            options = ExportOptions(title="Golden briefing", analyst="Анна Analyst", appendix=mode)
            before = long_date(datetime.now().astimezone().date())
            path = export(project, folder / f"{mode}.pdf", options).path
            after = long_date(datetime.now().astimezone().date())
            text = PAGE_BREAK.join(pages_text(path))
            for date in {before, after}:  # an export that ran over midnight
                text = text.replace(date, "<date>")
            texts[mode] = text.replace(__version__, "<version>")
    return texts


def golden_path(mode: str) -> Path:
    return GOLDEN / f"briefing-{mode}.txt"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("PARLEY_DATA_DIR", str(Path(folder) / "data"))
        for mode, text in briefing_texts(Path(folder)).items():
            golden_path(mode).write_text(text + "\n", encoding="utf-8")
            print(f"wrote {golden_path(mode)} ({text.count(PAGE_BREAK) + 1} pages)")


if __name__ == "__main__":
    main()
