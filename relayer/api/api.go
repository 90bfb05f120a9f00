// Package api is the relayer's HTTP API (gin): liveness and readiness, the
// Prometheus metrics, a request's state and results, the worker set, and
// admin endpoints behind a bearer token. Handlers stay thin over the queue
// and the dispatcher's worker pool; every error is JSON
// {"error": "...", "code": "..."} with a 4xx status for the caller's
// mistakes and 5xx for the relayer's own faults.
//
//	GET  /livez                         the process is up
//	GET  /readyz                        RPC, Redis and at least one healthy worker
//	GET  /metrics                       Prometheus
//	GET  /v1/requests/{id}              state, timestamps, worker results, transactions
//	GET  /v1/requests/{id}/output       the output bytes (the outputUri of long outputs)
//	GET  /v1/workers                    the worker set with its counts
//	POST /v1/workers                    {"endpoint": "https://..."}: attested and registered workers only;
//	                                    kept in Redis for every relayer (package workerset)
//	GET  /v1/admin/dead-letters?count=  the newest dead letters          (bearer token)
//	POST /v1/admin/requests/{id}/abandon {"reason": "..."}: dead-letter a job  (bearer token)
//	DELETE /v1/admin/workers?endpoint=  drop a worker                    (bearer token)
//
// It is not the service layer: it owns no state.
package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/workerset"
)

// Jobs is the queue's side the API reads and the admin changes.
type Jobs interface {
	Get(ctx context.Context, rid common.Hash) (*queue.Job, error)
	Abandon(ctx context.Context, rid common.Hash, reason string) error
	DeadLetters(ctx context.Context, count int64) ([]queue.DeadLetter, error)
}

// Workers is the dispatcher's worker pool.
type Workers interface {
	List() []dispatcher.WorkerStatus
	Add(ctx context.Context, endpoint string) (dispatcher.WorkerStatus, error)
	Remove(ctx context.Context, endpoint string) error
}

// Check is one readiness check; nil means ready.
type Check func(ctx context.Context) error

// Config tunes the API. Zero fields take the defaults shown.
type Config struct {
	// AdminToken guards /v1/admin; empty disables the admin endpoints.
	AdminToken string
	// MaxBodyBytes caps a request body. Default 64 KiB.
	MaxBodyBytes int64
	// HandlerTimeout caps one request's work. Default 30s (a worker
	// registration calls the worker and the chain).
	HandlerTimeout time.Duration
}

// API is the HTTP handler.
type API struct {
	cfg     Config
	jobs    Jobs
	workers Workers
	checks  map[string]Check
	metrics http.Handler
	log     *slog.Logger
	engine  *gin.Engine
	token   [32]byte
}

// New builds the handler. checks are the readiness checks by name; m may be
// nil (no /metrics).
func New(cfg Config, jobs Jobs, workers Workers, checks map[string]Check, m *Metrics, log *slog.Logger) *API {
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 64 << 10
	}
	if cfg.HandlerTimeout == 0 {
		cfg.HandlerTimeout = 30 * time.Second
	}
	if log == nil {
		log = slog.Default()
	}
	a := &API{cfg: cfg, jobs: jobs, workers: workers, checks: checks, log: log.With("component", "api"), token: sha256.Sum256([]byte(cfg.AdminToken))}
	if m != nil {
		a.metrics = promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
	}
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.HandleMethodNotAllowed = true
	e.Use(a.recover, a.limits)
	e.NoRoute(func(c *gin.Context) {
		fail(c, http.StatusNotFound, "not_found", "no such route: "+c.Request.Method+" "+c.Request.URL.Path)
	})
	e.NoMethod(func(c *gin.Context) {
		fail(c, http.StatusMethodNotAllowed, "method_not_allowed", c.Request.Method+" is not allowed on "+c.Request.URL.Path)
	})
	e.GET("/livez", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	e.GET("/readyz", a.ready)
	if a.metrics != nil {
		e.GET("/metrics", gin.WrapH(a.metrics))
	}
	v1 := e.Group("/v1")
	v1.GET("/requests/:id", a.request)
	v1.GET("/requests/:id/output", a.output)
	v1.GET("/workers", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"workers": a.workers.List()}) })
	v1.POST("/workers", a.addWorker)
	admin := v1.Group("/admin", a.admin)
	admin.GET("/dead-letters", a.deadLetters)
	admin.POST("/requests/:id/abandon", a.abandon)
	admin.DELETE("/workers", a.removeWorker)
	a.engine = e
	return a
}

