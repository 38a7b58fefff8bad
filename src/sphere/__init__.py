"""Sphere: an evidence-first observatory of great-power influence in Central Asia."""

__version__ = "0.1.0"
