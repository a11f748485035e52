"""A throwaway PostgreSQL server for the tests, started from the installed binaries.

The binaries are the system's (Debian's ``postgresql``, Homebrew's…) when installed, else the
ones the ``pgserver`` wheel ships (a dev dependency in ``uv.lock``, with wheels for Linux, macOS
and Windows), so ``uv run pytest`` on a fresh machine runs these tests instead of skipping them.

PostgreSQL refuses to run as root, so when the tests run as root (CI containers) the cluster
belongs to the ``postgres`` system user that Debian's package creates (or ``nobody`` where
there is none), and is started through ``runuser``. The cluster lives in a fresh folder under
the system temporary directory, listens on 127.0.0.1 on a free port and on a Unix socket in that
folder, trusts local connections (it holds test data only) and is removed when the test session
ends.

``PARLEY_TEST_POSTGRES_URL`` (a superuser URL such as ``postgresql://postgres@127.0.0.1:5432/postgres``)
uses an existing server instead.
"""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ENV_URL = "PARLEY_TEST_POSTGRES_URL"
BIN_PATTERNS = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/bin")


class Unavailable(Exception):
    """No PostgreSQL server can be had: the reason says why, for the skip message."""


def find_bindir() -> Path | None:
    candidates = [Path(p) for pattern in BIN_PATTERNS for p in sorted(glob.glob(pattern))]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.insert(0, Path(on_path).parent)
    for folder in reversed(candidates):  # newest version last in sorted globs
        if _has_server(folder):
            return folder
    return _wheel_bindir()


def _has_server(folder: Path) -> bool:
    return any((folder / f"initdb{ext}").exists() for ext in ("", ".exe")) and any(
        (folder / f"pg_ctl{ext}").exists() for ext in ("", ".exe")
    )


def _wheel_bindir() -> Path | None:
    """The binaries inside the ``pgserver`` wheel (found without importing it)."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    return folder if _has_server(folder) else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """A running server and how to reach it as its superuser."""

    host: str
    port: int
    superuser: str
    folder: Path | None = None  # None: an external server we did not start
    bindir: Path | None = None
    run_as: str | None = None

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@{self.host}:{self.port}/{database}"

    def stop(self) -> None:
        if self.folder is None or self.bindir is None:
            return
        with contextlib.suppress(Exception):
            _run(
                [
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                self.run_as,
            )
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(command: list[str], user: str | None) -> subprocess.CompletedProcess[str]:
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)


def start() -> Server:
    """Start a private cluster (or describe the external one named by the environment)."""
    external = os.environ.get(ENV_URL)
    if external:
        from sqlalchemy.engine import make_url

        url = make_url(external)
        return Server(url.host or "127.0.0.1", url.port or 5432, url.username or "postgres")
    bindir = find_bindir()
    if bindir is None:
        raise Unavailable(
            "PostgreSQL server binaries not found — install them (apt-get install postgresql) "
            f"or set {ENV_URL}"
        )
    run_as: str | None = None
    if os.geteuid() == 0:
        run_as = _unprivileged_user()
        if shutil.which("runuser") is None:
            raise Unavailable("running as root and 'runuser' is missing")
    folder = Path(tempfile.mkdtemp(prefix="parley-pg-"))
    folder.chmod(0o755)
    if run_as is not None:
        shutil.chown(folder, user=run_as)
    data = folder / "data"
    port = _free_port()
    try:
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            run_as,
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        _run(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ],
            run_as,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        log = folder / "server.log"
        if log.exists():
            detail += "\n" + log.read_text(errors="replace")[-2000:]
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"could not start PostgreSQL from {bindir}: {detail.strip()}") from exc
    server = Server("127.0.0.1", port, "postgres", folder, bindir, run_as)
    _wait_ready(server)
    return server


def _unprivileged_user() -> str:
    """Who runs the server when the tests run as root: Debian's ``postgres`` user, or ``nobody``
    (the wheel's binaries then need a checkout that user may read, as any shared folder is)."""
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise Unavailable("running as root and there is no 'postgres' or 'nobody' user to run it")


def _wait_ready(server: Server, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection((server.host, server.port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise Unavailable("PostgreSQL started but does not accept connections") from None
            time.sleep(0.1)
