"""Personal Cabinet: the desktop client and GetSystemInfo."""

# The one place of the version: pyproject.toml reads it from here (setuptools' dynamic
# ``attr``), and GetSystemInfo stamps it without importing importlib.metadata (~20 ms of
# a report's start).
__version__ = "0.1.0"
