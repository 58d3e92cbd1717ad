"""1131×N services and discrimination complaints (issue 12)."""
