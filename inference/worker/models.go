package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/inference/attest"
)

// ErrWeightsMismatch means a model file is not the one the chain names: its
// sha256 differs from the version's weightsHash. The worker refuses to serve it.
var ErrWeightsMismatch = errors.New("model file does not match its weightsHash")

// Generator runs one loaded model. It is loaded once and used by many jobs
// at once; Generate must be safe for concurrent use, deterministic (the same
// prompt and Params give the same output, bit for bit, on every machine) and
// return soon after ctx is done, with ctx's error.
type Generator interface {
	Generate(ctx context.Context, prompt []byte, p Params) (Generation, error)
	Close() error
}

// ErrInput is wrapped by a Generator's errors that are the request's fault
// (a prompt longer than the model's context, for instance): the job is
// answered 400 rather than 500.
var ErrInput = errors.New("invalid input for the model")

// Params are the per-job generation parameters. The sampling settings
// themselves belong to the model version (ModelSpec.Sampling), so that every
// worker serving it computes the same output.
type Params struct {
	MaxTokens int    // tokens to generate at most
	Seed      uint64 // the request's seed (the contract's uint64(keccak256(abi.encode(requestId))))
}

// Generation is a finished generation.
type Generation struct {
	Output       []byte // the output bytes (the detokenized text)
	PromptTokens int
	Tokens       int    // generated tokens
	FinishReason string // "stop" (end-of-generation token) or "length" (MaxTokens reached)
}

// Sampling is how a model version samples: Temperature 0 is greedy decoding;
// otherwise the engine samples with the job's seed. Zero values are the
// engine's defaults for TopK and TopP.
type Sampling struct {
	Temperature float32 `json:"temperature"`
	TopK        int     `json:"topK,omitempty"`
	TopP        float32 `json:"topP,omitempty"`
}

// ModelSpec is one model version the worker serves, as given in the models
// file. WeightsHash is the version's weightsHash on chain: the sha256 of the
// GGUF file.
type ModelSpec struct {
	ModelID     Uint256     `json:"modelId"`
	Version     uint32      `json:"version"`
	WeightsHash common.Hash `json:"weightsHash"`
	Path        string      `json:"path"`
	MaxTokens   int         `json:"maxTokens,omitempty"` // cap on a job's maxTokens; 0 means the version's limit is checked on chain only
	Sampling    Sampling    `json:"sampling"`
}

func (s ModelSpec) String() string { return fmt.Sprintf("model %s version %d", s.ModelID, s.Version) }

