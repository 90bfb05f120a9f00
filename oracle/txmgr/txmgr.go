package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ETHBackend is what the manager needs of a node. *ethclient.Client and the
// simulated backend's client implement it.
type ETHBackend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// Sender is what callers of the manager depend on; Manager and Pool
// implement it.
type Sender interface {
	Send(ctx context.Context, c TxCandidate) (*types.Receipt, error)
}

// TxCandidate is a transaction to send, before nonce and prices.
type TxCandidate struct {
	To       *common.Address // nil creates a contract
	Data     []byte
	Value    *big.Int // nil is zero
	GasLimit uint64   // 0 estimates it (plus Config.GasLimitMarginPercent)
	// BeforePublish, if set, is called with each new version before it is
	// sent, so that the caller can record its hash first (a job store
	// fenced by a lease). An error keeps that version unsent: a first
	// version's refusal ends Send with nothing published; a replacement's
	// leaves Send following the versions already out.
	BeforePublish func(ctx context.Context, tx *types.Transaction) error
}

// Config tunes a Manager. Zero values take the defaults noted.
type Config struct {
	// MaxFeeCap is the most the manager pays per gas (wei), tip included.
	// Required: there is no safe default.
	MaxFeeCap *big.Int
	// MinTipCap is the least tip offered (wei per gas), whatever the node
	// suggests. Default 0.
	MinTipCap *big.Int
	// NumConfirmations is how deep a receipt must be, counting its own
	// block, before Send returns it. Default 1.
	NumConfirmations uint64
	// ResubmitAfter is how long a version may stay unmined before it is
	// replaced by a better-paid one. Default 30s.
	ResubmitAfter time.Duration
	// PollInterval is how often receipts and nonces are read. Default 1s.
	PollInterval time.Duration
	// NetworkTimeout bounds each round of RPC calls. Default 10s.
	NetworkTimeout time.Duration
	// GasLimitMarginPercent is added to estimated gas limits. Default 0.
	GasLimitMarginPercent uint64
	// MaxNonceRetries is how many times Send takes a fresh nonce after
	// another sender used the one it had. Default 3.
	MaxNonceRetries int
	// Logger receives key/value logs; default slog.Default().
	Logger *slog.Logger
	// Metrics receives measurements; default none.
	Metrics Metrics
}

// Check reports the first invalid field.
func (c *Config) Check() error {
	switch {
	case c.MaxFeeCap == nil || c.MaxFeeCap.Sign() <= 0:
		return errors.New("txmgr: MaxFeeCap must be set to a positive number of wei per gas")
	case c.MinTipCap != nil && c.MinTipCap.Sign() < 0:
		return errors.New("txmgr: MinTipCap must not be negative")
	case c.MinTipCap != nil && c.MinTipCap.Cmp(c.MaxFeeCap) > 0:
		return fmt.Errorf("txmgr: MinTipCap %s is above MaxFeeCap %s", c.MinTipCap, c.MaxFeeCap)
	case c.ResubmitAfter < 0, c.PollInterval < 0, c.NetworkTimeout < 0:
		return errors.New("txmgr: durations must not be negative")
	case c.MaxNonceRetries < 0:
		return errors.New("txmgr: MaxNonceRetries must not be negative")
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.MinTipCap == nil {
		c.MinTipCap = new(big.Int)
	}
	if c.NumConfirmations == 0 {
		c.NumConfirmations = 1
	}
	if c.ResubmitAfter == 0 {
		c.ResubmitAfter = 30 * time.Second
	}
	if c.PollInterval == 0 {
		c.PollInterval = time.Second
	}
	if c.NetworkTimeout == 0 {
		c.NetworkTimeout = 10 * time.Second
	}
	if c.MaxNonceRetries == 0 {
		c.MaxNonceRetries = 3
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Metrics == nil {
		c.Metrics = NoMetrics{}
	}
	return c
}

// PrivateKeySigner returns the address of key and a signer for chainID, for
// callers that hold the key in memory. The manager only ever sees the
// returned function.
func PrivateKeySigner(key *ecdsa.PrivateKey, chainID *big.Int) (common.Address, bind.SignerFn) {
	opts := bind.NewKeyedTransactor(key, chainID)
	return opts.From, opts.Signer
}

// Manager sends transactions from one address and owns its nonce. It is safe
// for concurrent use; concurrent Sends get consecutive nonces.
type Manager struct {
	cfg     Config
	backend ETHBackend
	from    common.Address
	sign    bind.SignerFn
	chainID *big.Int
	log     *slog.Logger

	nonces nonces
	heads  *heads

	life    sync.Mutex      // orders enter against Close
	closing context.Context // done when Close is called
	close   context.CancelFunc
	wg      sync.WaitGroup // live Sends, Reconciles and gap fillers
}

// New makes a manager for the address from, signing with sign. It reads the
// chain id; the nonce is read from the chain on first use.
func New(ctx context.Context, cfg Config, backend ETHBackend, from common.Address, sign bind.SignerFn) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if sign == nil {
		return nil, errors.New("txmgr: a signer is required")
	}
	cfg = cfg.withDefaults()
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: chain id: %w", err)
	}
	closing, closeFn := context.WithCancel(context.Background())
	return &Manager{
		cfg:     cfg,
		backend: backend,
		from:    from,
		sign:    sign,
		chainID: chainID,
		log:     cfg.Logger.With("from", from),
		nonces:  newNonces(),
		heads:   newHeads(),
		closing: closing,
		close:   closeFn,
	}, nil
}

