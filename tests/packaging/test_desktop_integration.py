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

import pytest

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


def test_metainfo_passes_appstreamcli() -> None:
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli not installed (apt install appstream)")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


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
