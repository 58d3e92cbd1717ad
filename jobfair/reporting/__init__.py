"""The report upward (issue 12): figure definitions, the query, and its exports."""

from __future__ import annotations

from jobfair.reporting.query import Report, UnknownFair, fair_report

__all__ = ["Report", "UnknownFair", "fair_report"]
