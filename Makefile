# MiniDAO — one entry point for every routine job. `make help` lists them.
SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

FORGE   := node_modules/.bin/forge
MODULES := bindings deploy inference oracle relayer e2e
GOPKGS  := $(addsuffix /...,$(addprefix ./,$(MODULES)))
# CI runs the forge "ci" profile: 10,000 fuzz runs with a fixed seed.
FOUNDRY_PROFILE ?= $(if $(CI),ci,default)
export FOUNDRY_PROFILE
# forge runs with no network at all where the machine allows a private network
# namespace (root, or unprivileged user namespaces): proof that nothing is fetched.
OFFLINE := $(shell unshare -rn true 2>/dev/null && echo "unshare -rn")

.PHONY: help setup build test test-contracts test-go fmt lint bindings snapshot up

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

setup: ## install everything (idempotent): npm tooling, Go modules, redis-server, abigen
	@scripts/setup

build: setup ## compile the contracts and every Go module
	$(OFFLINE) $(FORGE) build
	go build $(GOPKGS)

up: build ## the main job: chain, Redis, protocol, example DAO, 3 workers, relayer, oracle and a first request, until Ctrl-C (UP_FLAGS="--port N --model FILE.gguf")
	@# Built, then run as itself: `go run` exits 1 on Ctrl-C whatever its child does.
	go build -o .bin/minidao ./deploy/cmd/minidao
	.bin/minidao up $(UP_FLAGS)

test: build lint test-contracts test-go ## the whole test suite (what CI runs)

# Gas snapshots: tests named test_gas_* write snapshots/<group>.json through
# forge's snapshotGas cheatcodes; here forge fails if any value differs from the
# committed file (`make snapshot` rewrites them; commit the diff).
test-contracts: ## forge tests, with the committed gas snapshots checked
	FORGE_SNAPSHOT_CHECK=true $(OFFLINE) $(FORGE) test

test-go:
	go vet $(GOPKGS)
	go test -count=1 $(GOPKGS)

fmt: ## format Go and Solidity sources
	gofmt -w $(MODULES)
	$(FORGE) fmt

lint: ## check formatting and vet (no changes made)
	@out=$$(gofmt -l $(MODULES) | grep -v '^bindings/bindings.go$$' || true); \
	  if [ -n "$$out" ]; then echo "gofmt: these files need formatting:"; echo "$$out"; exit 1; fi
	go vet $(GOPKGS)
	$(FORGE) fmt --check

bindings: ## regenerate the Go bindings from the contracts
	$(FORGE) build
	cd bindings && go generate ./...

snapshot: ## rewrite the committed gas snapshots (snapshots/*.json)
	FORGE_SNAPSHOT_CHECK=false $(OFFLINE) $(FORGE) test --match-test 'test_gas|testGas'
