# Quick start: `make demo` then `make test`. Everything installs into .venv/ in this directory.
# GPU users: make demo TORCH_SPEC=torch TORCH_INDEX="--index-url https://download.pytorch.org/whl/cu124"
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TORCH_SPEC ?= torch==2.13.0
TORCH_INDEX ?=
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
DEMO_TARGET ?= direct talks between Sudan and South Sudan on the Abyei region

.PHONY: demo test test-all lint bench bench-attribution bench-speakers bench-real-speakers train evaluate validate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, so that no dependency pulls a multi-GB CUDA build on a CPU machine
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install "$(TORCH_SPEC)" $(TORCH_INDEX)
	$(PIP) install -e ".[spacy-model]"
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(PIP) install -e ".[spacy-model,train,dev]"
	touch $@

demo: $(VENV)/.installed
	$(BIN)/stance predict stance/examples/demo-article.txt --target "$(DEMO_TARGET)"

test: $(VENV)/.dev
	$(BIN)/python -m pytest -q

test-all: $(VENV)/.dev
	$(BIN)/python -m pytest -q -m ""

lint: $(VENV)/.dev
	$(BIN)/ruff check stance training benchmarks tests

validate: $(VENV)/.dev
	$(BIN)/python -m training.validate

# the shipped recipe, one seed: stage 1 (corpus + transfer sets, about 25 min on this CPU), then stage 2 (the
# speaker rows of the development articles, quotes and one joined row per speaker, about 10 min), then stage 3
# (the speaker rows of 130 sets and the real news rows, about 45 min), its speaker calibration and speaker head; README.md "Reproduce the shipped model" for three seeds
SEED ?= 13
train: $(VENV)/.dev
	$(BIN)/python -m training.train --output runs/stage1-s$(SEED) --seed $(SEED) --real-weight 3 \
	    --transfer vast perspectrum ibm newsmtsc directed --transfer-limit 200 --threads 1
	$(BIN)/python -m training.speaker_rows --out runs/speaker_rows.jsonl --speaker-rows --key stage2_training
	$(BIN)/python -m training.train --init runs/stage1-s$(SEED) --data runs/speaker_rows.jsonl --corpus-test --calibrate-on corpus-dev \
	    --epochs 2 --lr 3e-5 --seed $(SEED) --threads 1 --output runs/stage2-s$(SEED)
	$(BIN)/python -m training.export --origin real --split train --copies 16 --out runs/real_train_x16.jsonl
	$(BIN)/python -m training.speaker_rows --out runs/speaker_rows_ht.jsonl --speaker-rows --headline-targets 0.5
	$(BIN)/python -m training.train --init runs/stage2-s$(SEED) --data runs/speaker_rows_ht.jsonl runs/real_train_x16.jsonl \
	    --corpus-test --calibrate-on corpus-dev --epochs 1 --lr 2e-5 --seed $(SEED) --threads 2 --output runs/stage3-s$(SEED)
	$(BIN)/python -m training.speaker_calibration --model runs/stage3-s$(SEED) --joined-stance 0.5 --joined-sentiment 0.5
	$(BIN)/python -m training.speaker_head --model runs/stage3-s$(SEED) --heads stance \
	    --temperature-sets speaker_calibration

evaluate: $(VENV)/.dev
	$(BIN)/python -m training.evaluate --model models/talks-minilm

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/throughput.py

bench-attribution: $(VENV)/.dev
	$(PIP) install textacy
	$(BIN)/python benchmarks/attribution.py --split test

# speaker-level stance against the human labels of tests/data/articles (issue 5); MODEL=DIR for another model
bench-speakers: $(VENV)/.dev
	$(BIN)/python benchmarks/speaker_stance.py $(if $(MODEL),--model $(MODEL))

# quoted speakers on real news: PolNeAR's dev articles against its annotators' sources (issue 3)
bench-real-speakers: $(VENV)/.dev
	$(BIN)/python benchmarks/real_speakers.py --split dev

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
