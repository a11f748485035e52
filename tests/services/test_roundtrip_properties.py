"""What must never break (issue 12), for any text and any spans in it: import → annotate →
export (.qdpx, .json, .xlsx) → import (or read back) gives the same quotes at the same offsets.

Texts are drawn from every code point but lone surrogates (which no file can hold), with line
endings, controls and astral characters mixed in on purpose: the importer normalises them once,
and from then on every offset counts code points of the stored text.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop_app.errors import ImportRefused, InvalidChange
from desktop_app.importers.loader import document_from_text
from desktop_app.services import codebook, exports, markup, sources
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx

NASTY = ["\r\n", "\r", "\n", "\t", "\x00", "\x1b", "\u2028", "🙅", "🇺🇦", "𝕏", "e\u0301", "\ufeff"]

texts = st.lists(
    st.one_of(
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),
        st.sampled_from(NASTY),
        st.sampled_from(["Путин заявил", "Podolyak said", "=SUM(A1)", "<b>&amp;</b>", " "]),
    ),
    min_size=1,
    max_size=25,
).map("".join)

spans = st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=6)


def _excerpts_from_xlsx(path: Path) -> set[tuple[int, int, str]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = workbook["Excerpts"].iter_rows(values_only=True)
        header = list(next(rows))
        start, end, quote = header.index("Start"), header.index("End"), header.index("Quote")
        return {(int(r[start]), int(r[end]), str(r[quote])) for r in rows if r[start] is not None}
    finally:
        workbook.close()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=texts, fractions=spans)
def test_quotes_survive_every_exchange_format(
    template_project: Path, text: str, fractions: list[tuple[float, float]]
) -> None:
    try:
        document = document_from_text(text, title="Property")
    except ImportRefused:
        assume(False)
        return
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        first = folder / "first.parley"
        shutil.copyfile(template_project, first)
        with Project.open(first, coder="tester") as project:
            source = sources.add_documents(project, [document]).added[0]
            stored = sources.get_text(project, source.id)
            assert len(stored) == source.characters
            code = codebook.create_code(
                project,
                next(c.id for c in codebook.list_codes(project) if c.builtin),
                "Withdrawal",
            )
            wanted: set[tuple[int, int, str]] = set()
            for a, b in fractions:
                start, end = sorted((int(a * len(stored)), int(b * len(stored))))
                end = max(end, start + 1)
                if end > len(stored):
                    continue
                try:
                    made = markup.annotate(project, source.id, start, end, [code.id])
                except InvalidChange:  # e.g. a span of blanks only
                    continue
                assert made.quote == stored[made.start : made.end]
                wanted.add((made.start, made.end, made.quote))
            assume(wanted)
            for suffix in (".qdpx", ".json", ".xlsx"):
                exports.export(project, folder / f"out{suffix}")

        as_json = json.loads((folder / "out.json").read_text(encoding="utf-8"))
        assert {(e["start"], e["end"], e["quote"]) for e in as_json["excerpts"]} == wanted
        assert _excerpts_from_xlsx(folder / "out.xlsx") == wanted

        second = folder / "second.parley"
        shutil.copyfile(template_project, second)
        with Project.open(second, coder="tester") as project:
            import_qdpx(project, folder / "out.qdpx")
            (again,) = sources.list_sources(project)
            assert sources.get_text(project, again.id) == stored
            found = {(a.start, a.end, a.quote) for a in markup.list_annotations(project)}
        assert found == wanted
