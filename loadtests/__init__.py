"""Benchmarks on a real local stack (Apache Kafka, PostgreSQL, ``jobfair worker``/``web``).

``stack`` starts and stops the stack, ``clicks`` measures the click path against baselines
taken in the same run, ``run_all`` runs every benchmark (``make bench``). They report figures
and ratios; they never assert timings. Loopback only, bounded in count and time.
"""
