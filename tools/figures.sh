#!/usr/bin/env bash
# The figures a closing note reports: golden replay (default and strict), operations reached on
# OpenBao 2.7.2 and on Vault 1.15, and request fields sendable on both. Needs ../shared beside the
# checkout and the project's venv.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SHARED=../shared
CORPUS="$SHARED/conformance/modern.jsonl $SHARED/conformance/legacy.jsonl"
echo "replay:          $($PY $SHARED/tools/replay.py . $CORPUS | tail -1)"
echo "replay --strict: $($PY $SHARED/tools/replay.py . $CORPUS --strict | tail -1)"
echo "OpenBao 2.7.2:   $($PY $SHARED/tools/coverage.py . | tail -1)"
echo "Vault 1.15:      $($PY $SHARED/tools/coverage.py . --openapi $SHARED/spec/vault/vault-1.15-openapi.json \
  --mounts $SHARED/spec/vault/vault-1.15-openapi.mounts.json | tail -1)"
echo "fields OpenBao:  $($PY $SHARED/tools/fields.py . | tail -1)"
echo "fields Vault:    $($PY $SHARED/tools/fields.py . --vault | tail -1)"
