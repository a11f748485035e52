"""Parley: compare how sources report the same political statement."""

from desktop_app.version import __version__

__all__ = ["__version__"]
