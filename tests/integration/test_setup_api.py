"""Fair setup through the organiser API on real Kafka and PostgreSQL: web -> fairsetup ->
agents.setup -> projection, with equal-employment screening and its audit trail."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from kafka import KafkaProducer
from starlette.testclient import TestClient

from domain.tokens import QrKind, verify_qr_token
from jobfair.settings import Settings
from tests.conftest import WorkerProcess, poll

pytestmark = pytest.mark.integration

MAMA_FLEX = {"window_start": "09:00", "window_end": "15:00", "days": [1, 2, 3, 4, 5],
             "remote_share": 0.0, "school_run_compatible": True}


@pytest.fixture
def client(organiser_client: TestClient) -> TestClient:
    return organiser_client  # tests/integration/conftest.py


def fair_body(**over: Any) -> dict[str, Any]:
    start = datetime.now(UTC) + timedelta(days=1)
    body = {"name": "女性专场招聘会", "kind": "onsite", "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=5)).isoformat(), "venue": "会展中心 2 号馆"}
    return {**body, **over}


def created(r: Any, status: int = 201) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    return body


def make_fair_and_employer(client: TestClient) -> tuple[dict[str, Any], dict[str, Any]]:
    fair = created(client.post("/api/fairs", json=fair_body()))
    employer = created(client.post("/api/employers", json={
        "fair_id": fair["id"], "name": "明珠电商", "booth": f"A{uuid.uuid4().hex[:4]}",
        "interview_tables": 2, "slot_minutes": 10}))
    return fair, employer


def test_organiser_operations_need_the_token(settings: Settings, client: TestClient) -> None:
    del client.headers["authorization"]
    for method, path in (("POST", "/api/fairs"), ("GET", "/api/fairs"),
                         ("POST", "/api/employers"), ("POST", "/api/posts"),
                         ("GET", "/api/posts"), ("POST", f"/api/posts/{uuid.uuid4()}/review")):
        r = client.request(method, path, json={})
        assert (r.status_code, r.json()["error"]) == (401, "unauthorized"), (method, path)
    r = client.post("/api/fairs", json=fair_body(), headers={"authorization": "Bearer nope"})
    assert (r.status_code, r.json()["error"]) == (401, "unauthorized")


def test_fair_employer_and_mama_post(settings: Settings, client: TestClient,
                                     db: Callable[..., Any]) -> None:
    fair, employer = make_fair_and_employer(client)
    assert fair["entrance_qr_url"].startswith(f"{settings.base_url}/f/")
    claims = verify_qr_token(settings.secret, fair["entrance_qr_url"].rsplit("/", 1)[1],
                             int(datetime.now(UTC).timestamp()), QrKind.FAIR)
    (row,) = db("SELECT id FROM fair WHERE qr_code = $1", claims.code)
    assert str(row["id"]) == fair["id"]
    assert employer["booth_qr_url"].startswith(f"{settings.base_url}/b/")
    post = created(client.post("/api/posts", json={
        "employer_id": employer["id"], "title": "直播运营助理", "headcount": 3,
        "description": "弹性上下班，可接送孩子；男女不限。", "flex": MAMA_FLEX,
        "pay_min": 4000, "pay_max": 6000, "location": "步行街 12 号"}))
    assert post["status"] == "published" and post["is_mama"] is True
    assert "可接送孩子" in post["mama_reasons"]
    assert post["post_qr_url"].startswith(f"{settings.base_url}/p/")
    assert post["flex"]["window_start"] == "09:00"
    (counts,) = db("SELECT fair_id::text AS fair, clicks FROM post_counts WHERE post_id = $1",
                   uuid.UUID(post["id"]))
    assert (counts["fair"], counts["clicks"]) == (fair["id"], 0)
    (audit,) = db("SELECT decision, rules, rules_version, decided_by FROM post_screening "
                  "WHERE post_id = $1", uuid.UUID(post["id"]))
    assert (audit["decision"], audit["rules"], audit["decided_by"]) == ("published", [],
                                                                         "screening")
    # Flat flexible-work fields are accepted too; a night shift is never a 妈妈岗.
    night = created(client.post("/api/posts", json={
        "employer_id": employer["id"], "title": "夜班分拣员", "headcount": 2,
        "description": "男女不限", "window_start": "14:00", "window_end": "22:00",
        "school_run_compatible": True}))
    assert (night["is_mama"], night["mama_reasons"]) == (False, [])
    listed = client.get("/api/posts", params={"fair_id": fair["id"]}).json()
    assert {p["id"] for p in listed} == {post["id"], night["id"]}
    assert [e["id"] for e in client.get(f"/api/fairs/{fair['id']}/employers").json()] == [
        employer["id"]]
    assert fair["id"] in {f["id"] for f in client.get("/api/fairs").json()}


def test_violating_post_is_refused_audited_and_can_be_overridden(
    client: TestClient, db: Callable[..., Any]
) -> None:
    _, employer = make_fair_and_employer(client)
    r = client.post("/api/posts", json={
        "employer_id": employer["id"], "title": "前台接待", "headcount": 1,
        "description": "仅限女性，要求已婚已育，入职体检含孕检。"})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "post_not_compliant"
    rules = {v["rule"] for v in body["violations"]}
    assert {"GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"} <= rules
    assert all(v["excerpt"] and v["explanation"] for v in body["violations"])
    post_id = uuid.UUID(body["post_id"])
    (row,) = db("SELECT status FROM post WHERE id = $1", post_id)
    assert row["status"] == "rejected"
    (audit,) = db("SELECT decision, rules FROM post_screening WHERE post_id = $1", post_id)
    assert audit["decision"] == "rejected" and set(audit["rules"]) == rules
    r = client.post(f"/api/posts/{post_id}/review", json={"decision": "approved", "reason": ""})
    assert (r.status_code, r.json()["field"]) == (400, "reason")
    reviewed = created(client.post(f"/api/posts/{post_id}/review", json={
        "decision": "approved", "reason": "复核：原文为转述法规条款"}), 200)
    assert reviewed["status"] == "published" and reviewed["review"]["by"] == "organiser"
    trail = client.get(f"/api/posts/{post_id}/screening").json()
    assert [a["decision"] for a in trail] == ["rejected", "approved"]
    assert trail[1]["previous_status"] == "rejected"
    assert trail[1]["reason"] == "复核：原文为转述法规条款"
    assert set(trail[1]["rules"]) == rules  # what was overridden, on the override record
    r = client.post(f"/api/posts/{post_id}/review",
                    json={"decision": "approve", "reason": "再次确认"})
    assert (r.status_code, r.json()["error"]) == (409, "nothing_to_review")


def test_exemption_needs_review_before_publishing(client: TestClient) -> None:
    fair, employer = make_fair_and_employer(client)
    post = created(client.post("/api/posts", json={
        "employer_id": employer["id"], "title": "井下采掘工", "headcount": 10,
        "description": "矿山井下作业，依据《女职工劳动保护特别规定》限男性。"}))
    assert post["status"] == "needs_review" and post["needs_review"] is True
    assert [e["code"] for e in post["exemptions"]] == ["PROHIBITED_WORK_FOR_WOMEN"]
    published = client.get("/api/posts", params={"fair_id": fair["id"],
                                                 "status": "published"}).json()
    assert post["id"] not in {p["id"] for p in published}
    flagged = client.get("/api/posts", params={"fair_id": fair["id"],
                                               "status": "needs_review,rejected"}).json()
    assert [p["id"] for p in flagged] == [post["id"]]
    done = created(client.post(f"/api/posts/{post['id']}/review", json={
        "decision": "approved", "reason": "已核实：矿山井下岗位"}), 200)
    assert done["status"] == "published"


def test_updates_are_screened_versioned_and_audited(
    client: TestClient, db: Callable[..., Any]
) -> None:
    _, employer = make_fair_and_employer(client)
    post = created(client.post("/api/posts", json={
        "employer_id": employer["id"], "title": "收银员", "headcount": 2,
        "description": "熟悉收银系统"}))
    r = client.patch(f"/api/posts/{post['id']}", json={"description": "男性优先"})
    assert (r.status_code, r.json()["error"]) == (422, "post_not_compliant")
    again = client.get(f"/api/posts/{post['id']}").json()
    assert (again["description"], again["version"], again["status"]) == (
        "熟悉收银系统", 1, "published")
    decisions = [a["decision"] for a in client.get(f"/api/posts/{post['id']}/screening").json()]
    assert decisions == ["published", "edit_rejected"]
    edited = created(client.patch(f"/api/posts/{post['id']}", json={
        "description": "熟悉收银系统，可居家培训", "flex": {**MAMA_FLEX, "remote_share": 0.6},
        "version": 1}), 200)
    assert (edited["version"], edited["is_mama"]) == (2, True)
    assert "居家办公" in edited["mama_reasons"]
    r = client.patch(f"/api/posts/{post['id']}", json={"headcount": 3, "version": 1})
    assert (r.status_code, r.json()["error"]) == (409, "version_conflict")
    closed = created(client.patch(f"/api/posts/{post['id']}", json={"status": "closed"}), 200)
    assert closed["status"] == "closed"
    fair = client.get(f"/api/fairs/{employer['fair_id']}").json()
    moved = created(client.patch(f"/api/fairs/{fair['id']}", json={
        "venue": "新会场", "version": fair["version"]}), 200)
    assert (moved["venue"], moved["version"]) == ("新会场", fair["version"] + 1)
    emp = created(client.patch(f"/api/employers/{employer['id']}", json={"slot_minutes": 15}),
                  200)
    assert (emp["slot_minutes"], emp["version"]) == (15, 2)


def test_bad_input_gets_specific_errors(client: TestClient) -> None:
    fair, employer = make_fair_and_employer(client)
    start = datetime.now(UTC)
    r = client.post("/api/fairs", json=fair_body(starts_at=start.isoformat(),
                                                 ends_at=start.isoformat()))
    assert (r.status_code, r.json()["error"]) == (422, "ends_before_start")
    r = client.post("/api/fairs", json=fair_body(kind="party"))
    assert (r.status_code, r.json()["field"]) == (400, "kind")
    r = client.post("/api/fairs", json=fair_body(starts_at="next tuesday"))
    assert (r.status_code, r.json()["error"]) == (400, "invalid_time")
    base = {"fair_id": fair["id"], "name": "e", "booth": "Z1", "interview_tables": 1,
            "slot_minutes": 5}
    r = client.post("/api/employers", json={**base, "fair_id": str(uuid.uuid4())})
    assert (r.status_code, r.json()["error"]) == (404, "unknown_fair")
    for field, value in (("interview_tables", 0), ("slot_minutes", 4), ("slot_minutes", "10")):
        r = client.post("/api/employers", json={**base, field: value})
        assert (r.status_code, r.json()["field"]) == (400, field)
    r = client.post("/api/employers", json={**base, "booth": employer["booth"]})
    assert (r.status_code, r.json()["error"]) == (409, "booth_taken")
    post = {"employer_id": employer["id"], "title": "t", "description": "d", "headcount": 1}
    r = client.post("/api/posts", json={**post, "employer_id": str(uuid.uuid4())})
    assert (r.status_code, r.json()["error"]) == (404, "unknown_employer")
    r = client.post("/api/posts", json={**post, "headcount": 0})
    assert (r.status_code, r.json()["field"]) == (400, "headcount")
    r = client.post("/api/posts", json={**post, "flex": {"window_start": "10:00",
                                                         "window_end": "09:00"}})
    assert (r.status_code, r.json()["error"]) == (400, "invalid_flex")
    r = client.post("/api/posts", json={**post, "pay_min": 5000, "pay_max": 3000})
    assert (r.status_code, r.json()["error"]) == (422, "pay_range_invalid")
    r = client.get(f"/api/posts/{uuid.uuid4()}")
    assert (r.status_code, r.json()["error"]) == (404, "unknown_post")
    r = client.get("/api/fairs/not-a-uuid")
    assert (r.status_code, r.json()["error"]) == (404, "unknown_fair")


def test_retried_create_with_the_same_id_is_one_record(client: TestClient,
                                                       db: Callable[..., Any]) -> None:
    fair_id = str(uuid.uuid4())
    first = created(client.post("/api/fairs", json=fair_body(id=fair_id)))
    again = created(client.post("/api/fairs", json=fair_body(id=fair_id)), 200)
    assert first["entrance_qr_url"] == again["entrance_qr_url"]
    assert len(db("SELECT 1 FROM fair WHERE id = $1", uuid.UUID(fair_id))) == 1


def test_staff_token_is_limited_to_its_own_employer(client: TestClient) -> None:
    fair, employer = make_fair_and_employer(client)
    other = created(client.post("/api/employers", json={
        "fair_id": fair["id"], "name": "别家", "booth": "Q9", "interview_tables": 1,
        "slot_minutes": 10}))
    staff = {"authorization": f"Bearer {employer['staff_token']}"}
    mine = created(client.post("/api/posts", headers=staff, json={
        "employer_id": employer["id"], "title": "客服", "description": "男女不限",
        "headcount": 1}))
    r = client.post("/api/posts", headers=staff, json={
        "employer_id": other["id"], "title": "客服", "description": "x", "headcount": 1})
    assert (r.status_code, r.json()["error"]) == (403, "forbidden")
    r = client.post("/api/fairs", headers=staff, json=fair_body())
    assert (r.status_code, r.json()["error"]) == (403, "forbidden")
    r = client.post(f"/api/posts/{mine['id']}/review", headers=staff,
                    json={"decision": "rejected", "reason": "自己审核"})
    assert r.status_code == 403
    listed = client.get("/api/posts", headers=staff).json()
    assert {p["employer_id"] for p in listed} == {employer["id"]}
    assert "staff_token" not in client.get(f"/api/employers/{employer['id']}",
                                           headers=staff).json()
    r = client.get(f"/api/employers/{other['id']}", headers=staff)
    assert r.status_code == 404


def test_redelivered_events_change_nothing_and_poison_is_dead_lettered(
    settings: Settings, client: TestClient, db: Callable[..., Any]
) -> None:
    _, employer = make_fair_and_employer(client)
    post = created(client.post("/api/posts", json={
        "employer_id": employer["id"], "title": "店员", "description": "孕婴店店员",
        "headcount": 1}))
    created(client.patch(f"/api/posts/{post['id']}", json={"headcount": 4}), 200)
    # Replay the whole fairsetup history of this fair from the topic (as a rebalance would).
    from kafka import KafkaConsumer

    consumer = KafkaConsumer("fairsetup", bootstrap_servers=settings.kafka_bootstrap,
                             auto_offset_reset="earliest", consumer_timeout_ms=3000)
    mine = [m.value for m in consumer if m.key == employer["fair_id"].encode()]
    consumer.close()
    assert len(mine) == 4  # FairCreated, EmployerCreated, PostCreated, PostUpdated
    poison = b'{"type": "PostCreated", "post_id": "x"}'
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
    for value in [*mine, poison]:
        producer.send("fairsetup", key=employer["fair_id"].encode(), value=value)
    producer.flush()
    producer.close()
    poll(lambda: db("SELECT 1 FROM dead_letter WHERE payload = $1", poison), timeout=30,
         what="the poison event dead-lettered")
    (row,) = db("SELECT headcount, version FROM post WHERE id = $1", uuid.UUID(post["id"]))
    assert (row["headcount"], row["version"]) == (4, 2)
    audit = db("SELECT decision FROM post_screening WHERE post_id = $1 ORDER BY at",
               uuid.UUID(post["id"]))
    assert [a["decision"] for a in audit] == ["published", "published"]
    assert orjson.loads(mine[2])["type"] == "PostCreated"


def test_openapi_lists_the_setup_operations(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ops = {op["operationId"]: op for path in spec["paths"].values() for op in path.values()}
    wanted = {"createFair", "createEmployer", "createPost", "getFair", "listFairs",
              "listEmployers", "listPosts", "updatePost", "reviewPost", "getPosters",
              "getPoster", "getPostScreening", "updateFair", "updateEmployer"}
    assert wanted <= set(ops)
    assert ops["createFair"]["security"] == [{"organiser": []}]
    assert "422" in ops["createPost"]["responses"]


def test_demo_loads_through_the_events_and_twice_is_once(
    settings: Settings, module_worker: WorkerProcess, db: Callable[..., Any]
) -> None:
    from jobfair.demo import demo_ids, load_demo

    first = load_demo(settings)
    fair_id, posts = demo_ids()
    assert str(fair_id) in first and f"{settings.base_url}/f/" in first
    rows = db("SELECT id, status, is_mama FROM post WHERE fair_id = $1", fair_id)
    published = {r["id"] for r in rows if r["status"] == "published"}
    assert published == set(posts)
    assert sum(r["is_mama"] for r in rows) >= 2
    assert [r["status"] for r in rows if r["id"] not in published] == ["rejected"]
    events = db("SELECT count(*) AS n FROM post_screening WHERE fair_id = $1", fair_id)[0]["n"]
    second = load_demo(settings)
    assert second.split("entrance")[0] == first.split("entrance")[0]
    assert len(db("SELECT 1 FROM post WHERE fair_id = $1", fair_id)) == len(rows)
    assert len(db("SELECT 1 FROM employer WHERE fair_id = $1", fair_id)) == 2
    # A create with a known id answers from the projection: no event, no new audit row.
    again = db("SELECT count(*) AS n FROM post_screening WHERE fair_id = $1", fair_id)[0]["n"]
    assert again == events
