"""The article record: the output contract of ../shared/spec/RECORD.md as pydantic models.

Field names of the contract are fixed; the extra fields (``spans``, ``adcode``,
``parents``, ``title_parses``, ``why``…) are additions the spec allows.
Every ``spans`` entry is a ``[start, end)`` pair of character offsets into the
*original* decoded text of the article, so a user can always point back at the
source.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Script = Literal["traditional", "simplified", "mixed"]
Granularity = Literal["day", "month"]
Level = Literal["province", "prefecture", "county", "zone"]
Kind = Literal["agreement", "plan", "declaration"]
Action = Literal["signed", "adopted", "discussed", "released", "mentioned"]
Role = Literal["记者", "摄影", "编辑"]
MetaFrom = Literal["page", "html", "input"]  # where a title or source came from (README "Inputs")
DateFrom = Literal["page", "input", "html", "url"]  # where a publish date came from

OffsetSpan = tuple[int, int]


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DateItem(_Item):
    text: str
    start: str
    end: str
    granularity: Granularity
    year_certain: bool
    year_source: str | None = Field(
        default=None, description="where the year came from: explicit, publish_date, content:…, guess"
    )
    spans: list[OffsetSpan] = Field(default_factory=list)


class TitleParse(_Item):
    """One title phrase split into the organization that confers it and the post."""

    title: str
    org: str | None
    post: str


class Official(_Item):
    name: str
    titles: list[str]
    title_parses: list[TitleParse] = Field(default_factory=list)
    spans: list[OffsetSpan] = Field(default_factory=list)
    why: str | None = Field(default=None, description="which pattern found this person")


class StaffMember(_Item):
    name: str
    roles: list[Role]
    spans: list[OffsetSpan] = Field(default_factory=list)


class CurrentUnit(_Item):
    """Today's unit for a region recorded as it was named then (那曲地区 → 那曲市, 540600)."""

    name: str
    adcode: str | None = None


class Region(_Item):
    name: str
    level: Level
    adcode: str | None = None
    parents: list[str] = Field(default_factory=list)
    spans: list[OffsetSpan] = Field(default_factory=list)
    current: CurrentUnit | None = Field(
        default=None, description="for a unit renamed or re-levelled since: today's unit, for joining"
    )


class Party(_Item):
    """A side of an event or an agreement: a place, named and levelled exactly as in ``regions``."""

    name: str
    level: Level


class Agreement(_Item):
    title: str
    kind: Kind
    action: Action
    parties: list[Party] = Field(
        default_factory=list, description="the places whose sides sign or adopt it ([] for one only mentioned)"
    )
    spans: list[OffsetSpan] = Field(default_factory=list)


class Event(_Item):
    name: str | None = Field(description="the event's name as written; null for a signing told without one")
    start: str | None
    end: str | None
    location: str | None
    parties: list[Party] = Field(default_factory=list, description="the places that are the sides of the event")
    year_certain: bool | None = Field(
        default=None, description="false where the text does not pin the year of start/end down; null without days"
    )
    parties_evidence: str | None = Field(
        default=None,
        description="what gave the parties: local, towns, welcome, listed, counted, joined, abbreviation, delegation, "
        "zone, leaders, name or location (extract.extractors.parties), or document: the sides of the document a "
        "signing ceremony no place names was held for",
    )
    spans: list[OffsetSpan] = Field(default_factory=list)


class Record(BaseModel):
    """One article as data."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    script: Script
    title: str | None
    publish_date: str | None
    source: str | None
    title_from: MetaFrom | None = Field(
        default=None,
        description="where the title came from: page (the text's headline), html (the page's headline "
        "markup, put first in the article text), input (given with the article); null without a title",
    )
    source_from: MetaFrom | None = Field(
        default=None, description="where the source came from: page (named in the text), html (a meta tag)"
    )
    source_given: str | None = Field(
        default=None,
        description="the source given with the article (a row's source field, extract_text(source=…)), in "
        "Simplified: kept apart, as `source` is the outlet the text names (RECORD.md) and stays null where only "
        "the input gives one",
    )
    publish_date_from: DateFrom | None = Field(
        default=None,
        description="where the publish date came from: page (stated in the text), input (given with the "
        "article), html (the page's markup, by htmldate), url (a day in its URL); README 'Inputs'",
    )
    url: str | None = Field(default=None, description="the article's URL, when given with it")
    text_from: str = Field(
        default="text",
        description="what the spans index: text (the input's text), html (the article text made from an HTML "
        "page: headline, metadata lines, main text, credits), html-strip (the page's tags stripped); "
        "title+… when a given title was put on a first line of its own before it",
    )
    event: Event | None
    dates: list[DateItem] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    staff: list[StaffMember] = Field(default_factory=list)
    regions: list[Region] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    encoding: str = Field(description="the text encoding the input was decoded with")
    furniture_uncertain: bool = Field(
        default=False,
        description="the page-furniture rules would have removed most of the article's prose, so only single "
        "furniture lines were removed",
    )
    decode_errors: int = Field(default=0, description="invalid byte sequences replaced by U+FFFD in decoding")
    input_notes: list[str] = Field(
        default_factory=list,
        description="metadata given with the input that was left unused, and why (a collection's date that is no date)",
    )
    pipeline_version: str = ""
