"""The organiser's screening block names the rules the classifier suspects, in Chinese.

Data flow: `screen_post` with a hand-made model -> `Screening.to_dict()` (what the post row
stores) -> the fields web/setup/reads.post_json passes on -> organiser/_screening.html
rendered by the app's own Jinja environment (filters included) -> the HTML an organiser sees.
"""

from __future__ import annotations

from domain.screening import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, screen_post
from domain.screening.classifier import Model
from web.templating import templates

KIDS = Model(
    (GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST),
    (-4.0, -4.0, -4.0),
    (0.5, 0.5, 0.5),
    {"孩子王": (0.0, 40.0, 0.0)},
    "test",
)


def _block(screening: dict[str, object]) -> str:
    post = {k: screening.get(k, []) for k in ("violations", "exemptions", "review_notes")}
    post["suspected_rules"] = screening.get("suspected_rules", [])
    return templates().env.get_template("organiser/_screening.html").render(p=post)


def test_suspected_rule_is_shown_by_its_chinese_name() -> None:
    html = _block(screen_post("招聘：店员\n要求：孩子王，阳光开朗", model=KIDS).to_dict())
    assert 'data-rule="MODEL_DOUBT"' in html and "模型存疑（待人工审核）" in html
    assert 'data-rule="MARRIAGE_CHILDBEARING"' in html and "婚育限制或询问" in html
    # Codes stay in attributes; the text an organiser reads is Chinese.
    assert ">MARRIAGE_CHILDBEARING<" not in html and ">MODEL_DOUBT<" not in html


def test_no_suspicion_no_model_block() -> None:
    html = _block(screen_post("招聘：店员\n要求：阳光开朗", model=KIDS).to_dict())
    assert "MODEL_DOUBT" not in html
    # A post stored before suspected rules existed renders as before.
    assert "MODEL_DOUBT" not in _block({"violations": [], "exemptions": []})
