"""Where a running ``jobfair dev`` says which servers it started, for the other commands.

``jobfair dev`` writes ``DATA_DIR/dev.json`` (mode 600: it holds the DSN) once its broker and
database run, and removes it when it stops. Commands run beside it (``jobfair report``) call
:func:`with_dev_servers`: settings given in the environment win; missing ones are taken from
the file while the process that wrote it is alive (a file left by a killed dev is ignored).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from jobfair.settings import Settings

STATE_FILE = "dev.json"


def write_state(data_dir: Path, settings: Settings) -> Path:
    path = data_dir / STATE_FILE
    state = {
        "pid": os.getpid(),
        "kafka_bootstrap": settings.kafka_bootstrap,
        "database_url": settings.database_url,
        "base_url": settings.base_url,
    }
    tmp = path.with_suffix(".tmp")
    tmp.touch(mode=0o600)
    tmp.write_text(json.dumps(state))
    tmp.replace(path)
    return path


def clear_state(data_dir: Path) -> None:
    state = read_state(data_dir)
    if state is not None and state.get("pid") == os.getpid():
        (data_dir / STATE_FILE).unlink(missing_ok=True)


def read_state(data_dir: Path) -> dict[str, Any] | None:
    """The state of a live ``jobfair dev`` using ``data_dir``, or None."""
    try:
        state: dict[str, Any] = json.loads((data_dir / STATE_FILE).read_text())
        os.kill(int(state["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return state


def with_dev_servers(settings: Settings) -> Settings:
    """``settings`` with the broker and database of a running ``jobfair dev`` filled in where
    the environment does not name them."""
    state = read_state(settings.data_dir.resolve())
    if state is None:
        return settings
    return settings.replace(
        kafka_bootstrap=settings.kafka_bootstrap or state.get("kafka_bootstrap"),
        database_url=settings.database_url or state.get("database_url"),
    )
