"""py3langid's model, unpacked once and then mapped from disk in milliseconds.

py3langid ships its model as 4.5 MB of xz holding a 68 MB ``.npz``; ``from_model_file``
decompresses and copies all of it in every process that detects a language (0.5–1 s: most of
a command-line import of a few files). The first load here does exactly that, then writes the
same arrays, uncompressed, to one file under the user's cache folder (``paths.user_cache_dir``);
later processes map that file and hand py3langid's own ``LanguageIdentifier`` the very arrays
it would have built, so every answer is the same (a test compares them). Only the pages a text
touches are ever read. Nothing is downloaded: the cache is made from the installed package, and
a cache that is missing, stale (another py3langid), cut short or unwritable only means the
slow load.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Literal

from desktop_app import paths

logger = logging.getLogger(__name__)

CACHE_FORMAT = 1
_MAGIC = b"parley-langid-model\n"
_ALIGN = 64
# name → (array type code the identifier indexes, NumPy dtype it is stored as)
_PLAIN: dict[str, tuple[Literal["I", "H", "i"], str]] = {
    "nextmove": ("I", "uint32"),
    "row": ("H", "uint16"),
    "output": ("i", "int32"),
}


def model_path() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def cache_path(source: Path | None = None) -> Path:
    """Where the unpacked copy of ``source`` (the installed model) lives: named by the hash of
    the model's bytes (a few milliseconds), not by its path or time, so another py3langid gets
    another file while a one-file frozen build, unpacked afresh each run, finds its own."""
    digest = hashlib.sha256((source or model_path()).read_bytes()).hexdigest()[:16]
    return paths.user_cache_dir() / f"py3langid-model-{CACHE_FORMAT}-{digest}.bin"


def load_identifier() -> Any:
    """A ``py3langid.langid.LanguageIdentifier`` with normalised probabilities, from the cache
    when it is there, else from the package (and the cache written for next time)."""
    from py3langid.langid import LanguageIdentifier

    source = model_path()
    target = cache_path(source)
    try:
        parts = _read_cache(target)
    except (OSError, ValueError) as error:
        logger.debug("language model cache not used (%s): unpacking %s", error, source)
        from py3langid.modelio import load_model

        parts = load_model(source)
        try:
            _write_cache(target, parts)
        except OSError:
            logger.info("could not cache the language model at %s", target, exc_info=True)
        for stale in target.parent.glob("py3langid-model-*.bin"):
            if stale != target:  # another model's copy: one at a time is enough
                try:
                    stale.unlink(missing_ok=True)
                except OSError:  # mapped by a running Parley (Windows): next time
                    logger.debug("could not remove %s", stale, exc_info=True)
    ptc, pc, classes, nextmove, row, output = parts
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _write_cache(target: Path, parts: tuple[Any, ...]) -> None:
    import numpy as np

    ptc, pc, classes, nextmove, row, output = parts
    arrays = {
        "ptc": np.ascontiguousarray(ptc),
        "pc": np.ascontiguousarray(pc),
        "nextmove": np.frombuffer(nextmove, dtype=_PLAIN["nextmove"][1]),
        "row": np.frombuffer(row, dtype=_PLAIN["row"][1]),
        "output": np.asarray(output, dtype=_PLAIN["output"][1]),
    }
    layout: dict[str, dict[str, Any]] = {}
    offset = 0
    for name, array in arrays.items():
        layout[name] = {
            "dtype": array.dtype.str,
            "shape": list(array.shape),
            "offset": offset,
            "nbytes": array.nbytes,
        }
        offset += -(-array.nbytes // _ALIGN) * _ALIGN
    header = json.dumps(
        {"classes": list(classes), "arrays": layout, "size": offset, "byteorder": sys.byteorder}
    ).encode()
    start = -(-(len(_MAGIC) + 8 + len(header)) // _ALIGN) * _ALIGN
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=target.name, suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_MAGIC + len(header).to_bytes(8, "little") + header)
            for name, array in arrays.items():
                out.seek(start + layout[name]["offset"])
                out.write(array.tobytes())
            out.truncate(start + offset)
        os.replace(temporary, target)  # whole or not at all: a reader never sees half a file
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read_cache(target: Path) -> tuple[Any, ...]:
    import numpy as np

    with target.open("rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if mapped[: len(_MAGIC)] != _MAGIC:
        raise ValueError("not a cached model")
    length = int.from_bytes(mapped[len(_MAGIC) : len(_MAGIC) + 8], "little")
    header = json.loads(mapped[len(_MAGIC) + 8 : len(_MAGIC) + 8 + length])
    start = -(-(len(_MAGIC) + 8 + length) // _ALIGN) * _ALIGN
    if header.get("byteorder") != sys.byteorder:
        raise ValueError("cached model of another byte order")
    if len(mapped) != start + header["size"]:
        raise ValueError("cached model cut short")
    layout = header["arrays"]
    view = memoryview(mapped)

    def numeric(name: str) -> Any:
        entry = layout[name]
        dtype = np.dtype(entry["dtype"])
        count = entry["nbytes"] // dtype.itemsize
        array = np.frombuffer(mapped, dtype=dtype, count=count, offset=start + entry["offset"])
        return array.reshape(entry["shape"])

    def plain(name: str) -> memoryview[int]:
        entry = layout[name]
        begin = start + entry["offset"]
        return view[begin : begin + entry["nbytes"]].cast(_PLAIN[name][0])

    return (
        numeric("ptc"),
        numeric("pc"),
        list(header["classes"]),
        plain("nextmove"),
        plain("row"),
        plain("output"),
    )
