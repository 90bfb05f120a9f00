package worker

import (
	"context"
	"errors"
	"net/http"
)

// Errors the service returns, each wrapped with the details. The HTTP layer
// maps them to a status and a code (see statusOf).
var (
	ErrBadRequest      = errors.New("bad request")
	ErrUnknownModel    = errors.New("model version not served here")
	ErrBusy            = errors.New("all job slots and the queue are full")
	ErrDeadlinePassed  = errors.New("the request's deadline has passed")
	ErrWrongDomain     = errors.New("this worker does not sign for that chain or coordinator")
	ErrConflict        = errors.New("the request was already signed with another output")
	ErrTimeout         = errors.New("the job ran past its deadline")
	ErrCanceled        = errors.New("the caller went away")
	ErrNotReady        = errors.New("the worker is not ready")
	ErrPayloadTooLarge = errors.New("request body too large")
)

// statusOf maps an error from the service to its HTTP status and code.
func statusOf(err error) (int, string) {
	switch {
	case errors.Is(err, ErrPayloadTooLarge):
		return http.StatusRequestEntityTooLarge, "body_too_large"
	case errors.Is(err, ErrBadRequest), errors.Is(err, ErrInput):
		return http.StatusBadRequest, "bad_request"
	case errors.Is(err, ErrUnknownModel):
		return http.StatusNotFound, "unknown_model"
	case errors.Is(err, ErrBusy):
		return http.StatusTooManyRequests, "busy"
	case errors.Is(err, ErrDeadlinePassed):
		return http.StatusUnprocessableEntity, "deadline_passed"
	case errors.Is(err, ErrWrongDomain):
		return http.StatusUnprocessableEntity, "wrong_domain"
	case errors.Is(err, ErrConflict):
		return http.StatusConflict, "conflict"
	case errors.Is(err, ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "timeout"
	case errors.Is(err, ErrCanceled), errors.Is(err, context.Canceled):
		return 499, "canceled" // nginx's "client closed request": nobody reads it
	case errors.Is(err, ErrNotReady):
		return http.StatusServiceUnavailable, "not_ready"
	default:
		return http.StatusInternalServerError, "internal"
	}
}

// outcomeOf names an error for the jobs metric.
func outcomeOf(err error) string {
	if err == nil {
		return "ok"
	}
	_, code := statusOf(err)
	return code
}
