#!/usr/bin/env bash
# Turn the Linux build into an AppImage:
#   bash packaging/linux/appimage.sh
# Lays out build/linux/Parley.AppDir from the tree build.sh stages (running build.sh first if
# that tree is missing), then packs it with appimagetool into dist/Parley-VERSION-ARCH.AppImage.
# appimagetool is not packaged by Debian: put its AppImage on PATH as `appimagetool` or point
# APPIMAGETOOL at it. Without it the AppDir is still made (and can be run: AppDir/AppRun).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

VERSION="$(python3 packaging/bundle_files.py version)"
APP_ID="$(python3 packaging/bundle_files.py app-id)"
ARCH="$(uname -m)"
STAGE="$ROOT/build/linux/parley-$VERSION-linux-$ARCH"
APPDIR="$ROOT/build/linux/Parley.AppDir"
OUTPUT="$ROOT/dist/Parley-$VERSION-$ARCH.AppImage"

if [[ ! -x "$STAGE/lib/parley/parley" ]]; then
    bash packaging/linux/build.sh
fi

echo "==> $APPDIR"
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr"
cp -a "$STAGE/bin" "$STAGE/lib" "$STAGE/share" "$APPDIR/usr/"
cp "$STAGE/share/applications/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
cp "$STAGE/share/icons/hicolor/256x256/apps/$APP_ID.png" "$APPDIR/$APP_ID.png"
ln -s "$APP_ID.png" "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# AppImage entry point: the bundled parley, with the arguments it was given.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/parley/parley" "$@"
EOF
chmod 755 "$APPDIR/AppRun"
"$APPDIR/AppRun" --version

TOOL="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
if [[ -z "$TOOL" ]]; then
    echo "appimagetool not found: the AppDir is ready at $APPDIR"
    echo "get appimagetool (https://github.com/AppImage/appimagetool/releases), then run:"
    echo "  ARCH=$ARCH appimagetool $APPDIR $OUTPUT"
    exit 0
fi
mkdir -p "$ROOT/dist"
ARCH="$ARCH" "$TOOL" "$APPDIR" "$OUTPUT"
echo "==> $OUTPUT ($(du -h "$OUTPUT" | cut -f1))"
