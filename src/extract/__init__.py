"""extract: Chinese government and regional-cooperation news → validated JSON records.

Importing the package is cheap; spaCy, OpenCC, the lexicons and pandas load on first use.

    >>> from extract import extract_text
    >>> record = extract_text("3月26日至27日，第六届淮海经济区协同发展座谈会在连云港举行。")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "InputError",
    "InputErrorInfo",
    "InputMeta",
    "Record",
    "__version__",
    "extract_file",
    "extract_many",
    "extract_text",
    "load",
    "network",
    "people_index",
    "plot_network",
    "plot_timeline",
    "render",
    "to_frames",
]

if TYPE_CHECKING:
    from extract.analysis.cooperation import network
    from extract.analysis.frames import to_frames
    from extract.analysis.people_index import people_index
    from extract.api import InputErrorInfo, extract_file, extract_many, extract_text, load
    from extract.models import Record
    from extract.text.decode import InputError
    from extract.text.origin import InputMeta
    from extract.viz.html import render
    from extract.viz.network import plot_network, plot_timeline

# name → module that defines it; imported on first access
_LAZY = {
    "extract_text": "extract.api",
    "extract_file": "extract.api",
    "extract_many": "extract.api",
    "load": "extract.api",
    "InputErrorInfo": "extract.api",
    "Record": "extract.models",
    "InputError": "extract.text.decode",
    "InputMeta": "extract.text.origin",
    "to_frames": "extract.analysis.frames",
    "render": "extract.viz.html",
    "people_index": "extract.analysis.people_index",
    "network": "extract.analysis.cooperation",
    "plot_network": "extract.viz.network",
    "plot_timeline": "extract.viz.network",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'extract' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
