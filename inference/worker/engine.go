package worker

import (
	"context"
	"errors"
	"fmt"

	"github.com/minidao/minidao/inference/engine"
)

// EngineLoader opens each model with package engine. opts.MaxConcurrent
// should be the worker's MaxConcurrent, so that admitted jobs never wait
// inside the engine.
func EngineLoader(opts engine.Options) Loader {
	return func(s ModelSpec) (Generator, error) {
		e, err := engine.Open(s.Path, opts)
		if err != nil {
			return nil, err
		}
		p := engine.DefaultParams()
		p.Temperature = s.Sampling.Temperature
		if s.Sampling.TopK != 0 {
			p.TopK = s.Sampling.TopK
		}
		if s.Sampling.TopP != 0 {
			p.TopP = s.Sampling.TopP
		}
		if err := p.Check(); err != nil {
			e.Close()
			return nil, fmt.Errorf("sampling: %w", err)
		}
		return &engineGenerator{e: e, params: p}, nil
	}
}

// engineGenerator adapts an engine.Engine to Generator.
type engineGenerator struct {
	e      *engine.Engine
	params engine.Params // the version's sampling; MaxTokens and Seed set per job
}

func (g *engineGenerator) Generate(ctx context.Context, prompt []byte, p Params) (Generation, error) {
	params := g.params
	params.MaxTokens, params.Seed = p.MaxTokens, p.Seed
	res, err := g.e.Generate(ctx, engine.Request{Prompt: string(prompt), Params: params})
	if err != nil {
		if errors.Is(err, engine.ErrPromptTooLong) || errors.Is(err, engine.ErrEmptyPrompt) || errors.Is(err, engine.ErrBadParams) {
			return Generation{}, fmt.Errorf("%w: %w", ErrInput, err)
		}
		return Generation{}, err
	}
	finish := "length"
	if res.StopReason == engine.StopEOS {
		finish = "stop"
	}
	return Generation{
		Output: []byte(res.Text), PromptTokens: len(res.PromptTokens), Tokens: len(res.Tokens), FinishReason: finish,
	}, nil
}

func (g *engineGenerator) Close() error { return g.e.Close() }
