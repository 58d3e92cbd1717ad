"""The OpenAPI document: every contract operation present once, errors documented."""

from __future__ import annotations

from typing import Any

from web.app import routes
from web.openapi import openapi_document

CONTRACT = {
    "createFair", "createEmployer", "createPost", "registerApplicant", "checkIn", "recordClick",
    "apply", "getPostCounts", "streamLiveCounts", "listInterviews", "recordInterviewOutcome",
}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    doc = openapi_document(routes(), title="jobfair", version="test")
    assert doc["openapi"].startswith("3.")
    return [(path, method, op) for path, ops in doc["paths"].items()
            for method, op in ops.items()]


def test_contract_operations_are_present_exactly_once() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    assert set(ids) >= CONTRACT


def test_every_operation_documents_its_answers_and_bodies() -> None:
    for path, method, op in operations():
        assert op["responses"], (path, method)
        assert "{" not in path or op.get("parameters"), (path, "path parameters undocumented")
        if method in ("post", "patch", "put"):
            # A write names what it acts on in its body, or acts on the caller (bearer token).
            assert "requestBody" in op or op.get("security"), (path, method)
        for status, answer in op["responses"].items():
            if int(status) >= 400:
                assert answer["content"]["application/json"]["schema"]["$ref"].endswith("Error")