// ServeHTTP serves the API.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.engine.ServeHTTP(w, r) }

// Server wraps the API in an http.Server with timeouts on every phase.
func (a *API) Server(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           a,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      a.cfg.HandlerTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
}

func fail(c *gin.Context, status int, code, msg string) {
	c.AbortWithStatusJSON(status, gin.H{"error": msg, "code": code})
}

func (a *API) recover(c *gin.Context) {
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("handler panicked", "path", c.Request.URL.Path, "panic", r)
			fail(c, http.StatusInternalServerError, "internal", "internal error")
		}
	}()
	c.Next()
}

// limits caps the body and the handler's time.
func (a *API) limits(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, a.cfg.MaxBodyBytes)
	ctx, cancel := context.WithTimeout(c.Request.Context(), a.cfg.HandlerTimeout)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

// admin checks the bearer token in constant time (over hashes, so the
// length does not leak either).
func (a *API) admin(c *gin.Context) {
	if a.cfg.AdminToken == "" {
		fail(c, http.StatusForbidden, "admin_disabled", "the admin endpoints are disabled: no admin token is configured")
		return
	}
	h := c.GetHeader("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	got := sha256.Sum256([]byte(tok))
	if !ok || subtle.ConstantTimeCompare(got[:], a.token[:]) != 1 {
		c.Header("WWW-Authenticate", `Bearer realm="minidao-relayer"`)
		a.log.Warn("admin request with a bad or missing bearer token", "path", c.Request.URL.Path, "remote", c.ClientIP())
		fail(c, http.StatusUnauthorized, "unauthorized", "a valid bearer token is required")
		return
	}
	c.Next()
}

func (a *API) ready(c *gin.Context) {
	res := gin.H{}
	ok := true
	for name, check := range a.checks {
		if err := check(c.Request.Context()); err != nil {
			res[name] = err.Error()
			ok = false
		} else {
			res[name] = "ok"
		}
	}
	if !ok {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "not ready", "checks": res, "code": "not_ready", "error": "a readiness check failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready", "checks": res})
}

var idRE = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

func requestID(c *gin.Context) (common.Hash, bool) {
	id := c.Param("id")
	if !idRE.MatchString(id) {
		fail(c, http.StatusBadRequest, "bad_request_id", fmt.Sprintf("request id %q: want 0x and 64 hex digits", truncate(id, 80)))
		return common.Hash{}, false
	}
	return common.HexToHash(id), true
}

func (a *API) job(c *gin.Context) (*queue.Job, bool) {
	rid, ok := requestID(c)
	if !ok {
		return nil, false
	}
	j, err := a.jobs.Get(c.Request.Context(), rid)
	if errors.Is(err, queue.ErrNotFound) {
		fail(c, http.StatusNotFound, "unknown_request", "no request "+rid.Hex()+" (never seen, or expired)")
		return nil, false
	}
	if err != nil {
		a.log.Error("reading a job", "request", rid, "err", err)
		fail(c, http.StatusServiceUnavailable, "unavailable", "the job store is unavailable")
		return nil, false
	}
	return j, true
}

