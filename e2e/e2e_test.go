package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/e2e/localnet"
)

// TestE2E starts the system once and runs the scenarios on it, in order.
func TestE2E(t *testing.T) {
	s := newStack(t)
	t.Run("a dApp request with k=1 is answered by callback and its fee split as the policy says", s.testOneRequest)
}

// A user asks AskTheDAO a question: the answer comes back by callback, the
// fee is split exactly by the DAO's policy (workers, holders' distributor,
// data pool, treasury with the dust), the submitter is reimbursed its gas
// and the rest of the gas prepayment is credited back to the requester.
func (s *stack) testOneRequest(t *testing.T) {
	ctx, cancel := context.WithTimeout(s.ctx, 2*time.Minute)
	defer cancel()
	asker := devchain.DevKey(5)
	w := s.workers[0]
	submitter := localnet.Address(localnet.DeployerKey)
	accounts := []common.Address{w.Signer, s.dao.Timelock, submitter, s.dapp}

	q, err := localnet.Ask(ctx, s.chain, s.dapp, asker, "Once upon a time")
	must(t, err)
	req := q.Request
	sinks := []common.Address{req.Distributor, req.DataPool}
	if req.Distributor != s.dao.Distributor || req.Treasury != s.dao.Timelock || req.DataPool == (common.Address{}) {
		t.Fatalf("request terms name distributor %s, treasury %s, data pool %s; the DAO is %+v", req.Distributor, req.Treasury, req.DataPool, s.dao)
	}
	before, err := localnet.ReadLedger(ctx, s.chain, s.coord, accounts, sinks)
	must(t, err)

	set, err := localnet.WaitSettled(ctx, s.chain, s.coord, q.ID, q.Receipt)
	must(t, err)
	if set.Status != localnet.StatusFulfilled {
		t.Fatalf("request ended with status %d, want fulfilled", set.Status)
	}
	if len(set.Fulfilled.Workers) != 1 || set.Fulfilled.Workers[0] != w.Signer {
		t.Errorf("paid workers %v, want [%s]", set.Fulfilled.Workers, w.Signer)
	}
	ex, err := localnet.Call(ctx, s.chain, s.dapp, askABI.PackExchange(q.ID), askABI.UnpackExchange)
	must(t, err)
	if !ex.Answered || len(ex.Answer) == 0 || string(ex.Answer) != string(set.Fulfilled.Output) {
		t.Errorf("AskTheDAO exchange: answered %v, answer %q; fulfilled output %q", ex.Answered, ex.Answer, set.Fulfilled.Output)
	}
	t.Logf("answer %q, settled after %d blocks, %s", ex.Answer, set.Blocks, set.Elapsed)

	after, err := localnet.ReadLedger(ctx, s.chain, s.coord, accounts, sinks)
	must(t, err)
	fee := req.Fee
	eq(t, "escrowed fee", fee, localnet.Fee(maxTokens))
	worker, holders, data, treasury := localnet.Shares(fee, localnet.Split, 1)
	eq(t, "worker's credit", sub(after.Balances[w.Signer], before.Balances[w.Signer]), worker)
	eq(t, "holders' revenue (distributor)", sub(after.Revenue[req.Distributor], before.Revenue[req.Distributor]), holders)
	eq(t, "data pool's revenue", sub(after.Revenue[req.DataPool], before.Revenue[req.DataPool]), data)
	eq(t, "treasury's credit", sub(after.Balances[s.dao.Timelock], before.Balances[s.dao.Timelock]), treasury)
	sum := new(big.Int).Add(worker, holders)
	sum.Add(sum, data).Add(sum, treasury)
	eq(t, "the shares' sum", sum, fee)

	// The gas prepayment: the submitter's reimbursement plus the requester's
	// change is all of it, the change is not zero, and nothing stays in escrow.
	reimbursed := sub(after.Balances[submitter], before.Balances[submitter])
	change := sub(after.Balances[s.dapp], before.Balances[s.dapp])
	eq(t, "reimbursement + change", new(big.Int).Add(reimbursed, change), req.GasPrepaid)
	if change.Sign() <= 0 || reimbursed.Sign() <= 0 {
		t.Errorf("gas prepaid %s: reimbursed %s, change to the requester %s; want both positive", req.GasPrepaid, reimbursed, change)
	}
	rec, err := localnet.Record(ctx, s.chain, s.coord, q.ID)
	must(t, err)
	if rec.EthEscrow.Sign() != 0 {
		t.Errorf("escrow left after settlement: %s wei", rec.EthEscrow)
	}
}
