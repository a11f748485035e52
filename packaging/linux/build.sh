#!/usr/bin/env bash
# Build Parley for Linux: the PyInstaller bundle, wrapped as a relocatable tarball
#   dist/parley-VERSION-linux-ARCH.tar.gz
# holding bin/, lib/parley/ and share/ (desktop entry, AppStream metainfo, MIME type, hicolor
# icons) plus install.sh. Run from anywhere:
#   bash packaging/linux/build.sh            # incremental (reuses PyInstaller's cache)
#   bash packaging/linux/build.sh --clean    # from scratch
# Then `bash packaging/linux/appimage.sh` turns the same tree into an AppImage (needs appimagetool).
#
# The build uses an environment of its own (build/packaging-venv: the app's dependencies and
# PyInstaller, no dev tools), so it neither needs nor disturbs the checkout's .venv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

CLEAN=()
if [[ "${1:-}" == "--clean" ]]; then
    CLEAN=(--clean)
fi

export UV_PROJECT_ENVIRONMENT="${PARLEY_BUILD_VENV:-$ROOT/build/packaging-venv}"
started=$(date +%s)

echo "==> build environment: $UV_PROJECT_ENVIRONMENT"
uv sync --frozen --no-dev --group packaging --quiet

VERSION="$(uv run --frozen --no-dev --group packaging --no-sync python packaging/bundle_files.py version)"
APP_ID="$(uv run --frozen --no-dev --group packaging --no-sync python packaging/bundle_files.py app-id)"
ARCH="$(uname -m)"
NAME="parley-$VERSION-linux-$ARCH"
WORK="$ROOT/build/pyinstaller"
STAGE="$ROOT/build/linux/$NAME"
TARBALL="$ROOT/dist/$NAME.tar.gz"

echo "==> PyInstaller (Parley $VERSION, $ARCH)"
uv run --frozen --no-dev --group packaging --no-sync \
    pyinstaller --noconfirm --log-level WARN "${CLEAN[@]}" \
    --workpath "$WORK" --distpath "$WORK/dist" packaging/parley.spec

echo "==> staging $STAGE"
rm -rf "$STAGE"
mkdir -p "$STAGE/bin" "$STAGE/lib" "$STAGE/share/applications" "$STAGE/share/metainfo" \
    "$STAGE/share/mime/packages"
cp -a "$WORK/dist/parley" "$STAGE/lib/parley"
ln -s ../lib/parley/parley "$STAGE/bin/parley"
cp packaging/linux/"$APP_ID".desktop "$STAGE/share/applications/"
cp packaging/linux/"$APP_ID".metainfo.xml "$STAGE/share/metainfo/"
cp packaging/linux/"$APP_ID".mime.xml "$STAGE/share/mime/packages/$APP_ID.xml"
for size in 16 24 32 48 64 128 256 512; do
    for kind in apps mimetypes; do
        mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/$kind"
    done
    cp resources/icons/app/parley-"$size".png \
        "$STAGE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    cp resources/icons/app/parley-"$size".png \
        "$STAGE/share/icons/hicolor/${size}x${size}/mimetypes/application-x-parley.png"
done
mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
cp resources/icons/app/parley.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 755 packaging/linux/install.sh "$STAGE/install.sh"
cp packaging/linux/README-linux.txt "$STAGE/README.txt"

echo "==> $TARBALL"
mkdir -p "$ROOT/dist"
tar -C "$(dirname "$STAGE")" -czf "$TARBALL.part" "$NAME"
mv "$TARBALL.part" "$TARBALL"

finished=$(date +%s)
echo "==> done in $((finished - started)) s"
echo "    bundle:  $(du -sh "$STAGE/lib/parley" | cut -f1)  $STAGE/lib/parley"
echo "    tarball: $(du -h "$TARBALL" | cut -f1)  $TARBALL"
