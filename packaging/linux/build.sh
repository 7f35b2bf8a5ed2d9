#!/usr/bin/env bash
# Build the Linux one-dir bundle of omnimap and the tarball that installs it.
#
#   packaging/linux/build.sh            # venv + PyInstaller + tarball
#   packaging/linux/build.sh --prepare  # only set up the build venv
#
# The app is built from the last commit (git archive HEAD), not from the work
# tree, so that half-written files in a shared checkout never end up in a
# release; OMNIMAP_BUILD_FROM=worktree builds the work tree instead. The
# packaging files themselves (spec, hooks, desktop file...) come from the work
# tree.
#
# Output: packaging/linux/dist/omnimap-VERSION-linux-ARCH/ and its .tar.gz.
# Settings (environment): PYTHON (python3), OMNIMAP_BUILD_VENV (a dedicated
# venv under packaging/linux/build/venv; PyInstaller is installed into it),
# OMNIMAP_BUILD_FROM (head | worktree).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PACKAGING=$(dirname "$HERE")
REPO=$(dirname "$PACKAGING")
WORK="$HERE/build"
DIST="$HERE/dist"
VENV=${OMNIMAP_BUILD_VENV:-$WORK/venv}
PYTHON=${PYTHON:-python3}
FROM=${OMNIMAP_BUILD_FROM:-head}
PYINSTALLER_REQ='pyinstaller>=6.10,<7'
export PIP_DISABLE_PIP_VERSION_CHECK=1

say() { printf '== %s\n' "$*"; }

prepare_venv() {
    # A venv of its own: the bundle then holds only what omnimap needs, not the
    # test and lint tools of the development venv.
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating the build venv $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    say "installing omnimap's dependencies and $PYINSTALLER_REQ"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    # Installing the project pulls its pinned dependencies from pyproject.toml.
    "$VENV/bin/python" -m pip install -q "$PYINSTALLER_REQ" "$REPO"
}

export_source() {
    local src="$WORK/src"
    rm -rf "$src"
    mkdir -p "$src"
    if [ "$FROM" = head ] && git -C "$REPO" rev-parse --git-dir >/dev/null 2>&1; then
        say "app source: $(git -C "$REPO" log -1 --format='%h %s' HEAD)"
        git -C "$REPO" archive HEAD pyproject.toml README.md omnimap | tar -x -C "$src"
    else
        say "app source: the work tree $REPO"
        cp -R "$REPO/pyproject.toml" "$REPO/README.md" "$REPO/omnimap" "$src/"
        find "$src" -name __pycache__ -type d -prune -exec rm -rf {} +
    fi
    "$VENV/bin/python" -m pip install -q --no-deps --force-reinstall "$src"
    rm -rf "$src/build"
}

run_pyinstaller() {
    say "PyInstaller (one-dir)"
    "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
        --distpath "$WORK/pyinstaller-dist" --workpath "$WORK/pyinstaller-work" \
        "$HERE/omnimap.spec"
}

required_glibc() {
    # A bundle runs only where glibc is at least as new as every GLIBC_x.y
    # symbol version its libraries ask for: mostly the build machine's.
    if ! command -v objdump >/dev/null; then
        echo "(unknown: install binutils)"
        return
    fi
    find "$1" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
        | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' \
        | sed 's/GLIBC_//' | sort -uV | tail -1 || true  # xargs: 123 for static binaries
}

assemble_tarball() {
    local version arch name stage
    version=$("$VENV/bin/python" -c 'import omnimap; print(omnimap.__version__)')
    arch=$(uname -m)
    name="omnimap-$version-linux-$arch"
    stage="$DIST/$name"
    say "assembling $name"
    rm -rf "$stage" "$DIST/$name.tar.gz"
    mkdir -p "$stage/share/applications" "$stage/share/mime/packages" "$stage/share/icons"
    cp -a "$WORK/pyinstaller-dist/omnimap" "$stage/omnimap"
    cp "$HERE/omnimap.desktop" "$stage/share/applications/"
    cp "$HERE/omnimap-mime.xml" "$stage/share/mime/packages/omnimap.xml"
    cp -R "$HERE/icons/hicolor" "$stage/share/icons/"
    cp "$HERE/install.sh" "$HERE/uninstall.sh" "$stage/"
    glibc=$(required_glibc "$stage/omnimap")
    sed "s/@GLIBC@/$glibc/" "$HERE/README.txt" > "$stage/README.txt"
    chmod 755 "$stage/install.sh" "$stage/uninstall.sh"
    tar -C "$DIST" -czf "$DIST/$name.tar.gz" "$name"
    say "bundle: $(du -sh "$stage/omnimap" | cut -f1)  tarball: $(du -sh "$DIST/$name.tar.gz" | cut -f1)"
    say "needs glibc >= $glibc (the newest symbol version any bundled library uses)"
    say "wrote $DIST/$name.tar.gz"
}

prepare_venv
if [ "${1:-}" = --prepare ]; then
    exit 0
fi
export_source
run_pyinstaller
assemble_tarball
