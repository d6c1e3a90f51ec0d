"""The shipped model files (weights only, no article text), read by name.

A plain path beside this module, not ``importlib.resources``: that import costs
about 9 ms, a third of Python's own start-up, on every ``briefs extract``.
"""

from __future__ import annotations

import json
import os
from typing import Any

_HERE = os.path.dirname(os.path.abspath(__file__))


def load(name: str) -> Any:
    """The decoded JSON of the model file ``name``; OSError when it is missing."""
    with open(os.path.join(_HERE, name), encoding="utf-8") as fh:
        return json.load(fh)