// RequestView is GET /v1/requests/{id}.
type RequestView struct {
	RequestID common.Hash `json:"requestId"`
	State     queue.State `json:"state"`
	Reason    string      `json:"reason,omitempty"`
	Attempts  int         `json:"attempts"`
	Withdrawn bool        `json:"withdrawn,omitempty"`
	// Expired: the deadline passed before the job was dispatched (state
	// failed); the request is refundable on chain by anyone.
	Expired      bool                   `json:"expired,omitempty"`
	ModelID      string                 `json:"modelId"`
	ModelVersion uint32                 `json:"modelVersion"`
	Requester    common.Address         `json:"requester"`
	Deadline     uint64                 `json:"deadline"`
	Block        uint64                 `json:"block"`
	RequestTx    common.Hash            `json:"requestTx"`
	Times        map[queue.State]string `json:"times"`
	OutputHash   *common.Hash           `json:"outputHash,omitempty"`
	Output       hexutil.Bytes          `json:"output,omitempty"`
	OutputBytes  int                    `json:"outputBytes,omitempty"`
	Workers      []queue.WorkerResult   `json:"workers,omitempty"`
	TxHashes     []common.Hash          `json:"txHashes,omitempty"`
}

// inlineOutput: longer outputs are served at /output only.
const inlineOutput = 4096

func (a *API) request(c *gin.Context) {
	j, ok := a.job(c)
	if !ok {
		return
	}
	v := RequestView{
		RequestID: j.Request.RequestID, State: j.State, Reason: j.Reason, Attempts: j.Attempts, Withdrawn: j.Withdrawn,
		Expired: j.State == queue.Failed && strings.HasPrefix(j.Reason, dispatcher.ReasonExpired+":"),
		ModelID: fmt.Sprint(j.Request.ModelID), ModelVersion: j.Request.ModelVersion, Requester: j.Request.Requester,
		Deadline: j.Request.Deadline, Block: j.Request.BlockNumber, RequestTx: j.Request.TxHash,
		Times: map[queue.State]string{}, TxHashes: j.TxHashes,
	}
	for s, t := range j.Times {
		v.Times[s] = t.UTC().Format(time.RFC3339Nano)
	}
	if r := j.Results; r != nil {
		h := r.OutputHash
		v.OutputHash, v.OutputBytes, v.Workers = &h, len(r.Output), r.Workers
		if len(r.Output) <= inlineOutput {
			v.Output = r.Output
		}
	}
	c.JSON(http.StatusOK, v)
}

func (a *API) output(c *gin.Context) {
	j, ok := a.job(c)
	if !ok {
		return
	}
	if j.Results == nil {
		if j.State == queue.Settled {
			fail(c, http.StatusNotFound, "no_output", "request "+j.Request.RequestID.Hex()+
				" was fulfilled on chain by someone else's results: its output is in the settlement transaction's InferenceFulfilled event")
			return
		}
		fail(c, http.StatusNotFound, "no_output", "request "+j.Request.RequestID.Hex()+" has no output yet (state "+string(j.State)+")")
		return
	}
	c.Header("X-Output-Hash", j.Results.OutputHash.Hex())
	c.Data(http.StatusOK, "application/octet-stream", j.Results.Output)
}

// decode reads a JSON body strictly: known fields, one value.
func decode(c *gin.Context, v any) bool {
	b, err := io.ReadAll(c.Request.Body)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		fail(c, http.StatusRequestEntityTooLarge, "body_too_large", fmt.Sprintf("request body over %d bytes", mbe.Limit))
		return false
	}
	if err != nil {
		fail(c, http.StatusBadRequest, "bad_body", "reading the body: "+err.Error())
		return false
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		fail(c, http.StatusBadRequest, "bad_json", "the body is not the expected JSON: "+truncate(err.Error(), 200))
		return false
	}
	if d.More() {
		fail(c, http.StatusBadRequest, "bad_json", "the body holds more than one JSON value")
		return false
	}
	return true
}

