"""Unit tests of domain.screening: the brief's examples, exemptions, the contract, the corpus."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from domain.screening import (
    GENDER,
    HIGHER_BAR_FOR_WOMEN,
    MARRIAGE_CHILDBEARING,
    MAX_CHARS,
    PREGNANCY_TEST,
    PROHIBITED_WORK_FOR_WOMEN,
    RULES_VERSION,
    Screening,
    screen_post,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "screening_corpus.jsonl"
PACKAGE = Path(__file__).resolve().parents[2] / "domain" / "screening"


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("招聘焊工，限男性", GENDER),
        ("理货员，男性优先", GENDER),
        ("前台接待（仅限女性）", GENDER),
        ("要求已婚已育", MARRIAGE_CHILDBEARING),
        ("请在简历中写明婚育情况", MARRIAGE_CHILDBEARING),
        ("入职体检含孕检", PREGNANCY_TEST),
        ("Male applicants only", GENDER),
        ("Applicants must not plan a pregnancy within two years", MARRIAGE_CHILDBEARING),
        ("仅限女性", GENDER),
        ("女士优先", GENDER),
        ("只招男生", GENDER),
        ("men preferred", GENDER),
        ("female applicants only", GENDER),
        ("装卸工，要求男性", GENDER),
        ("这份工作更适合男性", GENDER),
        ("应聘者须为男性", GENDER),
        ("未婚优先", MARRIAGE_CHILDBEARING),
        ("已育优先", MARRIAGE_CHILDBEARING),
        ("入职两年内不得生育", MARRIAGE_CHILDBEARING),
        ("Please state your marital status.", MARRIAGE_CHILDBEARING),
        ("Married applicants preferred.", MARRIAGE_CHILDBEARING),
        ("入职需做妊娠测试", PREGNANCY_TEST),
        ("A pregnancy test is required before you start.", PREGNANCY_TEST),
        ("女性需本科，男性大专即可", HIGHER_BAR_FOR_WOMEN),
        ("網店客服（限女生）", GENDER),
        ("诚聘男司机，Ｃ１驾照", GENDER),
    ],
)
def test_violation_is_found_with_its_rule(text: str, rule: str) -> None:
    result = screen_post(text)
    assert not result.ok
    assert rule in result.rules, result.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "男女不限",
        "女装店导购",
        "孕婴店店员",
        "享受产假和育儿假",
        "妈妈岗：弹性上下班，可接送孩子",
        "We welcome applicants of any gender",
        "已婚未婚均可",
        "性别不限，有C1驾照",
        "男装销售，底薪加提成",
        "母婴护理师，持证上岗",
        "第三届女性专场招聘会",
        "男士护肤品专柜导购，男女均可",
        "婚庆公司招聘婚礼主持人",
        "产后修复中心前台，接待孕妇客户",
        "Paid maternity leave and parental leave.",
        "Women's fashion boutique seeks a sales associate.",
        "This is not a men-only job; women are welcome.",
        "我们不询问婚育情况，入职体检不含孕检。",
        "妇产医院招聘B超医生，负责孕检及产前筛查。",
        "",
    ],
)
def test_honest_text_is_not_flagged(text: str) -> None:
    result = screen_post(text)
    assert result.ok, result.to_dict()
    assert not result.needs_review


def test_underground_mining_names_exemption_and_needs_review() -> None:
    result = screen_post(
        "井下采煤工", "矿山井下作业属女职工禁忌劳动范围，本岗位限男性。月薪12000元。"
    )
    assert result.ok
    assert result.needs_review
    (exemption,) = result.exemptions
    assert exemption.code == PROHIBITED_WORK_FOR_WOMEN
    assert "限男性" in exemption.excerpt
    assert "女职工劳动保护特别规定" in exemption.explanation
    assert "附录" in exemption.explanation


def test_english_underground_mining_exemption() -> None:
    result = screen_post("Underground mining crew, men only, as women may not work underground.")
    assert result.ok and result.needs_review
    assert "Special Provisions" in result.exemptions[0].explanation


def test_heavy_work_without_prohibited_basis_is_a_violation() -> None:
    result = screen_post("搬运工，工作辛苦，仅招男性，日薪260元。")
    assert GENDER in result.rules
    assert not result.needs_review


def test_exemption_never_excuses_restriction_to_women() -> None:
    result = screen_post("井下作业辅助岗，仅限女性。")
    assert GENDER in result.rules


def test_exemption_does_not_excuse_other_rules() -> None:
    result = screen_post("煤矿井下掘进工，限男性，入职体检含孕检。")
    assert result.rules == {PREGNANCY_TEST}
    assert result.needs_review


def test_violation_cites_excerpt_and_explains_in_chinese() -> None:
    post = "【急聘】仓库叉车司机3名，要求男性，持叉车证，能适应夜班。综合工资6000-7500元。"
    (violation,) = screen_post(post).violations
    assert violation.rule == GENDER
    assert "要求男性" in violation.excerpt
    assert len(violation.excerpt) <= 60
    assert violation.excerpt in post
    for basis in (
        "妇女权益保障法",
        "第四十三条",
        "人力资源市场暂行条例",
        "第二十四条",
        "网络招聘服务管理规定",
    ):
        assert basis in violation.explanation


def test_violation_explains_in_english_for_english_post() -> None:
    (violation,) = screen_post("Security guard, night shift. Men only. 5,000 yuan.").violations
    assert violation.excerpt == "Men only"
    assert "Art. 43" in violation.explanation
    assert "Art. 24" in violation.explanation
    assert "Art. 15" in violation.explanation


def test_long_sentence_excerpt_is_trimmed_around_match() -> None:
    filler = "负责日常工作并完成领导交办的其他事项" * 5
    post = f"{filler}，我们这里要求男性，{filler}。"
    (violation,) = screen_post(post).violations
    assert "要求男性" in violation.excerpt
    assert len(violation.excerpt) <= 60


def test_identical_violations_in_several_texts_are_reported_once() -> None:
    result = screen_post("焊工，限男性", "焊工，限男性", "")
    assert len(result.violations) == 1


def test_each_text_is_excerpted_separately() -> None:
    result = screen_post("理货员，男性优先", "要求已婚已育")
    assert {v.excerpt for v in result.violations} == {"理货员，男性优先", "要求已婚已育"}


def test_to_dict_carries_check_post_contract() -> None:
    result = screen_post("前台接待（仅限女性）")
    data = result.to_dict()
    assert data["ok"] is False
    assert data["needs_review"] is False
    assert data["rules_version"] == RULES_VERSION
    assert data["exemptions"] == []
    (violation,) = data["violations"]
    assert set(violation) == {"rule", "excerpt", "explanation"}
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_screening_is_frozen() -> None:
    result = screen_post("男女不限")
    assert isinstance(result, Screening)
    with pytest.raises(AttributeError):
        result.violations = ()  # type: ignore[misc]


def test_only_the_first_max_chars_are_screened() -> None:
    assert screen_post("好" * MAX_CHARS + "限男性").ok
    assert not screen_post("限男性。" + "好" * MAX_CHARS).ok


def test_traditional_and_full_width_text() -> None:
    assert MARRIAGE_CHILDBEARING in screen_post("招聘護士長，須已婚已育。").rules
    assert GENDER in screen_post("ＭＡＬＥ　ＯＮＬＹ，夜班保安").rules


def test_package_is_pure() -> None:
    # jieba and opencc read their dictionaries lazily, on first use, never at import.
    forbidden = {"faust", "asyncpg", "starlette", "kafka", "prometheus_client", "os", "time"}
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not {n.split(".")[0] for n in names} & forbidden, path.name
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 300, path.name


def _corpus() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_corpus_is_labelled_as_specified() -> None:
    rows = _corpus()
    assert len(rows) >= 170
    violating = [r for r in rows if r["rules"]]
    assert 0.40 <= len(violating) / len(rows) <= 0.50
    assert {r["lang"] for r in rows} == {"zh", "en"}
    assert {r["split"] for r in rows} == {"dev", "holdout"}
    assert 0.25 <= sum(r["split"] == "holdout" for r in rows) / len(rows) <= 0.35
    assert any(r.get("exemption") for r in rows)


def _figures(rows: list[dict[str, Any]]) -> tuple[float, float, list[str]]:
    per_rule: Counter[str] = Counter()
    found_rule: Counter[str] = Counter()
    posts_hit = posts = clean = flagged = 0
    for row in rows:
        result = screen_post(row["text"])
        if row.get("exemption"):
            assert result.needs_review, row["text"]
        if not row["rules"]:
            clean += 1
            flagged += not result.ok
            continue
        posts += 1
        posts_hit += set(row["rules"]) <= result.rules
        for rule in row["rules"]:
            per_rule[rule] += 1
            found_rule[rule] += rule in result.rules
    lines = [f"  {rule}: {found_rule[rule]}/{n}" for rule, n in sorted(per_rule.items())]
    lines.append(f"  violating posts with right rules: {posts_hit}/{posts}")
    lines.append(f"  clean posts flagged: {flagged}/{clean}")
    return posts_hit / posts, flagged / clean, lines


def test_corpus_recall_and_false_positive_rate(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _corpus()
    report: list[str] = []
    for split in ("dev", "holdout"):
        _, _, lines = _figures([r for r in rows if r["split"] == split])
        report += [f"{split}:", *lines]
    recall, false_positive_rate, lines = _figures(rows)
    with capsys.disabled():
        print("\nscreening corpus", RULES_VERSION, *report, "all:", *lines, sep="\n")
    assert recall >= 0.95
    assert false_positive_rate <= 0.05
