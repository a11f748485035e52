"""How each desktop learns about Parley: Linux desktop entry, AppStream metainfo and MIME type;
the macOS Info.plist; the Windows installer's file association — and that they agree."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.parley.Parley"
MIME_TYPE = "application/x-parley"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def test_the_shared_ids_match_bundle_files() -> None:
    text = (ROOT / "packaging" / "bundle_files.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in text
    assert f'MIME_TYPE = "{MIME_TYPE}"' in text


def test_desktop_entry_opens_parley_projects() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Parley"
    assert entry["Exec"] == "parley %f"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";")


def desktop_entry_problems(path: Path) -> list[str]:
    """The freedesktop Desktop Entry validation of pyxdg (a dev dependency, so it always runs;
    desktop-file-validate is a system tool a fresh machine lacks)."""
    from xdg.DesktopEntry import DesktopEntry
    from xdg.Exceptions import ValidationError

    entry = DesktopEntry()
    entry.parse(str(path))
    try:
        entry.validate()
    except ValidationError as error:
        return [str(error)]
    return [*entry.errors, *entry.warnings]


def test_desktop_entry_passes_validation(tmp_path: Path) -> None:
    assert desktop_entry_problems(DESKTOP) == []
    # The validation bites: a key the specification does not know is reported.
    broken = tmp_path / "broken.desktop"
    broken.write_text(
        DESKTOP.read_text(encoding="utf-8").replace("Terminal=false", "Terminal=maybe"),
        encoding="utf-8",
    )
    assert desktop_entry_problems(broken)


def test_mime_type_claims_the_parley_suffix() -> None:
    root = ET.parse(MIME_XML).getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    globs = [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")]
    assert globs == ["*.parley"]
    assert mime.find(f"{MIME_NS}comment") is not None


def test_metainfo_describes_the_app_and_its_file_type() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    provides = root.find("provides")
    assert provides is not None
    assert provides.findtext("mediatype") == MIME_TYPE
    assert provides.findtext("binary") == "parley"


def test_metainfo_newest_release_is_the_pyproject_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "metainfo lists no release"
    assert releases[0].get("version") == pyproject_version(), (
        "add a <release> for the new version to the AppStream metainfo"
    )


# AppStream's rules that appstreamcli's "validate" enforces for a desktop application, checked
# here with the standard library so the test runs on every machine (appstreamcli, where
# installed, is run as well — it adds checks, it never replaces these).
_ID_RE = r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_-]+){2,}$"
_SPDX_RE = r"^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)$"
_METADATA_LICENSES = {"CC0-1.0", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0",
                      "GFDL-1.3", "MIT", "FSFAP", "BSL-1.0"}  # fmt: skip
_DESCRIPTION_TAGS = {"p", "ul", "ol"}


def appstream_problems(path: Path) -> list[str]:
    """What AppStream's validator would reject in a desktop-application metainfo file."""
    import re
    from datetime import date

    problems: list[str] = []
    root = ET.parse(path).getroot()
    if root.tag != "component" or root.get("type") != "desktop-application":
        problems.append('root must be <component type="desktop-application">')
    for tag in ("id", "name", "summary", "metadata_license", "project_license", "description"):
        if len(root.findall(tag)) != 1:
            problems.append(f"exactly one <{tag}> is required")
    component_id = root.findtext("id") or ""
    if not re.match(_ID_RE, component_id):
        problems.append(f"<id> {component_id!r} is not a reverse-DNS id")
    if path.name != f"{component_id}.metainfo.xml":
        problems.append(f"the file must be named {component_id}.metainfo.xml")
    if root.findtext("metadata_license") not in _METADATA_LICENSES:
        problems.append("<metadata_license> must be a permissive licence (e.g. CC0-1.0)")
    if not re.match(_SPDX_RE, root.findtext("project_license") or ""):
        problems.append("<project_license> must be an SPDX expression")
    summary = (root.findtext("summary") or "").strip()
    if not summary or len(summary) > 100 or summary.endswith("."):
        problems.append("<summary> must be one short line without a final full stop")
    description = root.find("description")
    if description is not None:
        children = list(description)
        if not children or any(child.tag not in _DESCRIPTION_TAGS for child in children):
            problems.append("<description> may hold only <p>, <ul> and <ol>")
        for listing in description.findall("ul") + description.findall("ol"):
            if not listing.findall("li") or any(li.tag != "li" for li in listing):
                problems.append("a list in <description> must hold only <li>")
    launchable = root.find("launchable")
    if launchable is None or launchable.get("type") != "desktop-id":
        problems.append('a desktop application needs <launchable type="desktop-id">')
    elif not (path.parent / (launchable.text or "")).is_file():
        problems.append(f"<launchable> names {launchable.text!r}, which is not beside it")
    if root.find("content_rating") is None:
        problems.append("<content_rating> is required")
    developer = root.find("developer")
    if developer is None or not developer.get("id") or not developer.findtext("name"):
        problems.append("<developer id=…> with a <name> is required")
    released: list[date] = []
    for release in root.findall("releases/release"):
        if not release.get("version"):
            problems.append("every <release> needs a version")
        try:
            released.append(date.fromisoformat(release.get("date") or ""))
        except ValueError:
            problems.append(f"<release> {release.get('version')} has no ISO date")
    if not released:
        problems.append("at least one <release> is required")
    if released != sorted(released, reverse=True):
        problems.append("<release> entries must be newest first")
    return problems


