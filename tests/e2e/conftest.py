"""End-to-end tests: ``jobfair dev`` run as a subprocess, as a person runs it.

They start their own Kafka, PostgreSQL, worker and web app, so they need no fixture beyond the
root ``tests/conftest.py`` (``poll``, ``ARTIFACTS``). Every test collected here is marked
``e2e`` and ``slow``, so ``pytest -m "not e2e"`` skips them without each module remembering to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.slow)
