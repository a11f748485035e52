"""NVivo counts selection positions in UTF-16 code units, the standard in code points.

The archives are shaped like NVivo 12's exports of social-media comments: emoji, skin tones,
family sequences and flags before and inside the coded selections, CRLF line breaks and a
byte-order mark. Each is written once in each unit; the import must land every selection on
its quote either way and say in its notes which reading it used.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.importers import qdpx_text
from desktop_app.services import exports
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from tests.refi.archives import G, basic_codebook, project_xml, selection, text_source, write_qdpx
from tests.refi.test_qdpx_vendors import spans

COMMENTS = (
    "Comment 1 👍🏽: Путин назвал условия 🇷🇺🇺🇦 — Ukrainian troops must withdraw.\r\n"
    "Comment 2 😂😂: Podolyak rejected the demand 🙄 as absurd.\r\n"
    "Comment 3 👨‍👩‍👧: flags 🇺🇦🇵🇱 everywhere, 🙂 peace talks now.\r\n"
)
QUOTES = {
    "sel1": ("Путин назвал условия 🇷🇺🇺🇦", "withdrawal"),
    "sel2": ("Podolyak rejected the demand 🙄 as absurd.", "rejects"),
    "sel3": ("🇺🇦🇵🇱 everywhere", "hostile"),
    "sel4": ("peace talks now.", "putin"),
}
CODE_NAMES = {"withdrawal": "Withdrawal", "rejects": "Rejects", "hostile": "Hostile"}
CODE_NAMES["putin"] = "Vladimir Putin"
NVIVO = "NVivo 12 (Windows)"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _position(raw: str, quote: str, unit: str) -> tuple[int, int]:
    """Where ``quote`` is in ``raw`` (CRLF counted as two, as NVivo does) in ``unit``."""
    start = raw.index(quote)
    if unit == qdpx_text.UTF16_UNITS:
        return _units(raw[:start]), _units(raw[:start]) + _units(quote)
    return start, start + len(quote)


def _archive(tmp_path: Path, unit: str, *, named: bool, origin: str | None) -> Path:
    selections = ""
    for key, (quote, code_key) in QUOTES.items():
        start, end = _position(COMMENTS, quote, unit)
        name = quote[:12] + "…" if named else None
        selections += selection(G[key], start, end, name, [G[code_key]])
    source = text_source(
        G["src1"], "Comments", path=f"internal://{G['src1']}.txt", selections=selections
    )
    return write_qdpx(
        tmp_path / "nvivo.qdpx",
        project_xml(codes=basic_codebook(), sources=source, origin=origin),
        {f"sources/{G['src1']}.txt": b"\xef\xbb\xbf" + COMMENTS.encode("utf-8")},
    )


EXPECTED = {
    ("Comments", quote.replace("\r\n", "\n"), frozenset({CODE_NAMES[code_key]}))
    for quote, code_key in QUOTES.values()
}


@pytest.mark.parametrize("named", [True, False], ids=["named", "unnamed"])
@pytest.mark.parametrize("origin", [NVIVO, None], ids=["nvivo-origin", "no-origin"])
def test_nvivo_utf16_positions_land_on_their_quotes(
    project: Project, tmp_path: Path, named: bool, origin: str | None
) -> None:
    result = import_qdpx(
        project, _archive(tmp_path, qdpx_text.UTF16_UNITS, named=named, origin=origin)
    )
    assert result.annotations == len(QUOTES)
    assert spans(project) == EXPECTED
    [note] = [n for n in result.notes if "selection positions" in n]
    assert note.startswith("selection positions were read as UTF-16 code units")
    assert "8 of 8 selection ends fall between words" in note


@pytest.mark.parametrize("named", [True, False], ids=["named", "unnamed"])
@pytest.mark.parametrize("origin", [NVIVO, None], ids=["nvivo-origin", "no-origin"])
def test_code_point_positions_stay_code_points_even_from_nvivo(
    project: Project, tmp_path: Path, named: bool, origin: str | None
) -> None:
    result = import_qdpx(
        project, _archive(tmp_path, qdpx_text.CODE_POINTS, named=named, origin=origin)
    )
    assert spans(project) == EXPECTED
    notes = [n for n in result.notes if "selection positions" in n]
    if origin is None:  # the standard's unit, and nothing hinted otherwise: nothing to say
        assert notes == []
    else:  # the origin said NVivo, the selections said code points: say so
        assert notes[0].startswith("selection positions were read as code points")


def test_utf16_positions_with_crlf_counted_as_one(project: Project, tmp_path: Path) -> None:
    collapsed = COMMENTS.replace("\r\n", "\n")
    selections = ""
    for key, (quote, code_key) in QUOTES.items():
        start, end = _position(collapsed, quote, qdpx_text.UTF16_UNITS)
        selections += selection(G[key], start, end, None, [G[code_key]])
    source = text_source(
        G["src1"], "Comments", path=f"internal://{G['src1']}.txt", selections=selections
    )
    archive = write_qdpx(
        tmp_path / "mac.qdpx",
        project_xml(codes=basic_codebook(), sources=source, origin="NVivo 12 (Mac)"),
        {f"sources/{G['src1']}.txt": COMMENTS},
    )
    import_qdpx(project, archive)
    assert spans(project) == EXPECTED


def test_the_unit_is_decided_for_the_whole_archive(project: Project, tmp_path: Path) -> None:
    """A file whose selections alone cannot tell the units apart (its one astral character comes
    after them) is read in the unit the other files show — the exporter's habit."""
    telling = ""
    for key, (quote, code_key) in QUOTES.items():
        start, end = _position(COMMENTS, quote, qdpx_text.UTF16_UNITS)
        telling += selection(G[key], start, end, None, [G[code_key]])
    quiet_text = "Zelensky: no talks 🙂"
    quiet = selection(G["sel1"].replace("0000-4000", "0001-4000"), 0, 8, None, [G["rejects"]])
    sources = text_source(
        G["src1"], "Comments", path=f"internal://{G['src1']}.txt", selections=telling
    ) + text_source(G["src2"], "Quiet", path=f"internal://{G['src2']}.txt", selections=quiet)
    archive = write_qdpx(
        tmp_path / "two.qdpx",
        project_xml(codes=basic_codebook(), sources=sources),
        {f"sources/{G['src1']}.txt": COMMENTS, f"sources/{G['src2']}.txt": quiet_text},
    )
    result = import_qdpx(project, archive)
    assert spans(project) == EXPECTED | {("Quiet", "Zelensky", frozenset({"Rejects"}))}
    assert sum("selection positions" in n for n in result.notes) == 1


