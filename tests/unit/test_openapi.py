"""The OpenAPI document: every contract operation present once, errors documented, the
document pinned; command errors map to HTTP in one table; commands never take a Request."""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from web import command_errors
from web.app import routes
from web.command_errors import CommandError
from web.errors import STATUS, status_of
from web.openapi import Operation, openapi_document, operation
from web.publish import BrokerUnavailable

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


GOLDEN = Path(__file__).parent / "data" / "openapi.json"


def test_document_is_pinned() -> None:
    """Every operation keeps its operationId, path, parameters and request/response shapes.
    After an intended API change, regenerate the file (``python -m tests.unit.test_openapi``)
    and review its diff."""
    doc = openapi_document(routes(), title="jobfair", version="0.1.0")
    assert doc == json.loads(GOLDEN.read_text(encoding="utf-8"))


async def _ok(request: Request) -> Response:
    return Response()


def test_operations_inside_a_mount_are_listed_under_its_prefix() -> None:
    mounted = Mount("/feature", routes=[Route("/things/{thing_id}", operation(Operation(
        "getThing", "a thing", responses={200: "the thing"}))(_ok), methods=["GET"])])
    doc = openapi_document([mounted], title="t", version="0")
    op = doc["paths"]["/feature/things/{thing_id}"]["get"]
    assert op["operationId"] == "getThing"
    assert op["parameters"][0]["name"] == "thing_id"


COMMAND_MODULES = ("web.setup.commands", "web.setup.post_commands", "web.applicants.commands",
                   "web.interviews.commands", "web.live.commands", "web.support.commands")


def test_every_command_error_has_one_http_status() -> None:
    kinds = {cls for cls in vars(command_errors).values()
             if isinstance(cls, type) and issubclass(cls, CommandError) and cls is not CommandError}
    assert kinds == set(STATUS)
    assert all(400 <= status_of(kind("x")) < 600 for kind in kinds)
    assert status_of(BrokerUnavailable("x")) == 503  # a subclass maps through its parent


def test_commands_take_no_request() -> None:
    """Commands are called by pages, the API, the demo loader and tests alike: plain values or
    a Context in, command errors out; never a Starlette Request."""
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        for fn_name, fn in vars(module).items():
            if inspect.iscoroutinefunction(fn) and fn.__module__ == name:
                hints = [str(p.annotation) for p in inspect.signature(fn).parameters.values()]
                assert not any("Request" in h for h in hints), f"{name}.{fn_name}"


if __name__ == "__main__":  # regenerate the pinned document after an intended API change
    GOLDEN.write_text(json.dumps(openapi_document(routes(), title="jobfair", version="0.1.0"),
                                 indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
