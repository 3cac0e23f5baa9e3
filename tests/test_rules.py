"""The rules layer: every file checked against rules/SCHEMA.tsv, user folders that extend the
packaged files, and the run fingerprint that covers extractors and rules only."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract import extract_text, rules
from extract.pipeline import version
from extract.rules import RulesError
from extract.text.normalize import normalize_text


@pytest.fixture
def user_dir(tmp_path: Path) -> Iterator[Path]:
    """An empty user rules folder, put in force; the packaged rules alone again afterwards."""
    d = tmp_path / "myrules"
    d.mkdir()
    yield d
    rules.use_user_rules()
    rules.clear_caches()


def use(d: Path, name: str, text: str) -> None:
    (d / name).write_text(text, encoding="utf-8")
    rules.use_user_rules(d)
    rules.clear_caches()  # a second file in the same folder: the folder is unchanged, the files are not


def problem(name: str) -> str:
    with pytest.raises(RulesError) as e:
        rules.read_rows(name)
    return str(e.value)


# ---------------------------------------------------------------- the packaged files


def test_every_packaged_rules_file_passes_its_schema() -> None:
    assert rules.validate_all() == []


def test_every_rules_file_has_a_schema_and_every_schema_a_file() -> None:
    files = {p.name for p in rules.rules_dir().iterdir()} - {rules.SCHEMA_FILE}
    assert set(rules.schema()) == files


def test_loader_api_is_unchanged_for_existing_callers() -> None:
    heads = rules.read_lines("title_heads.txt")
    assert "书记" in heads and all(not h.startswith("#") for h in heads)
    stops = dict((r[0], r[1]) for r in rules.read_tsv("name_stops.tsv"))
    assert stops["主持"] == "verb"
    # a line of several space-separated values is returned whole, as before
    assert any(" " in line for line in rules.read_lines("person_surnames.txt"))


# ---------------------------------------------------------------- bad rows


def test_a_duplicate_of_a_packaged_row_names_both_lines(user_dir: Path) -> None:
    use(user_dir, "title_heads.txt", "# my heads\n首席科学家\n书记\n")
    msg = problem("title_heads.txt")
    assert f"{user_dir.resolve() / 'title_heads.txt'}:3: duplicate row 书记 (first at rules/title_heads.txt:" in msg


def test_a_value_outside_the_allowed_ones_is_an_error_with_file_and_line(user_dir: Path) -> None:
    use(user_dir, "name_stops.tsv", "喊话\tverb\n亮相\tstrong\n")
    msg = problem("name_stops.tsv")
    assert (
        msg
        == f"{user_dir.resolve() / 'name_stops.tsv'}:2: class 'strong' is not one of verb, final, weak, listed, before_title (rules/SCHEMA.tsv)"
    )


def test_a_bad_regular_expression_is_caught_at_load(user_dir: Path) -> None:
    use(user_dir, "furniture.tsv", "line\t^(扫码下载客户端\n")
    msg = problem("furniture.tsv")
    assert "furniture.tsv:1: pattern is not a valid regular expression (missing ), unterminated subpattern" in msg


def test_a_source_pattern_needs_its_named_group(user_dir: Path) -> None:
    use(user_dir, "sources.txt", r"来源于\s*(\S{2,10})" + "\n")
    assert "sources.txt:1: pattern has no named group (?P<s>…)" in problem("sources.txt")


def test_missing_and_extra_columns(user_dir: Path) -> None:
    use(user_dir, "document_kinds.tsv", "纲要\n")
    assert "document_kinds.tsv:1: 1 columns, expected head, kind" in problem("document_kinds.tsv")
    use(user_dir, "year_hints.tsv", "congress\t二十一大\t2027\textra\n")
    assert "year_hints.tsv:1: 4 columns, expected kind, key, year" in problem("year_hints.tsv")


def test_a_value_repeated_in_a_list_and_a_reference_to_another_file(user_dir: Path) -> None:
    use(user_dir, "transliteration_chars.txt", "鲁 鲁\n")
    assert "transliteration_chars.txt:1: duplicate characters '鲁'" in problem("transliteration_chars.txt")
    # a weak surname must be a surname
    use(user_dir, "person_surnames_weak.txt", "丁 丙\n")
    msg = problem("person_surnames_weak.txt")
    assert "person_surnames_weak.txt:1: surnames '丙' is not in person_surnames.txt" in msg
    assert "'丁' is not" not in msg


def test_a_zone_alias_may_not_repeat_another_zones_name(user_dir: Path) -> None:
    use(user_dir, "zones.tsv", "浙中城市群\tcluster\t金义都市区\n金华城市群\tcluster\t浙中城市群\n")
    assert "zones.tsv:2: duplicate aliases '浙中城市群'" in problem("zones.tsv")


def test_a_user_file_the_package_does_not_have_is_an_error(user_dir: Path) -> None:
    use(user_dir, "title_heads.text.txt", "首席科学家\n")
    assert "has no packaged counterpart" in problem("title_heads.txt")


def test_a_user_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="is not a folder"):
        rules.use_user_rules(tmp_path / "nowhere")
    assert rules.user_rules_dirs() == ()


def test_the_checker_reports_a_user_folders_problems(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (user_dir / "date_words.tsv").write_text("relyear\t大前年\t-3\nrelyear\t次年\tnext\n", encoding="utf-8")
    assert rules.main([str(user_dir)]) == 1
    assert capsys.readouterr().err == f"{user_dir.resolve() / 'date_words.tsv'}:2: value 'next' is not an integer\n"
    (user_dir / "date_words.tsv").write_text("relyear\t大前年\t-3\n", encoding="utf-8")
    rules.clear_caches()
    assert rules.main([str(user_dir)]) == 0


# ---------------------------------------------------------------- user folders extend the package

SCIENTIST = "中国农业科学院首席科学家林海涛介绍了新品种在黄淮海地区的推广情况。"


def test_a_user_title_head_is_used_by_the_extractor(user_dir: Path) -> None:
    assert extract_text(SCIENTIST, ner=False).officials == []
    use(user_dir, "title_heads.txt", "# heads of research posts\n首席科学家\n")
    officials = extract_text(SCIENTIST, ner=False).officials
    assert [(o.name, o.titles) for o in officials] == [("林海涛", ["中国农业科学院首席科学家"])]
    rules.use_user_rules()
    assert extract_text(SCIENTIST, ner=False).officials == []


def test_a_user_zone_is_found(user_dir: Path) -> None:
    text = "会议提出，加快金衢都市区建设，推进金衢同城化发展。"
    assert "金华—衢州都市区" not in [r.name for r in extract_text(text, ner=False).regions]
    use(user_dir, "zones.tsv", "金华—衢州都市区\tmetro\t金衢都市区\n")
    assert "金华—衢州都市区" in [r.name for r in extract_text(text, ner=False).regions]


def test_a_user_furniture_phrase_removes_its_line(user_dir: Path) -> None:
    page = "两地签署协议\n扫码下载新闻客户端\n双方将加强合作。"
    assert "客户端" in normalize_text(page).body
    use(user_dir, "furniture.tsv", "line\t^扫码下载\\S{0,6}客户端$\n")
    body = normalize_text(page).body
    assert "客户端" not in body and "双方将加强合作" in body


def test_the_environment_variable_names_user_folders(user_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (user_dir / "group_title_heads.txt").write_text("班子成员\n", encoding="utf-8")
    monkeypatch.setenv(rules.ENV_VAR, str(user_dir))
    rules.clear_caches()
    assert rules.user_rules_dirs() == (user_dir.resolve(),)
    assert rules.read_lines("group_title_heads.txt")[-1] == "班子成员"
    monkeypatch.setenv(rules.ENV_VAR, str(user_dir / "missing"))
    rules.clear_caches()
    with pytest.raises(RulesError, match=f"named in {rules.ENV_VAR} is not a folder"):
        rules.read_lines("group_title_heads.txt")


# ---------------------------------------------------------------- the run fingerprint


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's modules and rules, which the fingerprint then reads."""
    pkg = tmp_path / "extract"
    shutil.copytree(version.PACKAGE, pkg, ignore=shutil.ignore_patterns("__pycache__", "model"))
    rules_copy = tmp_path / "rules"
    shutil.copytree(rules.rules_dir(), rules_copy)
    monkeypatch.setattr(version, "PACKAGE", pkg)
    monkeypatch.setattr(rules, "rules_dir", lambda: rules_copy)
    version.content_digest.cache_clear()
    yield pkg
    version.content_digest.cache_clear()


