"""Test lines per code line, layer by layer: non-blank lines of ``tests/<layer>/**/*.py`` over
those of ``desktop_app/<layer>/**/*.py``. Folders of tests that are not a layer (``refi``,
``team``, ``packaging``, and the files at the top of ``tests/``) are counted apart, since they
test across layers. ``uv run python bench/layer_ratio.py [--at COMMIT]``."""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("domain", "storage", "importers", "exporting", "services", "gui", "cli")


def lines(files: dict[str, str], folder: str) -> int:
    return sum(
        sum(1 for line in text.splitlines() if line.strip())
        for path, text in files.items()
        if path.startswith(folder + "/") and path.endswith(".py")
    )


def tracked(commit: str | None) -> dict[str, str]:
    if commit is None:
        return {
            str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
            for top in ("desktop_app", "tests")
            for p in (ROOT / top).rglob("*.py")
        }
    names = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", commit, "desktop_app", "tests"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        name: subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{commit}:{name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name in names
        if name.endswith(".py")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at", help="a commit to count instead of the working tree")
    files = tracked(parser.parse_args().at)
    print(f"{'layer':<10} {'tests':>7} {'code':>7} {'ratio':>6}")
    for layer in LAYERS:
        test, code = lines(files, f"tests/{layer}"), lines(files, f"desktop_app/{layer}")
        print(f"{layer:<10} {test:>7} {code:>7} {test / code:>6.2f}")
    across = sum(lines(files, f"tests/{f}") for f in ("refi", "team", "packaging"))
    top = sum(
        sum(1 for line in text.splitlines() if line.strip())
        for path, text in files.items()
        if path.count("/") == 1 and path.startswith("tests/")
    )
    all_tests, all_code = lines(files, "tests"), lines(files, "desktop_app")
    print(f"{'across':<10} {across + top:>7} {'':>7} {'':>6}  (refi, team, packaging, tests/*.py)")
    print(f"{'all':<10} {all_tests:>7} {all_code:>7} {all_tests / all_code:>6.2f}")


if __name__ == "__main__":
    main()
