"""The collector pause around bulk reads: the collector runs again after the block, also when
the block fails, and a block inside another leaves it to the outer one."""

from __future__ import annotations

import gc

import pytest

from desktop_app.domain.bulk import collector_paused


def test_the_collector_runs_again_after_the_block_and_after_a_failure() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it to the outer one
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the read failed")
    assert gc.isenabled()
