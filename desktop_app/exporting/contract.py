"""What every exporter takes and how it reports: the one contract between the export use case
(:mod:`desktop_app.services.exports`) and the writers in this package.

A writer is a function ``(snapshot, path, options, progress=…, cancelled=…) -> notes``: it
reads a :class:`~desktop_app.domain.snapshot.ProjectSnapshot` (never a database), writes ``path``
(the service makes that atomic), reports ``progress(done, total, label)`` now and then, raises
:class:`~desktop_app.errors.Cancelled` once ``cancelled()`` turns true, and returns one line
per thing the user should know (cut cells, characters a font lacks, what a standard cannot
carry). The options are the dialog's choices; a writer reads the fields it uses and ignores the
others, so adding a choice for one format changes no other writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.domain.variants import VariantReport
from desktop_app.progress import CancelCheck, ProgressCallback

__all__ = ["APPENDIX_MODES", "CancelCheck", "ExportOptions", "ProgressCallback", "Writer"]

# The briefing's appendix: nothing, each condition's wording source by source (the default: a
# few hundred pages at newsroom scale), or every excerpt whole (thousands of pages there). The
# workbook always holds every excerpt.
APPENDIX_MODES = ("none", "wordings", "all")


@dataclass(frozen=True)
class ExportOptions:
    """Choices the export dialog offers; the command line uses the defaults."""

    title: str = ""
    analyst: str = ""
    classification: str = ""
    page_size: str = "A4"  # "A4" or "Letter" (the briefing)
    source_ids: tuple[int, ...] | None = None  # None: every source
    # .csv only: values exactly as stored, even those a spreadsheet would run as formulas
    # (for scripts); by default they are neutralised with a leading apostrophe.
    raw_csv: bool = False
    # Only this coder's mark-up (e.g. "Adjudicated", the adjudicated layer); None: everyone's.
    coder: str | None = None
    # How each source told it (variants, quote mismatches): computed by the export service
    # for the workbook and the briefing, since the language work is not the exporters' layer.
    # None: the sheets and the section are left out.
    variants: VariantReport | None = None
    # The deliverable's language ("en", "uk", "ru"): sheet names, headings, sentences, dates.
    language: str = "en"
    appendix: str = "wordings"  # the briefing's appendix, one of APPENDIX_MODES


class Writer(Protocol):
    """One export format: see the module's docstring for what a writer promises."""

    def __call__(
        self,
        snapshot: ProjectSnapshot,
        path: Path,
        options: ExportOptions,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> list[str]: ...
