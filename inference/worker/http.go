package worker

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// HandlerConfig bounds the HTTP layer.
type HandlerConfig struct {
	// MaxBodyBytes is the largest POST body; 0 means room for a hex prompt of
	// MaxPromptBytes plus the other fields.
	MaxBodyBytes int64
}

// Handler returns the worker's HTTP API over s.
func Handler(s *Service, hc HandlerConfig) http.Handler {
	if hc.MaxBodyBytes == 0 {
		hc.MaxBodyBytes = int64(2*s.cfg.MaxPromptBytes) + 4096
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.HandleMethodNotAllowed = true
	r.Use(recovery(s.log))
	h := &handlers{s: s, maxBody: hc.MaxBodyBytes}
	r.POST("/v1/jobs", h.job)
	r.GET("/v1/attestation", h.attestation)
	r.GET("/livez", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	r.GET("/readyz", h.ready)
	r.GET("/metrics", gin.WrapH(promhttp.HandlerFor(s.metrics.registry, promhttp.HandlerOpts{})))
	r.NoRoute(func(c *gin.Context) {
		c.JSON(http.StatusNotFound, errorBody{"no such endpoint: " + c.Request.URL.Path, "not_found"})
	})
	r.NoMethod(func(c *gin.Context) {
		c.JSON(http.StatusMethodNotAllowed, errorBody{c.Request.Method + " not allowed on " + c.Request.URL.Path, "method_not_allowed"})
	})
	return r
}

type handlers struct {
	s       *Service
	maxBody int64
}

type errorBody struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

// fail answers an error as JSON and logs it: the caller's mistakes at info
// (warn for refusals an operator may want to see), the worker's faults at error.
func (h *handlers) fail(c *gin.Context, err error, attrs ...any) {
	status, code := statusOf(err)
	attrs = append(attrs, "path", c.Request.URL.Path, "status", status, "code", code, "err", err)
	switch {
	case status >= 500 && status != http.StatusServiceUnavailable && status != http.StatusGatewayTimeout:
		h.s.log.Error("request failed", attrs...)
	case status == http.StatusConflict || status == http.StatusTooManyRequests || status == http.StatusGatewayTimeout:
		h.s.log.Warn("request refused", attrs...)
	default:
		h.s.log.Info("request refused", attrs...)
	}
	c.AbortWithStatusJSON(status, errorBody{err.Error(), code})
}

func (h *handlers) job(c *gin.Context) {
	j, err := h.decodeJob(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	res, err := h.s.Run(c.Request.Context(), j)
	if err != nil {
		h.fail(c, err, "requestId", j.RequestID, "model", j.ModelID, "version", j.ModelVersion)
		return
	}
	h.s.log.Info("job done", "requestId", j.RequestID, "model", j.ModelID, "version", j.ModelVersion,
		"tokens", res.Tokens.Generated, "outputHash", res.OutputHash, "generateMs", res.Timings.GenerateMs)
	c.JSON(http.StatusOK, res)
}

// decodeJob reads a Job, at most maxBody bytes, refusing unknown fields.
func (h *handlers) decodeJob(c *gin.Context) (*Job, error) {
	if c.Request.ContentLength > h.maxBody {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrPayloadTooLarge, c.Request.ContentLength, h.maxBody)
	}
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, h.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrPayloadTooLarge, h.maxBody)
		}
		return nil, fmt.Errorf("%w: reading the body: %w", ErrCanceled, err)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var j Job
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("%w: body is not a job: %w", ErrBadRequest, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: body holds more than one JSON value", ErrBadRequest)
	}
	return &j, nil
}

func (h *handlers) attestation(c *gin.Context) {
	q := c.Query("nonce")
	b, err := hexutil.Decode(q)
	if err != nil || len(b) != common.HashLength {
		h.fail(c, fmt.Errorf("%w: nonce %q: want 32 bytes as 0x-hex", ErrBadRequest, q))
		return
	}
	r, err := h.s.Attestation(common.BytesToHash(b))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, r)
}

func (h *handlers) ready(c *gin.Context) {
	if err := h.s.Ready(); err != nil {
		c.JSON(http.StatusServiceUnavailable, errorBody{err.Error(), "not_ready"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready", "models": len(h.s.models), "signer": h.s.Signer()})
}

// recovery turns a panic in a handler into a logged 500 JSON answer.
func recovery(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				log.Error("handler panicked", "path", c.Request.URL.Path, "panic", p)
				c.AbortWithStatusJSON(http.StatusInternalServerError, errorBody{"internal error", "internal"})
			}
		}()
		c.Next()
	}
}

// ServerTimeouts are the http.Server timeouts the worker uses: reading a
// request is quick, writing the answer waits for the job.
func ServerTimeouts(jobTimeout time.Duration) (readHeader, read, write, idle time.Duration) {
	return 5 * time.Second, 30 * time.Second, jobTimeout + 30*time.Second, 2 * time.Minute
}
