package txmgr

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

func TestBumpFees(t *testing.T) {
	g := func(n int64) *big.Int { return big.NewInt(n) }
	cases := []struct {
		name    string
		old     fees
		mk      market
		cap     *big.Int
		want    fees
		wantOK  bool
		comment string
	}{
		{"a quiet market gets exactly the minimum bump, rounded up",
			fees{g(1000), g(3001)}, market{tip: g(500), baseFee: g(100)}, g(1e9),
			fees{g(1100), g(3302)}, true, "3001*1.1 = 3301.1 -> 3302"},
		{"a busier market is followed when it asks more than the bump",
			fees{g(1000), g(3000)}, market{tip: g(2000), baseFee: g(5000)}, g(1e9),
			fees{g(2000), g(12000)}, true, "tip + 2*base"},
		{"a zero tip still rises",
			fees{g(0), g(10)}, market{tip: g(0), baseFee: g(1)}, g(1e9),
			fees{g(1), g(11)}, true, ""},
		{"the fee cap is clamped to the cap when that is still a full bump",
			fees{g(1000), g(3000)}, market{tip: g(1000), baseFee: g(10000)}, g(3500),
			fees{g(1100), g(3500)}, true, ""},
		{"no replacement when the cap leaves less than 10%",
			fees{g(1000), g(3000)}, market{tip: g(1000), baseFee: g(10000)}, g(3200),
			fees{g(1000), g(3000)}, false, ""},
		{"the tip may rise up to the cap itself",
			fees{g(3000), g(3000)}, market{tip: g(1), baseFee: g(1)}, g(3300),
			fees{g(3300), g(3300)}, true, ""},
		{"no replacement when the tip cannot rise 10% under the cap",
			fees{g(3000), g(3000)}, market{tip: g(1), baseFee: g(1)}, g(3299),
			fees{g(3000), g(3000)}, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := bumpFees(c.old, c.mk, c.cap)
			if ok != c.wantOK || got.tip.Cmp(c.want.tip) != 0 || got.feeCap.Cmp(c.want.feeCap) != 0 {
				t.Fatalf("bumpFees = %v, %v; want %v, %v (%s)", got, ok, c.want, c.wantOK, c.comment)
			}
			if ok {
				for _, p := range [][2]*big.Int{{c.old.tip, got.tip}, {c.old.feeCap, got.feeCap}} {
					if new(big.Int).Mul(p[1], g(100)).Cmp(new(big.Int).Mul(p[0], g(110))) < 0 {
						t.Fatalf("%s -> %s is less than a 10%% bump", p[0], p[1])
					}
				}
				if got.feeCap.Cmp(c.cap) > 0 || got.tip.Cmp(got.feeCap) > 0 {
					t.Fatalf("%v breaks the cap %s or has tip > fee cap", got, c.cap)
				}
			}
		})
	}
}

func FuzzBumpFeesKeepsGethsReplacementRule(f *testing.F) {
	f.Add(uint64(1e9), uint64(2e9), uint64(1e9), uint64(1e9), uint64(100e9))
	f.Add(uint64(0), uint64(7), uint64(0), uint64(7), uint64(1))
	f.Fuzz(func(t *testing.T, tip, capOverTip, mTip, base, headroom uint64) {
		// Any valid version under any cap: tip <= feeCap <= maxCap.
		feeCap := tip + capOverTip%(1<<62)
		maxCap := feeCap + headroom%(1<<62)
		if feeCap < tip || maxCap < feeCap || maxCap == 0 {
			return // overflow
		}
		old := fees{new(big.Int).SetUint64(tip), new(big.Int).SetUint64(feeCap)}
		mk := market{new(big.Int).SetUint64(mTip), new(big.Int).SetUint64(base)}
		got, ok := bumpFees(old, mk, new(big.Int).SetUint64(maxCap))
		if !ok {
			return
		}
		// geth legacypool: new >= old * (100+bump) / 100 on both, integer division.
		for _, p := range [][2]*big.Int{{old.tip, got.tip}, {old.feeCap, got.feeCap}} {
			threshold := new(big.Int).Div(new(big.Int).Mul(p[0], big.NewInt(110)), big.NewInt(100))
			if p[1].Cmp(threshold) < 0 || p[1].Cmp(p[0]) <= 0 {
				t.Fatalf("%s -> %s breaks the replacement rule", p[0], p[1])
			}
		}
		if got.feeCap.Cmp(new(big.Int).SetUint64(maxCap)) > 0 || got.tip.Cmp(got.feeCap) > 0 {
			t.Fatalf("%v breaks the cap %d", got, maxCap)
		}
	})
}