def test_metainfo_follows_the_appstream_rules() -> None:
    assert appstream_problems(METAINFO) == []
    validator = shutil.which("appstreamcli")
    if validator is not None:  # an extra opinion where the system has it
        result = subprocess.run(
            [validator, "validate", "--no-net", str(METAINFO)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_appstream_rules_catch_what_the_validator_rejects(tmp_path: Path) -> None:
    """The check above can fail: each broken copy of the real file is caught."""
    text = METAINFO.read_text(encoding="utf-8")
    broken = {
        "no summary": text.replace(
            "<summary>Compare how sources report the same political statement</summary>", ""
        ),
        "summary with a stop": text.replace(
            "political statement</summary>", "statement.</summary>"
        ),
        "bad metadata licence": text.replace("CC0-1.0", "GPL-3.0-or-later"),
        "markup in description": text.replace("<p>Parley hands colleagues:</p>", "<b>x</b>"),
        "no launchable": text.replace(
            '<launchable type="desktop-id">io.parley.Parley.desktop</launchable>', ""
        ),
        "bad release date": text.replace('date="2026-11-23"', 'date="23/11/2026"'),
        "no content rating": text.replace('<content_rating type="oars-1.1"/>', ""),
    }
    for what, content in broken.items():
        assert content != text, what
        copy = tmp_path / METAINFO.name
        copy.write_text(content, encoding="utf-8")
        (tmp_path / DESKTOP.name).write_text("", encoding="utf-8")
        assert appstream_problems(copy), what


def test_macos_plist_declares_the_parley_document_type() -> None:
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    (document,) = info["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["parley"]
    assert document["CFBundleTypeRole"] == "Editor"
    (uti,) = info["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    tags = uti["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["parley"]
    assert tags["public.mime-type"] == MIME_TYPE
    # The version comes from pyproject.toml at build time (parley.spec), never from here.
    assert "CFBundleShortVersionString" not in info and "CFBundleVersion" not in info


def test_windows_installer_associates_parley_projects_and_adds_a_start_menu_entry() -> None:
    script = (ROOT / "packaging" / "windows" / "parley.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in script
    assert 'Subkey: "Software\\Classes\\.parley"' in script
    assert '""{app}\\{#GuiExe}"" ""%1"""' in script
    assert 'Name: "{autoprograms}\\{#AppName}"' in script
    assert "AppVersion={#AppVersion}" in script
    assert pyproject_version() not in script, "the version is passed in by build.ps1"
