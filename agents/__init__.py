"""Faust agents, one module per topic family. Each exposes ``register(app, topics, deps)``.

The agent body is thin wiring: decode -> pure rules -> store -> send. Stores live beside the
agent (``agents/*_store.py``) and take a connection.
"""
