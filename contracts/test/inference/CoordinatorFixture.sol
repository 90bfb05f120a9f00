// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../utils/Test.sol";
import {Vm} from "../utils/Vm.sol";
import {
    CoordinatorConfig,
    IInferenceCoordinator,
    InferenceRequest,
    InferenceResult
} from "../../src/interfaces/IInferenceCoordinator.sol";
import {Attestation} from "../../src/interfaces/IWorkerRegistry.sol";
import {InferenceCoordinator} from "../../src/inference/InferenceCoordinator.sol";
import {WorkerRegistry} from "../../src/workers/WorkerRegistry.sol";
import {FeeSplit, ModelTerms, ModelVersion, Price, VerificationPolicy} from "../../src/types/ModelTypes.sol";
import {MockCoordinatorModelRegistry} from "./mocks/MockCoordinatorModelRegistry.sol";
import {MockCoordinatorSink} from "./mocks/MockCoordinatorSink.sol";
import {MockCoordinatorPermitToken} from "./mocks/MockCoordinatorPermitToken.sol";

/// @title CoordinatorFixture
/// @notice A coordinator over a mock model registry and mock revenue sinks,
/// with a real WorkerRegistry and three attested workers; helpers to request,
/// sign and fulfil.
abstract contract CoordinatorFixture is Test {
    uint256 internal constant MODEL = 1; // ETH-priced, k = 1
    uint256 internal constant TOKEN_MODEL = 2; // priced in `pusd`, k = 2
    uint256 internal constant UNKNOWN_MODEL = 99;
    uint32 internal constant VERSION = 3;
    uint32 internal constant MAX_TOKENS = 512;
    uint32 internal constant MAX_OUTPUT = 1024;
    uint32 internal constant MAX_PROMPT = 4096;
    uint32 internal constant MAX_CALLBACK_GAS = 2_000_000;
    uint32 internal constant TIMEOUT = 1 hours;
    uint32 internal constant OVERHEAD = 150_000;
    uint64 internal constant PRIORITY_FEE = 1 gwei;
    uint128 internal constant BASE_FEE = 1e15;
    uint128 internal constant PER_TOKEN_FEE = 1e12;
    uint96 internal constant MIN_WORKER_STAKE = 1 ether;
    uint64 internal constant UNBONDING = 7 days;

    bytes32 internal constant WEIGHTS = keccak256("weights-v3");
    bytes32 internal constant RUNTIME = keccak256("runtime-v1");

    address internal owner = makeAddr("owner");
    address internal guardianAddr = makeAddr("guardian");
    address internal treasury = makeAddr("treasury");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal submitter = makeAddr("submitter");
    address internal operator = makeAddr("operator");
    uint256 internal verifierKey;
    address internal verifier;

    // Workers, sorted by address: signatures go in this order.
    uint256[] internal workerKeys;
    address[] internal workerAddrs;

    MockCoordinatorModelRegistry internal models;
    MockCoordinatorSink internal distributorSink;
    MockCoordinatorSink internal dataPoolSink;
    MockCoordinatorPermitToken internal pusd;
    WorkerRegistry internal workers;
    InferenceCoordinator internal coordinator;

    function _setUpCoordinator() internal {
        vm.warp(1_700_000_000);
        (verifier, verifierKey) = makeAddrAndKey("verifier");
        models = new MockCoordinatorModelRegistry();
        distributorSink = new MockCoordinatorSink();
        dataPoolSink = new MockCoordinatorSink();
        pusd = new MockCoordinatorPermitToken();
        workers = new WorkerRegistry(owner, verifier, UNBONDING, 0.1 ether, 1000);
        coordinator = new InferenceCoordinator(_config());
        vm.prank(owner);
        workers.setCoordinatorTrust(address(coordinator), true);

        models.setTerms(MODEL, _terms(address(0), 1));
        models.setTerms(TOKEN_MODEL, _terms(address(pusd), 2));

        _addWorker("worker-a");
        _addWorker("worker-b");
        _addWorker("worker-c");
        vm.deal(alice, 100 ether);
        vm.deal(bob, 100 ether);
    }

    function _config() internal view returns (CoordinatorConfig memory) {
        return CoordinatorConfig({
            modelRegistry: address(models),
            workerRegistry: address(workers),
            owner: owner,
            guardian: guardianAddr,
            maxPromptBytes: MAX_PROMPT,
            maxCallbackGasLimit: MAX_CALLBACK_GAS,
            requestTimeout: TIMEOUT,
            fulfilGasOverhead: OVERHEAD,
            priorityFeeWei: PRIORITY_FEE
        });
    }

    function _terms(address token, uint8 k) internal view returns (ModelTerms memory t) {
        t.treasury = treasury;
        t.distributor = address(distributorSink);
        t.dataPool = address(dataPoolSink);
        t.active = true;
        t.version = VERSION;
        t.activeVersion = ModelVersion({
            weightsHash: WEIGHTS,
            runtimeMeasurement: RUNTIME,
            uri: "ipfs://bafy-weights-v3",
            maxOutputBytes: MAX_OUTPUT,
            maxTokens: MAX_TOKENS,
            createdAt: uint64(block.timestamp)
        });
        t.price = Price({token: token, baseFee: BASE_FEE, perTokenFee: PER_TOKEN_FEE});
        t.policy = VerificationPolicy({k: k, n: 3, minWorkerStake: MIN_WORKER_STAKE});
        t.split = FeeSplit({workersBps: 5000, holdersBps: 2500, dataPoolBps: 1000, treasuryBps: 1500});
    }

    // ------------------------------------------------------------------ workers

    function _attestation(address signer, bytes32 runtime, bytes32 weights, uint64 issuedAt)
        internal
        pure
        returns (Attestation memory)
    {
        return Attestation({
            signer: signer,
            runtimeMeasurement: runtime,
            weightsHash: weights,
            hardwareClass: "cpu-x86_64-avx2",
            reportHash: keccak256(abi.encode("report", signer, issuedAt)),
            issuedAt: issuedAt
        });
    }

    function _signAttestation(uint256 key, Attestation memory a) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, workers.attestationDigest(a));
        return abi.encodePacked(r, s, v);
    }

    function _addWorker(string memory name) internal returns (address signer, uint256 key) {
        (signer, key) = makeAddrAndKey(name);
        Attestation memory a = _attestation(signer, RUNTIME, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signAttestation(verifierKey, a);
        hoax(operator, MIN_WORKER_STAKE);
        workers.register{value: MIN_WORKER_STAKE}(a, sig);
        // insert sorted by address
        workerKeys.push(key);
        workerAddrs.push(signer);
        for (uint256 i = workerAddrs.length - 1; i > 0 && workerAddrs[i] < workerAddrs[i - 1]; --i) {
            (workerAddrs[i], workerAddrs[i - 1]) = (workerAddrs[i - 1], workerAddrs[i]);
            (workerKeys[i], workerKeys[i - 1]) = (workerKeys[i - 1], workerKeys[i]);
        }
    }

    // ------------------------------------------------------------------ requests

    function _prompt(uint256 len) internal pure returns (bytes memory p) {
        p = new bytes(len);
        for (uint256 i; i < len; ++i) {
            p[i] = bytes1(uint8(0x41 + i % 26));
        }
    }

    /// @dev Requests from `from` with `value`, returning the id and the terms as emitted.
    function _request(address from, uint256 value, bytes memory prompt, uint32 maxTokens, uint32 callbackGas)
        internal
        returns (bytes32 id, InferenceRequest memory req)
    {
        vm.recordLogs();
        vm.prank(from);
        id = coordinator.requestInference{value: value}(MODEL, prompt, maxTokens, callbackGas);
        req = _emittedRequest();
    }

    /// @dev A default request from alice, paying the quote.
    function _request() internal returns (bytes32 id, InferenceRequest memory req) {
        uint256 fee = coordinator.quote(MODEL, 64, 0);
        return _request(alice, fee, _prompt(200), 64, 0);
    }

    /// @dev The InferenceRequest of the last InferenceRequested among the recorded logs.
    function _emittedRequest() internal returns (InferenceRequest memory req) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = logs.length; i > 0; --i) {
            Vm.Log memory l = logs[i - 1];
            if (l.emitter == address(coordinator) && l.topics[0] == IInferenceCoordinator.InferenceRequested.selector) {
                (req,,) = abi.decode(l.data, (InferenceRequest, uint64, bytes));
                return req;
            }
        }
        revert("no InferenceRequested");
    }

    // ------------------------------------------------------------------ results

    function _sign(uint256 key, bytes32 id, uint32 version, bytes32 outputHash) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, coordinator.resultDigest(id, version, outputHash));
        return abi.encodePacked(r, s, v);
    }

    /// @dev Signatures of the first `n` workers (ascending addresses).
    function _sigs(bytes32 id, InferenceRequest memory req, bytes32 outputHash, uint256 n)
        internal
        view
        returns (bytes memory sigs)
    {
        for (uint256 i; i < n; ++i) {
            sigs = bytes.concat(sigs, _sign(workerKeys[i], id, req.modelVersion, outputHash));
        }
    }

    function _result(InferenceRequest memory req, bytes memory output, uint256 nSigners)
        internal
        view
        returns (InferenceResult memory r)
    {
        bytes32 id = coordinator.requestIdOf(req);
        r.request = req;
        r.output = output;
        r.signatures = _sigs(id, req, keccak256(output), nSigners);
    }

    function _batch(InferenceResult memory r) internal pure returns (InferenceResult[] memory b) {
        b = new InferenceResult[](1);
        b[0] = r;
    }

    function _fulfill(InferenceResult memory r) internal {
        vm.prank(submitter);
        coordinator.fulfill(_batch(r));
    }

    /// @dev The reason of the only InferenceResultRejected among the recorded logs ("" if none).
    function _rejection() internal returns (bytes memory) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == IInferenceCoordinator.InferenceResultRejected.selector) {
                return abi.decode(logs[i].data, (bytes));
            }
        }
        return "";
    }

    /// @dev Fulfils `r` and returns the rejection reason ("" when accepted).
    function _fulfillReason(InferenceResult memory r) internal returns (bytes memory) {
        vm.recordLogs();
        _fulfill(r);
        return _rejection();
    }
}
