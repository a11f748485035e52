"""Build the Linux bundle and prove the frozen Parley works: the slow end-to-end check.

    uv run python packaging/smoke_test.py              # build (≈2 min), then test (≈1 min)
    uv run python packaging/smoke_test.py --no-build   # test the tarball already in dist/

Not part of ``uv run pytest`` (it builds a 300 MB bundle). Everything runs from the *unpacked
tarball*, the artefact users get, in a temporary folder with its own data, settings and log
folders, so nothing of the developer's own Parley is read or changed:

1. ``parley --version`` prints pyproject's version;
2. ``parley import`` of the sample corpus (resources/sample/*.txt) into a new project, then of a
   saved web page (trafilatura and its data files) and of a PDF (pypdf);
3. ``parley export`` of a workbook (.xlsx) and a briefing (.pdf);
4. the window, offscreen, on the sample project (first run: built from the bundled corpus) and
   on the imported project: each must log that it opened the project, still be running a few
   seconds later, and show no ERROR or traceback in its output or log; then it is terminated.
   Where Xvfb is installed, the same on a real X11 display (the xcb plugin and its libraries),
   with a screenshot in build/smoke/window-x11.png when ImageMagick's ``import`` is there.
   Last, with PARLEY_QUIT_AFTER_SHOW the window must close itself with exit status 0.

Each step prints PASS or FAIL with what went wrong; the exit status is the number of failures
(0: all passed). Only the standard library is used, so plain ``python3`` runs it too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "build" / "smoke" / "window-x11.png"
WINDOW_SECONDS = 6.0  # how long an opened window must keep running
AFTER_OPEN_SECONDS = 3.0  # and for at least this long after it opened its project
OPEN_TIMEOUT = 60.0  # the first run builds the sample project before it opens
COMMAND_TIMEOUT = 180
OPENED = re.compile(r"INFO desktop_app\.gui\.\S+ \[MainThread\] opened ")
PROBLEM = re.compile(r"Traceback|\bERROR\b|\bCRITICAL\b|Fatal Python error|Segmentation fault")

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Kyiv answers the Kremlin's conditions | Example Daily</title>
<meta name="author" content="Jane Example">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-06-15T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> MENU-ITEM-NOT-ARTICLE</nav>
<script>var tracking = "SCRIPT-NOT-ARTICLE";</script>
<article><h1>Kyiv answers the Kremlin's conditions</h1>
<p>Mykhailo Podolyak, an adviser to the head of the Office of the President of Ukraine, said on
Saturday that the conditions named by Vladimir Putin were not a proposal for peace talks.</p>
<p>"These are not peace proposals, they are an ultimatum," Podolyak wrote, adding that Kyiv
would not withdraw its troops from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.</p>
<p>Western officials described the conditions as a demand for surrender rather than a plan for
negotiations, and repeated that decisions about Ukraine's future belong to Ukraine.</p>
</article>
<footer>FOOTER-NOT-ARTICLE Copyright Example Daily</footer>
</body></html>
"""


