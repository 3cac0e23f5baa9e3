"""Where an article came from: the metadata given with it and what its HTML page said.

``InputMeta`` is what a caller or a collection's row gives beside the text (URL, headline,
publish date, source, crawl time); ``Origin`` is what ``normalize`` adds when it reads the
text (an HTML page's headline, date and source; a headline line it put first) and what the
record's offsets index (``text_from``).  The article frame (``extractors.meta.frame``) weighs
these against what the text itself says, in the order README "Inputs" gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

# 2013-05-23, 2013/5/23, 2013.05.23, 2013年5月23日, 2013-05-23T08:00:00Z, 20130523
_DAY = re.compile(r"\s*((?:19|20)\d{2})(?:\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*|(\d{2}))(\d{1,2})(?!\d)")
_STAMP = re.compile(r"\s*(?:\d{10}|\d{13})\s*$")  # seconds or milliseconds since 1970
TEXT_FROM = ("text", "html", "html-strip")  # what the record's offsets index (README "Inputs")


def as_day(value: Any, what: str = "date") -> date | None:
    """A date from a ``date``/``datetime``, an ISO string (``2013-05-23``, ``2013-05-23T08:00:00Z``,
    ``2013-05-23 08:00``, ``2013/05/23``, ``2013年5月23日``, ``Tue, 05 Nov 2013 10:20:00 GMT``) or a POSIX
    timestamp (a number or a string of 10 or 13 digits); ValueError names a bad one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        stamp = value / 1000 if value > 1e11 else value  # milliseconds, as JavaScript writes them
        try:
            return datetime.fromtimestamp(stamp).date()  # a day, in the local zone
        except (OverflowError, OSError, ValueError):
            raise ValueError(f"{what}: not a timestamp: {value!r}") from None
    if isinstance(value, str):
        m = _DAY.match(value)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2) or m.group(3)), int(m.group(4)))
            except ValueError:
                pass
        if _STAMP.match(value):  # a timestamp written as a string (CSV columns are strings)
            return as_day(int(value.strip()), what)
        try:  # the form of HTTP headers and RSS feeds: Tue, 05 Nov 2013 10:20:00 GMT
            return parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            pass
        raise ValueError(f"{what}: not a date (want YYYY-MM-DD): {value!r}")
    raise ValueError(f"{what}: not a date: {value!r}")


@dataclass(frozen=True)
class InputMeta:
    """Metadata given with an article (``extract_text(text, url=…, title=…)``, a collection's
    columns).  Dates may be given as ``date``, ISO strings or timestamps; they are kept as days."""

    url: str | None = None
    title: str | None = None
    publish_date: date | None = None
    source: str | None = None
    crawl_time: date | None = None
    notes: tuple[str, ...] = ()  # what of the given metadata was left unused, and why (the record's input_notes)

    def __post_init__(self) -> None:
        for name in ("publish_date", "crawl_time"):
            object.__setattr__(self, name, as_day(getattr(self, name), name))
        for name in ("url", "title", "source"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name}: not text: {value!r}")
            object.__setattr__(self, name, value.strip() or None if isinstance(value, str) else None)

    def __bool__(self) -> bool:
        return any(getattr(self, n) is not None for n in ("url", "title", "publish_date", "source", "crawl_time"))


@dataclass(frozen=True)
class Origin:
    """What normalizing the input learnt of it beside its text.

    ``text_from``: what the record's offsets index — ``text`` (the input's own text), ``html``
    (the article text made from an HTML page by trafilatura, ``text.html``) or ``html-strip``
    (the page's tags stripped).  ``title_line``: the span of a headline line the reader put
    first (``title_line_from``: ``html`` for the page's headline, ``input`` for a given title
    the text did not start with)."""

    text_from: str = "text"
    given: InputMeta = field(default_factory=InputMeta)
    title_line: tuple[int, int] | None = None
    title_line_from: str | None = None
    html_title: str | None = None
    html_date: date | None = None
    html_source: str | None = None
    site: str | None = None  # the site's name a page's <title> (or a given title) gives beside the headline
