from __future__ import annotations

from pathlib import Path

from desktop_app.domain.model import CodeKind, CodingStatus
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project
from tests.conftest import CORPUS_FILES


def test_the_sample_project_is_built_from_the_corpus_and_marked_up(tmp_path: Path) -> None:
    path = tmp_path / "Sample.parley"
    build_sample_project(path)
    with Project.open(path) as project:
        listed = sources.list_sources(project)
        assert [s.original_name for s in listed] == [f.name for f in CORPUS_FILES]
        for source, file in zip(listed, CORPUS_FILES, strict=True):
            assert sources.get_text(project, source.id) == file.read_text(encoding="utf-8")
        assert [s.status for s in listed] == [CodingStatus.DONE, CodingStatus.IN_PROGRESS]

        annotations = markup.list_annotations(project)
        texts = {s.id: sources.get_text(project, s.id) for s in listed}
        assert len(annotations) > 30
        for annotation in annotations:
            assert (
                texts[annotation.source_id][annotation.start : annotation.end] == annotation.quote
            )

        codes = {c.id: c for c in codebook.list_codes(project)}
        kinds_used = {codes[c].kind for a in annotations for c in a.code_ids}
        assert {CodeKind.CONDITION, CodeKind.SPEAKER, CodeKind.REACTION} <= kinds_used
        podolyak = codebook.find_codes(project, "Подоляк", CodeKind.SPEAKER)
        assert podolyak[0].name == "Mykhailo Podolyak"
        assert markup.list_links(project)
        assert project.undo_label is None
        assert project.name == "Sample"
