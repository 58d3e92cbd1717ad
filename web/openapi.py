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
from jsonschema import Draft202012Validator, validators
from starlette.requests import Request
from starlette.routing import BaseRoute, Mount, Route

from streams.fields import UUID_SCHEMA, ascii_int, bad_value, has_float
from web.command_errors import Invalid

F = TypeVar("F", bound=Callable[..., Any])
MAX_BODY = 64 * 1024

__all__ = [
    "UUID_SCHEMA",
    "Operation",
    "json_body",
    "operation",
    "parse_json_body",
    "string_fields",
    "uuid_request",
]


def _is_int(checker: Any, value: Any) -> bool:
    # JSON Schema calls 3.0 an integer; the event decoders (streams.events) do not.
    return isinstance(value, int) and not isinstance(value, bool)


StrictValidator = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_int))
# The answers of an operation only organisers may call (``**ORGANISER_ONLY`` in responses).
ORGANISER_ONLY = {401: "no valid token", 403: "not an organiser"}
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

    def validator(self) -> Any:
        return StrictValidator(self.request) if self.request else None

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
    return parse_json_body(await request.body(), endpoint)


def parse_json_body(raw: bytes, endpoint: Callable[..., Any]) -> dict[str, Any]:
    """``json_body`` on bytes already read (recordClick's flat path, ``web.live.fastclicks``)."""
    if len(raw) > MAX_BODY:
        raise Invalid(f"body larger than {MAX_BODY} bytes", code="body_too_large")
    try:
        data = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError as exc:
        raise Invalid(f"malformed JSON: {exc}", code="malformed_json") from None
    if not isinstance(data, dict):
        raise Invalid("the body must be a JSON object", code="malformed_json")
    bad = bad_value(data)  # streams.fields: the rule the event decoders apply too
    if bad is not None:
        raise Invalid(f"{bad[0]}: {bad[1]}", code="invalid_request", field=bad[0])
    fast_check = getattr(endpoint, "__jobfair_fast_check__", None)
    fast_error: fastjsonschema.JsonSchemaException | None = None
    if fast_check is not None:
        try:
            fast_check(data)
            if not has_float(data):  # a float in an integer field: the strict check decides
                return data
        except fastjsonschema.JsonSchemaException as exc:
            fast_error = exc  # invalid: let jsonschema say precisely what and where
    validator = getattr(endpoint, "__jobfair_validator__", None)
    if validator is not None:
        error = next(iter(sorted(validator.iter_errors(data), key=lambda e: e.path)), None)
        if error is not None:
            where = ".".join(str(p) for p in error.absolute_path) or "body"
            raise Invalid(f"{where}: {error.message}", code="invalid_request", field=where)
    if fast_error is not None:  # e.g. a pattern's "$" that Python lets past a final newline
        name = str(getattr(fast_error, "name", "") or "data")
        where = name.removeprefix("data").lstrip(".") or "body"
        raise Invalid(f"{where}: {getattr(fast_error, 'message', fast_error)}",
                      code="invalid_request", field=where)
    return data


def uuid_request(*names: str) -> dict[str, Any]:
    """A request body of exactly these UUID fields, each required."""
    return {
        "type": "object",
        "required": list(names),
        "additionalProperties": False,
        "properties": {name: UUID_SCHEMA for name in names},
    }


def string_fields(*names: str, required: Sequence[str] | None = None) -> dict[str, Any]:
    """A response object of these string fields; ``required``: all of them unless given."""
    return {
        "type": "object",
        "required": list(names if required is None else required),
        "properties": {name: {"type": "string"} for name in names},
    }


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


def path_uuid(request: Request, name: str) -> UUID | None:
    """The UUID in path parameter ``name``, or None if it is not one (a page answers its own
    404)."""
    try:
        return UUID(request.path_params[name])
    except ValueError:
        return None


def query_int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    """The whole number in query parameter ``name`` (ASCII digits, ``lo``..``hi``); ``default``
    if absent; Invalid (400) naming it otherwise."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    value = ascii_int(raw)
    if value is None or not lo <= value <= hi:
        raise Invalid(f"{name} must be a whole number from {lo} to {hi}",
                      code="invalid_request", field=name)
    return value


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
