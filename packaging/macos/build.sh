#!/usr/bin/env bash
# Build Parley for macOS: dist/Parley.app wrapped in a drag-to-Applications disk image
#   dist/Parley-VERSION-macos-ARCH.dmg
#   bash packaging/macos/build.sh [--clean]
# Needs uv and the Xcode command line tools (hdiutil, codesign). Builds for the machine's own
# architecture (arm64 on Apple silicon, x86_64 on Intel): run it once on each for both.
#
# Signing and notarisation, where IT requires them (both optional):
#   PARLEY_CODESIGN_IDENTITY="Developer ID Application: …"   sign the app and the image
#   PARLEY_NOTARY_PROFILE=<keychain profile of `xcrun notarytool store-credentials`>
# Without an identity the app is ad-hoc signed: it runs here, and elsewhere after the user
# allows it (right-click → Open) or IT approves it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

CLEAN=()
if [[ "${1:-}" == "--clean" ]]; then
    CLEAN=(--clean)
fi

export UV_PROJECT_ENVIRONMENT="${PARLEY_BUILD_VENV:-$ROOT/build/packaging-venv}"
UV_RUN=(uv run --frozen --no-dev --group packaging --no-sync)
started=$(date +%s)

echo "==> build environment: $UV_PROJECT_ENVIRONMENT"
uv sync --frozen --no-dev --group packaging --quiet
VERSION="$("${UV_RUN[@]}" python packaging/bundle_files.py version)"
ARCH="$(uname -m)"
WORK="$ROOT/build/pyinstaller"
APP="$WORK/dist/Parley.app"
DMG="$ROOT/dist/Parley-$VERSION-macos-$ARCH.dmg"

echo "==> PyInstaller (Parley $VERSION, $ARCH)"
"${UV_RUN[@]}" pyinstaller --noconfirm --log-level WARN "${CLEAN[@]}" \
    --workpath "$WORK" --distpath "$WORK/dist" packaging/parley.spec

printed="$("$APP/Contents/MacOS/parley" --version)"
if [[ "$printed" != "parley $VERSION" ]]; then
    echo "frozen parley printed '$printed', expected 'parley $VERSION'" >&2
    exit 1
fi
plutil -lint "$APP/Contents/Info.plist"

if [[ -n "${PARLEY_CODESIGN_IDENTITY:-}" ]]; then
    echo "==> signing with $PARLEY_CODESIGN_IDENTITY"
    codesign --force --deep --options runtime --timestamp \
        --sign "$PARLEY_CODESIGN_IDENTITY" "$APP"
else
    codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"

echo "==> $DMG"
STAGE="$ROOT/build/macos/dmg"
rm -rf "$STAGE"
mkdir -p "$STAGE" "$ROOT/dist"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Parley $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [[ -n "${PARLEY_CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$PARLEY_CODESIGN_IDENTITY" "$DMG"
fi
if [[ -n "${PARLEY_NOTARY_PROFILE:-}" ]]; then
    echo "==> notarising"
    xcrun notarytool submit "$DMG" --keychain-profile "$PARLEY_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi

finished=$(date +%s)
echo "==> done in $((finished - started)) s"
echo "    app: $(du -sh "$APP" | cut -f1)  $APP"
echo "    dmg: $(du -h "$DMG" | cut -f1)  $DMG"
echo "The command line inside the app: $APP/Contents/MacOS/parley --help"