def test_export_after_an_nvivo_import_writes_code_points(project: Project, tmp_path: Path) -> None:
    import_qdpx(project, _archive(tmp_path, qdpx_text.UTF16_UNITS, named=False, origin=NVIVO))
    out = exports.export(project, tmp_path / "out.qdpx").path
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde").decode("utf-8")
        [member] = [n for n in archive.namelist() if n.endswith(".txt")]
        text = archive.read(member).decode("utf-8")
    for quote, _ in QUOTES.values():
        start = text.index(quote.replace("\r\n", "\n"))
        assert f'startPosition="{start}" endPosition="{start + len(quote)}"' in qde


def test_a_tie_goes_to_the_origin() -> None:
    """When no selection tells the units apart, NVivo's origin decides; otherwise the standard."""
    raw = "🙂 a b c"
    maps = qdpx_text.candidate_maps(qdpx_text.DecodedText(raw, False, 0))
    text = qdpx_text.normalise(raw)
    # 2–3 is "a" in code points and the space before it in UTF-16: both between words, and
    # nothing is named.
    scored = qdpx_text.fits(text, maps, [(2, 3, "")])
    assert qdpx_text.choose_unit([scored], "").unit == qdpx_text.CODE_POINTS
    choice = qdpx_text.choose_unit([scored], "NVivo 14")
    assert choice.unit == qdpx_text.UTF16_UNITS
    assert "equally" in choice.note and "NVivo 14" in choice.note


@pytest.mark.parametrize(
    ("text", "position", "between"),
    [
        ("ab cd", 2, True),
        ("ab cd", 1, False),  # inside a word
        ("x🇺🇦🇵🇱y", 3, True),  # between two flags
        ("x🇺🇦🇵🇱y", 2, False),  # between a flag's halves
        ("x🇺🇦🇵🇱y", 4, False),
        ("👍🏽 ok", 1, False),  # before a skin tone
        ("👨\u200d👩 ok", 2, False),  # after a zero-width joiner
        ("е\u0301ще", 1, False),  # before a combining accent
        ("🙂ok", 1, True),
        ("", 0, True),
    ],
)
def test_between_words(text: str, position: int, between: bool) -> None:
    assert qdpx_text.between_words(text, position) is between


def test_a_utf16_reading_maps_units_and_knows_split_pairs() -> None:
    raw = "a😀b\r\n🇺🇦c"
    maps = {m.label: m for m in qdpx_text.candidate_maps(qdpx_text.DecodedText(raw, False, 0))}
    reading = maps[qdpx_text.UTF16]
    text = qdpx_text.normalise(raw)
    assert text == "a😀b\n🇺🇦c"
    # UTF-16: a=0 😀=1,2 b=3 CR=4 LF=5 🇺=6,7 🇦=8,9 c=10
    assert [reading(u) for u in (0, 1, 3, 4, 6, 8, 10, 11)] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert reading.splits(2) and reading.splits(7) and not reading.splits(8)
    as_one = maps[qdpx_text.UTF16_CRLF_AS_ONE]
    assert text[as_one(5) : as_one(10)] == "🇺🇦c"
    assert qdpx_text.STANDARD in maps and len(maps) == 4


def test_utf16_readings_that_cannot_differ_are_not_weighed() -> None:
    """An astral character after every selection (or a file without selections) leaves the
    two units reading alike: only code points are weighed, and the file does not vote."""
    raw = "Zelensky: no talks 🙂"
    maps = qdpx_text.candidate_maps(qdpx_text.DecodedText(raw, False, 0))
    assert {m.unit for m in maps} == {qdpx_text.CODE_POINTS, qdpx_text.UTF16_UNITS}
    for selections in ([(0, 8, "Zelensky")], []):
        scored = qdpx_text.fits(raw, maps, selections)
        assert [m.label for m, _ in scored] == [qdpx_text.STANDARD]
        assert qdpx_text.choose_unit([scored], NVIVO).note == ""
    assert len(qdpx_text.fits(raw, maps, [(0, 20, "")])) == 2  # past the emoji: they differ
