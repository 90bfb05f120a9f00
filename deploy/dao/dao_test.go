package dao_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/deploy/dao"
	"github.com/minidao/minidao/deploy/devmodel"
	"github.com/minidao/minidao/deploy/spec"
)

func example(t *testing.T, edit func(string) string) *spec.DAO {
	t.Helper()
	b, err := os.ReadFile("../../examples/dao.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := devmodel.Write(filepath.Join(dir, "models", "tiny.gguf")); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "dao.yaml")
	if err := os.WriteFile(p, []byte(edit(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := spec.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConfig(t *testing.T) {
	rt := dao.Options{RuntimeMeasurement: common.HexToHash("0x01")}
	t.Run("maps the example spec onto createDAO's config", func(t *testing.T) {
		s := example(t, func(s string) string { return s })
		c, hashes, err := dao.Config(s, rt)
		if err != nil {
			t.Fatal(err)
		}
		h, _ := s.WeightsHash(0)
		if len(c.Models) != 1 || c.Models[0].Version.WeightsHash != h || hashes[0] != h {
			t.Fatalf("models %+v", c.Models)
		}
		if c.Models[0].Version.RuntimeMeasurement != rt.RuntimeMeasurement || c.Models[0].Price.BaseFee.String() != "100000000000000" {
			t.Fatalf("model version or price: %+v", c.Models[0])
		}
		if len(c.Holders) != 2 || c.Amounts[0].String() != "600000000000000000000000" || c.QuorumNumerator.Int64() != 4 || c.StreamPeriod.Int64() != 86400 {
			t.Fatalf("config %+v", c)
		}
		if len(c.PaymentTokens) != 0 {
			t.Fatalf("payment tokens %v for an ETH-priced model", c.PaymentTokens)
		}
	})
	t.Run("accepts an ERC-20 price's token for the DAO's distributor and data pool", func(t *testing.T) {
		s := example(t, func(s string) string {
			return strings.Replace(s, `# token: "0x..."`, `token: "0x00000000000000000000000000000000000000aa"`, 1)
		})
		c, _, err := dao.Config(s, rt)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.PaymentTokens) != 1 || c.PaymentTokens[0] != common.HexToAddress("0xaa") {
			t.Fatalf("payment tokens %v", c.PaymentTokens)
		}
	})
	t.Run("rejects a model without a runtime measurement", func(t *testing.T) {
		_, _, err := dao.Config(example(t, func(s string) string { return s }), dao.Options{})
		if !errors.Is(err, dao.ErrNoRuntime) {
			t.Fatalf("err = %v, want ErrNoRuntime", err)
		}
	})
	t.Run("rejects a missing weights file, naming the field", func(t *testing.T) {
		s := example(t, func(s string) string { return strings.Replace(s, "weights: models/tiny.gguf", "weights: nope.gguf", 1) })
		_, _, err := dao.Config(s, rt)
		if !errors.Is(err, spec.ErrInvalid) || !strings.Contains(err.Error(), "models[0].weights") {
			t.Fatalf("err = %v", err)
		}
	})
}
