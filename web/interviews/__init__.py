"""Interviews: the interview API, the booth console, the applicant's interview view."""
