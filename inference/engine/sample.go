package engine

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/minidao/minidao/inference/kernels"
)

// ErrBadParams is wrapped by errors for invalid sampling parameters.
var ErrBadParams = errors.New("engine: invalid parameters")

// Params are a generation's sampling parameters.
type Params struct {
	MaxTokens     int     // tokens to generate at most (≥ 1)
	Temperature   float32 // 0: greedy (argmax); otherwise logits are divided by it
	TopK          int     // keep the K most likely tokens (0: all)
	TopP          float32 // keep the smallest set whose probability reaches P (1 or 0: all)
	RepeatPenalty float32 // llama.cpp's repetition penalty (1 or 0: none)
	RepeatLastN   int     // tokens (prompt included) the penalty looks back on (0: 64)
	Seed          uint64  // seeds the PRNG (ignored when greedy)
}

// DefaultParams are llama.cpp's defaults but greedy: the safe choice for
// results several workers must agree on.
func DefaultParams() Params {
	return Params{MaxTokens: 128, Temperature: 0, TopK: 40, TopP: 0.95, RepeatPenalty: 1, RepeatLastN: 64}
}

// Check returns an error wrapping ErrBadParams for unusable values.
func (p Params) Check() error {
	switch {
	case p.MaxTokens < 1:
		return fmt.Errorf("%w: max tokens %d (want at least 1)", ErrBadParams, p.MaxTokens)
	case !(p.Temperature >= 0) || math.IsInf(float64(p.Temperature), 0):
		return fmt.Errorf("%w: temperature %v (want a finite value ≥ 0)", ErrBadParams, p.Temperature)
	case p.TopK < 0:
		return fmt.Errorf("%w: top-k %d (want ≥ 0)", ErrBadParams, p.TopK)
	case !(p.TopP >= 0 && p.TopP <= 1):
		return fmt.Errorf("%w: top-p %v (want 0..1)", ErrBadParams, p.TopP)
	case !(p.RepeatPenalty >= 0) || math.IsInf(float64(p.RepeatPenalty), 0):
		return fmt.Errorf("%w: repeat penalty %v (want a finite value ≥ 0)", ErrBadParams, p.RepeatPenalty)
	case p.RepeatLastN < 0:
		return fmt.Errorf("%w: repeat-last-n %d (want ≥ 0)", ErrBadParams, p.RepeatLastN)
	}
	return nil
}

// Sampler picks tokens from logits. Its steps follow llama.cpp's order:
// repetition penalty, then greedy argmax at temperature 0, or else top-k,
// temperature, softmax, top-p and a draw from the PRNG. Every float32
// operation is ordered and rounded explicitly, and ties are broken by the
// lower token id, so a Sampler's choices depend on nothing but its inputs.
type Sampler struct {
	p     Params
	rng   *Rand
	cands []candidate
	probs []float32 // weights of the candidates
	all   []float32 // weights of every token (no top-k)
	seen  map[int32]bool
}

type candidate struct {
	id    int32
	logit float32
}

// NewSampler returns a sampler for p (which must pass Check).
func NewSampler(p Params) *Sampler {
	if p.RepeatLastN == 0 {
		p.RepeatLastN = 64
	}
	return &Sampler{p: p, rng: NewRand(p.Seed), seen: map[int32]bool{}}
}

// Sample returns the next token given the logits (which it may modify) and
// the tokens so far (prompt and generated).
func (s *Sampler) Sample(logits []float32, history []int32) int32 {
	s.penalize(logits, history)
	if s.p.Temperature == 0 {
		return argmax(logits)
	}
	temp := s.p.Temperature
	if k := s.p.TopK; k > 0 && k < len(logits) {
		// Softmax over the k best, in their order (most likely first).
		c := s.topK(logits, k)
		probs := s.weights(c, c[0].logit/temp, temp)
		var sum float32
		for _, p := range probs {
			sum += p
		}
		return s.draw(c, probs, s.nucleus(probs, sum))
	}
	// Every token is a candidate: the weights and their total are taken in
	// index order (no full sort), then the nucleus, if top-p asks for one,
	// is found among the best tokens, fetched in growing batches.
	maxLogit := logits[argmax(logits)] / temp
	var sum float32
	all := s.all[:0]
	for _, l := range logits {
		e := kernels.Exp(l/temp - maxLogit)
		all = append(all, e)
		sum += e
	}
	s.all = all
	if s.p.TopP <= 0 || s.p.TopP >= 1 {
		target := s.rng.Float32() * sum
		var cum float32
		for i, e := range all {
			cum += e
			if target < cum {
				return int32(i)
			}
		}
		return argmax(logits)
	}
	for k := 64; ; k *= 4 {
		if k > len(logits)/4 { // a heap no longer pays: sort them all
			k = len(logits)
		}
		c := s.topK(logits, k)
		probs := s.probs[:0]
		for _, cd := range c {
			probs = append(probs, all[cd.id])
		}
		s.probs = probs
		if keep := s.nucleus(probs, sum); keep < len(c) || k == len(logits) {
			return s.draw(c, probs, keep)
		}
	}
}

