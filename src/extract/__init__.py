"""extract: Chinese government and regional-cooperation news → validated JSON records.

Importing the package is cheap; spaCy, OpenCC and the lexicons load on first use.

    >>> from extract import extract_text
    >>> record = extract_text("3月26日至27日，第六届淮海经济区协同发展座谈会在连云港举行。")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["InputError", "Record", "__version__", "extract_file", "extract_text", "load"]

if TYPE_CHECKING:
    from extract.api import extract_file, extract_text, load
    from extract.models import Record
    from extract.normalize import InputError


def __getattr__(name: str) -> Any:
    if name in ("extract_text", "extract_file", "load"):
        from extract import api

        return getattr(api, name)
    if name == "Record":
        from extract.models import Record

        return Record
    if name == "InputError":
        from extract.normalize import InputError

        return InputError
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