def digest() -> str:
    version.content_digest.cache_clear()
    return version.content_digest()


def test_editing_cli_help_or_io_keeps_the_fingerprint(package_copy: Path) -> None:
    before = digest()
    for name in ("cli.py", "io/batch.py", "viz/html.py", "analysis/scoring.py", "ner/train.py", "api.py"):
        (package_copy / name).write_text((package_copy / name).read_text() + "\n# edited help\n")
    assert digest() == before


def test_editing_an_extractor_or_a_rule_changes_the_fingerprint(package_copy: Path) -> None:
    before = digest()
    (package_copy / "extractors/dates.py").write_text((package_copy / "extractors/dates.py").read_text() + "\n# edited\n")
    after_code = digest()
    assert after_code != before
    heads = rules.rules_dir() / "title_heads.txt"
    heads.write_text(heads.read_text(encoding="utf-8") + "首席科学家\n", encoding="utf-8")
    assert digest() != after_code


def test_rules_read_only_by_the_scorer_or_the_people_index_do_not_count(package_copy: Path) -> None:
    before = digest()
    ranks = rules.rules_dir() / "title_ranks.tsv"
    ranks.write_text(ranks.read_text(encoding="utf-8") + "prefecture\tprefix\t地委\n", encoding="utf-8")
    assert digest() == before


