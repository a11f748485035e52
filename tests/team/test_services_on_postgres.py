"""The service scenarios of ``tests/services`` again, on a project that lives on PostgreSQL.

The test functions are imported, not copied: pytest collects them here too, and here the
``project`` and ``project_path`` fixtures come from ``tests/team/conftest.py``, pinned below to
the server. (The sample-project test builds a file of its own and stays SQLite-only.)
"""

from __future__ import annotations

import pytest

from tests.services.test_codebook import *  # noqa: F403
from tests.services.test_markup import *  # noqa: F403
from tests.services.test_undo import *  # noqa: F403


@pytest.fixture(params=["postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
