package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestDeployProtocolParameterErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a bad stake", []string{"--min-worker-stake", "lots"}, "--min-worker-stake"},
		{"a zero owner", []string{"--owner", "0x0000000000000000000000000000000000000000"}, "--owner"},
		{"a request timeout of a second", []string{"--request-timeout", "1s"}, "--request-timeout"},
		{"a reporter share above 100%", []string{"--reporter-bps", "10001"}, "--reporter-bps"},
	}
	for _, tt := range tests {
		t.Run("rejects "+tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), append([]string{"deploy", "protocol", "--dev-account", "0"}, tt.args...), &out, &errOut)
			if code != 2 || !strings.Contains(errOut.String(), tt.want) {
				t.Fatalf("exit %d, stderr %q; want exit 2 naming %s", code, errOut.String(), tt.want)
			}
		})
	}
}

func TestDeployProtocolParameters(t *testing.T) {
	p := &paramFlags{owner: "0x00000000000000000000000000000000000000aa", minStake: "2 ether",
		unbonding: 7 * 24 * time.Hour, timeout: 10 * time.Minute, maxPrompt: 4096, reporterBps: 2500}
	if err := p.check(); err != nil {
		t.Fatal(err)
	}
	got := p.params(common.Address{1}, common.Address{2})
	if got.Owner != common.HexToAddress("0xaa") || got.Guardian != got.Owner {
		t.Fatalf("owner %s guardian %s; want 0xaa for both", got.Owner, got.Guardian)
	}
	if got.UnbondingDelay != 604800 || got.RequestTimeout != 600 || got.MinWorkerStake.String() != "2000000000000000000" ||
		got.MaxPromptBytes != 4096 || got.ReporterBps != 2500 || got.AttestationVerifier != (common.Address{2}) {
		t.Fatalf("params %+v", got)
	}
}
