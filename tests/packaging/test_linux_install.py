"""install.sh from the Linux tarball, run on a fake unpacked bundle: it installs into a prefix
with a menu entry that calls the installed binary, and uninstalls every file it put there."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.parley.Parley"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="install.sh is the Linux installer")


def fake_tarball_tree(folder: Path) -> Path:
    """The layout build.sh stages, with a stand-in executable."""
    executable = folder / "lib" / "parley" / "parley"
    executable.parent.mkdir(parents=True)
    executable.write_text("#!/bin/sh\necho parley 0.0.0\n", encoding="utf-8")
    executable.chmod(executable.stat().st_mode | stat.S_IXUSR)
    (folder / "lib" / "parley" / "_internal").mkdir()
    share = folder / "share"
    for target, source in (
        (f"applications/{APP_ID}.desktop", LINUX / f"{APP_ID}.desktop"),
        (f"metainfo/{APP_ID}.metainfo.xml", LINUX / f"{APP_ID}.metainfo.xml"),
        (f"mime/packages/{APP_ID}.xml", LINUX / f"{APP_ID}.mime.xml"),
        (f"icons/hicolor/48x48/apps/{APP_ID}.png", ROOT / "resources/icons/app/parley-48.png"),
    ):
        (share / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, share / target)
    shutil.copy(LINUX / "install.sh", folder / "install.sh")
    return folder / "install.sh"


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # No desktop database tools on PATH: install.sh must cope without them.
    env = {**os.environ, "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["sh", str(script), *args], capture_output=True, text=True, env=env, check=False
    )


def test_install_then_uninstall(tmp_path: Path) -> None:
    script = fake_tarball_tree(tmp_path / "unpacked")
    prefix = tmp_path / "prefix"

    installed = run(script, "--prefix", str(prefix))
    assert installed.returncode == 0, installed.stderr
    binary = prefix / "bin" / "parley"
    assert subprocess.run([binary], capture_output=True, text=True, check=True).stdout.strip()
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={binary} %f" in desktop.splitlines()
    assert f"TryExec={binary}" in desktop.splitlines()
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()

    removed = run(script, "--uninstall", "--prefix", str(prefix))
    assert removed.returncode == 0, removed.stderr
    left = [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]
    # update-mime-database may leave its caches behind; none of our files stay.
    assert not [p for p in left if "parley" in p.name.lower() or APP_ID in p.name]


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    script = fake_tarball_tree(tmp_path / "unpacked")
    result = run(script, "--bogus")
    assert result.returncode == 2
    assert "unknown option" in result.stderr