func TestInitialFees(t *testing.T) {
	g := func(n int64) *big.Int { return big.NewInt(n) }
	f, err := initialFees(market{tip: g(2), baseFee: g(10)}, g(100))
	if err != nil || f.tip.Int64() != 2 || f.feeCap.Int64() != 22 {
		t.Fatalf("got %v, %v; want tip 2, fee cap 22", f, err)
	}
	f, err = initialFees(market{tip: g(2), baseFee: g(10)}, g(15))
	if err != nil || f.feeCap.Int64() != 15 {
		t.Fatalf("got %v, %v; want the fee cap clamped to 15", f, err)
	}
	if _, err := initialFees(market{tip: g(2), baseFee: g(16)}, g(15)); !errors.Is(err, ErrFeeCapExceeded) {
		t.Fatalf("base fee over the cap: err = %v, want ErrFeeCapExceeded", err)
	}
}

func TestClassifySendErr(t *testing.T) {
	cases := map[string]sendErrKind{
		"":                             sendOK,
		"already known":                sendKnown,
		"transaction already imported": sendKnown,
		"nonce too low: next nonce 5, tx nonce 3":                   sendNonceTooLow,
		"replacement transaction underpriced":                       sendUnderpriced,
		"transaction underpriced: tip needed 1, tip permitted 0":    sendUnderpriced,
		"max fee per gas less than block base fee":                  sendUnderpriced,
		"insufficient funds for gas * price + value":                sendPermanent,
		"intrinsic gas too low":                                     sendPermanent,
		"Post \"http://127.0.0.1:8545\": context deadline exceeded": sendUnknown,
	}
	for msg, want := range cases {
		var err error
		if msg != "" {
			err = fmt.Errorf("rpc: %s", msg)
		}
		if got := classifySendErr(err); got != want {
			t.Errorf("%q: %v, want %v", msg, got, want)
		}
	}
}

