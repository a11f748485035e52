"""The span index the reader paints from: layers keep nested and overlapping spans visible."""

from __future__ import annotations

from desktop_app.gui.highlights import Span, SpanIndex


def span(annotation_id: int, start: int, end: int) -> Span:
    return Span(annotation_id, start, end, "#3b7dd8")


def test_nested_and_overlapping_spans_get_distinct_layers() -> None:
    index = SpanIndex()
    index.reset([span(1, 0, 100), span(2, 10, 20), span(3, 15, 40), span(4, 200, 210)])
    layers = {s.annotation_id: s.layer for s in index.spans()}
    assert layers[1] == 0
    assert layers[2] == 1  # nested in 1
    assert layers[3] == 2  # overlaps 1 and 2
    assert layers[4] == 0  # alone again


def test_a_new_span_takes_the_lowest_free_layer_and_others_keep_theirs() -> None:
    index = SpanIndex()
    index.reset([span(1, 0, 100), span(2, 10, 20)])
    index.upsert(span(5, 50, 60))
    assert index.get(5).layer == 1  # type: ignore[union-attr]
    index.upsert(span(6, 12, 14))
    assert index.get(6).layer == 2  # type: ignore[union-attr]
    assert index.get(2).layer == 1  # type: ignore[union-attr]


def test_overlapping_and_at_find_long_spans_that_start_early() -> None:
    index = SpanIndex()
    index.reset([span(1, 0, 1000), span(2, 500, 510), span(3, 900, 950)])
    assert [s.annotation_id for s in index.overlapping(505, 506)] == [1, 2]
    assert [s.annotation_id for s in index.at(505)] == [2, 1]  # innermost first
    assert index.overlapping(1000, 1200) == []
    index.remove(1)
    assert [s.annotation_id for s in index.overlapping(0, 2000)] == [2, 3]
    assert 1 not in index and len(index) == 2
