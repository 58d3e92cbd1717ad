"""Rooms through the API in-process (issue 11): who may read and steer what, and the 4xx answers
for bad input (never a 500); the counts themselves are tested through the agents
(tests/agents/test_room_counts.py) and end to end in the browser tests."""

from __future__ import annotations

import uuid

import pytest
from starlette.testclient import TestClient

from jobfair.settings import Settings
from tests.integration.fairkit import make_fair

pytestmark = pytest.mark.integration


def test_rooms_auth_and_bad_input(organiser_client: TestClient, settings: Settings) -> None:
    client = organiser_client
    fair = make_fair(client, settings, posts=2, name="直播带岗专场")
    other = make_fair(client, settings, posts=1, name="另一场")
    r = client.post("/api/rooms", json={"fair_id": fair.id, "name": "抖音·明珠直播间"})
    assert r.status_code == 201, r.text
    room = r.json()
    assert len(room["links"]) == 2 and room["platform"] is None
    again = client.post("/api/rooms", json={"id": room["id"], "fair_id": fair.id, "name": "x"})
    assert again.status_code == 200 and again.json()["name"] == "抖音·明珠直播间"

    for body, status, code in (
        ({"fair_id": str(uuid.uuid4()), "name": "x"}, 404, "unknown_fair"),
        ({"fair_id": fair.id}, 400, None),
        ({"fair_id": fair.id, "name": ""}, 400, None),
        ({"fair_id": fair.id, "name": "x", "extra": 1}, 400, None),
    ):
        r = client.post("/api/rooms", json=body)
        assert r.status_code == status, (body, r.text)
        assert code is None or r.json()["error"] == code
    assert (
        client.post(
            "/api/rooms", json={"fair_id": fair.id, "name": "x"}, headers={"authorization": ""}
        ).status_code
        == 401
    )

    host = client.get(f"/api/fairs/{fair.id}").json()["host_token"]
    other_host = client.get(f"/api/fairs/{other.id}").json()["host_token"]
    counts = f"/api/rooms/{room['id']}/counts"
    assert client.get(counts).json() == {
        "room_id": room["id"],
        "clicks": 0,
        "registrations": 0,
        "applications": 0,
    }
    assert client.get(counts, headers={"authorization": f"Bearer {host}"}).status_code == 200
    assert (
        client.get(counts, headers={"authorization": f"Bearer {other_host}"}).status_code == 404
    )  # another fair's host sees no such room
    assert client.get(counts, headers={"authorization": ""}).status_code == 401
    assert client.get("/api/rooms/not-a-uuid/counts").status_code == 404
    assert (
        client.post(
            "/api/rooms",
            json={"fair_id": fair.id, "name": "x"},
            headers={"authorization": f"Bearer {host}"},
        ).status_code
        == 403
    )

    present = f"/api/fairs/{fair.id}/presenting"
    post = fair.post_ids[0]
    as_host = {"authorization": f"Bearer {host}"}
    r = client.post(present, json={"post_id": post, "room_id": room["id"]}, headers=as_host)
    assert r.status_code == 200, r.text
    state = client.get(f"/api/fairs/{fair.id}/host-state?room={room['id']}").json()
    assert state["presented"]["post_id"] == post and state["qr_img"].endswith("/qr.png")
    assert room["id"] in state["qr_img"] and state["rooms"][0]["room_id"] == room["id"]
    for body, headers, status in (
        ({"post_id": post}, {"authorization": f"Bearer {other_host}"}, 404),
        ({"post_id": other.post_ids[0]}, as_host, 404),
        ({"post_id": post, "room_id": str(uuid.uuid4())}, as_host, 404),
        ({"post_id": "nope"}, as_host, 400),
        ({"post_id": post}, {"authorization": ""}, 401),
    ):
        assert client.post(present, json=body, headers=headers).status_code == status, body
    assert client.post(present, json={"post_id": None}, headers=as_host).status_code == 200
    assert client.get(f"/api/fairs/{fair.id}/host-state?room=nope").status_code == 400
    assert client.get(f"/api/fairs/{fair.id}/host-state?room={uuid.uuid4()}").status_code == 404
    assert client.get(f"/api/fairs/{uuid.uuid4()}/host-state").status_code == 404
    assert client.get(f"/host/{fair.id}/overlay?layout=sideways").status_code == 200
    assert client.get(f"/host/{fair.id}?room={uuid.uuid4()}").status_code == 404
    qr = f"/api/rooms/{room['id']}/posts/{other.post_ids[0]}/qr.png"
    assert client.get(qr).status_code == 404  # a post of another fair is not in this room
