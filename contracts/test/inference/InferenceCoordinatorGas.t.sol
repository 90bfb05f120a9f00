// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DAOCoordinatorFixture} from "./DAOCoordinatorFixture.sol";
import {Vm} from "../utils/Vm.sol";
import {IInferenceCoordinator, InferenceRequest, InferenceResult} from "../../src/interfaces/IInferenceCoordinator.sol";
import {MockCoordinatorEmptyConsumer} from "./mocks/MockCoordinatorConsumers.sol";

/// @notice Gas of the dApp-facing calls against the real ModelRegistry,
/// RevenueDistributor and DataBountyBoard (snapshots/Coordinator.json).
/// `<name>_exec` is the measured call's execution gas, what Chainlink
/// Functions' and Ritual Infernet's forge snapshots report; `<name>` adds the
/// 21,000 base and the calldata gas: the whole transaction. The tests are not
/// isolated (an isolated call runs at gas price 0, which would skip the
/// submitter's reimbursement), so each test reads nothing of the coordinator,
/// registry or sinks before its measured call: that call meets cold storage,
/// as a transaction does. State is prepared in setUp so that the measured
/// calls are the steady state: every account already holds a credited balance
/// (the `_newRequester` case shows a first-ever credit).
contract InferenceCoordinatorGasTest is DAOCoordinatorFixture {
    uint32 internal constant BATCH = 20;

    MockCoordinatorEmptyConsumer internal consumer;

    InferenceRequest[] internal pending; // alice's, no callback
    InferenceRequest internal consumerRequest; // the consumer's, with a callback
    InferenceRequest internal newcomerRequest; // by an account with no credited balance yet
    // Read in setUp: a read of the coordinator in the test would warm its storage.
    uint256 internal requestFee;
    uint256 internal submitterCredit;

    function setUp() public {
        _setUpCoordinatorWithDAO();
        consumer = new MockCoordinatorEmptyConsumer(coordinator);

        vm.deal(alice, 100 ether);
        vm.deal(submitter, 100 ether);
        vm.fee(1 gwei);
        // Warm-up: one request fulfilled, so every balance the steady state touches exists.
        _fulfillNow(_newRequest(alice, 0));
        _fulfillNow(_newRequest(address(consumer), 50_000));
        for (uint256 i; i < BATCH; ++i) {
            pending.push(_newRequest(alice, 0));
        }
        consumerRequest = _newRequest(address(consumer), 50_000);
        vm.deal(carol, 1 ether);
        newcomerRequest = _newRequest(carol, 0);
        requestFee = coordinator.quote(modelId, 256, 0);
        submitterCredit = coordinator.balanceOf(submitter, address(0));
    }

    function test_gas_requestInference() public {
        bytes memory prompt = _prompt(200);
        vm.prank(alice);
        coordinator.requestInference{value: requestFee}(modelId, prompt, 256, 0);
        uint256 exec =
            _snapshot("requestInference_200B", abi.encodeCall(coordinator.requestInference, (modelId, prompt, 256, 0)));
        vm.assertLe(exec, 80_000, "requestInference over 80k");
    }

    function test_gas_requestInferenceWithExcessSentBack() public {
        bytes memory prompt = _prompt(200);
        vm.prank(alice);
        coordinator.requestInference{value: requestFee + 1e15}(modelId, prompt, 256, 0);
        _snapshot(
            "requestInference_200B_excessSentBack",
            abi.encodeCall(coordinator.requestInference, (modelId, prompt, 256, 0))
        );
    }

    function test_gas_fulfillOne() public {
        InferenceResult[] memory batch = new InferenceResult[](1);
        batch[0] = _result(pending[0], _output(256));
        uint256 exec = _fulfillMeasured("fulfill_1x256B_1sig", batch);
        vm.assertLe(exec, 90_000, "fulfil of one result over 90k");
    }

    /// @dev The first gas change credited to a requester writes a new slot.
    function test_gas_fulfillOneForANewRequester() public {
        InferenceResult[] memory batch = new InferenceResult[](1);
        batch[0] = _result(newcomerRequest, _output(256));
        _fulfillMeasured("fulfill_1x256B_1sig_newRequester", batch);
    }

    function test_gas_fulfillOneWithEmptyCallback() public {
        InferenceResult[] memory batch = new InferenceResult[](1);
        batch[0] = _result(consumerRequest, _output(256));
        _fulfillMeasured("fulfill_1x256B_1sig_emptyCallback", batch);
    }

    function test_gas_fulfillBatchOf20() public {
        InferenceResult[] memory batch = new InferenceResult[](BATCH);
        for (uint256 i; i < BATCH; ++i) {
            batch[i] = _result(pending[i], _output(256));
        }
        uint256 exec = _fulfillMeasured("fulfill_20x256B_1sig", batch);
        uint256 txGas = exec + _txOverhead(abi.encodeCall(coordinator.fulfill, (batch)));
        vm.snapshotValue("Coordinator", "fulfill_20x256B_1sig_perResult", txGas / BATCH);
        vm.snapshotValue("Coordinator", "fulfill_20x256B_1sig_perResult_exec", exec / BATCH);
        vm.assertLe(exec / BATCH, 45_000, "batched fulfil over 45k per result");
    }

    function test_gas_refund() public {
        bytes32 id = coordinator.requestIdOf(pending[0]);
        vm.warp(block.timestamp + 1 hours + 1);
        coordinator.refund(id);
        _snapshot("refund", abi.encodeCall(coordinator.refund, (id)));
    }

    function test_gas_withdraw() public {
        coordinator.withdraw(alice, address(0));
        _snapshot("withdraw", abi.encodeCall(coordinator.withdraw, (alice, address(0))));
    }

    function test_gas_forwardRevenue() public {
        coordinator.forwardRevenue(address(distributor), address(0));
        _snapshot(
            "forwardRevenue_distributor", abi.encodeCall(coordinator.forwardRevenue, (address(distributor), address(0)))
        );
    }

    // ------------------------------------------------------------------ helpers

    function _newRequest(address from, uint32 callbackGas) internal returns (InferenceRequest memory req) {
        uint256 fee = coordinator.quote(modelId, 256, callbackGas);
        vm.recordLogs();
        if (from == address(consumer)) {
            consumer.ask{value: fee}(modelId, _prompt(200), 256, callbackGas);
        } else {
            vm.prank(from);
            coordinator.requestInference{value: fee}(modelId, _prompt(200), 256, callbackGas);
        }
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == IInferenceCoordinator.InferenceRequested.selector) {
                (req,,) = abi.decode(logs[i].data, (InferenceRequest, uint64, bytes));
            }
        }
    }

    /// @dev Fulfils `batch` as the submitter at 2 gwei, snapshots it and checks
    /// that the submitter was paid at least what the transaction cost it, and
    /// not much more (the estimate of the gas outside the measured loop).
    function _fulfillMeasured(string memory name, InferenceResult[] memory batch) internal returns (uint256 exec) {
        vm.txGasPrice(2 gwei);
        vm.prank(submitter);
        coordinator.fulfill(batch);
        exec = _snapshot(name, abi.encodeCall(coordinator.fulfill, (batch)));
        uint256 txGas = exec + _txOverhead(abi.encodeCall(coordinator.fulfill, (batch)));
        uint256 reimbursed = coordinator.balanceOf(submitter, address(0)) - submitterCredit;
        vm.assertGe(reimbursed, txGas * 2 gwei, "the submitter paid out of pocket");
        vm.assertLe(reimbursed, txGas * 2 gwei * 13 / 10, "reimbursement over 130% of the gas used");
    }

    /// @dev Snapshots the last call: `<name>` the whole transaction (execution,
    /// the 21,000 base and calldata), `<name>_exec` its execution.
    function _snapshot(string memory name, bytes memory data) internal returns (uint256 exec) {
        exec = vm.snapshotGasLastCall("Coordinator", string.concat(name, "_exec"));
        vm.snapshotValue("Coordinator", name, exec + _txOverhead(data));
    }

    function _fulfillNow(InferenceRequest memory req) internal {
        InferenceResult[] memory batch = new InferenceResult[](1);
        batch[0] = _result(req, _output(256));
        vm.txGasPrice(2 gwei);
        vm.prank(submitter);
        coordinator.fulfill(batch);
    }

    function _result(InferenceRequest memory req, bytes memory output)
        internal
        view
        returns (InferenceResult memory r)
    {
        bytes32 id = coordinator.requestIdOf(req);
        (uint8 v, bytes32 rr, bytes32 s) =
            vm.sign(workerKey, coordinator.resultDigest(id, req.modelVersion, keccak256(output)));
        r.request = req;
        r.output = output;
        r.signatures = abi.encodePacked(rr, s, v);
    }

    function _prompt(uint256 len) internal pure returns (bytes memory p) {
        p = new bytes(len);
        for (uint256 i; i < len; ++i) {
            p[i] = bytes1(uint8(0x41 + i % 26));
        }
    }

    function _output(uint256 len) internal pure returns (bytes memory o) {
        o = new bytes(len);
        for (uint256 i; i < len; ++i) {
            o[i] = bytes1(uint8(0x61 + i % 26));
        }
    }

    /// @dev The 21,000 base and the calldata gas (4 per zero byte, 16 otherwise) of a call.
    function _txOverhead(bytes memory data) internal pure returns (uint256 g) {
        g = 21_000;
        for (uint256 i; i < data.length; ++i) {
            g += data[i] == 0 ? 4 : 16;
        }
    }
}
