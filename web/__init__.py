"""The HTTP layer: writes by publishing events (``streams``), reads PostgreSQL projections.

Never imports ``agents``. One composition root: ``web.app.create_app``.

One package per feature (``setup``, ``applicants``, ``interviews``, ``live``), each with
``routes.py`` (its Route list), ``api.py`` (JSON operations), ``pages.py`` (HTML),
``commands.py`` (writes: a ``web.context.Context`` or plain values in, ``web.command_errors``
out, no Request) and ``reads.py`` (queries). Shared at the top: ``app`` (composition root),
``errors`` (command errors -> HTTP), ``auth``, ``health``, ``openapi``, ``publish``,
``projection`` (read-your-write), ``templating`` (the one Jinja environment), ``context``.
"""
