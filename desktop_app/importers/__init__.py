"""Turning files into sources: format detection, decoding and text extraction.

Importers take paths or bytes and return :class:`ImportedDocument` values; they know nothing of
Qt or the database. A file that cannot become a source raises
:class:`~desktop_app.errors.ImportRefused` with a reason and what to do.
"""
