"""Cleaning: bytes to a clean article — decoding, HTML extraction, boilerplate removal, language."""
