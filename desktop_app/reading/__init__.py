"""Reading text as a language: words and their dictionary forms, sentences, and what Parley
proposes from them (suggestions, variants of one statement).

A layer beside importers and exporting: plain text and plain data in, plain data out; no
database, no Qt. Every language resource comes from a package pinned in ``uv.lock`` and ships
inside its wheel — nothing is downloaded at run time.
"""
