package deployments_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/deploy/deployments"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	f, err := deployments.Load(dir, 31337)
	if err != nil || len(f.Protocol) != 0 {
		t.Fatalf("Load of a missing file = %+v, %v; want an empty file", f, err)
	}
	f.Protocol["InferenceCoordinator"] = deployments.Contract{Address: common.Address{1}, CodeHash: common.Hash{2}}
	f.DAOs = append(f.DAOs, deployments.DAO{Name: "Tiny", Token: common.Address{3}, Models: []deployments.Model{{ID: 1}}})
	if err := f.Save(dir); err != nil {
		t.Fatal(err)
	}
	g, err := deployments.Load(dir, 31337)
	if err != nil {
		t.Fatal(err)
	}
	if g.Protocol["InferenceCoordinator"].Address != (common.Address{1}) || g.DAOs[0].Name != "Tiny" {
		t.Fatalf("round trip lost data: %+v", g)
	}
}

func TestLoadRefusesAFileForAnotherChain(t *testing.T) {
	dir := t.TempDir()
	// A file named for chain 31337 that describes chain 1 (copied by hand, say).
	if err := os.WriteFile(filepath.Join(dir, "31337.json"), []byte(`{"chainId": 1, "protocol": {}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := deployments.Load(dir, 31337); !errors.Is(err, deployments.ErrChainMismatch) {
		t.Fatalf("err = %v, want ErrChainMismatch", err)
	}
}

func TestLoadReportsCorruptFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "5.json"), []byte(`{"chainId": `), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := deployments.Load(dir, 5); err == nil {
		t.Fatal("Load of a truncated file succeeded")
	}
}
