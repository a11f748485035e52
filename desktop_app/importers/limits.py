"""Every size limit the importers enforce, in one place, with the reason for each number.

The limits protect the analyst's machine from hostile or broken files (zip bombs, huge scans),
and they are far above any real news source: a long report is a few hundred thousand characters.
The loader and the format modules read these names at call time, so a test (or a future setting)
can change them with ``monkeypatch.setattr(limits, "MAX_FILE_BYTES", ...)``.
"""

from __future__ import annotations

# A file is read into memory whole. 50 MB holds a PDF report with many pictures; a text
# document bigger than that is not a news source.
MAX_FILE_BYTES = 50 * 1024 * 1024

# Extracted text. Five million characters is about 2,000 printed pages — ten times the longest
# report an analyst would code by hand. Beyond that the reader widget and the search index get
# slow, and such "text" is almost always a data dump or an extraction gone wrong. The same number
# holds for every source of a .qdpx project (``qdpx_archive`` also bounds each text member's
# bytes by it while inflating).
MAX_TEXT_CHARS = 5_000_000

# Zip containers (.docx, .odt). The declared sizes in the zip directory are checked before
# anything is decompressed; Python's zipfile never inflates a member beyond its declared size
# (it fails the CRC check instead), so memory stays bounded even when the directory lies.
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_MEMBER_BYTES = 200 * 1024 * 1024  # one part, e.g. word/document.xml
MAX_ZIP_TOTAL_BYTES = 400 * 1024 * 1024  # all parts together (python-docx loads every part)
# Office XML compresses 5-30:1; only artificial, repetitive content reaches 100:1. A member
# larger than ``ZIP_RATIO_MIN_BYTES`` beyond this ratio is treated as a zip bomb, and so is an
# archive whose members together exceed it against the archive's real size (a forged compressed
# size cannot bend that one). .docx, .odt and .qdpx share both numbers.
MAX_ZIP_COMPRESSION_RATIO = 200
ZIP_RATIO_MIN_BYTES = 4 * 1024 * 1024

# A text-like file whose encoding was a guess keeps its bytes in the project, so the analyst can
# choose another encoding in Source Details; a news page is well under 1 MB, and these bytes are
# also in the undo log, so larger files keep the guess (re-import them with --encoding instead).
MAX_KEPT_ORIGINAL_BYTES = 4 * 1024 * 1024

# PDF: pages beyond this are almost certainly not an article; also bounds extraction time.
MAX_PDF_PAGES = 5_000


def describe_bytes(size: int) -> str:
    """A human size for messages: "820 bytes", "12.4 KB", "51.0 MB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
