#!/usr/bin/env bash
# Regenerate tests/golden/expected_failures.txt from the committed tree (HEAD), so that the
# list matches what is committed even while the working tree holds unfinished work.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
git -C "$root" worktree add -q --detach "$tmp" HEAD
trap 'git -C "$root" worktree remove --force "$tmp"' EXIT
(cd "$tmp" && "$root/.venv/bin/python" tools/update_expected_failures.py)
cp "$tmp/tests/golden/expected_failures.txt" "$root/tests/golden/expected_failures.txt"
