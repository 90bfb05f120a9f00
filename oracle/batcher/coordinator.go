package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
)

// CoordinatorContract is the Coordinator of one InferenceCoordinator
// deployment, through its generated bindings.
type CoordinatorContract struct {
	addr      common.Address
	caller    ContractCaller // nil: no status checks
	chainID   *big.Int
	binding   *bindings.InferenceCoordinator
	idArgs    abi.Arguments // (InferenceRequest, uint256 chainid, address coordinator)
	fulfilled common.Hash   // InferenceFulfilled's topic
	rejected  common.Hash   // InferenceResultRejected's topic
}

var (
	_ Coordinator[bindings.InferenceResult] = (*CoordinatorContract)(nil)
	_ StatusChecker                         = (*CoordinatorContract)(nil)
)

// ContractCaller runs read-only calls; *ethclient.Client is one.
type ContractCaller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// NewCoordinatorContract binds the coordinator at addr on chainID. With a
// caller, it also reads request statuses (StatusChecker).
func NewCoordinatorContract(addr common.Address, chainID *big.Int, caller ContractCaller) (*CoordinatorContract, error) {
	b := bindings.NewInferenceCoordinator()
	parsed := b.GetABI()
	idOf, ok := parsed.Methods["requestIdOf"]
	if !ok || len(idOf.Inputs) != 1 {
		return nil, errors.New("batcher: the coordinator ABI has no requestIdOf(InferenceRequest)")
	}
	uint256, _ := abi.NewType("uint256", "", nil)
	address, _ := abi.NewType("address", "", nil)
	return &CoordinatorContract{
		addr:      addr,
		caller:    caller,
		chainID:   new(big.Int).Set(chainID),
		binding:   b,
		idArgs:    abi.Arguments{{Type: idOf.Inputs[0].Type}, {Type: uint256}, {Type: address}},
		fulfilled: parsed.Events[bindings.InferenceCoordinatorInferenceFulfilledEventName].ID,
		rejected:  parsed.Events[bindings.InferenceCoordinatorInferenceResultRejectedEventName].ID,
	}, nil
}

// Address is the coordinator's address.
func (c *CoordinatorContract) Address() common.Address { return c.addr }

// PackFulfill is the calldata of fulfill(results).
func (c *CoordinatorContract) PackFulfill(results []bindings.InferenceResult) ([]byte, error) {
	return c.binding.TryPackFulfill(results)
}

// Outcomes reads the coordinator's verdicts from a fulfill receipt: nil for
// each InferenceFulfilled, the decoded custom error for each
// InferenceResultRejected.
func (c *CoordinatorContract) Outcomes(r *types.Receipt) (map[common.Hash]error, error) {
	out := map[common.Hash]error{}
	for _, l := range r.Logs {
		if l.Address != c.addr || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case c.fulfilled:
			ev, err := c.binding.UnpackInferenceFulfilledEvent(l)
			if err != nil {
				return nil, fmt.Errorf("batcher: InferenceFulfilled log %d: %w", l.Index, err)
			}
			out[ev.RequestId] = nil
		case c.rejected:
			ev, err := c.binding.UnpackInferenceResultRejectedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("batcher: InferenceResultRejected log %d: %w", l.Index, err)
			}
			out[ev.RequestId] = revert.Decode(ev.Reason)
		}
	}
	return out, nil
}

// RequestID is the id the coordinator gives a request with these terms:
// keccak256(abi.encode(request, chainid, coordinator)) with its low 40 bits
// replaced by the deadline (see IInferenceCoordinator).
func (c *CoordinatorContract) RequestID(req bindings.InferenceRequest) (common.Hash, error) {
	if req.Deadline == nil || req.Deadline.Sign() < 0 || req.Deadline.BitLen() > 40 {
		return common.Hash{}, fmt.Errorf("batcher: request deadline %v does not fit 40 bits", req.Deadline)
	}
	enc, err := c.idArgs.Pack(req, c.chainID, c.addr)
	if err != nil {
		return common.Hash{}, fmt.Errorf("batcher: encoding the request: %w", err)
	}
	id := new(big.Int).SetBytes(crypto.Keccak256(enc))
	id.Rsh(id, 40).Lsh(id, 40).Or(id, req.Deadline)
	return common.BigToHash(id), nil
}

// Item makes a batch item of an agreed result: its id is recomputed from its
// terms (a job whose stored id does not match them is refused), and its gas
// weight is fulfilGasOverhead plus its callback gas limit, the basis its
// prepayment was quoted on.
func (c *CoordinatorContract) Item(id common.Hash, res bindings.InferenceResult, fulfilGasOverhead uint32) (Item[bindings.InferenceResult], error) {
	want, err := c.RequestID(res.Request)
	if err != nil {
		return Item[bindings.InferenceResult]{}, err
	}
	if want != id {
		return Item[bindings.InferenceResult]{}, fmt.Errorf("batcher: request %s: its terms give id %s", id, want)
	}
	return Item[bindings.InferenceResult]{
		RequestID:  id,
		Deadline:   time.Unix(res.Request.Deadline.Int64(), 0),
		GasPrepaid: res.Request.GasPrepaid,
		GasWeight:  uint64(fulfilGasOverhead) + uint64(res.Request.CallbackGasLimit),
		Result:     res,
	}, nil
}

// statusNames are IInferenceCoordinator's RequestStatus values.
var statusNames = [...]string{"none", "pending", "fulfilled", "refunded"}

// NotPending reads each request's record (one call each, several at a
// time) and returns those that are not pending. Without a caller it reports
// nothing.
func (c *CoordinatorContract) NotPending(ctx context.Context, ids []common.Hash) (map[common.Hash]string, error) {
	out := map[common.Hash]string{}
	if c.caller == nil {
		return out, nil
	}
	status := make([]uint8, len(ids))
	errs := make([]error, len(ids))
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for i, id := range ids {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			data, err := c.caller.CallContract(ctx, ethereum.CallMsg{To: &c.addr, Data: c.binding.PackRequest(id)}, nil)
			if err != nil {
				errs[i] = fmt.Errorf("batcher: request(%s): %w", id, err)
				return
			}
			rec, err := c.binding.UnpackRequest(data)
			if err != nil {
				errs[i] = fmt.Errorf("batcher: request(%s): %w", id, err)
				return
			}
			status[i] = rec.Status
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for i, id := range ids {
		if int(status[i]) >= len(statusNames) {
			return nil, fmt.Errorf("batcher: request(%s): unknown status %d", id, status[i])
		}
		if name := statusNames[status[i]]; name != "pending" {
			out[id] = name
		}
	}
	return out, nil
}
