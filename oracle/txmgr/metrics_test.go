package txmgr_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/minidao/minidao/oracle/txmgr"
)

func TestPrometheusMetricsAreLabelledBySender(t *testing.T) {
	reg := prometheus.NewRegistry()
	pm, err := txmgr.NewPrometheusMetrics(reg, "oracle")
	if err != nil {
		t.Fatal(err)
	}
	a, b := common.Address{0xa}, common.Address{0xb}
	tx := types.NewTx(&types.DynamicFeeTx{GasTipCap: big.NewInt(2), GasFeeCap: big.NewInt(30)})
	pm.For(a).RecordPublish(tx, "ok")
	pm.For(a).RecordPublish(tx, "underpriced")
	pm.For(b).RecordPublish(tx, "ok")
	pm.For(a).RecordConfirmed(&types.Receipt{Status: types.ReceiptStatusFailed}, 3, 2*time.Second)

	want := `
# HELP oracle_txmgr_published_total Transactions sent to the node, by the node's answer.
# TYPE oracle_txmgr_published_total counter
oracle_txmgr_published_total{answer="ok",from="` + a.Hex() + `"} 1
oracle_txmgr_published_total{answer="ok",from="` + b.Hex() + `"} 1
oracle_txmgr_published_total{answer="underpriced",from="` + a.Hex() + `"} 1
# HELP oracle_txmgr_confirmed_total Transactions confirmed, by receipt status.
# TYPE oracle_txmgr_confirmed_total counter
oracle_txmgr_confirmed_total{from="` + a.Hex() + `",status="reverted"} 1
# HELP oracle_txmgr_fee_cap_wei Max fee per gas of the last version published.
# TYPE oracle_txmgr_fee_cap_wei gauge
oracle_txmgr_fee_cap_wei{from="` + a.Hex() + `"} 30
oracle_txmgr_fee_cap_wei{from="` + b.Hex() + `"} 30
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want),
		"oracle_txmgr_published_total", "oracle_txmgr_confirmed_total", "oracle_txmgr_fee_cap_wei"); err != nil {
		t.Fatal(err)
	}
	if _, err := txmgr.NewPrometheusMetrics(reg, "oracle"); err == nil {
		t.Fatal("registering the collectors twice succeeded")
	}
}
