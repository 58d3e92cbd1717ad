"""The one exception tree of the process layer (CLI, provisioning, local servers).

    JobfairError
    ├── ConfigError          a setting is missing or malformed
    ├── ServiceUnreachable   a broker or database could not be reached at start
    └── MigrationError       an applied migration file changed, or SQL failed

The CLI turns each into a one-line message and exit code 1, never a traceback.
"""

from __future__ import annotations


class JobfairError(Exception):
    """Base of errors the CLI reports as one line."""


class ConfigError(JobfairError):
    pass


class ServiceUnreachable(JobfairError):
    pass


class MigrationError(JobfairError):
    pass
