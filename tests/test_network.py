"""The cooperation network (extract.network, `extract network`, the offline page, people's events).

Expected nodes and edges are always computed here by a plain loop over the records' parties,
independently of src/extract/cooperation.py.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

import extract
from extract.analysis.cooperation import network, person_events, year_span
from extract.api import InputErrorInfo
from extract.cli import app
from extract.models import Agreement, DateItem, Event, Official, Party, Record, Region
from extract.viz.network import layout, page_html, plot_network, plot_timeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
REALDEV_GOLD = SHARED / "realdev" / "gold"
HELDOUT_GOLDS = sorted(ROOT.glob("bench/heldout*/gold"))
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason="the gold of data/raw (../shared/gold) is not beside the repo")
runner = CliRunner()


# ---------------------------------------------------------------- the independent computation


def groups_of(rec: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(kind, parties) of each party group of a record dict: the event's, then each document's."""
    out = [("event", (rec.get("event") or {}).get("parties") or [])]
    out += [("agreement", a.get("parties") or []) for a in rec.get("agreements") or []]
    return out


def node_ids(records: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(name, level) → node: the name, or ``name（its parent）`` where the gazetteer makes the name two
    places at two levels (重庆市 a prefecture of 四川省 in 1996, a province since 1997)."""
    from extract.extractors.regions import region_index

    units: dict[tuple[str, str], tuple[str | None, tuple[str, ...]]] = {}
    for rec in records:
        for _, parties in groups_of(rec):
            for p in parties:
                if (p["name"], p["level"]) not in units and p["level"] != "zone":
                    found = [u for u in region_index().units.get(p["name"], []) if u.level == p["level"]]
                    units[(p["name"], p["level"])] = (found[0].adcode, found[0].parents) if len(found) == 1 else (None, ())
    codes: dict[str, set[str]] = {}
    for (name, _), (code, _) in units.items():
        if code:
            codes.setdefault(name, set()).add(code)
    return {
        (name, level): f"{name}（{parents[0]}）" if code and parents and len(codes[name]) > 1 else name
        for (name, level), (code, parents) in units.items()
    }


def expected(records: list[dict[str, Any]]) -> dict[str, Any]:
    ids = node_ids(records)
    records = copy.deepcopy(records)
    for rec in records:
        for _, parties in groups_of(rec):
            for p in parties:
                p["name"] = ids.get((p["name"], p["level"]), p["name"])
    level_counts: dict[str, Counter[str]] = {}  # (a name two records level apart, 儋州市: the commoner)
    edges: set[tuple[str, str, str]] = set()
    articles: dict[str, set[str]] = {}
    events: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    years: dict[str, list[int]] = {}
    for rec in records:
        ev = rec.get("event") or {}
        date = ev.get("start") or rec.get("publish_date")
        for kind, parties in groups_of(rec):
            names = sorted({p["name"] for p in parties})
            for p in parties:
                level_counts.setdefault(p["name"], Counter())[p["level"]] += 1
            for n in names:
                articles.setdefault(n, set()).add(rec["doc_id"])
                if date:
                    years.setdefault(n, []).append(int(date[:4]))
                if kind == "event":
                    events[n] += 1
                else:
                    documents[n] += 1
            for i, a in enumerate(names):
                for b in names[i + 1 :]:
                    edges.add((a, b, rec["doc_id"]))
    weights = Counter((a, b) for a, b, _ in edges)
    levels = {n: c.most_common(1)[0][0] for n, c in level_counts.items()}
    return {
        "levels": levels,
        "edges": edges,
        "weights": dict(weights),
        "n_articles": {n: len(d) for n, d in articles.items()},
        "n_events": {n: events[n] for n in levels},
        "n_agreements": {n: documents[n] for n in levels},
        "first_year": {n: min(y) for n, y in years.items()},
        "last_year": {n: max(y) for n, y in years.items()},
    }


def got(net: extract.analysis.cooperation.Network) -> dict[str, Any]:
    nodes = net.nodes.set_index("id")
    firsts = nodes.first_year.dropna()
    return {
        "levels": nodes.level.to_dict(),
        "edges": set(zip(net.edges.a, net.edges.b, net.edges.doc_id, strict=True)),
        "weights": {(p.a, p.b): p.weight for p in net.pairs().itertuples()},
        "n_articles": nodes.n_articles.to_dict(),
        "n_events": nodes.n_events.to_dict(),
        "n_agreements": nodes.n_agreements.to_dict(),
        "first_year": {k: int(v) for k, v in firsts.items()},
        "last_year": {k: int(v) for k, v in nodes.last_year.dropna().items()},
    }


def read_gold(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.json"))]


# ---------------------------------------------------------------- records written for these tests


def party(name: str, level: str) -> Party:
    return Party(name=name, level=level)  # type: ignore[arg-type]


def region(name: str, level: str, adcode: str | None = None, parents: list[str] | None = None) -> Region:
    return Region(name=name, level=level, adcode=adcode, parents=parents or [])  # type: ignore[arg-type]


def rec(doc_id: str, *, start: str | None, parties: list[Party], agreements: list[Agreement] | None = None,
        regions: list[Region] | None = None, publish: str | None = None, dates: list[DateItem] | None = None,
        name: str = "座谈会", location: str | None = None, officials: list[Official] | None = None) -> Record:  # fmt: skip
    return Record(
        doc_id=doc_id, script="simplified", title=None, publish_date=publish, source="某日报",
        event=Event(name=name, start=start, end=start, location=location, parties=parties),
        dates=dates or [], officials=officials or [], regions=regions or [], agreements=agreements or [],
        encoding="utf-8",
    )  # fmt: skip


def sample() -> list[Record]:
    """天水市政府与济南市政府签订战略合作协议 (2012); 沪苏浙皖三省一市 (2023, a year not pinned down);
    淮海经济区 alone (2024); an undated 京津 signing; and a county pair whose 朝阳区 is not Beijing's."""
    tianshui, jinan = party("天水市", "prefecture"), party("济南市", "prefecture")
    yrd = [party(n, "province") for n in ("上海市", "江苏省", "浙江省", "安徽省")]
    return [
        rec("a", start="2012-09-10", publish="2012-09-11", name="天水市政府与济南市政府战略合作协议签约仪式", parties=[tianshui, jinan],
            agreements=[Agreement(title="天水市人民政府 济南市人民政府战略合作协议", kind="agreement", action="signed",
                                  parties=[tianshui, jinan])],
            regions=[region("天水市", "prefecture", "620500", ["甘肃省"]), region("济南市", "prefecture", "370100", ["山东省"])],
            officials=[Official(name="李明", titles=["天水市委书记"])], location="济南市"),
        rec("b", start="2023-06-06", name="长三角一体化发展成果发布会", parties=yrd,
            dates=[DateItem(text="6月6日", start="2023-06-06", end="2023-06-06", granularity="day", year_certain=False)],
            agreements=[Agreement(title="长三角生态绿色一体化发展示范区共建协议", kind="agreement", action="signed",
                                  parties=yrd[:2]),
                        Agreement(title="长江三角洲区域一体化发展规划纲要", kind="plan", action="mentioned")],
            officials=[Official(name="李明", titles=["省委副书记"])], location="合肥市"),
        rec("c", start="2024-03-26", name="第六届淮海经济区协同发展座谈会", parties=[party("淮海经济区", "zone")],
            location="连云港市"),
        rec("d", start=None, name="京津合作签约", parties=[party("北京市", "province"), party("天津市", "province")]),
        rec("e", start="2021-05-01", name="朝阳区对口协作座谈会",
            parties=[party("朝阳区", "county"), party("和田县", "county")],
            regions=[region("朝阳区", "county", "220104", ["长春市", "吉林省"]), region("和田县", "county", None, [])]),
        rec("f", start="2022-05-01", name="朝阳区与和田县交流", parties=[party("朝阳区", "county"), party("和田县", "county")],
            regions=[region("朝阳区", "county", "110105", ["北京市"])]),
    ]


def test_pairs_of_bilateral_multilateral_and_document_groups() -> None:
    net = network(sample())
    pairs = {(p.a, p.b): p for p in net.pairs().itertuples()}
    assert pairs[("天水市", "济南市")].weight == 1 and pairs[("天水市", "济南市")].n_agreements == 1
    yrd_pairs = [k for k in pairs if set(k) <= {"上海市", "江苏省", "浙江省", "安徽省"}]
    assert len(yrd_pairs) == 6  # every pair of the four
    # the document signed by two of them is on their edge only; the one only mentioned has no parties
    e = net.edges.set_index(["a", "b"])
    assert e.loc[("上海市", "江苏省")].agreements == ["长三角生态绿色一体化发展示范区共建协议"]
    assert e.loc[("上海市", "安徽省")].agreements == [] and bool(e.loc[("上海市", "安徽省")].in_event)
    nodes = net.nodes.set_index("id")
    # a zone is a node of its own, with no partner and no province
    assert nodes.loc["淮海经济区"].level == "zone" and nodes.loc["淮海经济区"].n_partners == 0
    assert pd.isna(nodes.loc["淮海经济区"].province)
    # adcode and province from the record's regions, else the gazetteer (上海市 has no regions item here)
    assert nodes.loc["天水市"].adcode == "620500" and nodes.loc["天水市"].province == "甘肃省"
    assert nodes.loc["上海市"].adcode == "310000" and nodes.loc["上海市"].province == "上海市"
    # one name, two places: the node ids carry the nearest parent
    assert {"朝阳区（长春市）", "朝阳区（北京市）"} <= set(nodes.index)
    assert ("和田县", "朝阳区（长春市）") in pairs and ("和田县", "朝阳区（北京市）") in pairs


def test_dates_years_and_time_slices() -> None:
    net = network(sample())
    e = net.edges.set_index(["a", "b"])
    assert e.loc[("天水市", "济南市")].year == 2012 and bool(e.loc[("天水市", "济南市")].year_certain)
    assert not e.loc[("上海市", "江苏省")].year_certain  # its date expression says the year is not certain
    assert pd.isna(e.loc[("北京市", "天津市")].year)  # undated: in the whole network, in no slice
    assert network(sample(), since=2023).parties.doc_id.nunique() == 2  # b and c
    sliced = network(sample(), since="2021-05", until=2022)
    assert set(sliced.parties.doc_id) == {"e", "f"}
    assert repr(sliced).endswith("2021-05–2022)")
    assert set(network(sample(), until="2012-09-10").parties.doc_id) == {"a"}
    with pytest.raises(ValueError, match="since must be"):
        network(sample(), since="last year")


def test_counts_against_the_independent_computation() -> None:
    plain = [r for r in sample() if r.doc_id not in ("e", "f")]  # (the loop here knows no 朝阳区（…）ids)
    assert got(network(plain)) == expected([r.model_dump() for r in plain])


def test_inputs_records_dicts_folders_and_errors(tmp_path: Path) -> None:
    records = sample()
    dicts = [r.model_dump() for r in records]
    for d in dicts:
        del d["encoding"]  # gold records have none
    dicts[2]["event"]["name"] = None  # nor, sometimes, an event name
    net = network([*dicts, InputErrorInfo(file="x.txt", error="input", reason="empty")])
    assert len(net.nodes) == len(network(records).nodes)
    for d in dicts:
        (tmp_path / f"{d['doc_id']}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    assert set(network(tmp_path).parties.doc_id) == {r.doc_id for r in records}
    (tmp_path / "bad.json").write_text(json.dumps({"doc_id": "bad", "event": {"parties": [{"name": "x"}]}}))
    with pytest.raises(ValueError, match=r"bad\.json"):
        network(tmp_path)
    with pytest.raises(TypeError):
        network([42])


def test_graph_and_writing(tmp_path: Path) -> None:
    net = network(sample())
    g = net.graph()
    assert g.number_of_nodes() == len(net.nodes) and g.number_of_edges() == len(net.pairs())
    assert g.edges["天水市", "济南市"]["agreements"] == "天水市人民政府 济南市人民政府战略合作协议"
    (path,) = net.write(tmp_path / "g", "graphml")
    back = nx.read_graphml(path)
    assert back.nodes["上海市"]["level"] == "province" and back.edges["上海市", "江苏省"]["weight"] == 1
    written = net.write(tmp_path / "c", "csv")
    assert [p.name for p in written] == ["nodes.csv", "edges.csv", "parties.csv", "pairs.csv"]
    edges = pd.read_csv(tmp_path / "c" / "edges.csv", encoding="utf-8-sig")
    assert json.loads(edges[edges.a == "天水市"].agreements.iloc[0]) == ["天水市人民政府 济南市人民政府战略合作协议"]
    net.write(tmp_path / "p", "parquet")
    assert pd.read_parquet(tmp_path / "p" / "pairs.parquet").weight.sum() == len(net.edges)
    with pytest.raises(ValueError):
        net.write(tmp_path, "xlsx")  # type: ignore[arg-type]


def test_people_meet_places() -> None:
    records = sample()
    (li,) = [p for p in extract.people_index(records) if p.name == "李明"]
    events = person_events(li, records)
    assert [(e["date"], e["location"], e["parties"]) for e in events] == [
        ("2012-09-10", "济南市", ["天水市", "济南市"]),
        ("2023-06-06", "合肥市", ["上海市", "江苏省", "浙江省", "安徽省"]),
    ]
    assert events[1]["year_certain"] is False
    assert year_span(2019, 2020) == "2019–2020" and year_span(pd.NA, pd.NA) == "undated"


def test_cli_people_events_and_network(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    for r in sample():
        (folder / f"{r.doc_id}.json").write_text(r.model_dump_json(), encoding="utf-8")
    res = runner.invoke(app, ["people", str(folder), "--events", "--person", "李明"])
    assert res.exit_code == 0, res.output
    assert "2023-06-06? 长三角一体化发展成果发布会 @ 合肥市  [parties: 上海市、江苏省、浙江省、安徽省]" in res.output
    res = runner.invoke(app, ["people", str(folder), "--events", "--json"])
    assert json.loads(res.output)[0]["events"]
    res = runner.invoke(app, ["network", str(folder)])
    assert res.exit_code == 0 and "天水市 — 济南市\t1 article(s), 1 document(s)\t2012" in res.output
    res = runner.invoke(app, ["network", str(folder), "--to", str(tmp_path / "t"), "--format", "graphml"])
    assert res.exit_code == 0 and (tmp_path / "t" / "network.graphml").is_file()
    res = runner.invoke(app, ["network", str(folder), "--html", str(tmp_path / "n.html"), "--since", "2020"])
    assert res.exit_code == 0, res.output
    data = page_data((tmp_path / "n.html").read_text(encoding="utf-8"))
    assert data["since"] == "2020" and "天水市" not in {n["id"] for n in data["nodes"]}
    assert runner.invoke(app, ["network", str(folder), "--format", "xlsx", "--to", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["network", str(tmp_path / "missing")]).exit_code == 2


# ---------------------------------------------------------------- the gold of data/raw


@needs_gold
def test_network_of_the_gold_is_what_the_gold_parties_give() -> None:
    gold = read_gold(GOLD)
    net = network(GOLD)
    assert got(net) == expected(gold)
    assert net.nodes.set_index("id").loc["淮海经济区"].level == "zone"
    assert len(net.edges) == len({(a, b, d) for a, b, d in expected(gold)["edges"]})


@pytest.fixture(scope="module")
def pipeline_records() -> list[Record]:
    return [r for r in extract.extract_many(ROOT / "data" / "raw") if isinstance(r, Record)]


@needs_gold
def test_network_of_the_pipeline_on_data_raw_is_what_the_gold_parties_give(pipeline_records: list[Record]) -> None:
    want = expected(read_gold(GOLD))
    net = network(pipeline_records)
    have = got(net)
    for key in ("levels", "edges", "weights", "n_articles", "n_events", "n_agreements"):
        assert have[key] == want[key], key
    # years agree wherever the text pins the year down (004's 9月10日 has no year: the gold says 2021)
    certain = set(net.parties.groupby("id").year_certain.all().loc[lambda s: s].index)
    assert certain and {n: have["first_year"][n] for n in certain} == {n: want["first_year"][n] for n in certain}


# ---------------------------------------------------------------- 200+ records


def with_parties(rec: dict[str, Any]) -> dict[str, Any]:
    """A held-out gold record (written without parties) given parties from its regions: its provinces
    when it names two or more, else its first four prefectures, else its first zone."""
    if (rec.get("event") or {}).get("parties"):
        return rec
    regions = rec.get("regions") or []
    by_level = {lv: [{"name": r["name"], "level": lv} for r in regions if r["level"] == lv] for lv in
                ("province", "prefecture", "zone")}  # fmt: skip
    parties = (by_level["province"] if len(by_level["province"]) >= 2 else by_level["prefecture"][:4]) or by_level[
        "zone"
    ][:1]
    rec = copy.deepcopy(rec)
    if rec.get("event"):
        rec["event"]["parties"] = parties
    for a in rec.get("agreements") or []:
        a["parties"] = parties if a["action"] in ("signed", "adopted") else []
    return rec


def shifted(rec: dict[str, Any], k: int) -> dict[str, Any]:
    """The record again as ``<doc_id>~k``, every date ``4k`` years later (leap days stay leap days)."""

    def move(d: str | None) -> str | None:
        return None if d is None else f"{int(d[:4]) + 4 * k:04d}{d[4:]}"

    rec = copy.deepcopy(rec)
    rec["doc_id"] = f"{rec['doc_id']}~{k}"
    rec["publish_date"] = move(rec.get("publish_date"))
    if rec.get("event"):
        rec["event"]["start"], rec["event"]["end"] = move(rec["event"].get("start")), move(rec["event"].get("end"))
    for d in rec.get("dates") or []:
        d["start"], d["end"] = move(d["start"]), move(d["end"])
    return rec


@pytest.fixture(scope="module")
def archive() -> list[dict[str, Any]]:
    # (two sets may hold records of one doc_id, a file name: the set's name keeps them two articles)
    base = [
        with_parties({**r, "doc_id": f"{folder.parent.name}/{r['doc_id']}"})
        for folder in HELDOUT_GOLDS
        for r in read_gold(folder)
    ]
    for folder in (GOLD, REALDEV_GOLD):
        if folder.is_dir():
            base += read_gold(folder)
    copies = -(-210 // len(base))  # enough copies for 200+ records
    out = [shifted(r, k) for k in range(copies) for r in base]
    assert len(out) >= 200
    return out


def test_two_hundred_records_counts(archive: list[dict[str, Any]]) -> None:
    net = network(archive)
    want = expected(archive)
    assert got(net) == want
    assert net.pairs().weight.sum() == len(net.edges) == len(want["edges"])
    # a time slice is the network of the records dated within it
    dated = [r for r in archive if ((r.get("event") or {}).get("start") or r.get("publish_date") or "") >= "2030"]
    assert got(network(archive, since=2030)) == expected(dated)


def page_data(page: str) -> dict[str, Any]:
    m = re.search(r'<script type="application/json" id="extract-network-data">(.*?)</script>', page, re.S)
    assert m, "the page carries its data"
    data: dict[str, Any] = json.loads(m.group(1).replace("<\\/", "</"))
    return data


def test_two_hundred_records_page(archive: list[dict[str, Any]], tmp_path: Path) -> None:
    net = network(archive)
    page = page_html(net)
    # offline: no script, style or font fetched from elsewhere
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=[\"']?(?:https?:)?//", page)
    assert "Plotly.newPlot" in page and len(page) > 3_000_000  # plotly.js itself is inlined
    data = page_data(page)
    assert len(data["nodes"]) == len(expected(archive)["levels"])
    assert {(p["a"], p["b"]): p["weight"] for p in data["pairs"]} == expected(archive)["weights"]
    assert data["articles"] == len({r["doc_id"] for r in archive if any(p for _, p in groups_of(r))})
    fig = plot_network(net)
    years = sorted({int(y) for y in net.parties.year.dropna()})
    assert [f.name for f in fig.frames] == ["all", *map(str, years)]
    labels = {t for tr in fig.data if tr.text is not None for t in tr.text}
    assert labels == set(net.nodes.id)
    pos = layout(net)
    assert set(pos) == set(net.nodes.id) and len(set(pos.values())) == len(pos)  # no two places on one spot


CHROMIUM = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)


@needs_gold
@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium on this machine (apt-get install chromium)")
def test_the_page_draws_offline_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "network.html"
    runner.invoke(app, ["network", str(GOLD), "--html", str(page)])
    offline = ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND",
               "--virtual-time-budget=5000"]  # fmt: skip
    dom = subprocess.run(
        [str(CHROMIUM), *offline, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180
    ).stdout
    assert 'class="main-svg"' in dom  # plotly drew the figure
    drawn = set(re.findall(r'<text[^>]*data-unformatted="([^"]+)"', dom))
    assert {"大连市", "淮海经济区", "湖北省"} <= drawn
    shot = tmp_path / "network.png"
    subprocess.run(
        [str(CHROMIUM), *offline, "--window-size=1400,1000", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=180,
    )  # fmt: skip
    assert shot.stat().st_size > 20_000


def test_notebook_figures() -> None:
    fig = plot_network(sample(), color_by="level")
    assert {tr.name for tr in fig.data if tr.mode == "markers+text"} == {"省级 province", "地级 prefecture",
                                                                        "县级 county", "区域 zone"}  # fmt: skip
    hover = {t: h for tr in fig.data if tr.mode == "markers+text" for t, h in zip(tr.text, tr.hovertext, strict=True)}
    assert "partners: 济南市<br>2012-09-10 天水市政府与济南市政府战略合作协议签约仪式" in hover["天水市"]
    assert "《天水市人民政府 济南市人民政府战略合作协议》" in hover["天水市"]
    assert "2023-06-06? 长三角一体化发展成果发布会" in hover["上海市"]  # ? : the year is not pinned down
    tl = plot_timeline(sample(), by="place", level="province")
    assert {tr.name for tr in tl.data} == {"上海市", "江苏省", "浙江省", "安徽省"}  # 北京市/天津市 are undated
    assert len(plot_timeline(sample(), by="pair", top=3).data) == 3
    empty = network([])
    assert len(empty.nodes) == 0 and plot_network(empty).data and not plot_timeline(empty).data
