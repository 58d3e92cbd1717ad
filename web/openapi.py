"""JSON operations declared once: route, operationId, request schema, responses.

``@operation(...)`` attaches an :class:`Operation` to an endpoint; ``json_body`` validates the
request against the same JSON Schema that ``/openapi.json`` publishes, so the document and the
checks cannot disagree. ``openapi_document`` builds the OpenAPI 3.1 document from the routes,
including routes inside a ``Mount`` (under the mount's prefix).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from uuid import UUID

import fastjsonschema
import orjson
from jsonschema import Draft202012Validator
from starlette.requests import Request
from starlette.routing import BaseRoute, Mount, Route

from web.command_errors import Invalid

F = TypeVar("F", bound=Callable[..., Any])
MAX_BODY = 64 * 1024

UUID_SCHEMA = {"type": "string", "format": "uuid",
               "pattern": "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"}
ERROR_SCHEMA = {
    "type": "object",
    "required": ["error", "detail"],
    "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    summary: str
    request: dict[str, Any] | None = None
    responses: dict[int, str] = field(default_factory=dict)
    response_schema: dict[str, Any] | None = None
    auth: str | None = None  # "organiser" | "applicant" | "staff"
    parameters: Sequence[dict[str, Any]] = ()
    content_type: str = "application/json"

    def validator(self) -> Draft202012Validator | None:
        return Draft202012Validator(self.request) if self.request else None

    def fast_check(self) -> Callable[[Any], Any] | None:
        # Compiled to Python code: ~1/20 of jsonschema's cost on the hot path (recordClick).
        if not self.request:
            return None
        try:
            return fastjsonschema.compile(self.request)
        except fastjsonschema.JsonSchemaDefinitionException:
            return None  # a keyword it does not know: jsonschema alone decides


def operation(op: Operation) -> Callable[[F], F]:
    def attach(fn: F) -> F:
        fn.__jobfair_operation__ = op  # type: ignore[attr-defined]
        fn.__jobfair_validator__ = op.validator()  # type: ignore[attr-defined]
        fn.__jobfair_fast_check__ = op.fast_check()  # type: ignore[attr-defined]
        return fn

    return attach


async def json_body(request: Request, endpoint: Callable[..., Any]) -> dict[str, Any]:
    """The request's JSON object, validated against the endpoint's schema (400 otherwise)."""
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise Invalid(f"body larger than {MAX_BODY} bytes", code="body_too_large")
    try:
        data = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError as exc:
        raise Invalid(f"malformed JSON: {exc}", code="malformed_json") from None
    if not isinstance(data, dict):
        raise Invalid("the body must be a JSON object", code="malformed_json")
    fast_check = getattr(endpoint, "__jobfair_fast_check__", None)
    if fast_check is not None:
        try:
            fast_check(data)
            return data
        except fastjsonschema.JsonSchemaException:
            pass  # invalid: let jsonschema say precisely what and where
    validator: Draft202012Validator | None = getattr(endpoint, "__jobfair_validator__", None)
    if validator is not None:
        error = next(iter(sorted(validator.iter_errors(data), key=lambda e: e.path)), None)
        if error is not None:
            where = ".".join(str(p) for p in error.absolute_path) or "body"
            raise Invalid(f"{where}: {error.message}", code="invalid_request", field=where)
    return data


def operations(routes: Sequence[BaseRoute], prefix: str = "") -> Iterator[tuple[str, Route]]:
    """(full path, route) of every ``Route``, descending into ``Mount``s (a feature mounted
    under a prefix publishes its operations under that prefix)."""
    for route in routes:
        if isinstance(route, Mount):
            yield from operations(route.routes, prefix + route.path)
        elif isinstance(route, Route):
            yield prefix + route.path, route


def query_uuid(request: Request, name: str, *, blank_is_none: bool = True) -> UUID | None:
    """The UUID in query parameter ``name``; None if absent (or blank, unless
    ``blank_is_none=False``); Invalid (400) if it is not a UUID."""
    raw = request.query_params.get(name)
    if raw is None or (blank_is_none and not raw):
        return None
    try:
        return UUID(raw)
    except ValueError:
        raise Invalid(f"{name} must be a UUID", code="invalid_request", field=name) from None


def openapi_document(routes: Sequence[BaseRoute], *, title: str, version: str) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for full_path, route in operations(routes):
        op: Operation | None = getattr(route.endpoint, "__jobfair_operation__", None)
        if op is None:
            continue
        for method in sorted((route.methods or set()) - {"HEAD"}):
            path = re.sub(r"\{(\w+):\w+\}", r"{\1}", full_path)
            paths.setdefault(path, {})[method.lower()] = _describe(op, path)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": paths,
        "components": {
            "securitySchemes": {
                "organiser": {"type": "http", "scheme": "bearer"},
                "applicant": {"type": "http", "scheme": "bearer"},
                "staff": {"type": "http", "scheme": "bearer"},
            },
            "schemas": {"Error": ERROR_SCHEMA},
        },
    }


def _describe(op: Operation, path: str) -> dict[str, Any]:
    params = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in _path_params(path)
    ] + list(op.parameters)
    responses: dict[str, Any] = {}
    for status, text in sorted(op.responses.items()):
        body: dict[str, Any] = {"description": text}
        if status >= 400:
            body["content"] = {
                "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
        elif op.response_schema is not None:
            body["content"] = {op.content_type: {"schema": op.response_schema}}
        responses[str(status)] = body
    doc: dict[str, Any] = {
        "operationId": op.operation_id, "summary": op.summary, "responses": responses,
    }
    if params:
        doc["parameters"] = params
    if op.request is not None:
        doc["requestBody"] = {
            "required": True, "content": {"application/json": {"schema": op.request}}
        }
    if op.auth:
        doc["security"] = [{op.auth: []}]
    return doc


def _path_params(path: str) -> list[str]:
    out = []
    for part in path.split("/"):
        if part.startswith("{") and part.endswith("}"):
            out.append(part[1:-1].split(":")[0])
    return out


def dumps(doc: Any) -> bytes:
    return orjson.dumps(doc)
