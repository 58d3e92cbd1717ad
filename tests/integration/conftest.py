"""Fixtures shared by integration modules that run one worker for the whole module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from jobfair.settings import Settings
from tests.conftest import WorkerProcess
from web.app import create_app


@pytest.fixture(scope="module")
def module_worker(settings: Settings, tmp_path_factory: pytest.TempPathFactory,
                  request: pytest.FixtureRequest) -> Iterator[WorkerProcess]:
    name = request.module.__name__.rsplit(".", 1)[-1]
    w = WorkerProcess(settings, tmp_path_factory.mktemp(f"{name}-worker") / "worker.log")
    w.start()
    try:
        w.wait_ready()
        yield w
    finally:
        w.stop()


@pytest.fixture
def organiser_client(settings: Settings, module_worker: WorkerProcess) -> Iterator[TestClient]:
    """The web app in-process, authenticated as the organiser, with a module's worker running."""
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        c.headers["authorization"] = f"Bearer {settings.organiser_token}"
        yield c


@pytest.fixture
def phone_client(settings: Settings, module_worker: WorkerProcess) -> Iterator[TestClient]:
    """The web app in-process like a phone's browser: keeps cookies and sends its Origin with
    form posts (applicant forms without a same-site Origin are refused, web.identity.headers)."""
    with TestClient(create_app(settings), raise_server_exceptions=False,
                    headers={"origin": "http://testserver"}) as c:
        yield c
