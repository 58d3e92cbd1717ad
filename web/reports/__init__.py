"""Fair figures and the report on the organiser side (issue 12)."""
