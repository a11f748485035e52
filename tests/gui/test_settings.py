"""Settings live in PARLEY_CONFIG_DIR when it is set, with defaults for everything."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.gui.recent_codes import RecentCodes
from desktop_app.gui.settings import RECENT_PROJECTS_KEPT, Settings


def test_settings_file_is_in_the_config_dir_and_survives_a_new_object() -> None:
    settings = Settings()
    assert Path(settings.file_name).parent == Path(os.environ["PARLEY_CONFIG_DIR"])
    assert settings.appearance == "system" and settings.reader_point_size == 12
    settings.last_project = "/data/a.parley"
    settings.appearance = "dark"
    settings.set_recent_codes("guid-1", RecentCodes([(3, 4), None, (5,)], [2, 0], pinned=True))
    settings.sync()
    again = Settings()
    assert again.last_project == "/data/a.parley"
    assert again.appearance == "dark"
    assert again.recent_codes("guid-1") == RecentCodes([(3, 4), None, (5,)], [2, 0], True)
    assert again.recent_codes("other") == RecentCodes()


def test_recent_projects_are_most_recent_first_without_repeats() -> None:
    settings = Settings()
    for number in range(RECENT_PROJECTS_KEPT + 3):
        settings.add_recent_project(f"/p/{number}.parley")
    settings.add_recent_project("/p/5.parley")
    recent = settings.recent_projects
    assert recent[0] == "/p/5.parley"
    assert len(recent) == RECENT_PROJECTS_KEPT == len(set(recent))


def test_damaged_values_fall_back_to_defaults() -> None:
    settings = Settings()
    settings._store.setValue("projects/recent", "{not json")
    settings._store.setValue("view/appearance", "purple")
    settings._store.setValue("view/reader_point_size", "huge")
    assert settings.recent_projects == []
    assert settings.appearance == "system"
    assert settings.reader_point_size == 12
