"""Fair setup: organiser API and pages, commands, reads, schemas, print materials."""
