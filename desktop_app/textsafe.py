"""Text from outside — file names, metadata, stored values — made safe to store and to print.

Two hazards, one module, used by every layer:

* **File names that are not valid UTF-8.** On POSIX, Python decodes such bytes as lone
  surrogates (PEP 383), which no UTF-8 database, log file or terminal accepts. A name is shown
  and stored with U+FFFD in their place; the file itself is still read by its real bytes.
* **Control characters in data.** A PDF title with ``ESC[31m`` or ``BEL`` must not drive the
  analyst's terminal. Printing data goes through :func:`terminal_safe`.
"""

from __future__ import annotations

import re

_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 controls but tab and line feed, DEL, and the C1 controls (U+009B is a one-byte CSI).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("[\n\r\u2028\u2029\x85]+")


def printable_name(name: str) -> str:
    """A file name as it can be stored and shown: undecodable bytes become U+FFFD."""
    if not _SURROGATES.search(name):
        return name
    try:
        # Surrogate-escaped bytes back to bytes, then decoded with visible replacements.
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # real lone surrogates, not escaped bytes
        return _SURROGATES.sub("\ufffd", name)


def terminal_safe(text: str, *, one_line: bool = False) -> str:
    """``text`` with nothing a terminal would act on: controls become U+FFFD (visible, and
    never an escape sequence), lone surrogates too; ``one_line`` also folds line breaks."""
    text = printable_name(text)
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    return _CONTROLS.sub("\ufffd", text)