@dataclass
class Report:
    results: list[tuple[str, bool, float, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def step(self, name: str, action: Callable[[], str]) -> bool:
        print(f"--- {name}", flush=True)
        started = time.monotonic()
        try:
            detail = action()
            ok = True
        except StepFailed as failure:
            detail, ok = str(failure), False
        except Exception as error:  # a bug in a step still reports, then the rest runs
            detail, ok = f"{type(error).__name__}: {error}", False
        seconds = time.monotonic() - started
        self.results.append((name, ok, seconds, detail))
        print(
            f"{'PASS' if ok else 'FAIL'} {name} ({seconds:.1f} s){': ' + detail if detail else ''}"
        )
        return ok

    def skip(self, name: str, reason: str) -> None:
        self.results.append((name, False, 0.0, f"skipped: {reason}"))
        print(f"FAIL {name}: skipped: {reason}")

    def note(self, name: str, reason: str) -> None:
        """A check this machine cannot make: reported, not counted as a failure."""
        print(f"SKIP {name}: {reason}")
        self.skipped.append(f"{name} ({reason})")

    def summary(self) -> int:
        failed = [r for r in self.results if not r[1]]
        print("\n=== smoke test summary")
        for name, ok, seconds, detail in self.results:
            line = f"{'PASS' if ok else 'FAIL'}  {seconds:6.1f} s  {name}"
            print(line + (f" — {detail}" if not ok else ""))
        for line in self.skipped:
            print(f"SKIP            {line}")
        total = sum(r[2] for r in self.results)
        print(f"{len(self.results) - len(failed)} passed, {len(failed)} failed ({total:.0f} s)")
        return len(failed)


class StepFailed(Exception):
    pass


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def tarball_path() -> Path:
    arch = os.uname().machine
    return ROOT / "dist" / f"parley-{version()}-linux-{arch}.tar.gz"


class Frozen:
    """The unpacked bundle, run with private data, settings and log folders."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.home: Path | None = None

    def unpack(self, tarball: Path) -> str:
        with tarfile.open(tarball) as archive:
            archive.extractall(self.work / "unpacked", filter="tar")
        (self.home,) = (self.work / "unpacked").iterdir()
        missing = [
            part
            for part in (
                "bin/parley",
                "lib/parley/parley",
                "install.sh",
                "share/applications/io.parley.Parley.desktop",
                "share/metainfo/io.parley.Parley.metainfo.xml",
                "share/mime/packages/io.parley.Parley.xml",
                "share/icons/hicolor/512x512/apps/io.parley.Parley.png",
                "lib/parley/_internal/db/env.py",
                "lib/parley/_internal/resources/sample",
                "lib/parley/_internal/pyproject.toml",
            )
            if not (self.home / part).exists()
        ]
        if missing:
            raise StepFailed(f"missing from the tarball: {', '.join(missing)}")
        files = (f for f in (self.home / "lib").rglob("*") if f.is_file() and not f.is_symlink())
        size = sum(f.stat().st_size for f in files)
        packed = tarball.stat().st_size
        return f"{tarball.name}: {packed / 2**20:.0f} MB packed, {size / 2**20:.0f} MB unpacked"

    def environment(self, name: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PARLEY_", "QT_"))}
        base = self.work / "profiles" / name
        env.update(
            PARLEY_DATA_DIR=str(base / "data"),
            PARLEY_LOG_DIR=str(base / "log"),
            PARLEY_CONFIG_DIR=str(base / "config"),
            XDG_CONFIG_HOME=str(base / "xdg-config"),
            XDG_CACHE_HOME=str(base / "xdg-cache"),
            XDG_RUNTIME_DIR=str(base / "xdg-runtime"),
            QT_QPA_PLATFORM="offscreen",
        )
        for key in ("XDG_RUNTIME_DIR",):
            Path(env[key]).mkdir(parents=True, exist_ok=True, mode=0o700)
        return env

    def log_text(self, name: str) -> str:
        logs = sorted((self.work / "profiles" / name / "log").glob("*.log*"))
        return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)

    def run(self, *args: str, profile: str = "cli") -> subprocess.CompletedProcess[str]:
        assert self.home is not None, "unpack first"
        command = [str(self.home / "bin" / "parley"), *args]
        print("    $ parley " + " ".join(args), flush=True)
        return subprocess.run(
            command,
            cwd=self.work,
            env=self.environment(profile),
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        if result.returncode != 0:
            output = (result.stderr or result.stdout).strip().splitlines()
            raise StepFailed(
                f"`parley {' '.join(args)}` exited {result.returncode}: "
                + (output[-1] if output else "no output")
            )
        return result.stdout

    def window(
        self,
        profile: str,
        *args: str,
        display: str | None = None,
        screenshot: Path | None = None,
    ) -> str:
        """Start the window (offscreen, or on an X display); it must log that it opened its
        project, still run a few seconds later, and show no ERROR or traceback. Then it is
        terminated."""
        assert self.home is not None, "unpack first"
        env = self.environment(profile)
        if display is not None:
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        out_path = self.work / f"{profile}.out"
        started = time.monotonic()
        opened_after: float | None = None
        with out_path.open("w", encoding="utf-8") as out:
            process = subprocess.Popen(
                [str(self.home / "bin" / "parley"), *args],
                cwd=self.work,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                while process.poll() is None:
                    elapsed = time.monotonic() - started
                    if opened_after is None and OPENED.search(self.log_text(profile)):
                        opened_after = elapsed
                    if opened_after is not None and elapsed >= max(
                        WINDOW_SECONDS, opened_after + AFTER_OPEN_SECONDS
                    ):
                        break
                    if elapsed >= OPEN_TIMEOUT:
                        break
                    time.sleep(0.25)
            finally:
                alive = process.poll() is None
                if alive and screenshot is not None and display is not None:
                    take_screenshot(display, screenshot)
                if alive:
                    os.killpg(process.pid, signal.SIGTERM)
                    try:
                        process.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        os.killpg(process.pid, signal.SIGKILL)
                        process.wait()
        ran = time.monotonic() - started
        output = out_path.read_text(encoding="utf-8", errors="replace")
        log = self.log_text(profile)
        problems = [line for line in (output + "\n" + log).splitlines() if PROBLEM.search(line)]
        if not alive:
            tail = " | ".join(output.strip().splitlines()[-5:]) or "no output"
            raise StepFailed(f"exited {process.returncode} after {ran:.1f} s: {tail}")
        if problems:
            raise StepFailed("problems in output or log: " + " | ".join(problems[:5]))
        if opened_after is None:
            raise StepFailed(f"no project opened within {OPEN_TIMEOUT:.0f} s (log: {profile})")
        lines = [line for line in output.splitlines() if line.strip()]
        note = f"project open after {opened_after:.1f} s, still running at {ran:.1f} s"
        return note + (f"; {len(lines)} line(s) of Qt output, e.g. {lines[0]!r}" if lines else "")

    def window_quits(self, profile: str, *args: str) -> str:
        """PARLEY_QUIT_AFTER_SHOW: the window closes itself once shown; exit status 0."""
        assert self.home is not None, "unpack first"
        env = {**self.environment(profile), "PARLEY_QUIT_AFTER_SHOW": "1"}
        result = subprocess.run(
            [str(self.home / "bin" / "parley"), *args],
            cwd=self.work,
            env=env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        output = result.stdout + result.stderr + self.log_text(profile)
        problems = [line for line in output.splitlines() if PROBLEM.search(line)]
        if result.returncode != 0 or problems:
            raise StepFailed(
                f"exit status {result.returncode}; " + " | ".join(problems[:5] or ["no log"])
            )
        return "closed cleanly, exit status 0"


def take_screenshot(display: str, path: Path) -> None:
    grabber = shutil.which("import")  # ImageMagick
    if grabber is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [grabber, "-display", display, "-window", "root", str(path)],
        capture_output=True,
        timeout=30,
        check=False,
    )


@contextlib.contextmanager
def virtual_display() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY."""
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        number = server.stdout.readline().strip()
        if not number:
            raise StepFailed("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def build() -> str:
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "linux" / "build.sh")], cwd=ROOT, check=False
    )
    if result.returncode != 0:
        raise StepFailed(f"packaging/linux/build.sh exited {result.returncode}")
    return f"{tarball_path().stat().st_size / 2**20:.0f} MB tarball"


