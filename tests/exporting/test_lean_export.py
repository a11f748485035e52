"""What a workbook export process spares itself: NumPy's import (openpyxl asks for it only to
take NumPy numbers, which Parley never writes) and the cyclic garbage collector's walks over
the rows it builds. The workbook is the same either way (the workbook tests read it back)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl

from desktop_app.services.exports import export
from desktop_app.services.project import Project
from tests.exporting.projects import build_sample

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, tmp_path: Path) -> list[str]:
    """Run ``code`` in a fresh interpreter (nothing imported yet); its printed lines."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env={**os.environ, "PARLEY_DATA_DIR": str(tmp_path / "data")},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


def test_openpyxl_is_imported_without_numpy_and_numpy_still_imports_after(
    tmp_path: Path,
) -> None:
    lines = _python(
        """
        import sys
        from desktop_app.exporting.lean_import import openpyxl_without_numpy
        print(openpyxl_without_numpy(), "numpy" in sys.modules)
        from openpyxl.compat.numbers import NUMERIC_TYPES
        print(len(NUMERIC_TYPES))
        import numpy
        print(numpy.int64(3) + 1)
        print(openpyxl_without_numpy())  # once only
        """,
        tmp_path,
    )
    assert lines[:2] == ["True", "False"]  # done, and NumPy not imported
    assert int(lines[2]) < 6  # openpyxl's own numeric types only (NumPy's add seven)
    assert lines[3:] == ["4", "False"]


def test_not_while_another_thread_runs(tmp_path: Path) -> None:
    lines = _python(
        """
        import sys, threading
        from desktop_app.exporting.lean_import import openpyxl_without_numpy
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        print(openpyxl_without_numpy(), "openpyxl" in sys.modules)
        stop.set()
        other.join()
        """,
        tmp_path,
    )
    assert lines == ["False", "False"]


def test_the_command_line_export_writes_the_workbook_without_numpy(tmp_path: Path) -> None:
    project = build_sample(tmp_path)
    output = tmp_path / "out.xlsx"
    lines = _python(
        f"""
        import sys
        from desktop_app.cli.main import main
        code = main(["export", {str(project)!r}, {str(output)!r}])
        print(code, "numpy" in sys.modules)
        """,
        tmp_path,
    )
    assert lines[-2:] == ["0", "False"]
    book = openpyxl.load_workbook(output, read_only=True)
    rows = list(book["Excerpts"].iter_rows(values_only=True))
    book.close()
    assert rows[0][0] == "Source" and len(rows) > 10
    assert any(isinstance(row[9], int) for row in rows[1:])  # Start: numbers stay numbers


def test_the_collector_pauses_while_the_workbook_is_written_and_resumes(tmp_path: Path) -> None:
    project_path = build_sample(tmp_path)
    running: list[bool] = []
    assert gc.isenabled()
    with Project.open(project_path, coder="tester") as project:
        export(project, tmp_path / "out.xlsx", progress=lambda *_: running.append(gc.isenabled()))
        assert running and not any(running)
        assert gc.isenabled()
        running.clear()
        export(project, tmp_path / "out.csv", progress=lambda *_: running.append(gc.isenabled()))
    assert gc.isenabled() and running and all(running)
