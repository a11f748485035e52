"""Importing openpyxl without NumPy, for a process that only writes a workbook.

openpyxl imports NumPy when it is installed (Parley's language detection brings it) only to
accept NumPy numbers as cell values, which Parley never writes. That import is 0.2–0.4 s of a
``parley export … .xlsx`` process, a sixth of its start-up. :func:`openpyxl_without_numpy` makes
``import numpy`` fail for the moment openpyxl is imported, so openpyxl takes its no-NumPy path;
NumPy imports normally afterwards (a later language detection in the same process is unchanged).

It does so only while the process runs one thread and has imported neither library: for that
moment ``import numpy`` fails everywhere in the process.
"""

from __future__ import annotations

import importlib
import sys
import threading


def openpyxl_without_numpy() -> bool:
    """Import openpyxl without NumPy if nothing else can notice; True if it did."""
    if "openpyxl" in sys.modules or "numpy" in sys.modules or threading.active_count() > 1:
        return False
    sys.modules["numpy"] = None  # type: ignore[assignment]  # `import numpy` raises ImportError
    try:
        importlib.import_module("openpyxl")
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]
    return True
