"""The application's version, read from one place: pyproject.toml's ``[project] version``.

An installed package (``uv run``, a wheel) knows it through its metadata; a frozen build that lost
the metadata falls back to the ``pyproject.toml`` bundled beside the resources.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path


def _read_version() -> str:
    try:
        return metadata.version("parley")
    except metadata.PackageNotFoundError:
        pass
    import tomllib  # only a frozen build without metadata gets here: keep start-up lean

    from desktop_app.paths import app_root

    pyproject = app_root() / "pyproject.toml"
    try:
        with Path(pyproject).open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _read_version()
