"""Headless commands that use the sync engine; each has `add_arguments` and `run`."""