def test_the_fingerprint_of_rules_that_do_not_load_is_an_error(user_dir: Path) -> None:
    use(user_dir, "zones.tsv", "浙中城市群\tcity cluster\t\n")
    with pytest.raises(RulesError, match=r"zones.tsv:1: kind 'city cluster' is not one of region, "):
        digest()


def test_a_new_module_counts_by_the_layer_it_lives_in(package_copy: Path) -> None:
    before = digest()
    (package_copy / "io" / "newformat.py").write_text("X = 1\n")  # a new input reader: same records
    assert digest() == before
    (package_copy / "extractors" / "newfield.py").write_text("X = 1\n")  # a new extractor: covered
    assert digest() != before


def test_user_rules_change_the_fingerprint(user_dir: Path) -> None:
    before = digest()
    use(user_dir, "title_heads.txt", "首席科学家\n")
    with_head = digest()
    assert with_head != before
    (user_dir / "README.md").write_text("notes on my rules\n")  # not a rules file
    assert digest() == with_head


def test_load_with_a_rules_dir_extends_the_rules(user_dir: Path) -> None:
    import extract

    (user_dir / "title_heads.txt").write_text("首席科学家\n", encoding="utf-8")
    nlp = extract.load(ner=False, rules_dir=user_dir)
    doc = nlp(SCIENTIST)
    assert [s.text for s in doc.spans["officials"]] == ["林海涛"]
    rules.use_user_rules()


def test_the_cli_says_in_one_line_which_rules_file_breaks(user_dir: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A user's rules file that breaks its schema stops `extract` with its file and line and exit
    status 2, not a traceback."""
    from extract.cli import main

    use(user_dir, "parties.tsv", "nongov\t公司\n")  # a row the packaged file has already
    monkeypatch.setattr("sys.argv", ["extract", "run", str(tmp_path / "none"), "-o", str(tmp_path / "out"), "-q"])
    with pytest.raises(SystemExit) as e:
        main()
    err = capsys.readouterr().err
    assert e.value.code == 2 and "parties.tsv:1" in err and "duplicate row" in err and "Traceback" not in err


def test_every_rules_file_is_documented_where_users_look_for_it() -> None:
    """Each file of rules/ is named in docs/architecture.md's table of concerns and in the README's
    table of modules (a file added without a line there is one a user cannot find)."""
    root = Path(__file__).resolve().parent.parent
    arch = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in (root / "rules").iterdir() if p.is_file() and p.name != "SCHEMA.tsv")
    assert files
    assert [f for f in files if f"`{f}`" not in arch] == []
    assert [f for f in files if f"`{f}`" not in readme] == []
