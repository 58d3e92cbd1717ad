"""Round 8 of the screening rules, English and the exemption: classes in wordings of my own.

Every class is tested with variants another author might write and, beside them, lawful
posts that share its words (clean traps). None of these sentences is taken from a corpus.
"""

from __future__ import annotations

import pytest

from domain.screening import screen_post
from domain.screening.model import PROHIBITED_WORK_FOR_WOMEN

G, M, P = "GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"


def _rules(text: str) -> set[str]:
    return set(screen_post(text, model=None).rules)


def _exempted(text: str) -> bool:
    s = screen_post(text, model=None)
    return any(e.code == PROHIBITED_WORK_FOR_WOMEN for e in s.exemptions) and s.needs_review


# --- Exemption: the restricted job's own duties, in ordinary wording -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "搬家师傅\n限男\n活儿：帮客户扛冰箱、沙发上楼，常常一人抬几十公斤",
        "钢筋工\n只招男工\n工作内容：人工搬运钢筋，体力强度四级",
        "屠宰车间挂肉工，仅限男性，每扇猪肉约45公斤，人工挂钩上线",
        "Removals crew (male) - single-person lifting of pianos and safes over 40 kg",
        "Furniture mover, men only: you will carry wardrobes up stairs on your own",
        "锻工，限男性，岗位经认定为四级体力劳动强度",
        "浇注工：男，体力劳动强度Ⅳ级\n工资：面议",
        "招聘井下铲运机司机（男），月薪12000",
        "Delivery driver (male) - carries 30 kg gas cylinders up stairs alone",
        "Gym installer - men only; lifts plates and stacks of 25-40 kg unaided.",
        "Warehouse Porter - male: repeated manual handling of 30 kg cartons all day.",
        "Quarry Labourer - male: repeatedly carrying 25-35 kg stone blocks by hand.",
        "送水司机，限男，每天扛19公斤桶装水上楼，一次扛两桶",
    ],
)
def test_exemption_in_the_jobs_own_duties(text: str) -> None:
    assert _exempted(text), text
    assert G not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "铁矿招聘\n公司拥有三座地下矿井\n本次招聘：行政专员（男性优先），负责档案与考勤",
        "水泥厂每袋水泥50公斤，现招财务会计，只要男的",
        "煤矿井下工人多，现招食堂厨师，男士",
        "Our coal group runs two underground mines. Vacancy at head office: "
        "Receptionist - male only.",
        "Male executive driver for our mining group's Beijing office; the group operates "
        "underground coal mines.",
        "钢材批发（每捆钢管60公斤）招聘电话销售，限男",
        "Steel mill (grade IV physical work on the floor) seeks a male HR officer for payroll.",
    ],
)
def test_desk_job_decoys_are_refused(text: str) -> None:
    assert G in _rules(text), text
    assert not _exempted(text), text


# --- English: pregnancy, nursing or a birth as grounds to refuse or dismiss ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Expectant mums will not be considered for the spring intake.",
        "Nursing mothers are not suitable for this rota.",
        "Your contract terminates automatically should you become pregnant in year one.",
        "Employment ends immediately upon pregnancy.",
        "Breastfeeding staff cannot be accommodated on this vessel; apply after weaning.",
        "Falling pregnant during the posting is grounds for immediate repatriation.",
        "Any worker who gets pregnant will be sent home at her own cost.",
        "Mothers-to-be should not apply this season.",
        "Candidates found pregnant at the medical will have their offer withdrawn.",
        "Must-haves:\n- Excel\n- Nursing mothers are not suitable for night shifts.\n- Mandarin",
    ],
)
def test_pregnancy_as_grounds(text: str) -> None:
    assert M in _rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant employees will not be dismissed or disadvantaged in any way.",
        "It is unlawful to dismiss an employee because she is pregnant.",
        "Pregnancy is never grounds for dismissal here.",
        "Breastfeeding mothers are entitled to two paid nursing breaks a day.",
        "Employees who are pregnant will be reassigned away from the X-ray room.",
        "The offer will be withdrawn if references are unsatisfactory.",
        "Rejected applications are deleted after six months.",
    ],
)
def test_pregnancy_protections_stay_clean(text: str) -> None:
    assert not _rules(text) & {G, M, P}, text


