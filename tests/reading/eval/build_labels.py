"""Turn the marked evaluation texts (``marked/*.txt``) into plain texts and JSON labels
(``texts/<name>.txt`` and ``texts/<name>.json``), the form the evaluation reads.

    uv run python tests/reading/eval/build_labels.py

A marked text holds its labels inline, which is how a person writes and checks them:
``[[Путина|putin]]`` is a mention of the code keyed ``putin`` in ``codebook.json``;
``{{podolyak/Rejects: … }}`` is a statement whose speaker is ``podolyak`` with the stance
``Rejects`` (``{{?: … }}``: a statement whose speaker is not in the codebook). Offsets in the
JSON are code points of the plain text. ``test_eval_labels.py`` checks that the JSON files are
up to date with the marked texts.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = {"en_": "en", "ru_": "ru", "uk_": "uk"}
SAMPLE_LANGUAGES = {"sample_000": "en", "sample_003": "en, ru, es"}
_TOKEN = re.compile(r"\{\{([^:{}]+):\s?|\}\}|\[\[([^|\]]+)\|([^\]]+)\]\]")


def codebook() -> dict[str, str]:
    data = json.loads((HERE / "codebook.json").read_text(encoding="utf-8"))
    return {c["key"]: c["path"] for c in data["codes"]}


def parse(
    marked: str, paths: dict[str, str]
) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    out: list[str] = []
    length = 0
    mentions: list[dict[str, object]] = []
    statements: list[dict[str, object]] = []
    open_statements: list[tuple[int, str]] = []
    position = 0
    for found in _TOKEN.finditer(marked):
        plain = marked[position : found.start()]
        out.append(plain)
        length += len(plain)
        position = found.end()
        if found.group(1) is not None:
            open_statements.append((length, found.group(1).strip()))
        elif found.group(0) == "}}":
            start, key = open_statements.pop()
            speaker, _, stance = key.partition("/")
            statements.append(
                {
                    "start": start,
                    "end": length,
                    "speaker": None if speaker == "?" else paths[speaker],
                    "stance": paths[stance] if stance else None,
                }
            )
        else:
            surface, key = found.group(2), found.group(3)
            mentions.append({"start": length, "end": length + len(surface), "code": paths[key]})
            out.append(surface)
            length += len(surface)
    out.append(marked[position:])
    if open_statements:
        raise ValueError(f"unclosed statement at {open_statements[-1][0]}")
    text = "".join(out)
    for item in (*mentions, *statements):
        item["quote"] = text[int(str(item["start"])) : int(str(item["end"]))]
    statements.sort(key=lambda s: int(str(s["start"])))
    return text, mentions, statements


def language_of(name: str) -> str:
    for prefix, language in {**LANGUAGES, **SAMPLE_LANGUAGES}.items():
        if name.startswith(prefix):
            return language
    raise ValueError(f"{name}: no language for this name")


def build() -> int:
    paths = codebook()
    target = HERE / "texts"
    target.mkdir(exist_ok=True)
    for marked_path in sorted((HERE / "marked").glob("*.txt")):
        text, mentions, statements = parse(marked_path.read_text(encoding="utf-8"), paths)
        (target / marked_path.name).write_text(text, encoding="utf-8")
        labels = {
            "text": marked_path.name,
            "language": language_of(marked_path.stem),
            "mentions": mentions,
            "statements": statements,
        }
        (target / f"{marked_path.stem}.json").write_text(
            json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{marked_path.name}: {len(mentions)} mentions, {len(statements)} statements")
    return 0


if __name__ == "__main__":
    sys.exit(build())