// From is the address the manager sends from.
func (m *Manager) From() common.Address { return m.from }

// InFlight is the number of nonces held by Sends and gap fillers now.
func (m *Manager) InFlight() int { return m.nonces.inFlight() }

// Close makes live and future Sends return ErrClosed (wrapped in a
// PendingError if they had published) and waits for them.
func (m *Manager) Close() {
	m.life.Lock()
	m.close()
	m.life.Unlock()
	m.wg.Wait()
}

// enter ties ctx to the manager's lifetime and registers a running task.
func (m *Manager) enter(ctx context.Context) (context.Context, func(), error) {
	m.life.Lock()
	if m.closing.Err() != nil {
		m.life.Unlock()
		return nil, nil, ErrClosed
	}
	m.wg.Add(1)
	m.life.Unlock()
	ctx, cancel := context.WithCancelCause(ctx)
	stop := context.AfterFunc(m.closing, func() { cancel(ErrClosed) })
	return ctx, func() { stop(); cancel(nil); m.wg.Done() }, nil
}

// Send publishes c and follows it to a receipt NumConfirmations deep,
// replacing it with better-paid versions while it is not mined. See the
// package documentation for what its errors promise.
func (m *Manager) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	ctx, leave, err := m.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()

	gas, err := m.gasLimit(ctx, c)
	if err != nil {
		return nil, err
	}
	mk, err := m.market(ctx)
	if err != nil {
		return nil, err
	}
	f, err := initialFees(mk, m.cfg.MaxFeeCap)
	if err != nil {
		return nil, err
	}
	if err := m.sync(ctx); err != nil {
		return nil, err
	}
	for try := 0; ; try++ {
		nonce := m.nonces.reserve()
		m.cfg.Metrics.RecordNonce(nonce)
		r, err := m.sendAt(ctx, c, gas, slot{nonce: nonce}, f)
		if !errors.Is(err, errNonceTaken) {
			return r, err
		}
		if try >= m.cfg.MaxNonceRetries {
			return nil, fmt.Errorf("%w (%d tries, last nonce %d)", ErrNonceTaken, try+1, nonce)
		}
		m.log.Warn("nonce used by another sender; resyncing", "nonce", nonce)
		if err := m.resync(ctx); err != nil {
			return nil, err
		}
	}
}

func (m *Manager) gasLimit(ctx context.Context, c TxCandidate) (uint64, error) {
	if c.GasLimit != 0 {
		return c.GasLimit, nil
	}
	gas, err := m.backend.EstimateGas(ctx, m.callMsg(c, 0))
	if err != nil {
		if rev := revertFromErr(err); rev != nil {
			return 0, rev
		}
		m.cfg.Metrics.RecordRPCError()
		return 0, fmt.Errorf("txmgr: estimate gas: %w", err)
	}
	return gas + gas*m.cfg.GasLimitMarginPercent/100, nil
}

func (m *Manager) callMsg(c TxCandidate, gas uint64) ethereum.CallMsg {
	return ethereum.CallMsg{From: m.from, To: c.To, Gas: gas, Value: c.Value, Data: c.Data}
}

// sync reads the nonce from the chain on first use. Nonces between the mined
// and the pending count belong to transactions of an earlier run still in
// the pool: they are remembered as orphans, for Reconcile and gap filling.
func (m *Manager) sync(ctx context.Context) error {
	return m.nonces.syncOnce(func() (uint64, uint64, error) {
		latest, err := m.backend.NonceAt(ctx, m.from, nil)
		if err != nil {
			return 0, 0, fmt.Errorf("txmgr: nonce: %w", err)
		}
		pending, err := m.backend.PendingNonceAt(ctx, m.from)
		if err != nil {
			return 0, 0, fmt.Errorf("txmgr: pending nonce: %w", err)
		}
		if pending > latest {
			m.log.Info("transactions of an earlier run are pending", "mined", latest, "pending", pending)
		}
		return latest, pending, nil
	})
}