func (a *API) addWorker(c *gin.Context) {
	var body struct {
		Endpoint string `json:"endpoint"`
	}
	if !decode(c, &body) {
		return
	}
	if body.Endpoint == "" {
		fail(c, http.StatusBadRequest, "bad_request", "endpoint is required")
		return
	}
	s, err := a.workers.Add(c.Request.Context(), body.Endpoint)
	switch {
	case err == nil:
		a.log.Info("worker added", "endpoint", s.Endpoint, "signer", s.Signer)
		c.JSON(http.StatusCreated, s)
	case errors.Is(err, dispatcher.ErrBadEndpoint):
		fail(c, http.StatusBadRequest, "bad_endpoint", err.Error())
	case errors.Is(err, dispatcher.ErrNotRegistered):
		fail(c, http.StatusUnprocessableEntity, "not_registered", err.Error())
	case errors.Is(err, dispatcher.ErrAttestation):
		fail(c, http.StatusUnprocessableEntity, "attestation_rejected", err.Error())
	case errors.Is(err, workerset.ErrStore):
		a.log.Error("storing a worker registration", "endpoint", body.Endpoint, "err", err)
		fail(c, http.StatusServiceUnavailable, "unavailable", "could not store the registration: "+err.Error())
	default:
		a.log.Error("adding a worker", "endpoint", body.Endpoint, "err", err)
		fail(c, http.StatusServiceUnavailable, "unavailable", "could not check the worker on chain: "+err.Error())
	}
}

func (a *API) removeWorker(c *gin.Context) {
	ep := c.Query("endpoint")
	if ep == "" {
		fail(c, http.StatusBadRequest, "bad_request", "the endpoint query parameter is required")
		return
	}
	err := a.workers.Remove(c.Request.Context(), ep)
	switch {
	case errors.Is(err, dispatcher.ErrUnknownWorker):
		fail(c, http.StatusNotFound, "unknown_worker", err.Error())
		return
	case err != nil:
		a.log.Error("removing a worker", "endpoint", ep, "err", err)
		fail(c, http.StatusServiceUnavailable, "unavailable", "could not remove the registration: "+err.Error())
		return
	}
	a.log.Info("worker removed by an admin", "endpoint", ep)
	c.Status(http.StatusNoContent)
}

func (a *API) abandon(c *gin.Context) {
	rid, ok := requestID(c)
	if !ok {
		return
	}
	var body struct {
		Reason string `json:"reason"`
	}
	if !decode(c, &body) {
		return
	}
	if strings.TrimSpace(body.Reason) == "" {
		fail(c, http.StatusBadRequest, "bad_request", "reason is required")
		return
	}
	err := a.jobs.Abandon(c.Request.Context(), rid, "abandoned by an admin: "+truncate(body.Reason, 500))
	switch {
	case err == nil:
		a.log.Info("job abandoned by an admin", "request", rid, "reason", body.Reason)
		c.Status(http.StatusNoContent)
	case errors.Is(err, queue.ErrNotFound):
		fail(c, http.StatusNotFound, "unknown_request", "no request "+rid.Hex())
	case errors.Is(err, queue.ErrIllegalTransition):
		fail(c, http.StatusConflict, "finished", err.Error())
	default:
		a.log.Error("abandoning a job", "request", rid, "err", err)
		fail(c, http.StatusServiceUnavailable, "unavailable", "the job store is unavailable")
	}
}

func (a *API) deadLetters(c *gin.Context) {
	count := int64(100)
	if s := c.Query("count"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 1 || n > 10000 {
			fail(c, http.StatusBadRequest, "bad_request", fmt.Sprintf("count %q: want an integer from 1 to 10000", truncate(s, 40)))
			return
		}
		count = n
	}
	dl, err := a.jobs.DeadLetters(c.Request.Context(), count)
	if err != nil {
		a.log.Error("reading dead letters", "err", err)
		fail(c, http.StatusServiceUnavailable, "unavailable", "the job store is unavailable")
		return
	}
	c.JSON(http.StatusOK, gin.H{"deadLetters": dl})
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
