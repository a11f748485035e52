"""``parley suggest PROJECT [--kind K] [--source ID] [--json] [--accept-above SCORE]``: what the
reading engine proposes (the suggestions the window shows: neither rejected nor already
covered by an annotation with the same codes), and optionally accepting the surest of them in
one undoable operation. Without ``--accept-above`` the project is not changed."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.domain.suggestions import SUGGESTION_KINDS, Suggestion, SuggestionKind
from desktop_app.services import sources, suggestions, suggestions_engine
from desktop_app.services.project import Project
from desktop_app.textsafe import terminal_safe

EXIT_OK = 0


def _payload(
    found: list[Suggestion], texts: dict[int, str], paths: dict[int, str]
) -> dict[str, object]:
    return {
        "suggestions": [
            {
                "source": s.source_id,
                "start": s.start,
                "end": s.end,
                "quote": texts[s.source_id][s.start : s.end],
                "kind": s.kind,
                "codes": [paths[c] for c in s.code_ids],
                "score": s.score,
                "reason": s.reason,
            }
            for s in found
        ]
    }


def run_suggest(
    target: str | Path,
    *,
    kind: SuggestionKind | None,
    source: str | None,
    as_json: bool,
    accept_above: float | None,
    json_text: Callable[[object], str],
) -> int:
    with Project.open(target, create=False) as project:
        for notice in project.notices:
            print(terminal_safe(f"parley: note: {notice}"), file=sys.stderr)
        kinds = (kind,) if kind else SUGGESTION_KINDS
        reading = suggestions_engine.prepared(project, kinds)
        ids = [sources.resolve_source(project, source).id] if source else None
        results = suggestions_engine.suggest_all(project, reading, ids)
        for result in results:
            for note in result.limited:
                print(
                    terminal_safe(f"parley: note: source {result.source_id}: {note}"),
                    file=sys.stderr,
                )
        shown = suggestions.visible(project, {r.source_id: r.suggestions for r in results})
        found = [s for r in results for s in shown.get(r.source_id, ())]
        texts = {sid: sources.get_text(project, sid) for sid in shown if shown[sid]}
        paths = suggestions_engine.code_paths_of(project)
        payload = _payload(found, texts, paths)
        if as_json:
            print(json_text(payload))
        else:
            _print_text(found, texts, paths)
        if accept_above is not None:
            chosen = [s for s in found if s.score >= accept_above]
            made = suggestions.accept_all(project, chosen)
            left = len(chosen) - made
            message = (
                f"accepted {made} suggestion{'' if made == 1 else 's'} scoring at least "
                f"{accept_above:g} as annotations (one undo step)"
                + (f"; {left} without a known speaker left for review" if left else "")
            )
            print(terminal_safe(message), file=sys.stderr if as_json else sys.stdout)
    return EXIT_OK


def _print_text(found: list[Suggestion], texts: dict[int, str], paths: dict[int, str]) -> None:
    for s in found:
        quote = " ".join(texts[s.source_id][s.start : s.end].split())
        if len(quote) > 80:
            quote = quote[:79] + "…"
        codes = ", ".join(paths[c] for c in s.code_ids) or "(no code yet)"
        print(
            terminal_safe(
                f"{s.source_id:>5}  {s.start}-{s.end}  {s.kind:<9}  {s.score:.2f}  “{quote}”"
                f"  → {codes}\n       {s.reason}"
            )
        )
    counts = {k: sum(s.kind == k for s in found) for k in SUGGESTION_KINDS}
    parts = ", ".join(f"{n} {k}{'' if n == 1 else 's'}" for k, n in counts.items() if n)
    print(
        f"{len(found)} suggestion{'' if len(found) == 1 else 's'}"
        + (f" ({parts})" if parts else "")
    )
