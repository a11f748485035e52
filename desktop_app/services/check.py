"""``parley check``: is the project file sound, and is its mark-up where it says it is?"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.project import Project
from desktop_app.storage import integrity
from desktop_app.storage.integrity import Finding

CHECKS = ("database pages", "references", "codebook", "annotation offsets", "quotes")


@dataclass(frozen=True)
class CheckReport:
    location: str
    findings: tuple[Finding, ...]

    @property
    def sound(self) -> bool:
        return not self.findings


def check_project(project: Project) -> CheckReport:
    """Every check, read-only. SQLite's page checks apply to project files only (a server
    checks its own storage)."""
    findings: list[Finding] = []
    with project.read() as reader:
        if project.path is not None:
            findings.extend(integrity.sqlite_findings(reader))
        findings.extend(integrity.codebook_findings(reader))
        findings.extend(integrity.offset_findings(reader))
    return CheckReport(project.location, tuple(findings))