func TestNonceBook(t *testing.T) {
	n := newNonces()
	if err := n.syncOnce(func() (uint64, uint64, error) { return 3, 5, nil }); err != nil {
		t.Fatal(err)
	}
	t.Run("pending transactions of an earlier run are orphans and new nonces follow them", func(t *testing.T) {
		if got := n.reserve(); got != 5 {
			t.Fatalf("reserve = %d, want 5", got)
		}
		if _, ok := n.orphans[3]; !ok {
			t.Fatal("nonce 3 is not an orphan")
		}
	})
	t.Run("a nonce given back unpublished at the top is simply reused", func(t *testing.T) {
		six := n.reserve()
		n.finish(slot{nonce: six}, nil, nil, false)
		if got := n.reserve(); got != six {
			t.Fatalf("reserve = %d, want %d again", got, six)
		}
	})
	t.Run("a nonce given back below others is handed out first, or taken as a gap", func(t *testing.T) {
		n.reserve() // 7
		n.finish(slot{nonce: 6}, nil, nil, false)
		if !slices.Equal(n.free, []uint64{6}) {
			t.Fatalf("free = %v, want [6]", n.free)
		}
		gaps := n.takeGaps(3, 8)
		var got []uint64
		for _, s := range gaps {
			got = append(got, s.nonce)
		}
		if !slices.Equal(got, []uint64{3, 4, 6}) || !gaps[0].occupied || gaps[2].occupied {
			t.Fatalf("gaps = %+v, want orphans 3, 4 and free 6", gaps)
		}
		if again := n.takeGaps(3, 8); len(again) != 0 {
			t.Fatalf("gaps handed out twice: %+v", again)
		}
	})
	t.Run("a published version given up on becomes an orphan", func(t *testing.T) {
		tx := types.NewTx(&types.DynamicFeeTx{Nonce: 6})
		n.finish(slot{nonce: 6}, tx, nil, false)
		if n.orphans[6] != tx {
			t.Fatal("nonce 6 did not become an orphan with its version")
		}
	})
	t.Run("mined versions are kept for a reorg, the last keepMined of them", func(t *testing.T) {
		m := newNonces()
		var txs []*types.Transaction
		for i := range uint64(keepMined + 10) {
			s := slot{nonce: m.reserve()}
			tx := types.NewTx(&types.DynamicFeeTx{Nonce: i})
			txs = append(txs, tx)
			m.finish(s, tx, tx, true)
		}
		if len(m.mined) > keepMined+1 {
			t.Fatalf("%d mined versions kept, want at most %d", len(m.mined), keepMined+1)
		}
		top := uint64(keepMined + 10)
		got := m.dropped(top - 3)
		if len(got) != 3 || got[0] != txs[top-3] || got[2] != txs[top-1] {
			t.Fatalf("dropped(%d) = %v, want the last three mined versions in order", top-3, got)
		}
		if old := m.dropped(0); len(old) != keepMined && len(old) != keepMined+1 {
			t.Fatalf("%d versions kept, want the last keepMined", len(old))
		}
		s := slot{nonce: m.reserve()} // top, a Send's
		m.live[top-1] = true          // and top-1 taken again
		if got := m.dropped(top - 2); len(got) != 1 || got[0] != txs[top-2] {
			t.Fatalf("dropped = %v, want only nonce %d's: nonces Sends hold are left to them", got, top-2)
		}
		orphan := types.NewTx(&types.DynamicFeeTx{Nonce: top})
		delete(m.live, top-1)
		m.finish(s, orphan, nil, false)
		if got := m.dropped(top - 1); len(got) != 2 || got[1] != orphan {
			t.Fatalf("dropped = %v, want nonce %d's mined version and nonce %d's orphan", got, top-1, top)
		}
		gaps := m.takeGaps(top-1, top)
		if len(gaps) != 1 || !gaps[0].occupied || gaps[0].prev != txs[top-1] {
			t.Fatalf("gap at a dropped nonce = %+v, want it occupied by the mined version (outbid at once)", gaps)
		}
	})
	t.Run("resync forgets used nonces and adopts another sender's pending ones", func(t *testing.T) {
		n.resync(7, 10)
		if _, ok := n.orphans[6]; ok {
			t.Fatal("nonce 6 is used on chain but still an orphan")
		}
		if got := n.reserve(); got != 10 {
			t.Fatalf("reserve = %d, want 10", got)
		}
		for i := uint64(8); i < 10; i++ {
			if _, ok := n.orphans[i]; !ok {
				t.Fatalf("nonce %d pending by another sender is not an orphan", i)
			}
		}
	})
}

func TestConfigCheckNamesTheBadField(t *testing.T) {
	g := big.NewInt
	cases := map[string]Config{
		"MaxFeeCap must be set":      {},
		"MinTipCap must not be neg":  {MaxFeeCap: g(10), MinTipCap: g(-1)},
		"MinTipCap 11 is above":      {MaxFeeCap: g(10), MinTipCap: g(11)},
		"durations must not be neg":  {MaxFeeCap: g(10), ResubmitAfter: -1},
		"MaxNonceRetries must not b": {MaxFeeCap: g(10), MaxNonceRetries: -1},
	}
	for want, cfg := range cases {
		if err := cfg.Check(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%+v: err = %v, want it to say %q", cfg, err, want)
		}
	}
	ok := Config{MaxFeeCap: g(10)}
	if err := ok.Check(); err != nil {
		t.Fatalf("a minimal config: %v", err)
	}
}