def check_import(frozen: Frozen, project: Path, paths: list[Path], expected_sources: int) -> str:
    frozen.ok("import", str(project), *map(str, paths))
    info = json.loads(frozen.ok("info", str(project), "--json"))
    count = len(info.get("sources", []))
    if count != expected_sources:
        raise StepFailed(f"{count} sources in the project, expected {expected_sources}")
    return f"{count} sources"


def check_html(frozen: Frozen, project: Path) -> str:
    page = frozen.work / "saved-page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    result = check_import(frozen, project, [page], expected_sources=3)
    info = json.loads(frozen.ok("info", str(project), "--json"))
    source = max(info["sources"], key=lambda s: s["id"])
    text = frozen.ok("text", str(project), str(source["id"]))
    if "ultimatum" not in text:
        raise StepFailed("the article's text is missing from the imported page")
    leaked = [marker for marker in ("MENU-ITEM", "SCRIPT-NOT", "FOOTER-NOT") if marker in text]
    if leaked:
        raise StepFailed(f"navigation or scripts were imported as text: {leaked}")
    return f"{result}; article text only, title {source.get('title')!r}"


def check_workbook(frozen: Frozen, project: Path) -> str:
    output = frozen.work / "comparison.xlsx"
    frozen.ok("export", str(project), str(output))
    with zipfile.ZipFile(output) as archive:
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
    sheets = re.findall(r'<sheet [^>]*name="([^"]+)"', workbook)
    wanted = ["Summary", "Conditions by source", "Speakers by source", "Excerpts", "Sources"]
    missing = [name for name in wanted if name not in sheets]
    if missing:
        raise StepFailed(f"sheets missing from the workbook: {missing} (has {sheets})")
    return f"{output.stat().st_size / 1024:.0f} KB, sheets: {', '.join(sheets)}"


