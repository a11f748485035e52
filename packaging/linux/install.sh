#!/usr/bin/env sh
# Install Parley from the unpacked tarball, for one user (default) or for everyone:
#   ./install.sh                       # into ~/.local (no root needed)
#   sudo ./install.sh --prefix /opt/parley  (or /usr/local)
#   ./install.sh --uninstall [--prefix DIR]
# Parley also runs without installing: ./bin/parley
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID="io.parley.Parley"
PREFIX="${HOME}/.local"
ACTION=install

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    # Each tool is optional: desktops without it pick the files up at next login.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$PREFIX/share/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$PREFIX/share/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

uninstall() {
    rm -rf "$PREFIX/lib/parley"
    rm -f "$PREFIX/bin/parley" \
        "$PREFIX/share/applications/$APP_ID.desktop" \
        "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" \
        "$PREFIX/share/mime/packages/$APP_ID.xml" \
        "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
            "$PREFIX/share/icons/hicolor/${size}x${size}/mimetypes/application-x-parley.png"
    done
    refresh_caches
    echo "Parley removed from $PREFIX (your projects and settings are untouched)."
}

install_files() {
    if [ ! -x "$HERE/lib/parley/parley" ]; then
        echo "install.sh: run me from the unpacked Parley folder" >&2
        exit 1
    fi
    rm -rf "$PREFIX/lib/parley"
    mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$PREFIX/share"
    cp -R "$HERE/lib/parley" "$PREFIX/lib/parley"
    ln -sf "$PREFIX/lib/parley/parley" "$PREFIX/bin/parley"
    # share/: desktop entry, metainfo, MIME type and icons, same layout as the prefix.
    (cd "$HERE/share" && find . -type f) | while read -r file; do
        mkdir -p "$PREFIX/share/$(dirname "$file")"
        cp "$HERE/share/$file" "$PREFIX/share/$file"
    done
    # The menu entry calls the installed binary by its full path: ~/.local/bin is not on
    # every desktop session's PATH.
    sed -i "s|^Exec=parley |Exec=$PREFIX/bin/parley |; s|^TryExec=parley\$|TryExec=$PREFIX/bin/parley|" \
        "$PREFIX/share/applications/$APP_ID.desktop"
    refresh_caches
    echo "Parley installed in $PREFIX: start it from the applications menu or run $PREFIX/bin/parley"
}

if [ "$ACTION" = uninstall ]; then uninstall; else install_files; fi
