#!/usr/bin/env bash
# The figures a closing note reports: golden replay (default and strict), operations reached on
# OpenBao 2.7.2 and on Vault 1.15, and request fields sendable on both. Needs ../shared beside the
# checkout and the project's venv. Under each fields line: the same without passthrough credit
# (issue 29's measure) and what is left out (tools/fields_summary.py --misses lists it, with reasons).
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
REPORT=$(mktemp -d)
echo "fields OpenBao:  $($PY $SHARED/tools/fields.py . --json "$REPORT/openbao.json" | tail -1)"
$PY tools/fields_summary.py "$REPORT/openbao.json" | sed 's/^/    /'
echo "fields Vault:    $($PY $SHARED/tools/fields.py . --vault --json "$REPORT/vault.json" | tail -1)"
$PY tools/fields_summary.py "$REPORT/vault.json" | sed 's/^/    /'
rm -rf "$REPORT"
