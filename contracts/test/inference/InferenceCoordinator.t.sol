// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {CoordinatorFixture} from "./CoordinatorFixture.sol";
import {
    IInferenceCoordinator,
    InferenceRequest,
    InferenceResult,
    RequestRecord,
    RequestStatus
} from "../../src/interfaces/IInferenceCoordinator.sol";
import {InferenceCoordinator} from "../../src/inference/InferenceCoordinator.sol";
import {InferenceConsumer} from "../../src/inference/InferenceConsumer.sol";
import {ResultTypedData} from "../../src/inference/ResultTypedData.sol";
import {FeeSplit, ModelTerms} from "../../src/types/ModelTypes.sol";
import {Attestation} from "../../src/interfaces/IWorkerRegistry.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {MockCoordinatorConsumer, MockCoordinatorHostileConsumer} from "./mocks/MockCoordinatorConsumers.sol";
import {MockCoordinatorFeeOnTransferToken} from "./mocks/MockCoordinatorPermitToken.sol";
import {RejectingReceiver} from "../mocks/RejectingReceiver.sol";

contract InferenceCoordinatorRequestTest is CoordinatorFixture {
    function setUp() public {
        _setUpCoordinator();
    }

    function test_requestInference_escrowsTheQuoteAndEmitsTheTerms() public {
        bytes memory prompt = _prompt(200);
        uint256 fee = coordinator.quote(MODEL, 64, 100_000);
        vm.assertEq(fee, BASE_FEE + PER_TOKEN_FEE * 64 + uint256(OVERHEAD + 100_000) * PRIORITY_FEE);

        vm.recordLogs();
        vm.prank(alice);
        bytes32 id = coordinator.requestInference{value: fee}(MODEL, prompt, 64, 100_000);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        vm.assertEq(logs.length, 1);
        vm.assertEq(logs[0].topics[0], IInferenceCoordinator.InferenceRequested.selector);
        vm.assertEq(logs[0].topics[1], id);
        vm.assertEq(uint256(logs[0].topics[2]), MODEL);
        vm.assertEq(logs[0].topics[3], bytes32(uint256(uint160(alice))));
        (InferenceRequest memory req, uint64 seed, bytes memory emittedPrompt) =
            abi.decode(logs[0].data, (InferenceRequest, uint64, bytes));
        vm.assertEq(emittedPrompt, prompt);
        vm.assertEq(seed, uint64(uint256(keccak256(abi.encode(id)))));
        vm.assertEq(req.requester, alice);
        vm.assertEq(req.nonce, 0);
        vm.assertEq(req.deadline, block.timestamp + TIMEOUT);
        vm.assertEq(req.modelVersion, VERSION);
        vm.assertEq(req.maxTokens, 64);
        vm.assertEq(req.promptHash, keccak256(prompt));
        vm.assertEq(req.fee + req.gasPrepaid, fee);
        vm.assertEq(req.weightsHash, WEIGHTS);
        vm.assertEq(req.runtimeMeasurement, RUNTIME);
        vm.assertEq(req.k, 1);
        vm.assertEq(req.treasury, treasury);

        // The id commits to the terms and carries the deadline in its low 40 bits.
        vm.assertEq(coordinator.requestIdOf(req), id);
        vm.assertEq(uint40(uint256(id)), req.deadline);
        vm.assertEq(
            id >> 40,
            keccak256(abi.encode(req, block.chainid, address(coordinator))) >> 40,
            "id = keccak(request, chainid, coordinator) with the deadline in the low bits"
        );

        RequestRecord memory rec = coordinator.request(id);
        vm.assertEq(uint8(rec.status), uint8(RequestStatus.Pending));
        vm.assertEq(rec.requester, alice);
        vm.assertEq(rec.ethEscrow, fee);
        vm.assertEq(address(coordinator).balance, fee);
        vm.assertEq(coordinator.nonce(), 1);
    }

    function test_requestInference_sendsTheExcessBack() public {
        uint256 fee = coordinator.quote(MODEL, 64, 0);
        uint256 before = alice.balance;
        _request(alice, fee + 1 ether, _prompt(10), 64, 0);
        vm.assertEq(alice.balance, before - fee);
        vm.assertEq(address(coordinator).balance, fee);
    }

    function test_requestInference_revertsWhenPaused() public {
        vm.prank(guardianAddr);
        coordinator.pause();
        vm.expectRevert(IInferenceCoordinator.CoordinatorPaused.selector);
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(MODEL, _prompt(10), 64, 0);
    }

    function test_requestInference_revertsOnEmptyPrompt() public {
        vm.expectRevert(IInferenceCoordinator.CoordinatorEmptyPrompt.selector);
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(MODEL, "", 64, 0);
    }

    function test_requestInference_revertsOnPromptOverCap() public {
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorPromptTooLong.selector, MAX_PROMPT + 1, MAX_PROMPT)
        );
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(MODEL, _prompt(MAX_PROMPT + 1), 64, 0);
    }

    function test_requestInference_revertsOnZeroMaxTokens() public {
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorInvalidMaxTokens.selector, 0, MAX_TOKENS)
        );
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(MODEL, _prompt(10), 0, 0);
    }

    function test_requestInference_revertsOnMaxTokensOverTheModelLimit() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorInvalidMaxTokens.selector, MAX_TOKENS + 1, MAX_TOKENS
            )
        );
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(MODEL, _prompt(10), MAX_TOKENS + 1, 0);
    }

    function test_requestInference_revertsOnUnknownModel() public {
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorModelInactive.selector, UNKNOWN_MODEL));
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(UNKNOWN_MODEL, _prompt(10), 64, 0);
    }

    function test_requestInference_revertsOnPausedModel() public {
        models.setActive(MODEL, false);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorModelInactive.selector, MODEL));
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(MODEL, _prompt(10), 64, 0);
    }

    function test_requestInference_revertsWhenUnderpaid() public {
        uint256 fee = coordinator.quote(MODEL, 64, 0);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorUnderpaid.selector, fee, fee - 1));
        vm.prank(alice);
        coordinator.requestInference{value: fee - 1}(MODEL, _prompt(10), 64, 0);
    }

    function test_requestInference_revertsOnCallbackGasOverCap() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorCallbackGasTooHigh.selector, MAX_CALLBACK_GAS + 1, MAX_CALLBACK_GAS
            )
        );
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(MODEL, _prompt(10), 64, MAX_CALLBACK_GAS + 1);
    }

    function test_requestInference_revertsForATokenPricedModel() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorWrongPaymentToken.selector, TOKEN_MODEL, address(pusd)
            )
        );
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(TOKEN_MODEL, _prompt(10), 64, 0);
    }

    function test_requestInference_revertsOnAFeeSplitOver100Percent() public {
        ModelTerms memory t = _terms(address(0), 1);
        t.split = FeeSplit({workersBps: 6000, holdersBps: 3000, dataPoolBps: 2000, treasuryBps: 0});
        models.setTerms(7, t);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorInvalidFeeSplit.selector, 7));
        vm.prank(alice);
        coordinator.requestInference{value: 1 ether}(7, _prompt(10), 64, 0);
    }

    function test_requestInference_revertsWhenTheFeeDoesNotFitTheEscrow() public {
        ModelTerms memory t = _terms(address(0), 1);
        t.price.baseFee = uint128(1 << 88);
        models.setTerms(7, t);
        uint256 fee = coordinator.quote(7, 1, 0);
        vm.deal(alice, fee);
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorFeeTooLarge.selector, fee, (1 << 88) - 1)
        );
        vm.prank(alice);
        coordinator.requestInference{value: fee}(7, _prompt(10), 1, 0);
    }

    function test_quote_revertsLikeTheRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorModelInactive.selector, UNKNOWN_MODEL));
        coordinator.quote(UNKNOWN_MODEL, 64, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorCallbackGasTooHigh.selector, MAX_CALLBACK_GAS + 1, MAX_CALLBACK_GAS
            )
        );
        coordinator.quote(MODEL, 64, MAX_CALLBACK_GAS + 1);
    }

    function test_quote_followsTheBaseFee() public {
        vm.fee(10 gwei);
        vm.assertEq(coordinator.quoteGas(50_000), uint256(OVERHEAD + 50_000) * (20 gwei + PRIORITY_FEE));
        vm.assertEq(coordinator.quote(MODEL, 1, 50_000), BASE_FEE + PER_TOKEN_FEE + coordinator.quoteGas(50_000));
        vm.assertEq(coordinator.quote(TOKEN_MODEL, 1, 50_000), BASE_FEE + PER_TOKEN_FEE, "token models quote the fee");
    }

    function test_requestIds_differAcrossCoordinatorsAndChains() public {
        InferenceCoordinator other = new InferenceCoordinator(_config());
        uint256 fee = coordinator.quote(MODEL, 64, 0);
        vm.prank(alice);
        bytes32 a = coordinator.requestInference{value: fee}(MODEL, "hi", 64, 0);
        vm.prank(alice);
        bytes32 b = other.requestInference{value: fee}(MODEL, "hi", 64, 0);
        vm.assertNotEq(a, b);
        vm.chainId(31_338);
        vm.prank(alice);
        bytes32 c = other.requestInference{value: fee}(MODEL, "hi", 64, 0);
        vm.assertNotEq(b, c);
        vm.assertNotEq(a, c);
    }

    function testFuzz_requestInference_escrowsExactlyTheQuote(
        uint256 promptLen,
        uint32 maxTokens,
        uint32 callbackGas,
        uint96 excess,
        uint64 basefee
    ) public {
        promptLen = bound(promptLen, 1, MAX_PROMPT);
        maxTokens = uint32(bound(maxTokens, 1, MAX_TOKENS));
        callbackGas = uint32(bound(callbackGas, 0, MAX_CALLBACK_GAS));
        excess = uint96(bound(excess, 0, 10 ether));
        vm.fee(bound(basefee, 0, 1000 gwei));
        uint256 fee = coordinator.quote(MODEL, maxTokens, callbackGas);
        vm.deal(bob, fee + excess);
        (bytes32 id, InferenceRequest memory req) =
            _request(bob, fee + excess, new bytes(promptLen), maxTokens, callbackGas);
        vm.assertEq(bob.balance, excess);
        vm.assertEq(coordinator.request(id).ethEscrow, fee);
        vm.assertEq(req.fee + req.gasPrepaid, fee);
        vm.assertEq(coordinator.requestIdOf(req), id);
    }

    /// @dev A whole request and fulfilment per run: CI runs 1,000 (not 10,000) to stay within its time budget.
    /// forge-config: ci.fuzz.runs = 1000
    function testFuzz_requestIds_areUniquePerNonce(uint8 n) public {
        n = uint8(bound(n, 2, 20));
        bytes32[] memory ids = new bytes32[](n);
        uint256 fee = coordinator.quote(MODEL, 1, 0);
        for (uint256 i; i < n; ++i) {
            vm.prank(alice);
            ids[i] = coordinator.requestInference{value: fee}(MODEL, "same prompt", 1, 0);
            for (uint256 j; j < i; ++j) {
                vm.assertNotEq(ids[i], ids[j]);
            }
        }
    }
}

