"""The REFI-QDA import and export scenarios of ``tests/refi`` again, on PostgreSQL: whole-project
imports go through the same logged bulk inserts there (ids from sequences, GUIDs kept)."""

from __future__ import annotations

import pytest

from tests.refi.test_qdpx_merge import *  # noqa: F403
from tests.refi.test_qdpx_roundtrip import *  # noqa: F403
from tests.refi.test_qdpx_safety import *  # noqa: F403
from tests.refi.test_qdpx_vendors import *  # noqa: F403


@pytest.fixture(params=["postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
