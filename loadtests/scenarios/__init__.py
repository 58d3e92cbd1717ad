"""Peak scenarios in Locust (issue 15 item 3), run by ``jobfair loadtest SCENARIO``.

One locustfile per scenario (``opening_rush``, ``click_storm``, ``full_day``); ``common``
holds the operation lookup by operationId and the fixture (the fair the run plays against),
``fixture`` creates that fair through the organiser API, ``sse_viewers`` is the lightweight
asyncio client that holds hundreds of ``streamLiveCounts`` streams open.
"""