contract InferenceCoordinatorFulfillTest is CoordinatorFixture {
    bytes internal constant OUTPUT = "The DAO's model says: forty-two.";

    function setUp() public {
        _setUpCoordinator();
    }

    function test_fulfill_settlesAndSplitsTheFee() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.expectEmit(address(coordinator));
        address[] memory paid = new address[](1);
        paid[0] = workerAddrs[0];
        emit IInferenceCoordinator.InferenceFulfilled(id, keccak256(OUTPUT), OUTPUT, "", paid);
        _fulfill(_result(req, OUTPUT, 1));

        uint256 fee = req.fee;
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Fulfilled));
        vm.assertEq(coordinator.request(id).ethEscrow, 0);
        vm.assertEq(coordinator.balanceOf(workerAddrs[0], address(0)), fee * 5000 / 10_000);
        vm.assertEq(coordinator.revenueOf(address(distributorSink), address(0)), fee * 2500 / 10_000);
        vm.assertEq(coordinator.revenueOf(address(dataPoolSink), address(0)), fee * 1000 / 10_000);
        vm.assertEq(coordinator.balanceOf(treasury, address(0)), fee - fee * 8500 / 10_000);
        // tx.gasprice is 0 here: the whole gas prepayment goes back to the requester.
        vm.assertEq(coordinator.balanceOf(alice, address(0)), req.gasPrepaid);
        vm.assertEq(coordinator.balanceOf(submitter, address(0)), 0);
    }

    function test_fulfill_callsTheConsumerBack() public {
        MockCoordinatorConsumer consumer = new MockCoordinatorConsumer(coordinator);
        uint256 fee = coordinator.quote(MODEL, 64, 200_000);
        vm.recordLogs();
        bytes32 id = consumer.ask{value: fee}(MODEL, "q", 64, 200_000);
        InferenceRequest memory req = _emittedRequest();
        _fulfill(_result(req, OUTPUT, 1));
        vm.assertEq(consumer.lastRequestId(), id);
        vm.assertEq(consumer.lastOutput(), OUTPUT);
        vm.assertEq(consumer.calls(), 1);
        vm.assertFalse(coordinator.request(id).callbackFailed);
    }

    function test_fulfill_deliversLongOutputsByReference() public {
        MockCoordinatorConsumer consumer = new MockCoordinatorConsumer(coordinator);
        uint256 fee = coordinator.quote(MODEL, 64, 200_000);
        vm.recordLogs();
        bytes32 id = consumer.ask{value: fee}(MODEL, "q", 64, 200_000);
        InferenceRequest memory req = _emittedRequest();
        bytes32 h = keccak256(_prompt(MAX_OUTPUT + 1));
        InferenceResult memory r;
        r.request = req;
        r.outputHash = h;
        r.outputUri = "http://relayer.example/v1/outputs/1";
        r.signatures = _sigs(id, req, h, 1);
        vm.expectEmit(address(coordinator));
        address[] memory paid = new address[](1);
        paid[0] = workerAddrs[0];
        emit IInferenceCoordinator.InferenceFulfilled(id, h, "", r.outputUri, paid);
        _fulfill(r);
        vm.assertEq(consumer.lastOutputHash(), h);
        vm.assertEq(consumer.lastUri(), r.outputUri);
    }

    function test_fulfill_reimbursesTheSubmitterFromThePrepayment() public {
        vm.fee(10 gwei);
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.assertGt(req.gasPrepaid, 0);
        vm.txGasPrice(11 gwei); // basefee + 1 gwei tip: within the quote's 2 x basefee + 1 gwei
        _fulfill(_result(req, OUTPUT, 1));
        uint256 reimbursed = coordinator.balanceOf(submitter, address(0));
        uint256 change = coordinator.balanceOf(alice, address(0));
        vm.assertGt(reimbursed, 60_000 * 11 gwei, "covers at least the call and the intrinsic gas");
        vm.assertLt(reimbursed, req.gasPrepaid);
        vm.assertEq(reimbursed + change, req.gasPrepaid, "the prepayment is split, nothing more");
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Fulfilled));
    }

    function test_fulfill_capsTheReimbursementAtThePrepayment() public {
        vm.fee(1 gwei);
        (, InferenceRequest memory req) = _request();
        vm.txGasPrice(1000 gwei);
        _fulfill(_result(req, OUTPUT, 1));
        vm.assertEq(coordinator.balanceOf(submitter, address(0)), req.gasPrepaid);
        vm.assertEq(coordinator.balanceOf(alice, address(0)), 0);
    }

    function test_fulfill_paysEverySignerEqually() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        _fulfill(_result(req, OUTPUT, 3));
        uint256 each = req.fee * 5000 / 10_000 / 3;
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(coordinator.balanceOf(workerAddrs[i], address(0)), each);
        }
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Fulfilled));
        uint256 dust = req.fee * 5000 / 10_000 - 3 * each;
        vm.assertEq(coordinator.balanceOf(treasury, address(0)), req.fee - req.fee * 8500 / 10_000 + dust);
    }

    function test_fulfill_revertsOnAnEmptyBatch() public {
        vm.expectRevert(IInferenceCoordinator.CoordinatorEmptyBatch.selector);
        coordinator.fulfill(new InferenceResult[](0));
    }

    // ------------------------------------------------------------- rejected items

    function test_fulfill_rejectsASecondResultForTheSameRequest() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        _fulfill(_result(req, OUTPUT, 1));
        bytes memory reason = _fulfillReason(_result(req, "another answer", 1));
        vm.assertEq(reason, abi.encodeWithSelector(IInferenceCoordinator.CoordinatorRequestNotPending.selector, id));
    }

    function test_fulfill_rejectsTamperedTerms() public {
        (, InferenceRequest memory req) = _request();
        req.fee += 1; // claims a higher fee than escrowed: a different id, never made
        bytes32 forged = coordinator.requestIdOf(req);
        bytes memory reason = _fulfillReason(_result(req, OUTPUT, 1));
        vm.assertEq(reason, abi.encodeWithSelector(IInferenceCoordinator.CoordinatorRequestNotPending.selector, forged));
    }

    function test_fulfill_rejectsAfterTheDeadline() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.warp(req.deadline + 1);
        bytes memory reason = _fulfillReason(_result(req, OUTPUT, 1));
        vm.assertEq(
            reason, abi.encodeWithSelector(IInferenceCoordinator.CoordinatorDeadlinePassed.selector, id, req.deadline)
        );
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Pending));
    }

    function test_fulfill_acceptsAtTheDeadline() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.warp(req.deadline);
        vm.assertEq(_fulfillReason(_result(req, OUTPUT, 1)), "");
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Fulfilled));
    }

    function test_fulfill_rejectsAnInlineOutputOverTheCap() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        bytes memory reason = _fulfillReason(_result(req, _prompt(MAX_OUTPUT + 1), 1));
        vm.assertEq(
            reason,
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorOutputTooLong.selector, id, MAX_OUTPUT + 1, MAX_OUTPUT
            )
        );
    }

    function test_fulfill_rejectsMalformedOutputFields() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, OUTPUT, 1);
        r.outputHash = keccak256(OUTPUT); // inline outputs carry no hash
        vm.assertEq(
            _fulfillReason(r), abi.encodeWithSelector(IInferenceCoordinator.CoordinatorMalformedOutput.selector, id)
        );
        r.outputUri = "http://x"; // by reference with bytes
        vm.assertEq(
            _fulfillReason(r), abi.encodeWithSelector(IInferenceCoordinator.CoordinatorMalformedOutput.selector, id)
        );
    }

    function test_fulfill_rejectsMalformedSignatures() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, OUTPUT, 1);
        r.signatures = bytes.concat(r.signatures, hex"00");
        vm.assertEq(
            _fulfillReason(r),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorMalformedSignatures.selector, id, 66)
        );
    }

    function test_fulfill_rejectsTooFewSignatures() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, OUTPUT, 0);
        vm.assertEq(
            _fulfillReason(r),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorTooFewSignatures.selector, id, 0, 1)
        );
    }

    function test_fulfill_rejectsAnInvalidSignature() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, OUTPUT, 1);
        r.signatures[64] = bytes1(uint8(29)); // v neither 27 nor 28
        vm.assertEq(
            _fulfillReason(r), abi.encodeWithSelector(IInferenceCoordinator.CoordinatorInvalidSignature.selector, id, 0)
        );
    }

    function test_fulfill_rejectsAnUnregisteredSigner() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        (address stranger, uint256 key) = makeAddrAndKey("stranger");
        InferenceResult memory r = _result(req, OUTPUT, 0);
        r.signatures = _sign(key, id, req.modelVersion, keccak256(OUTPUT));
        vm.assertEq(
            _fulfillReason(r),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorIneligibleWorker.selector, id, stranger)
        );
    }

    function test_fulfill_rejectsAWorkerAttestedForOtherWeights() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        // Re-attest worker 0 for other weights: no longer eligible for this version.
        vm.warp(block.timestamp + 1);
        _reattest(0, keccak256("weights-v4"));
        vm.assertEq(
            _fulfillReason(_result(req, OUTPUT, 1)),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorIneligibleWorker.selector, id, workerAddrs[0])
        );
    }

    function test_fulfill_rejectsAnUnbondingWorker() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.prank(operator);
        workers.beginUnbonding(workerAddrs[0]);
        vm.assertEq(
            _fulfillReason(_result(req, OUTPUT, 1)),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorIneligibleWorker.selector, id, workerAddrs[0])
        );
    }

    function test_fulfill_rejectsAWorkerBelowTheModelsMinimumStake() public {
        ModelTerms memory t = _terms(address(0), 1);
        t.policy.minWorkerStake = 2 ether;
        models.setTerms(MODEL, t);
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.assertEq(
            _fulfillReason(_result(req, OUTPUT, 1)),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorIneligibleWorker.selector, id, workerAddrs[0])
        );
        hoax(operator, 1 ether);
        workers.addStake{value: 1 ether}(workerAddrs[0]);
        vm.assertEq(_fulfillReason(_result(req, OUTPUT, 1)), "");
    }

    function test_fulfill_rejectsADuplicateSigner() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, OUTPUT, 1);
        r.signatures = bytes.concat(r.signatures, r.signatures);
        vm.assertEq(
            _fulfillReason(r),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorDuplicateSigner.selector, id, workerAddrs[0])
        );
    }

    function test_fulfill_rejectsUnorderedSigners() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, OUTPUT, 0);
        bytes32 h = keccak256(OUTPUT);
        r.signatures = bytes.concat(_sign(workerKeys[1], id, VERSION, h), _sign(workerKeys[0], id, VERSION, h));
        vm.assertEq(
            _fulfillReason(r),
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorUnorderedSigners.selector, id, workerAddrs[1], workerAddrs[0]
            )
        );
    }

    function test_fulfill_rejectsSignaturesForAnotherOutput() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, OUTPUT, 1);
        r.output = "a different answer"; // the signature recovers to some other address
        bytes memory reason = _fulfillReason(r);
        vm.assertEq(bytes4(reason), IInferenceCoordinator.CoordinatorIneligibleWorker.selector);
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Pending));
    }

    function test_fulfill_rejectsSignaturesMadeForAnotherCoordinatorOrChain() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        bytes32 h = keccak256(OUTPUT);
        InferenceResult memory r = _result(req, OUTPUT, 0);
        // Same typed data, another coordinator's domain.
        bytes32 otherDomain = ResultTypedData.domainSeparator(address(0xC0FFEE));
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(workerKeys[0], ResultTypedData.digest(otherDomain, id, VERSION, h));
        r.signatures = abi.encodePacked(rr, s, v);
        vm.assertEq(bytes4(_fulfillReason(r)), IInferenceCoordinator.CoordinatorIneligibleWorker.selector);
        // The right digest is the coordinator's own domain.
        vm.assertEq(
            coordinator.resultDigest(id, VERSION, h),
            ResultTypedData.digest(ResultTypedData.domainSeparator(address(coordinator)), id, VERSION, h)
        );
    }

    function test_domainSeparator_isTheDocumentedOneAndFollowsTheChainId() public {
        bytes32 expected = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("MiniDAO InferenceCoordinator"),
                keccak256("1"),
                block.chainid,
                address(coordinator)
            )
        );
        vm.assertEq(coordinator.DOMAIN_SEPARATOR(), expected);
        vm.chainId(777);
        vm.assertNotEq(coordinator.DOMAIN_SEPARATOR(), expected);
        vm.assertEq(coordinator.DOMAIN_SEPARATOR(), ResultTypedData.domainSeparator(address(coordinator)));
    }

    function test_fulfill_skipsABadItemAndSettlesTheRest() public {
        (bytes32 id1, InferenceRequest memory req1) = _request();
        (bytes32 id2, InferenceRequest memory req2) = _request();
        InferenceResult[] memory batch = new InferenceResult[](2);
        batch[0] = _result(req1, OUTPUT, 0); // too few signatures
        batch[1] = _result(req2, OUTPUT, 1);
        vm.expectEmit(address(coordinator));
        emit IInferenceCoordinator.InferenceResultRejected(
            id1, abi.encodeWithSelector(IInferenceCoordinator.CoordinatorTooFewSignatures.selector, id1, 0, 1)
        );
        vm.prank(submitter);
        coordinator.fulfill(batch);
        vm.assertEq(uint8(coordinator.request(id1).status), uint8(RequestStatus.Pending));
        vm.assertEq(uint8(coordinator.request(id2).status), uint8(RequestStatus.Fulfilled));
        vm.assertEq(coordinator.balanceOf(workerAddrs[0], address(0)), req2.fee / 2, "only the good item paid");
    }

    // ------------------------------------------------------------- callbacks

    function _hostile(MockCoordinatorHostileConsumer.Mode mode, uint32 callbackGas)
        internal
        returns (MockCoordinatorHostileConsumer c, bytes32 id, InferenceRequest memory req)
    {
        c = new MockCoordinatorHostileConsumer(coordinator);
        c.setMode(mode);
        uint256 fee = coordinator.quote(MODEL, 64, callbackGas);
        vm.recordLogs();
        id = c.ask{value: fee}(MODEL, "q", 64, callbackGas);
        req = _emittedRequest();
    }

    function test_fulfill_recordsARevertingCallbackAndSettles() public {
        (, bytes32 id, InferenceRequest memory req) = _hostile(MockCoordinatorHostileConsumer.Mode.Revert, 100_000);
        vm.expectEmit(address(coordinator));
        emit IInferenceCoordinator.InferenceCallbackFailed(
            id, abi.encodeWithSelector(MockCoordinatorHostileConsumer.Hostile.selector, 42)
        );
        _fulfill(_result(req, OUTPUT, 1));
        RequestRecord memory rec = coordinator.request(id);
        vm.assertEq(uint8(rec.status), uint8(RequestStatus.Fulfilled));
        vm.assertTrue(rec.callbackFailed);
        vm.assertEq(coordinator.balanceOf(workerAddrs[0], address(0)), req.fee / 2);
    }

    function test_fulfill_recordsACallbackOutOfGasAndSettles() public {
        (, bytes32 id, InferenceRequest memory req) = _hostile(MockCoordinatorHostileConsumer.Mode.BurnGas, 300_000);
        vm.expectEmit(address(coordinator));
        emit IInferenceCoordinator.InferenceCallbackFailed(id, "");
        _fulfill(_result(req, OUTPUT, 1));
        vm.assertTrue(coordinator.request(id).callbackFailed);
    }

    function test_fulfill_capsTheRevertDataOfACallback() public {
        (, bytes32 id, InferenceRequest memory req) = _hostile(MockCoordinatorHostileConsumer.Mode.ReturnBomb, 100_000);
        vm.recordLogs();
        _fulfill(_result(req, OUTPUT, 1));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool seen;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == IInferenceCoordinator.InferenceCallbackFailed.selector) {
                vm.assertEq(logs[i].topics[1], id);
                vm.assertEq(abi.decode(logs[i].data, (bytes)).length, 256);
                seen = true;
            }
        }
        vm.assertTrue(seen);
    }

    function test_fulfill_blocksReentryFromTheCallback() public {
        (MockCoordinatorHostileConsumer c, bytes32 id, InferenceRequest memory req) =
            _hostile(MockCoordinatorHostileConsumer.Mode.Reenter, 200_000);
        _fulfill(_result(req, OUTPUT, 1));
        vm.assertTrue(c.reentryReverted());
        vm.assertFalse(coordinator.request(id).callbackFailed);
    }

    function test_fulfill_revertsWhenTheSubmitterLeavesTooLittleGasForTheCallback() public {
        MockCoordinatorConsumer consumer = new MockCoordinatorConsumer(coordinator);
        uint256 fee = coordinator.quote(MODEL, 64, 1_000_000);
        vm.recordLogs();
        bytes32 id = consumer.ask{value: fee}(MODEL, "q", 64, 1_000_000);
        InferenceRequest memory req = _emittedRequest();
        InferenceResult[] memory batch = _batch(_result(req, OUTPUT, 1));
        vm.prank(submitter);
        (bool ok, bytes memory ret) =
            address(coordinator).call{gas: 600_000}(abi.encodeCall(coordinator.fulfill, (batch)));
        vm.assertFalse(ok);
        vm.assertEq(bytes4(ret), IInferenceCoordinator.CoordinatorInsufficientGas.selector);
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Pending));
        _fulfill(batch[0]); // with enough gas it goes through
        vm.assertEq(consumer.calls(), 1);
    }

    function test_consumer_rejectsCallsFromAnyoneButTheCoordinator() public {
        MockCoordinatorConsumer consumer = new MockCoordinatorConsumer(coordinator);
        vm.expectRevert(
            abi.encodeWithSelector(InferenceConsumer.InferenceConsumerUnauthorizedCaller.selector, address(this))
        );
        consumer.onInferenceResult(bytes32(0), "forged");
        vm.expectRevert(
            abi.encodeWithSelector(InferenceConsumer.InferenceConsumerUnauthorizedCaller.selector, address(this))
        );
        consumer.onInferenceOutputRef(bytes32(0), bytes32(0), "forged");
    }

    // ------------------------------------------------------------- fuzz

    /// @dev A whole request and fulfilment per run: CI runs 1,000 (not 10,000) to stay within its time budget.
    /// forge-config: ci.fuzz.runs = 1000
    function testFuzz_fulfill_splitsTheWholeFee(
        uint128 baseFee,
        uint128 perToken,
        uint16 workersBps,
        uint16 holdersBps,
        uint16 dataBps,
        uint8 signers
    ) public {
        baseFee = uint128(bound(baseFee, 0, 1000 ether));
        perToken = uint128(bound(perToken, 0, 1 ether));
        workersBps = uint16(bound(workersBps, 0, 10_000));
        holdersBps = uint16(bound(holdersBps, 0, 10_000 - workersBps));
        dataBps = uint16(bound(dataBps, 0, 10_000 - workersBps - holdersBps));
        signers = uint8(bound(signers, 1, 3));
        ModelTerms memory t = _terms(address(0), 1);
        t.price.baseFee = baseFee;
        t.price.perTokenFee = perToken;
        t.split = FeeSplit(workersBps, holdersBps, dataBps, 10_000 - workersBps - holdersBps - dataBps);
        models.setTerms(MODEL, t);
        uint256 fee = coordinator.quote(MODEL, 100, 0);
        vm.deal(alice, fee);
        (, InferenceRequest memory req) = _request(alice, fee, "q", 100, 0);
        _fulfill(_result(req, OUTPUT, signers));

        uint256 credited = coordinator.balanceOf(treasury, address(0))
            + coordinator.revenueOf(address(distributorSink), address(0))
            + coordinator.revenueOf(address(dataPoolSink), address(0)) + coordinator.balanceOf(alice, address(0));
        for (uint256 i; i < signers; ++i) {
            credited += coordinator.balanceOf(workerAddrs[i], address(0));
        }
        vm.assertEq(credited, fee, "every wei of the escrow is credited");
        vm.assertEq(address(coordinator).balance, fee);
    }

    /// @dev A whole request and fulfilment per run: CI runs 1,000 (not 10,000) to stay within its time budget.
    /// forge-config: ci.fuzz.runs = 1000
    function testFuzz_fulfill_neverAcceptsAForgedSignature(uint256 key, bytes memory output) public {
        key = bound(key, 1, 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140);
        for (uint256 i; i < workerKeys.length; ++i) {
            vm.assume(key != workerKeys[i]);
        }
        vm.assume(output.length <= MAX_OUTPUT);
        (bytes32 id, InferenceRequest memory req) = _request();
        InferenceResult memory r = _result(req, output, 0);
        r.signatures = _sign(key, id, VERSION, keccak256(output));
        vm.assertEq(bytes4(_fulfillReason(r)), IInferenceCoordinator.CoordinatorIneligibleWorker.selector);
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Pending));
    }

    function _reattest(uint256 i, bytes32 weights) internal {
        Attestation memory a = _attestation(workerAddrs[i], RUNTIME, weights, uint64(block.timestamp));
        bytes memory sig = _signAttestation(verifierKey, a);
        vm.prank(operator);
        workers.attest(a, sig);
    }
}
