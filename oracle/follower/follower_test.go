package follower_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/oracle/follower"
	"github.com/minidao/minidao/relayer/queue"
)

// The follower's behaviour on a chain (settled, refunded, rejected jobs; a
// reorg re-submitted) is tested through the oracle binary on anvil, in
// oracle/cmd/oracle. Here: what New refuses.
func TestNewRefusesMissingParts(t *testing.T) {
	var eth *ethclient.Client
	var q *queue.Queue
	for _, tc := range []struct {
		name  string
		cfg   follower.Config
		chain follower.Chain
		store follower.Store
		want  string
	}{
		{"no chain", follower.Config{Coordinator: common.Address{1}}, nil, q, "chain and store are required"},
		{"no store", follower.Config{Coordinator: common.Address{1}}, eth, nil, "chain and store are required"},
		{"no coordinator", follower.Config{}, eth, q, "Coordinator is required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := follower.New(tc.cfg, tc.chain, tc.store)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%v, want %q", err, tc.want)
			}
		})
	}
}
