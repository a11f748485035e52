"""Search by code: a query naming a code by an alias finds all its mentions, in any form."""

from __future__ import annotations

from desktop_app.domain.model import CodeKind
from desktop_app.services import markup, mention_search
from desktop_app.services.project import Project
from tests.builders import add_code, add_source


def test_podolyak_finds_the_code_and_all_its_mentions_in_any_script_and_form(
    project: Project,
) -> None:
    podolyak = add_code(
        project, CodeKind.SPEAKER, "Mykhailo Podolyak", ("Podolyak", "Подоляк", "Михайло Подоляк")
    )
    add_code(project, CodeKind.SPEAKER, "Vladimir Putin", ("Putin",))
    first = add_source(project, "Podoliak said no. Podolyak's post went viral.", "A", language="en")
    second = add_source(
        project, "Слова Подоляка цитируют. Михайло Подоляк відповів. Подоляку писали.", "B",
        language="uk",
    )  # fmt: skip
    for query in ("podolyak", "PODOLIAK", "Подоляка", "михайло подоляк"):
        assert [c.id for c in mention_search.codes_for_query(project, query)] == [podolyak.id]
    assert mention_search.codes_for_query(project, "podol") == []
    hits = mention_search.mentions_of(project, podolyak.id)
    assert [(h.source_id, h.match) for h in hits] == [
        (first, "Podoliak"),
        (first, "Podolyak's"),
        (second, "Подоляка"),
        (second, "Михайло Подоляк"),
        (second, "Подоляку"),
    ]
    assert hits[2].before == "Слова "
    # "Mark all hits as…" takes the hits as they are.
    made = markup.annotate_many(
        project, [(h.source_id, h.start, h.end) for h in hits], [podolyak.id]
    )
    assert len(made) == 5
    assert mention_search.mentions_of(project, 99_999) == []
