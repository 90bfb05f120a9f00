package revert_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
)

func TestDecodeNamesCustomErrorsAndArguments(t *testing.T) {
	parsed, err := bindings.ManagementTokenMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	caller := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	custom := parsed.Errors["ManagementTokenUnauthorizedMinter"]
	args, err := custom.Inputs.Pack(caller)
	if err != nil {
		t.Fatal(err)
	}
	data := append(append([]byte{}, custom.ID[:4]...), args...)

	strArgs, _ := abi.Arguments{{Type: mustType(t, "string")}}.Pack("boom")
	tests := []struct {
		name string
		data []byte
		want string
		err  string
	}{
		{"a custom error with its argument", data, "ManagementTokenUnauthorizedMinter(caller=" + caller.Hex() + ")", "ManagementTokenUnauthorizedMinter"},
		{"a require message", append(crypto.Keccak256([]byte("Error(string)"))[:4], strArgs...), "execution reverted: boom", "Error"},
		{"a panic code", append(crypto.Keccak256([]byte("Panic(uint256)"))[:4], common.LeftPadBytes([]byte{0x11}, 32)...), "Panic(code=17)", "Panic"},
		{"unknown data", []byte{1, 2, 3, 4, 5}, "unknown data 0x0102030405", ""},
		{"empty data", nil, "unknown data 0x", ""},
	}
	for _, tt := range tests {
		t.Run("decodes "+tt.name, func(t *testing.T) {
			e := revert.Decode(tt.data)
			if e.Name != tt.err || !strings.Contains(e.Error(), tt.want) {
				t.Fatalf("Decode = %q (name %q), want %q (name %q)", e.Error(), e.Name, tt.want, tt.err)
			}
		})
	}
}

// A real revert from a chain arrives wrapped in the RPC error; Wrap finds it.
func TestWrapDecodesARevertFromTheChain(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(map[common.Address]types.Account{from: {Balance: big.NewInt(1e18)}})
	defer sim.Close()
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	addr, _, err := bind.DeployContract(opts, common.FromHex(bindings.ManagementTokenMetaData.Bin), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	mt := bindings.NewManagementToken()
	// The implementation's initializers are disabled: initialize reverts.
	_, err = bind.Transact(mt.Instance(client, addr), opts, mt.PackInitialize(bindings.IManagementTokenTokenInit{
		Name: "n", Symbol: "s", Timelock: from, BountyMintBudget: new(big.Int),
	}))
	if err == nil {
		t.Fatal("initialize succeeded")
	}
	var re *revert.Error
	if !errors.As(revert.Wrap(err), &re) || re.Name != "InvalidInitialization" {
		t.Fatalf("Wrap(%v) = %v; want InvalidInitialization", err, revert.Wrap(err))
	}
	if !errors.Is(revert.Wrap(err), err) {
		t.Fatal("the wrapped error does not unwrap to the RPC error")
	}
}

func mustType(t *testing.T, s string) abi.Type {
	ty, err := abi.NewType(s, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ty
}