// penalize applies the repetition penalty to the logits of the tokens among
// the last RepeatLastN of history: divided by it if positive, multiplied
// otherwise (llama.cpp's rule).
func (s *Sampler) penalize(logits []float32, history []int32) {
	pen := s.p.RepeatPenalty
	if pen == 0 || pen == 1 {
		return
	}
	clear(s.seen)
	for _, t := range history[max(0, len(history)-s.p.RepeatLastN):] {
		if s.seen[t] || t < 0 || int(t) >= len(logits) {
			continue
		}
		s.seen[t] = true
		if logits[t] > 0 {
			logits[t] /= pen
		} else {
			logits[t] *= pen
		}
	}
}

// weights returns e**(logit/temp − max) for the candidates, in their order.
func (s *Sampler) weights(c []candidate, max, temp float32) []float32 {
	probs := s.probs[:0]
	for _, cd := range c {
		probs = append(probs, kernels.Exp(cd.logit/temp-max))
	}
	s.probs = probs
	return probs
}

// nucleus returns how many of the candidates (best first, with weights
// probs out of a total sum) top-p keeps: the fewest whose probability
// reaches TopP, or all of them if they do not.
func (s *Sampler) nucleus(probs []float32, sum float32) int {
	if s.p.TopP <= 0 || s.p.TopP >= 1 {
		return len(probs)
	}
	var cum float32
	for i, p := range probs {
		cum += p / sum
		if cum >= s.p.TopP {
			return i + 1
		}
	}
	return len(probs)
}

// draw picks one of the first keep candidates with probability proportional
// to its weight.
func (s *Sampler) draw(c []candidate, probs []float32, keep int) int32 {
	var total float32
	for _, p := range probs[:keep] {
		total += p
	}
	target := s.rng.Float32() * total
	var cum float32
	for i, p := range probs[:keep] {
		cum += p
		if target < cum {
			return c[i].id
		}
	}
	return c[keep-1].id
}

// argmax returns the index of the largest logit (the lowest on ties).
func argmax(logits []float32) int32 {
	best, bestV := 0, logits[0]
	for i, v := range logits {
		if v > bestV {
			best, bestV = i, v
		}
	}
	return int32(best)
}

// before orders candidates by decreasing logit, then increasing id: a total
// order, so any correct sort gives the same sequence.
func before(a, b candidate) bool {
	return a.logit > b.logit || a.logit == b.logit && a.id < b.id
}

// topK returns the k best candidates, best first.
func (s *Sampler) topK(logits []float32, k int) []candidate {
	c := s.cands[:0]
	if k == len(logits) {
		for i, v := range logits {
			c = append(c, candidate{int32(i), v})
		}
	} else {
		// A min-heap of the k best so far: O(n log k).
		for i, v := range logits {
			cd := candidate{int32(i), v}
			if len(c) < k {
				c = append(c, cd)
				for j := len(c) - 1; j > 0; {
					parent := (j - 1) / 2
					if !before(c[parent], c[j]) {
						break
					}
					c[parent], c[j] = c[j], c[parent]
					j = parent
				}
				continue
			}
			if !before(cd, c[0]) {
				continue
			}
			c[0] = cd
			for j := 0; ; {
				l, r, worst := 2*j+1, 2*j+2, j
				if l < k && before(c[worst], c[l]) {
					worst = l
				}
				if r < k && before(c[worst], c[r]) {
					worst = r
				}
				if worst == j {
					break
				}
				c[j], c[worst] = c[worst], c[j]
				j = worst
			}
		}
	}
	slices.SortFunc(c, func(a, b candidate) int {
		if before(a, b) {
			return -1
		}
		if before(b, a) {
			return 1
		}
		return 0
	})
	s.cands = c
	return c
}
