package dispatcher

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/minidao/minidao/inference/attest"
)

// Job is a POST /v1/jobs body, as the worker service reads it: byte strings
// 0x-hex, big integers decimal strings.
type Job struct {
	RequestID    common.Hash    `json:"requestId"`
	ModelID      string         `json:"modelId"`
	ModelVersion uint32         `json:"modelVersion"`
	Prompt       hexutil.Bytes  `json:"prompt"`
	MaxTokens    uint32         `json:"maxTokens"`
	Seed         string         `json:"seed"`
	Deadline     uint64         `json:"deadline"`
	ChainID      string         `json:"chainId"`
	Coordinator  common.Address `json:"coordinator"`
}

// Answer is a worker's signed result (the fields the relayer checks; the
// worker sends more).
type Answer struct {
	RequestID  common.Hash    `json:"requestId"`
	Output     hexutil.Bytes  `json:"output"`
	OutputHash common.Hash    `json:"outputHash"`
	Signature  hexutil.Bytes  `json:"signature"`
	Signer     common.Address `json:"signer"`
}

// Errors of a worker call, for the per-worker counts.
var (
	ErrWorkerTimeout = errors.New("worker timed out")
	ErrWorkerBusy    = errors.New("worker busy")
	ErrWorkerRefused = errors.New("worker refused the job")
	ErrWorkerFault   = errors.New("worker failed")
	ErrBadAnswer     = errors.New("worker's answer is malformed")
)

// HTTPWorkers speaks the worker protocol over HTTP.
type HTTPWorkers struct {
	// Client is the HTTP client; nil: one that keeps up to 64 idle
	// connections per worker (the default 2 would reconnect under load).
	Client *http.Client
	// MaxAnswerBytes caps an answer's body. Default 8 MiB.
	MaxAnswerBytes int64

	once sync.Once
	def  *http.Client
}

func (h *HTTPWorkers) client() *http.Client {
	if h.Client != nil {
		return h.Client
	}
	h.once.Do(func() {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConns = 1024
		t.MaxIdleConnsPerHost = 64
		h.def = &http.Client{Transport: t}
	})
	return h.def
}

func (h *HTTPWorkers) limit() int64 {
	if h.MaxAnswerBytes > 0 {
		return h.MaxAnswerBytes
	}
	return 8 << 20
}

// Run posts a job and returns the worker's answer, unchecked.
func (h *HTTPWorkers) Run(ctx context.Context, endpoint string, job *Job) (*Answer, error) {
	body, err := json.Marshal(job)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(endpoint, "/")+"/v1/jobs", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorkerFault, err)
	}
	req.Header.Set("Content-Type", "application/json")
	var a Answer
	if err := h.do(req, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// Attest fetches the worker's attestation report for nonce.
func (h *HTTPWorkers) Attest(ctx context.Context, endpoint string, nonce common.Hash) (*attest.Report, error) {
	u := strings.TrimRight(endpoint, "/") + "/v1/attestation?nonce=" + url.QueryEscape(nonce.Hex())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorkerFault, err)
	}
	var r attest.Report
	if err := h.do(req, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

func (h *HTTPWorkers) do(req *http.Request, out any) error {
	resp, err := h.client().Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			return fmt.Errorf("%w: %v", ErrWorkerTimeout, err)
		}
		if errors.Is(err, context.Canceled) {
			return err
		}
		return fmt.Errorf("%w: %v", ErrWorkerFault, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, h.limit()+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			return fmt.Errorf("%w: reading the answer: %v", ErrWorkerTimeout, err)
		}
		return fmt.Errorf("%w: reading the answer: %v", ErrWorkerFault, err)
	}
	if int64(len(b)) > h.limit() {
		return fmt.Errorf("%w: answer over %d bytes", ErrBadAnswer, h.limit())
	}
	if resp.StatusCode/100 != 2 {
		var e struct{ Error, Code string }
		_ = json.Unmarshal(b, &e)
		msg := fmt.Sprintf("HTTP %d %s: %s", resp.StatusCode, e.Code, e.Error)
		switch {
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
			return fmt.Errorf("%w: %s", ErrWorkerBusy, msg)
		case resp.StatusCode == http.StatusGatewayTimeout:
			return fmt.Errorf("%w: %s", ErrWorkerTimeout, msg)
		case resp.StatusCode/100 == 4:
			return fmt.Errorf("%w: %s", ErrWorkerRefused, msg)
		}
		return fmt.Errorf("%w: %s", ErrWorkerFault, msg)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("%w: %v", ErrBadAnswer, err)
	}
	return nil
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// jobOf builds the worker's job from a request's terms.
func jobOf(t *Terms, chainID *big.Int, coordinator common.Address) *Job {
	return &Job{
		RequestID:    t.RequestID,
		ModelID:      t.ModelID.String(),
		ModelVersion: t.ModelVersion,
		Prompt:       t.Prompt,
		MaxTokens:    t.MaxTokens,
		Seed:         fmt.Sprint(t.Seed),
		Deadline:     t.Deadline,
		ChainID:      chainID.String(),
		Coordinator:  coordinator,
	}
}

// deadlineOf is when a job must be answered: the request's deadline, or
// timeout from now if sooner.
func deadlineOf(t *Terms, timeout time.Duration) time.Time {
	d := time.Now().Add(timeout)
	if dl := time.Unix(int64(t.Deadline), 0); t.Deadline > 0 && dl.Before(d) {
		return dl
	}
	return d
}
