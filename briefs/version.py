"""Versions: the package and the extractor (bumped when extraction output changes)."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "1"
