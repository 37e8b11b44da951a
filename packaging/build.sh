#!/usr/bin/env bash
# Build the one-folder app into dist/runofshow/ and smoke-test it.
# Needs: pip install pyinstaller (plus the app's own dependencies; with '.[sound]' installed too,
# the build carries QtMultimedia and the chimes play).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/runofshow.spec
python3 packaging/smoke_test.py dist/runofshow