# --- English: childcare, children, pledges, forms, couples ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Childcare cover must be in place before your first shift.",
        "Please confirm that childcare will never clash with late shifts.",
        "No candidates with young kids, sorry.",
        "Applicants must have reliable childcare.",
        "Ideal candidate has no children and can relocate at short notice.",
        "Signing a three-year no-pregnancy pledge is part of onboarding.",
        "Staff agree not to become pregnant during the contract.",
        "Married: Y/N",
        "- Woman, married with own kids, 30-45",
        "Do you have a fiance? Are you planning a wedding this year?",
        "We are seeking a married couple to run the guest house.",
        "Ideally a husband-and-wife team for the farm cottage.",
        "What does your wife do for a living?",
        "Is your husband/wife okay with weekend shifts? Please indicate below.",
        "Employer prefers married applicants with a settled family.",
        "Priority given to candidates without children.",
        "Housekeeper: female, married with teenage children.",
        "The employer asks that the hire not plan a baby within the first year.",
        "Quick intro please: age, married or single, any kids?",
        "- Applicants whose kids are at secondary school preferred",
        "- Single applicants will be given priority.",
        "Ideal hire: settled family woman, kids at school, no plans for more.",
        "- Woman aged 20-30, unmarried, no tattoos.",
        "- Pregnancy test at medical; positive result = no offer.",
    ],
)
def test_family_conditions(text: str) -> None:
    assert M in _rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We offer childcare vouchers and on-site childcare.",
        "You will supervise children at the pool and confirm their swim levels.",
        "Whether married with children or single, you're welcome.",
        "Married: not relevant to this application.",
        "We agree not to ask about pregnancy.",
        "Wedding planner: you will plan weddings for engaged couples.",
        "Are you engaged with your local community? Tell us about it.",
        "The flat is suitable for a married couple.",
        "We are a husband-and-wife team who founded the bakery in 2001.",
        "Tuition discount for staff children at our school.",
        "Interview will cover your career plans and salary expectations.",
        "Bring your husband or wife to our family day.",
        "Tell us about your career goals.",
        "Married or single, parent or not - it makes no difference to us.",
        "We do not plan any layoffs within the next year.",
    ],
)
def test_family_look_alikes_stay_clean(text: str) -> None:
    assert M not in _rules(text), text


