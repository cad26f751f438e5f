#!/usr/bin/env bash
# The GPU check (issue 6): run it on a lent device machine, from the repository root, with $OUT set (the
# device tool sets it). Prepare on the CPU machine first:
#     .venv/bin/python benchmarks/gpu_labels.py prepare   # .whl/test.jsonl: real test statements (git-ignored)
#     wheels the GPU image lacks (datasets, dill, multiprocess) into .whl/
# The tracked models/ (88 MB) exceed the 64 MiB the device tool sends: untrack them for the call (see
# benchmarks/README.md, "GPU"), then call the device tool with carry ["models/talks-minilm", ".whl"] and
# command "bash benchmarks/gpu_check.sh".
# Writes under $OUT (at most 8 files): log.txt, gpu-labels.json, gpu-labels-float16.json,
# bench/<device>-<date>-<dtype>.{json,md} (and the batch plot of each).
# Smoke test on a CPU: DEVICE=cpu DTYPE=float32 QUICK=--quick OUT=/tmp/gpu bash benchmarks/gpu_check.sh
set -uo pipefail
OUT=${OUT:-/tmp/gpu-out}
DEVICE=${DEVICE:-cuda}
DTYPE=${DTYPE:-bfloat16}
QUICK=${QUICK:-}
PY=${PY:-python3}
mkdir -p "$OUT"
LOG="$OUT/log.txt"
export PYTHONPATH="$PWD" PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
{ nvidia-smi || true; $PY -c "import torch, transformers; print(torch.__version__, transformers.__version__, torch.cuda.is_available())"; } >> "$LOG" 2>&1
if ls .whl/*.whl > /dev/null 2>&1; then
  $PY -m pip install -q --no-index --no-deps .whl/*.whl >> "$LOG" 2>&1 || true
fi
ARTICLES=""
$PY -c "import spacy" 2> /dev/null || ARTICLES="--no-articles"
echo "== tests (device selection, dtype rules, moves, bf16 vs fp32 on the tiny model)" >> "$LOG"
timeout 150 $PY -m pytest -q -p no:cacheprovider tests/test_device.py tests/test_batching.py >> "$LOG" 2>&1
echo "tests rc=$?" >> "$LOG"
if [ -f .whl/test.jsonl ]; then
  for half in "$DTYPE" float16; do
    [ "$DEVICE" = cpu ] && [ "$half" = float16 ] && continue
    echo "== shipped model: fp32 vs $half labels on the real test split" >> "$LOG"
    timeout 150 $PY benchmarks/gpu_labels.py compare --device "$DEVICE" --dtype "$half" --out "$OUT" >> "$LOG" 2>&1
    echo "labels $half rc=$?" >> "$LOG"
  done
fi
for dt in $DTYPE float32; do
  echo "== throughput ($dt) against the naive pipeline on the same device" >> "$LOG"
  timeout 170 $PY benchmarks/throughput.py --device "$DEVICE" --dtype "$dt" --tag "$dt" $QUICK $ARTICLES \
    --out "$OUT/bench" >> "$LOG" 2>&1
  echo "bench $dt rc=$?" >> "$LOG"
  [ -n "${ONE_BENCH:-}" ] && break
done
ls -R "$OUT" >> "$LOG"
# at most 8 files come back from the device machine: the batch plots travel as one archive
(cd "$OUT" && ls bench/*.png > /dev/null 2>&1 && tar cf bench-plots.tar bench/*.png && rm bench/*.png)
