"""Faust agents, one module per topic family, each wired by ``jobfair.worker.build``.

Each module exposes ``register(app, deps) -> agent`` (``heartbeat`` also takes the worker id).
The counting agents (``clicks``, ``checkins``, ``applications``, ``setup``) supply only
``parse`` and ``apply_batch`` to the batch runner in ``agents.runtime``, which owns decode, the
transaction, the replay on a database refusal, dead letters and metrics. Stores live beside
the agent (``agents/*_store.py``) and take a connection inside the runner's transaction.
"""
