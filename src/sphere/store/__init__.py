"""Sphere's store: one schema on SQLite and PostgreSQL, created and upgraded by migrations."""

from sphere.store.store import Store

__all__ = ["Store"]
