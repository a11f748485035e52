"""The briefing of a project built from the sample reads, page by page, exactly as the texts in
``golden/`` in every appendix mode (see ``briefing_golden`` for how they were made)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

import pytest

from tests.exporting.briefing_golden import MODES, PAGE_BREAK, briefing_texts, golden_path


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    folder = tmp_path_factory.mktemp("golden-briefing")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        yield briefing_texts(folder)


@pytest.mark.parametrize("mode", MODES)
def test_pages_read_as_the_golden_text(texts: dict[str, str], mode: str) -> None:
    expected = golden_path(mode).read_text(encoding="utf-8").removesuffix("\n")
    got = texts[mode]
    if got != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), got.splitlines(), "golden", "now", lineterm="", n=2
        )
        pytest.fail(
            f"the {mode} briefing's pages differ from {golden_path(mode).name}; if on purpose, "
            "run `uv run python -m tests.exporting.briefing_golden`:\n" + "\n".join(list(diff)[:60])
        )
    assert got.count(PAGE_BREAK) >= 6  # title page, findings, sections: a real briefing
