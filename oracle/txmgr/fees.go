package txmgr

import (
	"context"
	"fmt"
	"math/big"
)

// PriceBumpPercent is the minimum replacement bump geth's transaction pool
// demands on both the tip and the fee cap. Every replacement the manager
// publishes raises both by at least this much.
const PriceBumpPercent = 10

// fees are the EIP-1559 prices of one version of a transaction, in wei per gas.
type fees struct {
	tip    *big.Int // max priority fee per gas
	feeCap *big.Int // max fee per gas
}

func (f fees) String() string { return fmt.Sprintf("tip=%s feeCap=%s", f.tip, f.feeCap) }

// market is the network's current asking price.
type market struct {
	tip     *big.Int // suggested tip, at least Config.MinTipCap
	baseFee *big.Int // base fee of the latest block
}

func (m *Manager) market(ctx context.Context) (market, error) {
	h, _, err := m.head(ctx)
	if err != nil {
		return market{}, err
	}
	tip, err := m.suggestedTip(ctx, h.number)
	if err != nil {
		return market{}, err
	}
	if tip.Cmp(m.cfg.MinTipCap) < 0 {
		tip = m.cfg.MinTipCap
	}
	return market{tip: new(big.Int).Set(tip), baseFee: new(big.Int).Set(h.baseFee)}, nil
}

// initialFees prices a first version: the suggested tip and room for the
// base fee to double (as op-service's txmgr and geth's clients do), clamped
// to maxFeeCap. It fails with ErrFeeCapExceeded when even the cap cannot
// pay the current base fee.
func initialFees(mk market, maxFeeCap *big.Int) (fees, error) {
	if mk.baseFee.Cmp(maxFeeCap) > 0 {
		return fees{}, fmt.Errorf("%w: base fee %s > cap %s", ErrFeeCapExceeded, mk.baseFee, maxFeeCap)
	}
	feeCap := new(big.Int).Add(mk.tip, new(big.Int).Lsh(mk.baseFee, 1))
	feeCap = minBig(feeCap, maxFeeCap)
	tip := minBig(mk.tip, feeCap)
	return fees{tip: new(big.Int).Set(tip), feeCap: new(big.Int).Set(feeCap)}, nil
}

// bumpFees prices a replacement for a version priced at old: each of tip and
// fee cap becomes the larger of old+10% (rounded up, and at least old+1) and
// what the market asks now. When the result breaks maxFeeCap the fee cap is
// clamped to it; if the clamp leaves less than the 10% geth demands, no
// replacement is possible and ok is false.
func bumpFees(old fees, mk market, maxFeeCap *big.Int) (next fees, ok bool) {
	minTip := bumped(old.tip)
	minCap := bumped(old.feeCap)
	tip := maxBig(minTip, mk.tip)
	feeCap := maxBig(minCap, new(big.Int).Add(tip, new(big.Int).Lsh(mk.baseFee, 1)))
	if feeCap.Cmp(maxFeeCap) > 0 {
		feeCap = new(big.Int).Set(maxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	if feeCap.Cmp(minCap) < 0 || tip.Cmp(minTip) < 0 {
		return old, false
	}
	return fees{tip: tip, feeCap: feeCap}, true
}

// bumped returns ceil(x * (100+PriceBumpPercent) / 100), and at least x+1.
func bumped(x *big.Int) *big.Int {
	n := new(big.Int).Mul(x, big.NewInt(100+PriceBumpPercent))
	n.Add(n, big.NewInt(99))
	n.Div(n, big.NewInt(100))
	if n.Cmp(x) <= 0 {
		n.Add(x, big.NewInt(1))
	}
	return n
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) > 0 {
		return a
	}
	return b
}
