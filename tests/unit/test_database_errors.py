"""PostgreSQL going away mid-request is a 503 ``database_unavailable``, never a 500.

Data flow: a Starlette app with the project's one error table (``web.errors``) and a route that
raises what asyncpg raises when the server is lost mid-operation -> the HTTP answer. The fault
suite met ``InternalClientError`` ("cannot switch to state 12; another operation is in
progress") on recordClick while PostgreSQL was SIGKILLed, answered 500 before it was mapped.
Data errors keep their own answers: a constraint violation is not "unavailable".
"""

from __future__ import annotations

import asyncpg
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.testclient import TestClient

from web.database import UNREACHABLE
from web.errors import exception_handlers

LOST_MID_OPERATION = [
    asyncpg.exceptions.InternalClientError(
        "cannot switch to state 12; another operation (2) is in progress"),
    asyncpg.exceptions.ConnectionDoesNotExistError("connection closed in the middle of operation"),
    asyncpg.exceptions.CrashShutdownError("terminating connection because of crash"),
    ConnectionRefusedError(111, "Connection refused"),
    TimeoutError(),
]


def client_raising(exc: BaseException) -> TestClient:
    async def boom(request: Request) -> Response:
        raise exc

    app = Starlette(routes=[Route("/boom", boom, methods=["POST"])],
                    exception_handlers=exception_handlers)
    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize("exc", LOST_MID_OPERATION, ids=lambda e: type(e).__name__)
def test_connection_lost_mid_operation_is_503_database_unavailable(exc: BaseException) -> None:
    assert isinstance(exc, UNREACHABLE)
    got = client_raising(exc).post("/boom")
    assert got.status_code == 503
    assert got.json()["error"] == "database_unavailable"
    assert int(got.headers["retry-after"]) >= 1


def test_a_data_error_is_not_called_unavailable() -> None:
    exc = asyncpg.exceptions.UniqueViolationError("duplicate key value")
    assert not isinstance(exc, UNREACHABLE)
    got = client_raising(exc).post("/boom")
    assert got.status_code == 500
    assert got.json()["error"] == "internal"