// ReadModelsFile reads a JSON array of ModelSpec. Relative paths are taken
// from the file's directory.
func ReadModelsFile(path string) ([]ModelSpec, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("models file: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var specs []ModelSpec
	if err := dec.Decode(&specs); err != nil {
		return nil, fmt.Errorf("models file %s: %w", path, err)
	}
	for i := range specs {
		if specs[i].Path != "" && !filepath.IsAbs(specs[i].Path) {
			specs[i].Path = filepath.Join(filepath.Dir(path), specs[i].Path)
		}
	}
	if err := checkSpecs(specs, false); err != nil {
		return nil, fmt.Errorf("models file %s: %w", path, err)
	}
	return specs, nil
}

// CheckModelSpecs checks that each spec is complete and that no (modelId,
// version) appears twice.
func CheckModelSpecs(specs []ModelSpec) error { return checkSpecs(specs, true) }

// checkSpecs is CheckModelSpecs; weightsHash may be left for the chain to
// fill in (Reconcile) unless needHash.
func checkSpecs(specs []ModelSpec, needHash bool) error {
	if len(specs) == 0 {
		return errors.New("no models to serve")
	}
	seen := map[modelKey]bool{}
	for i, s := range specs {
		switch {
		case s.ModelID.Int == nil:
			return fmt.Errorf("model %d: modelId is missing", i)
		case s.Version == 0:
			return fmt.Errorf("%s: version must be at least 1", s)
		case needHash && s.WeightsHash == (common.Hash{}):
			return fmt.Errorf("%s: weightsHash is missing (give it in the models file, or read it from the chain's ModelRegistry)", s)
		case s.Path == "":
			return fmt.Errorf("%s: path is missing", s)
		case s.MaxTokens < 0:
			return fmt.Errorf("%s: maxTokens %d is negative", s, s.MaxTokens)
		case s.Sampling.Temperature < 0 || s.Sampling.TopK < 0 || s.Sampling.TopP < 0 || s.Sampling.TopP > 1:
			return fmt.Errorf("%s: sampling %+v out of range (temperature ≥ 0, topK ≥ 0, 0 ≤ topP ≤ 1)", s, s.Sampling)
		}
		k := keyOf(s.ModelID, s.Version)
		if seen[k] {
			return fmt.Errorf("%s is listed twice", s)
		}
		seen[k] = true
	}
	return nil
}

// ChainVersion is what the chain's ModelRegistry says about a model version.
type ChainVersion struct {
	WeightsHash        common.Hash
	RuntimeMeasurement common.Hash // the runtime the version approves
	MaxTokens          uint32      // per request
}

// ErrChainMismatch means the models file contradicts the chain.
var ErrChainMismatch = errors.New("models file contradicts the chain")

// Reconcile checks each spec against its version on chain (lookup): a
// weightsHash in the file must be the chain's, a missing one is taken from
// the chain, and so is maxTokens when the file leaves it out (a larger one is
// cut to the chain's). It returns the specs to load.
func Reconcile(specs []ModelSpec, lookup func(ModelSpec) (ChainVersion, error)) ([]ModelSpec, error) {
	out := make([]ModelSpec, len(specs))
	for i, s := range specs {
		v, err := lookup(s)
		if err != nil {
			return nil, fmt.Errorf("%s on chain: %w", s, err)
		}
		if s.WeightsHash != (common.Hash{}) && s.WeightsHash != v.WeightsHash {
			return nil, fmt.Errorf("%w: %s: the file says weightsHash %s, the chain %s", ErrChainMismatch, s, s.WeightsHash, v.WeightsHash)
		}
		s.WeightsHash = v.WeightsHash
		if v.MaxTokens > 0 && (s.MaxTokens == 0 || s.MaxTokens > int(v.MaxTokens)) {
			s.MaxTokens = int(v.MaxTokens)
		}
		out[i] = s
	}
	return out, CheckModelSpecs(out)
}

// VerifyWeights checks that the file at s.Path hashes to s.WeightsHash.
func VerifyWeights(s ModelSpec) error {
	got, err := attest.MeasureFile(s.Path)
	if err != nil {
		return fmt.Errorf("%s: %w", s, err)
	}
	if got != s.WeightsHash {
		return fmt.Errorf("%w: %s: %s has sha256 %s, the chain's weightsHash is %s; refusing to serve it",
			ErrWeightsMismatch, s, s.Path, got, s.WeightsHash)
	}
	return nil
}

// Loader opens the engine for a model file whose weights were verified.
type Loader func(ModelSpec) (Generator, error)

// Model is a served model version.
type Model struct {
	Spec ModelSpec
	Gen  Generator
}

type modelKey struct {
	id      string // decimal
	version uint32
}

func keyOf(id Uint256, version uint32) modelKey { return modelKey{id.String(), version} }

// LoadModels verifies every file against its weightsHash first, then opens
// each with load. On any error it closes what it opened and returns the error.
func LoadModels(specs []ModelSpec, load Loader) ([]*Model, error) {
	if err := CheckModelSpecs(specs); err != nil {
		return nil, err
	}
	for _, s := range specs {
		if err := VerifyWeights(s); err != nil {
			return nil, err
		}
	}
	var models []*Model
	for _, s := range specs {
		g, err := load(s)
		if err != nil {
			CloseModels(models)
			return nil, fmt.Errorf("%s: load %s: %w", s, s.Path, err)
		}
		models = append(models, &Model{Spec: s, Gen: g})
	}
	return models, nil
}

// CloseModels closes every model's generator.
func CloseModels(models []*Model) error {
	var errs []error
	for _, m := range models {
		if err := m.Gen.Close(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", m.Spec, err))
		}
	}
	return errors.Join(errs...)
}
