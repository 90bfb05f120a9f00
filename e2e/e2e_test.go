package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/relayer/queue"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/e2e/localnet"
)

// TestE2E starts the system once and runs the scenarios on it, in order.
func TestE2E(t *testing.T) {
	s := newStack(t)
	t.Run("a dApp request with k=1 is answered by callback and its fee split as the policy says", s.testOneRequest)
	t.Run("2-of-3 with a lying worker: the honest pair settles, the liar earns nothing and is slashed for equivocating", s.testRedundancy)
	t.Run("revenue: after N requests every holder claims exactly its pro-rata share", s.testRevenue)
	t.Run("governance upgrades a model: the next request is served by the new weights, one made before is refunded", s.testUpgrade)
	t.Run("a data bounty: posted, submitted, accepted; the contributor gets MT, reputation and the pool's share of the next fees", s.testBounty)
	t.Run("the deadline passes with every worker down: anyone triggers the refund and the requester is made whole", s.testDeadlineRefund)
	t.Run("faults: the relayer and the oracle killed, Redis crashed and a reorg under load; every request settles exactly once", s.testFaults)
	t.Run("Redis loses its data under load: the relayer rebuilds its jobs from the chain and every request settles exactly once", s.testRedisLoss)
	t.Run("a reorg 120 blocks deeper than the settlements drops them: every request is settled again, exactly once", s.testDeepReorg)
	t.Run("load: 1,000 requests from 10 concurrent senders all settle (-e2e.soak)", s.testLoad)
	t.Run("soak: 5,000 requests from 10 senders with faults injected periodically all settle exactly once (-e2e.soak)", s.testSoak)
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

// Model B asks three workers for two equal answers. Worker 3 samples at the
// wrong temperature: the two honest workers agree and are paid half the
// workers' share each; the liar is paid nothing. Its signature over its own
// answer, as the relayer recorded it, and a second signature of its key over
// another output for the same request prove equivocation: anyone may slash
// it, and the reporter is credited its share of the stake.
func (s *stack) testRedundancy(t *testing.T) {
	ctx, cancel := context.WithTimeout(s.ctx, 2*time.Minute)
	defer cancel()
	honest := []common.Address{s.workers[1].Signer, s.workers[2].Signer}
	if bytes.Compare(honest[0][:], honest[1][:]) > 0 {
		honest[0], honest[1] = honest[1], honest[0]
	}
	accounts := append([]common.Address{s.liar.Signer}, honest...)
	before, err := localnet.ReadLedger(ctx, s.chain, s.coord, accounts, nil)
	must(t, err)
	q, err := localnet.Ask(ctx, s.chain, s.dappB, devchain.DevKey(6), "The little dog")
	must(t, err)
	set, err := localnet.WaitSettled(ctx, s.chain, s.coord, q.ID, q.Receipt)
	must(t, err)
	if set.Status != localnet.StatusFulfilled {
		t.Fatalf("request ended with status %d, want fulfilled", set.Status)
	}
	if len(set.Fulfilled.Workers) != 2 || set.Fulfilled.Workers[0] != honest[0] || set.Fulfilled.Workers[1] != honest[1] {
		t.Errorf("paid workers %v, want the honest pair %v", set.Fulfilled.Workers, honest)
	}
	after, err := localnet.ReadLedger(ctx, s.chain, s.coord, accounts, nil)
	must(t, err)
	each, _, _, _ := localnet.Shares(q.Request.Fee, localnet.Split, 2)
	for _, h := range honest {
		eq(t, "honest worker "+h.Hex()+"'s credit", sub(after.Balances[h], before.Balances[h]), each)
	}
	eq(t, "the liar's credit", sub(after.Balances[s.liar.Signer], before.Balances[s.liar.Signer]), big.NewInt(0))

	// The liar's own signed answer, from the relayer's record of the job.
	view := s.relayerRequest(t, q.ID)
	var lie *queue.WorkerResult
	for i, w := range view.Workers {
		if w.Worker == s.liar.Signer && len(w.Signature) == 65 {
			lie = &view.Workers[i]
		}
	}
	if lie == nil {
		// The relayer settled on the honest pair before the liar answered:
		// the liar's answer to the same job, asked of it directly.
		lie = s.askWorker(t, s.liar, q, "The little dog")
	}
	if lie.Agreed || lie.OutputHash == common.Hash(set.Fulfilled.OutputHash) {
		t.Fatalf("the liar's answer %s agreed with the settled one %x: it did not lie", lie.OutputHash, set.Fulfilled.OutputHash)
	}
	// A second output signed with the liar's key for the same request.
	other := crypto.Keccak256Hash([]byte("another answer"))
	digest, err := localnet.Call(ctx, s.chain, s.coord, coordABI.PackResultDigest(q.ID, q.Request.ModelVersion, other), coordABI.UnpackResultDigest)
	must(t, err)
	sig, err := crypto.Sign(digest[:], localnet.WorkerKey(3))
	must(t, err)
	sig[64] += 27

	reg := bindings.NewWorkerRegistry()
	regAddr := s.f.Protocol[protocol.WorkerRegistry].Address
	info, err := localnet.Call(ctx, s.chain, regAddr, reg.PackWorker(s.liar.Signer), reg.UnpackWorker)
	must(t, err)
	reporter := devchain.DevKey(7)
	_, err = s.chain.Send(ctx, reporter, regAddr, nil, reg.PackSlashEquivocation(s.coord, q.ID, q.Request.ModelVersion,
		lie.OutputHash, lie.Signature, other, sig))
	must(t, err)
	slashed, err := localnet.Call(ctx, s.chain, regAddr, reg.PackWorker(s.liar.Signer), reg.UnpackWorker)
	must(t, err)
	if !slashed.Slashed || slashed.Stake.Sign() != 0 {
		t.Errorf("after the proof: slashed %v, stake %s; want slashed with no stake", slashed.Slashed, slashed.Stake)
	}
	bps, err := localnet.Call(ctx, s.chain, regAddr, reg.PackReporterBps(), reg.UnpackReporterBps)
	must(t, err)
	reward, err := localnet.Call(ctx, s.chain, regAddr, reg.PackClaimable(localnet.Address(reporter)), reg.UnpackClaimable)
	must(t, err)
	eq(t, "the reporter's reward", reward, new(big.Int).Div(new(big.Int).Mul(info.Stake, big.NewInt(int64(bps))), big.NewInt(10_000)))
	// Honest answers signed twice are no equivocation: the same proof with
	// the honest pair's one output is refused.
	if _, err := s.chain.Send(ctx, reporter, regAddr, nil, reg.PackSlashEquivocation(s.coord, q.ID, q.Request.ModelVersion,
		lie.OutputHash, lie.Signature, lie.OutputHash, lie.Signature)); err == nil {
		t.Error("a proof with one output twice was accepted")
	}
}

// askWorker posts the job of request q to worker w, as the relayer does,
// and returns its signed answer.
func (s *stack) askWorker(t *testing.T, w *localnet.Worker, q *localnet.Asked, prompt string) *queue.WorkerResult {
	t.Helper()
	body, _ := json.Marshal(map[string]any{
		"requestId": q.ID, "modelId": q.Request.ModelId.String(), "modelVersion": q.Request.ModelVersion,
		"prompt": hexutil.Bytes(prompt), "maxTokens": q.Request.MaxTokens, "deadline": q.Request.Deadline.Uint64(),
		"chainId": s.chain.ChainID.String(), "coordinator": s.coord,
	})
	resp, err := http.Post(w.URL+"/v1/jobs", "application/json", bytes.NewReader(body))
	must(t, err)
	defer resp.Body.Close()
	var r struct {
		OutputHash common.Hash    `json:"outputHash"`
		Signature  hexutil.Bytes  `json:"signature"`
		Signer     common.Address `json:"signer"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || resp.StatusCode != http.StatusOK || r.Signer != w.Signer {
		t.Fatalf("POST %s/v1/jobs: %d %v, signer %s", w.URL, resp.StatusCode, err, r.Signer)
	}
	return &queue.WorkerResult{Worker: r.Signer, OutputHash: r.OutputHash, Signature: r.Signature}
}

// waitRelayerReady waits until the relayer holds signer healthy and out of
// the cool-down its failures while it was down earned it.
func (s *stack) waitRelayerReady(t *testing.T, signer common.Address) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		resp, err := http.Get(s.relayer.URL + "/v1/workers")
		must(t, err)
		var v struct {
			Workers []struct {
				Signer    common.Address `json:"signer"`
				Healthy   bool           `json:"healthy"`
				CoolUntil time.Time      `json:"coolUntil"`
			} `json:"workers"`
		}
		err = json.NewDecoder(resp.Body).Decode(&v)
		resp.Body.Close()
		must(t, err)
		for _, w := range v.Workers {
			if w.Signer == signer && w.Healthy && time.Now().After(w.CoolUntil) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the relayer does not hold worker %s healthy and ready: %+v", signer, v.Workers)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// relayerRequest is GET /v1/requests/{id} on the relayer's API.
func (s *stack) relayerRequest(t *testing.T, id common.Hash) relayerView {
	t.Helper()
	v, err := s.relayerView(id)
	must(t, err)
	return v
}

func (s *stack) relayerView(id common.Hash) (relayerView, error) {
	var v relayerView
	resp, err := http.Get(s.relayer.URL + "/v1/requests/" + id.Hex())
	if err != nil {
		return v, err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil || resp.StatusCode != http.StatusOK {
		return v, fmt.Errorf("GET /v1/requests/%s: %d %v", id, resp.StatusCode, err)
	}
	return v, nil
}

type relayerView struct {
	State   string               `json:"state"`
	Workers []queue.WorkerResult `json:"workers"`
}

// The holders' share of N requests, forwarded to the distributor and
// streamed in, is claimed by each holder exactly pro rata to its MT, to the
// wei; what rounding leaves is carried by the distributor, not lost.
func (s *stack) testRevenue(t *testing.T) {
	ctx, cancel := context.WithTimeout(s.ctx, 3*time.Minute)
	defer cancel()
	const n = 5
	var asked []*localnet.Asked
	for i := 0; i < n; i++ {
		q, err := localnet.Ask(ctx, s.chain, s.dapp, devchain.DevKey(5+i%5), fmt.Sprintf("Question %d", i))
		must(t, err)
		asked = append(asked, q)
	}
	for _, q := range asked {
		set, err := localnet.WaitSettled(ctx, s.chain, s.coord, q.ID, q.Receipt)
		must(t, err)
		if set.Status != localnet.StatusFulfilled {
			t.Fatalf("request %s ended with status %d", q.ID, set.Status)
		}
	}
	dist := bindings.NewRevenueDistributor()
	holders := []common.Address{localnet.Address(localnet.Holder1Key), localnet.Address(localnet.Holder2Key)}
	claimable := func() []*big.Int {
		var out []*big.Int
		for _, h := range holders {
			v, err := localnet.Call(ctx, s.chain, s.dao.Distributor, dist.PackClaimable(h, common.Address{}), dist.UnpackClaimable)
			must(t, err)
			out = append(out, v)
		}
		return out
	}
	before := claimable()
	revenue, err := localnet.Call(ctx, s.chain, s.coord, coordABI.PackRevenueOf(s.dao.Distributor, common.Address{}), coordABI.UnpackRevenueOf)
	must(t, err)
	_, holdersShare, _, _ := localnet.Shares(localnet.Fee(maxTokens), localnet.Split, 1)
	if min := new(big.Int).Mul(holdersShare, big.NewInt(n)); revenue.Cmp(min) < 0 {
		t.Fatalf("the distributor accrued %s wei, less than %d requests' share %s", revenue, n, min)
	}
	_, err = s.chain.Send(ctx, devchain.DevKey(8), s.coord, nil, coordABI.PackForwardRevenue(s.dao.Distributor, common.Address{}))
	must(t, err)
	must(t, s.chain.Advance(ctx, localnet.StreamPeriod+time.Second))
	supply, err := localnet.Call(ctx, s.chain, s.dao.Distributor, dist.PackSupply(), dist.UnpackSupply)
	must(t, err)
	total := new(big.Int)
	for i, h := range holders {
		key := []*ecdsa.PrivateKey{localnet.Holder1Key, localnet.Holder2Key}[i]
		want := new(big.Int).Mul(revenue, localnet.Holdings[i])
		want.Div(want, supply).Add(want, before[i])
		got := claimable()[i]
		eq(t, "holder "+h.Hex()+"'s claimable", got, want)
		bal, err := s.chain.BalanceAt(ctx, h, nil)
		must(t, err)
		r, err := s.chain.Send(ctx, key, s.dao.Distributor, nil, dist.PackClaim([]common.Address{{}}, h))
		must(t, err)
		after, err := s.chain.BalanceAt(ctx, h, nil)
		must(t, err)
		gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		eq(t, "holder "+h.Hex()+"'s claim received", new(big.Int).Add(sub(after, bal), gas), want)
		total.Add(total, sub(want, before[i]))
	}
	if dust := sub(revenue, total); dust.Sign() < 0 || dust.Cmp(big.NewInt(int64(len(holders)))) >= 0 {
		t.Errorf("claims of this revenue total %s of %s wei: dust %s", total, revenue, dust)
	}
	t.Logf("%d requests: %s wei to holders, claimed %s, dust %s wei", n, revenue, total, sub(revenue, total))
}

// Worker 0, the only one serving model A, is down; a question expires;
// someone else triggers the refund through the dApp; the asker reclaims and
// has paid nothing but its transactions' gas.
func (s *stack) testDeadlineRefund(t *testing.T) {
	ctx, cancel := context.WithTimeout(s.ctx, 2*time.Minute)
	defer cancel()
	w := s.workers[0]
	w.Proc.Kill()
	defer func() { must(t, w.Proc.Start()) }()
	asker := devchain.DevKey(9)
	me := localnet.Address(asker)
	start, err := s.chain.BalanceAt(ctx, me, nil)
	must(t, err)
	q, err := localnet.Ask(ctx, s.chain, s.dapp, asker, "Is anyone there?")
	must(t, err)
	time.Sleep(2 * time.Second) // the relayer has the job and no worker
	rec, err := localnet.Record(ctx, s.chain, s.coord, q.ID)
	must(t, err)
	if rec.Status != localnet.StatusPending {
		t.Fatalf("status %d with every worker down, want pending", rec.Status)
	}
	escrow := new(big.Int).Add(q.Request.Fee, q.Request.GasPrepaid)
	eq(t, "escrow", rec.EthEscrow, escrow)
	// Too early: the refund is refused.
	if _, err := s.chain.Send(ctx, devchain.DevKey(8), s.dapp, nil, askABI.PackRefund(q.ID)); err == nil {
		t.Fatal("refund before the deadline was accepted")
	}
	head, err := s.chain.HeaderByNumber(ctx, nil)
	must(t, err)
	must(t, s.chain.Advance(ctx, time.Duration(int64(q.Request.Deadline.Int64())-int64(head.Time)+1)*time.Second))
	if _, err := s.chain.Send(ctx, devchain.DevKey(8), s.dapp, nil, askABI.PackRefund(q.ID)); err != nil {
		t.Fatalf("refund after the deadline: %v", err)
	}
	set, err := localnet.WaitSettled(ctx, s.chain, s.coord, q.ID, q.Receipt)
	must(t, err)
	if set.Status != localnet.StatusRefunded {
		t.Fatalf("status %d, want refunded", set.Status)
	}
	owed, err := localnet.Call(ctx, s.chain, s.dapp, askABI.PackReclaimable(me), askABI.UnpackReclaimable)
	must(t, err)
	eq(t, "reclaimable", owed, escrow)
	r, err := s.chain.Send(ctx, asker, s.dapp, nil, askABI.PackReclaim())
	must(t, err)
	end, err := s.chain.BalanceAt(ctx, me, nil)
	must(t, err)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(q.Receipt.GasUsed), q.Receipt.EffectiveGasPrice)
	gas.Add(gas, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
	eq(t, "what the asker lost, besides gas", sub(sub(start, end), gas), big.NewInt(0))
}

// The holders upgrade model A to new weights through governance (propose,
// vote, queue, execute publishVersion). Worker 0's operator re-attests it
// for the new weights and restarts it with both versions. A request made
// before the upgrade, while worker 0 was down, names version 1: no worker
// is attested for its weights any more, so it is never settled and is
// refunded after its deadline. The next request names version 2 and is
// served by the new weights.
func (s *stack) testUpgrade(t *testing.T) {
	ctx, cancel := context.WithTimeout(s.ctx, 3*time.Minute)
	defer cancel()
	w := s.workers[0]
	listen := strings.TrimPrefix(w.URL, "http://")
	w.Proc.Kill()
	old, err := localnet.Ask(ctx, s.chain, s.dapp, devchain.DevKey(5), "Before the upgrade")
	must(t, err)
	if old.Request.ModelVersion != 1 || old.Request.WeightsHash != s.weightsA {
		t.Fatalf("the request before the upgrade names version %d, weights %x", old.Request.ModelVersion, old.Request.WeightsHash)
	}

	pathA2 := filepath.Join(s.dir, "model-a2.gguf")
	must(t, localnet.MakeModel(ctx, s.bins.SLM, vocabPath(t), pathA2, 3))
	weightsA2 := fileHash(t, pathA2)
	must(t, localnet.PublishVersion(ctx, s.chain, s.f, s.dao, s.modelA, s.spec(weightsA2, "ipfs://e2e/model-a2", 1, 1)))

	nw, err := localnet.StartWorker(ctx, s.bins, s.chain, s.f, s.logDir, s.dir, localnet.WorkerOptions{Index: 0, Listen: listen,
		OnChain: weightsA2, Models: []localnet.WorkerModel{
			{ModelID: s.modelA.String(), Version: 1, WeightsHash: s.weightsA, Path: s.pathA, MaxTokens: 64},
			{ModelID: s.modelA.String(), Version: 2, WeightsHash: weightsA2, Path: pathA2, MaxTokens: 64},
		}})
	must(t, err)
	s.workers[0] = nw
	s.procs = append(s.procs, nw.Proc)
	s.waitRelayerReady(t, nw.Signer)

	q, err := localnet.Ask(ctx, s.chain, s.dapp, devchain.DevKey(6), "After the upgrade")
	must(t, err)
	if q.Request.ModelVersion != 2 || q.Request.WeightsHash != weightsA2 {
		t.Fatalf("the request after the upgrade names version %d, weights %x; want 2, %s", q.Request.ModelVersion, q.Request.WeightsHash, weightsA2)
	}
	set, err := localnet.WaitSettled(ctx, s.chain, s.coord, q.ID, q.Receipt)
	must(t, err)
	if set.Status != localnet.StatusFulfilled || len(set.Fulfilled.Workers) != 1 || set.Fulfilled.Workers[0] != nw.Signer {
		t.Fatalf("the request after the upgrade: status %d, workers %v", set.Status, set.Fulfilled)
	}
	t.Logf("version 2 answered %q", set.Fulfilled.Output)

	// The request before the upgrade stays pending until its deadline, then
	// anyone refunds it.
	rec, err := localnet.Record(ctx, s.chain, s.coord, old.ID)
	must(t, err)
	if rec.Status != localnet.StatusPending {
		t.Fatalf("the request before the upgrade has status %d, want pending (no worker attests its weights)", rec.Status)
	}
	head, err := s.chain.HeaderByNumber(ctx, nil)
	must(t, err)
	must(t, s.chain.Advance(ctx, time.Duration(old.Request.Deadline.Int64()-int64(head.Time)+1)*time.Second))
	_, err = s.chain.Send(ctx, devchain.DevKey(8), s.dapp, nil, askABI.PackRefund(old.ID))
	must(t, err)
	owed, err := localnet.Call(ctx, s.chain, s.dapp, askABI.PackReclaimable(devchain.DevAddress(5)), askABI.UnpackReclaimable)
	must(t, err)
	eq(t, "the pre-upgrade request's refund", owed, new(big.Int).Add(old.Request.Fee, old.Request.GasPrepaid))
}

// The DAO posts a data bounty through governance (the timelock escrows its
// ETH reward); a contributor submits, the curator accepts: the contributor
// is paid the ETH reward, minted the MT reward and raised the reputation.
// The data pool's revenue that waited for a first contributor, and its
// share of the next request's fee, are the contributor's to claim.
func (s *stack) testBounty(t *testing.T) {
	ctx, cancel := context.WithTimeout(s.ctx, 2*time.Minute)
	defer cancel()
	board := bindings.NewDataBountyBoard()
	tok := bindings.NewManagementToken()
	ethReward, mtReward := big.NewInt(5e16), new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	const rep = 10
	contributor := devchain.DevKey(7)
	who := localnet.Address(contributor)

	// What the data pool earned so far, before any contributor existed.
	_, err := s.chain.Send(ctx, devchain.DevKey(8), s.coord, nil, coordABI.PackForwardRevenue(s.dao.BountyBoard, common.Address{}))
	if err != nil && !strings.Contains(err.Error(), "Nothing") {
		must(t, err)
	}
	waiting, err := localnet.Call(ctx, s.chain, s.dao.BountyBoard, board.PackUndistributed(common.Address{}), board.UnpackUndistributed)
	must(t, err)

	_, err = s.chain.Send(ctx, devchain.DevKey(8), s.dao.Timelock, ethReward, nil) // the treasury's funds for the reward
	must(t, err)
	head, err := s.chain.HeaderByNumber(ctx, nil)
	must(t, err)
	spec := "ipfs://e2e/bounty-1.md"
	r, err := localnet.GovernValue(ctx, s.chain, s.dao, s.dao.BountyBoard, ethReward, board.PackPostBounty(bindings.IDataBountyBoardBountyParams{
		SpecHash: crypto.Keccak256Hash([]byte(spec)), Uri: spec, EthReward: ethReward, TokenReward: big.NewInt(0),
		MtReward: mtReward, Reputation: rep, Deadline: head.Time + 7*24*3600, MaxAccepted: 1,
	}), "Post a data bounty: "+spec)
	must(t, err)
	var bountyID *big.Int
	for _, l := range r.Logs {
		if ev, err := board.UnpackBountyPostedEvent(l); err == nil {
			bountyID = ev.BountyId
		}
	}
	if bountyID == nil {
		t.Fatal("postBounty through governance: no BountyPosted event")
	}

	balBefore, err := s.chain.BalanceAt(ctx, who, nil)
	must(t, err)
	mtBefore, err := localnet.Call(ctx, s.chain, s.dao.Token, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	must(t, err)
	r, err = s.chain.Send(ctx, contributor, s.dao.BountyBoard, nil, board.PackSubmit(bountyID, crypto.Keccak256Hash([]byte("the data")), "ipfs://e2e/data"))
	must(t, err)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	var subID *big.Int
	for _, l := range r.Logs {
		if ev, err := board.UnpackSubmittedEvent(l); err == nil {
			subID = ev.SubmissionId
		}
	}
	if subID == nil {
		t.Fatal("submit: no Submitted event")
	}
	_, err = s.chain.Send(ctx, localnet.CuratorKey, s.dao.BountyBoard, nil, board.PackAccept(subID, crypto.Keccak256Hash([]byte("good data"))))
	must(t, err)

	balAfter, err := s.chain.BalanceAt(ctx, who, nil)
	must(t, err)
	eq(t, "the contributor's ETH reward", new(big.Int).Add(sub(balAfter, balBefore), gas), ethReward)
	mtAfter, err := localnet.Call(ctx, s.chain, s.dao.Token, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	must(t, err)
	eq(t, "the contributor's MT reward", sub(mtAfter, mtBefore), mtReward)
	got, err := localnet.Call(ctx, s.chain, s.dao.BountyBoard, board.PackReputation(who), board.UnpackReputation)
	must(t, err)
	eq(t, "the contributor's reputation", got, big.NewInt(rep))
	claimable := func() *big.Int {
		v, err := localnet.Call(ctx, s.chain, s.dao.BountyBoard, board.PackClaimable(who, common.Address{}), board.UnpackClaimable)
		must(t, err)
		return v
	}
	eq(t, "the revenue that waited for a first contributor, now claimable", claimable(), waiting)

	// The next request's data share is all the only contributor's.
	q, err := localnet.Ask(ctx, s.chain, s.dapp, devchain.DevKey(6), "Data makes models")
	must(t, err)
	set, err := localnet.WaitSettled(ctx, s.chain, s.coord, q.ID, q.Receipt)
	must(t, err)
	if set.Status != localnet.StatusFulfilled {
		t.Fatalf("status %d, want fulfilled", set.Status)
	}
	before := claimable()
	_, err = s.chain.Send(ctx, devchain.DevKey(8), s.coord, nil, coordABI.PackForwardRevenue(s.dao.BountyBoard, common.Address{}))
	must(t, err)
	_, _, data, _ := localnet.Shares(q.Request.Fee, localnet.Split, 1)
	due := claimable()
	eq(t, "the contributor's share of the next fee", sub(due, before), data)
	balBefore, err = s.chain.BalanceAt(ctx, who, nil)
	must(t, err)
	r, err = s.chain.Send(ctx, contributor, s.dao.BountyBoard, nil, board.PackClaim([]common.Address{{}}, who))
	must(t, err)
	balAfter, err = s.chain.BalanceAt(ctx, who, nil)
	must(t, err)
	gas = new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	eq(t, "the contributor's claim", new(big.Int).Add(sub(balAfter, balBefore), gas), due)
}
