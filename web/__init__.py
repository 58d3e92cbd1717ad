"""The HTTP layer: writes by publishing events (``streams``), reads PostgreSQL projections.

Never imports ``agents``. One composition root: ``web.app.create_app``.
"""