# --- English: the hire's gender in nouns, items, quotas, exclusions --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hiring cheerful girls as hostesses for the car expo.",
        "Looking for a reliable young fellow to drive the van.",
        "Attractive female waiting staff wanted for the casino floor.",
        "Front desk: pretty lady with fluent English.",
        "The successful hire will ideally be a woman in her twenties.",
        "Six developers, all blokes - we'd love another bro on the team.",
        "Ideally a mum whose kids are at school.",
        "Gender ratio for this intake must be 3:1.",
        "Trainee scheme open to male graduates in engineering.",
        "The right site manager knows his crew and runs his site tightly.",
        "The client has asked for a gentleman, ideally over 40.",
        "We need 75% male crew for the deck.",
        "- 40 packers needed, 70% female / 30% male",
        "Ladies, sorry, this one's for the guys.",
        "Ladies must be slim and wear heels; gents just need a tie.",
        "- Male models, height 185cm+, athletic build",
        "Petite girls (size 6-8) for fitting sessions",
        "Nanny wanted - a kind girl, not a boy",
        "Mining group seeks male communications officer",
        "Role restricted to women owing to client preference.",
        "We're recruiting housewives for evening shifts - dads need not apply.",
        "Must-haves:\n- Solid Excel skills\n- Front desk: pretty girl with good English.\n- Tidy",
        "Details:\n- Female hosts, height 165cm+, clear skin\n- Punctual",
        "Terminal handles 40 kg sacks. Planner (desk job) - males only",
        "Lady cashier: minimum height 160 cm, slim build.",
        "Preference for a male PA as the director travels a lot.",
        "A male applicant would fit better with our crew.",
        "Agency note: we only place male carers with these clients.",
        "Hiring: farm boys for the harvest.",
        "Live-in pair wanted: he does the garden, she does the cooking.",
        "The crew is 90% male; we want to keep it that way.",
        "Night Receptionist - female: front desk, 10pm-6am.",
    ],
)
def test_english_gender_classes(text: str) -> None:
    assert G in _rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Looking for a tutor for a 10-year-old girl, twice a week.",
        "We are hiring ladies and gentlemen for the event crew.",
        "Seeking a stylist for our ladies' fashion boutique.",
        "We have a strong record of hiring women engineers.",
        "Our current male/female ratio is 3:1, and we want to change that.",
        "The programme is open to male and female graduates.",
        "Also open to female graduates returning to work.",
        "The ideal candidate knows his or her way around Excel.",
        "Our new assistant will support the CEO in her daily work.",
        "Client: a lady in her 80s who needs help with shopping.",
        "Preferably a parent or carer who knows the school run.",
        "Great job for mothers and fathers returning to work.",
        "Our gender ratio is 1:1 across the company.",
        "Our team today is 70% female and we'd like more balance.",
        "Our workforce is 52% women and 48% men.",
        "- Women's health clinic, busy city practice",
        "- Female patients, mostly aged 60+, need help with mobility",
        "This role is for the ladies' wear department.",
        "Job title: Content Editor, Women's Health",
        "Places are limited to women and men over 18.",
        "Stylists of every gender welcome; male stylists equally welcome.",
        "Seeking a young professional with drive.",
        "A note from HR: join our Women in Tech network (allies welcome).",
        "Lady Gaga fans: minimum age 18.",
        "Riders can request a female driver; we hire drivers of all genders.",
        "Our team is 60% women today.",
        "Keep it simple: apply online.",
        "Changing rooms - male and female, on the ground floor.",
        "Toilets - female: first floor.",
    ],
)
def test_english_gender_look_alikes_stay_clean(text: str) -> None:
    assert G not in _rules(text), text


# --- English lawful contexts: policies over topic lists, goods, the test's own subject -------


@pytest.mark.parametrize(
    "text",
    [
        "No questions about pregnancy, marital status or family plans are part of this process.",
        "Applicants will not be asked about marriage, pregnancy or family plans.",
        "Please leave out your photo, date of birth and marital status from the CV.",
        "No gender, age or marital-status requirements.",
        "Quality inspector for our hCG test-strip production line.",
    ],
)
def test_english_policies_and_goods_stay_clean(text: str) -> None:
    assert not _rules(text) & {G, M, P}, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Female hires must provide a negative pregnancy test before signing.", {P}),
        ("Candidates must provide proof that they are not pregnant.", {P}),
        ("Female, single, willing to take a pregnancy test.", {G, M, P}),
        ("Women only; must provide a negative pregnancy test.", {G, P}),
        ("Offer withdrawn if the pregnancy screen comes back positive.", {M, P}),
        ("No pregnancy during the first two years of the contract.", {M}),
        ("Applicants found pregnant at the pre-employment medical will not be hired.", {M, P}),
        ("Breastfeeding mothers need not apply.", {M}),
        ("Female staff are required to undergo an HCG screening at onboarding.", {P}),
        ("Perfect for mums - sorry, no dads.", {G, M}),
        ("Seeking a housewife for part-time packing.", {G, M}),
        ("Hiring 宝妈 only for our review programme", {G, M}),
        ("Medical: blood test, chest X-ray, urine hCG (women).", {P}),
        ("Helper, female, single, pregnancy test before departure.", {G, M, P}),
        ("Hiring 宝妈宝爸 for our review programme, flexible hours", set()),
    ],
)
def test_pregnancy_test_labels_follow_the_convention(text: str, want: set[str]) -> None:
    assert _rules(text) & {G, M, P} == want, text
