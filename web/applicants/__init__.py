"""The applicant journey: registration, check-in, applications, applicant pages and auth."""