// resync re-reads the chain's nonces after another sender used ours.
func (m *Manager) resync(ctx context.Context) error {
	latest, err := m.backend.NonceAt(ctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("txmgr: nonce: %w", err)
	}
	pending, err := m.backend.PendingNonceAt(ctx, m.from)
	if err != nil {
		return fmt.Errorf("txmgr: pending nonce: %w", err)
	}
	m.nonces.resync(latest, pending)
	return nil
}

// Reconcile returns once every transaction the key had pending when the
// manager first read its nonce is settled NumConfirmations deep: mined as it
// was, or (after ResubmitAfter) replaced by a zero-value transfer to self.
// After it returns, the chain shows everything a previous run did, and
// nothing of that run can be mined later. Call it at start-up before
// deciding what to re-send.
func (m *Manager) Reconcile(ctx context.Context) error {
	ctx, leave, err := m.enter(ctx)
	if err != nil {
		return err
	}
	defer leave()
	if err := m.sync(ctx); err != nil {
		return err
	}
	target := m.nonces.startPending()
	start := time.Now()
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		settled, latest, err := m.settledNonce(ctx)
		if err != nil {
			m.log.Debug("reconcile: reading nonce", "err", err)
		} else if settled >= target {
			m.log.Info("reconciled with the chain", "nonce", settled)
			return nil
		} else if latest < target && time.Since(start) >= m.cfg.ResubmitAfter {
			m.fillGaps(latest, target)
		}
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case <-tick.C:
		}
	}
}

// settledNonce is the key's nonce NumConfirmations-1 blocks below the head,
// and at the head.
func (m *Manager) settledNonce(ctx context.Context) (settled, latest uint64, err error) {
	head, err := m.backend.BlockNumber(ctx)
	if err != nil {
		return 0, 0, err
	}
	latest, err = m.backend.NonceAt(ctx, m.from, new(big.Int).SetUint64(head))
	if err != nil {
		return 0, 0, err
	}
	if head+1 < m.cfg.NumConfirmations {
		return 0, latest, nil
	}
	settled, err = m.backend.NonceAt(ctx, m.from, new(big.Int).SetUint64(head+1-m.cfg.NumConfirmations))
	return settled, latest, err
}

// fillGaps sends a zero-value transfer to self at each nonce in [from, to)
// that no Send holds: nonces released by failed Sends, and orphans (versions
// abandoned by a Send or left by an earlier run), which the transfer
// outbids. The fillers run until their nonce is used, by them or by the
// original.
func (m *Manager) fillGaps(from, to uint64) {
	for _, s := range m.nonces.takeGaps(from, to) {
		if m.closing.Err() != nil {
			m.nonces.finish(s, nil, nil, false)
			continue
		}
		m.wg.Add(1)
		go func() {
			defer m.wg.Done()
			m.fillGap(s)
		}()
	}
}

func (m *Manager) fillGap(s slot) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	stop := context.AfterFunc(m.closing, func() { cancel(ErrClosed) })
	defer stop()
	log := m.log.With("nonce", s.nonce)

	mk, err := m.market(ctx)
	var f fees
	if err == nil {
		f, err = initialFees(mk, m.cfg.MaxFeeCap)
	}
	if err != nil {
		m.nonces.finish(s, nil, nil, false)
		log.Warn("cannot price a gap filler", "err", err)
		return
	}
	if s.prev != nil {
		// Outbid the abandoned version at once rather than learning its
		// price from an "underpriced" answer.
		f.feeCap = minBig(maxBig(f.feeCap, bumped(s.prev.GasFeeCap())), m.cfg.MaxFeeCap)
		f.tip = minBig(maxBig(f.tip, bumped(s.prev.GasTipCap())), f.feeCap)
	}
	log.Info("filling a nonce gap with a transfer to self", "orphan", s.occupied)
	_, err = m.sendAt(ctx, TxCandidate{To: &m.from}, 21_000, s, f)
	switch {
	case err == nil:
		log.Info("nonce gap filled")
	case errors.Is(err, errNonceTaken):
		log.Info("nonce gap closed by the original transaction")
	default:
		log.Warn("nonce gap not filled", "err", err)
	}
}
