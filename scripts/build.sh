#!/usr/bin/env bash
# The frozen one-folder build (P3): dist/personal-cabinet/ with personal-cabinet,
# personal-cabinet-server and getsysteminfo, runnable with no Python beside it.
#
#   scripts/build.sh            # uses .venv (made and filled when missing)
#
# Stamps the build (commit and date, shown in About and sent in the step trail), compiles
# the translations that exist, runs PyInstaller, prints the size. DIST and WORK choose the
# output and scratch folders (dist/ and build/); SKIP_INSTALL=1 uses .venv as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
if [ -z "${SKIP_INSTALL:-}" ]; then
    .venv/bin/pip install -q -e . 'pyinstaller>=6.10'
fi
work="${WORK:-build}"
mkdir -p "$work"

commit=$(git rev-parse --short=10 HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    commit="$commit+changes"
fi
# the stamp goes into the bundle as app/_build.json (the spec adds it), not into the sources
printf '{"commit": "%s", "built": "%s"}\n' "$commit" "$(date -u +%Y-%m-%d)" > "$work/_build.json"

for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || break
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

PC_BUILD_STAMP="$work/_build.json" .venv/bin/pyinstaller --noconfirm --log-level WARN \
    --distpath "${DIST:-dist}" --workpath "$work" packaging/personal-cabinet.spec
out="${DIST:-dist}/personal-cabinet"
if [ -f "$out/personal-cabinet" ]; then  # Linux: the GUI command has this name
    # one program under three names: links instead of two more copies of it
    for name in personal-cabinet-server getsysteminfo; do
        ln -sf personal-cabinet "$out/$name"
    done
fi
du -sh "$out" | sed 's/\t/  /'