def check_briefing(frozen: Frozen, project: Path) -> str:
    output = frozen.work / "briefing.pdf"
    frozen.ok("export", str(project), str(output), "--title", "Smoke test briefing")
    head = output.read_bytes()[:5]
    if head != b"%PDF-":
        raise StepFailed(f"not a PDF (starts {head!r})")
    return f"{output.stat().st_size / 1024:.0f} KB"


def check_pdf_import(frozen: Frozen) -> str:
    briefing = frozen.work / "briefing.pdf"
    if not briefing.exists():
        raise StepFailed("no briefing to import (the export step failed)")
    return check_import(frozen, frozen.work / "from-pdf.parley", [briefing], expected_sources=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing tarball")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    report = Report()
    started = time.monotonic()
    if not args.no_build and not report.step("build the Linux bundle", build):
        return report.summary()
    tarball = tarball_path()
    if not tarball.exists():
        report.skip("unpack the tarball", f"{tarball} not found: build it first")
        return report.summary()

    work = Path(tempfile.mkdtemp(prefix="parley-smoke-"))
    frozen = Frozen(work)
    project = work / "smoke.parley"
    samples = sorted((ROOT / "resources" / "sample").glob("*.txt"))
    try:
        if not report.step("unpack the tarball", lambda: frozen.unpack(tarball)):
            return report.summary()

        def check_version() -> str:
            printed = frozen.ok("--version").strip()
            if printed != f"parley {version()}":
                raise StepFailed(f"printed {printed!r}, pyproject says {version()}")
            return printed

        report.step("parley --version", check_version)
        imported = report.step(
            "parley import: sample corpus (.txt) into a new project",
            lambda: check_import(frozen, project, samples, expected_sources=len(samples)),
        )
        if imported:
            report.step(
                "parley import: a saved web page (.html)", lambda: check_html(frozen, project)
            )
            report.step("parley export: workbook (.xlsx)", lambda: check_workbook(frozen, project))
            report.step("parley export: briefing (.pdf)", lambda: check_briefing(frozen, project))
            report.step("parley import: a PDF (the briefing)", lambda: check_pdf_import(frozen))
        else:
            report.skip("parley import / export", "the project could not be created")

        def sample_window() -> str:
            note = frozen.window("window-first-run")
            sample = work / "profiles" / "window-first-run" / "data" / "Sample project.parley"
            if not sample.exists():
                raise StepFailed(f"the first run did not build the sample project ({note})")
            return note + f"; sample project built ({sample.stat().st_size / 1024:.0f} KB)"

        report.step("window offscreen: first run on the sample project", sample_window)
        if imported:
            report.step(
                "window offscreen: the imported project",
                lambda: frozen.window("window-project", str(project)),
            )
            if shutil.which("Xvfb"):

                def x11_window() -> str:
                    with virtual_display() as display:
                        note = frozen.window(
                            "window-x11", str(project), display=display, screenshot=SCREENSHOT
                        )
                    shot = f"; screenshot {SCREENSHOT}" if SCREENSHOT.exists() else ""
                    return note + shot

                report.step("window on X11 (Xvfb, the xcb plugin)", x11_window)
            else:
                report.note("window on X11", "Xvfb not installed (apt install xvfb)")
            report.step(
                "window offscreen: closes cleanly (PARLEY_QUIT_AFTER_SHOW)",
                lambda: frozen.window_quits("window-quit", str(project)),
            )
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"smoke test took {time.monotonic() - started:.0f} s")
    return report.summary()


if __name__ == "__main__":
    sys.exit(min(main(), 125))
