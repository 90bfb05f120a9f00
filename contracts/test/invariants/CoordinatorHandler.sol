// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {
    IInferenceCoordinator,
    InferenceRequest,
    InferenceResult,
    RequestStatus
} from "../../src/interfaces/IInferenceCoordinator.sol";
import {MockCoordinatorPermitToken} from "../inference/mocks/MockCoordinatorPermitToken.sol";

/// @notice Drives the coordinator with requests (ETH and token), batches of
/// good and bad results, refunds, withdrawals, forwarding and time; keeps ghost
/// totals of the open escrows and of how each request ended.
contract CoordinatorHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant ETH_MODEL = 1;
    uint256 internal constant TOKEN_MODEL = 2; // k = 2

    IInferenceCoordinator public immutable coordinator;
    MockCoordinatorPermitToken public immutable token;
    uint256[] internal workerKeys; // ascending addresses
    address[] public actors;
    address[] public accounts; // everyone who may hold a credited balance
    address[] public sinks;

    // Ghosts.
    InferenceRequest[] internal requests;
    bytes32[] public ids;
    mapping(bytes32 => RequestStatus) public endedAs;
    mapping(bytes32 => uint256) public endings;
    uint256 public openEth;
    uint256 public openToken;
    bool public reopened; // a request left an ended state: must never happen

    uint256 public calls;
    uint256 public fulfilled;
    uint256 public refunded;

    constructor(
        IInferenceCoordinator coordinator_,
        MockCoordinatorPermitToken token_,
        uint256[] memory workerKeys_,
        address[] memory actors_,
        address[] memory others,
        address[] memory sinks_
    ) {
        coordinator = coordinator_;
        token = token_;
        workerKeys = workerKeys_;
        actors = actors_;
        sinks = sinks_;
        for (uint256 i; i < actors_.length; ++i) {
            accounts.push(actors_[i]);
        }
        for (uint256 i; i < others.length; ++i) {
            accounts.push(others[i]);
        }
        for (uint256 i; i < workerKeys_.length; ++i) {
            accounts.push(vm.addr(workerKeys_[i]));
        }
    }

    function accountCount() external view returns (uint256) {
        return accounts.length;
    }

    function sinkCount() external view returns (uint256) {
        return sinks.length;
    }

    function requestCount() external view returns (uint256) {
        return ids.length;
    }

    // ------------------------------------------------------------------ actions

    function request(uint256 actorSeed, uint256 promptLen, uint32 maxTokens, bool withToken, uint256 basefee) external {
        calls++;
        address actor = actors[actorSeed % actors.length];
        promptLen = 1 + promptLen % 300;
        maxTokens = uint32(1 + maxTokens % 512);
        vm.fee(basefee % 100 gwei);
        uint256 model = withToken ? TOKEN_MODEL : ETH_MODEL;
        uint256 fee = coordinator.quote(model, maxTokens, 0);
        vm.recordLogs();
        if (withToken) {
            uint256 gas = coordinator.quoteGas(0);
            vm.deal(actor, actor.balance + gas);
            token.mint(actor, fee);
            vm.prank(actor);
            token.approve(address(coordinator), fee);
            vm.prank(actor);
            coordinator.requestInferenceWithToken{value: gas}(model, new bytes(promptLen), maxTokens, 0, fee);
        } else {
            vm.deal(actor, actor.balance + fee + 1 ether);
            vm.prank(actor);
            coordinator.requestInference{value: fee + 1 ether}(model, new bytes(promptLen), maxTokens, 0);
        }
        InferenceRequest memory req = _emitted();
        requests.push(req);
        ids.push(coordinator.requestIdOf(req));
        if (withToken) {
            openToken += req.fee;
            openEth += req.gasPrepaid;
        } else {
            openEth += req.fee + req.gasPrepaid;
        }
    }

    /// @dev A batch of up to 4 results for random requests (pending or not),
    /// some with too few signatures or a corrupted output.
    function fulfill(uint256 seed, uint8 size, uint256 gasPrice) external {
        if (ids.length == 0) return;
        calls++;
        size = uint8(1 + size % 4);
        InferenceResult[] memory batch = new InferenceResult[](size);
        bytes32[] memory batchIds = new bytes32[](size);
        for (uint256 i; i < size; ++i) {
            uint256 idx = uint256(keccak256(abi.encode(seed, i))) % ids.length;
            InferenceRequest memory req = requests[idx];
            bytes memory output = abi.encodePacked("answer ", idx);
            uint256 signers = req.k + (seed >> (8 + i)) % 2;
            if ((seed >> (16 + i)) % 5 == 0) signers = req.k - 1; // too few: rejected
            batch[i].request = req;
            batch[i].output = output;
            batch[i].signatures = _sigs(ids[idx], req.modelVersion, keccak256(output), signers);
            if ((seed >> (24 + i)) % 7 == 0) batch[i].output = "tampered"; // signatures no longer match
            batchIds[i] = ids[idx];
        }
        vm.txGasPrice(gasPrice % 50 gwei);
        vm.prank(accounts[actors.length]); // the submitter
        coordinator.fulfill(batch);
        for (uint256 i; i < size; ++i) {
            _observe(batchIds[i]);
        }
    }

    function refund(uint256 seed) external {
        if (ids.length == 0) return;
        calls++;
        bytes32 id = ids[seed % ids.length];
        uint40 deadline = uint40(uint256(id));
        if (block.timestamp <= deadline) vm.warp(deadline + 1);
        if (coordinator.request(id).status == RequestStatus.Pending) coordinator.refund(id);
        _observe(id);
    }

    function withdraw(uint256 seed, bool inToken) external {
        calls++;
        address account = accounts[seed % accounts.length];
        address t = inToken ? address(token) : address(0);
        if (coordinator.balanceOf(account, t) != 0) coordinator.withdraw(account, t);
    }

    function forward(uint256 seed, bool inToken) external {
        calls++;
        address sink = sinks[seed % sinks.length];
        address t = inToken ? address(token) : address(0);
        if (coordinator.revenueOf(sink, t) != 0) coordinator.forwardRevenue(sink, t);
    }

    function warp(uint256 secs) external {
        calls++;
        vm.warp(block.timestamp + secs % 2 hours);
    }

    // ------------------------------------------------------------------ ghosts

    /// @dev Records how a request ended, the first time it is seen ended.
    function _observe(bytes32 id) internal {
        RequestStatus s = coordinator.request(id).status;
        RequestStatus before = endedAs[id];
        if (before != RequestStatus.None) {
            if (s != before) reopened = true;
            return;
        }
        if (s == RequestStatus.Pending) return;
        endedAs[id] = s;
        endings[id]++;
        InferenceRequest memory req = _requestOf(id);
        if (req.token != address(0)) {
            openToken -= req.fee;
            openEth -= req.gasPrepaid;
        } else {
            openEth -= req.fee + req.gasPrepaid;
        }
        if (s == RequestStatus.Fulfilled) fulfilled++;
        else refunded++;
    }

    function _requestOf(bytes32 id) internal view returns (InferenceRequest memory) {
        for (uint256 i; i < ids.length; ++i) {
            if (ids[i] == id) return requests[i];
        }
        revert("unknown id");
    }

    function _sigs(bytes32 id, uint32 version, bytes32 outputHash, uint256 n) internal view returns (bytes memory s) {
        if (n > workerKeys.length) n = workerKeys.length;
        for (uint256 i; i < n; ++i) {
            (uint8 v, bytes32 r, bytes32 ss) = vm.sign(workerKeys[i], coordinator.resultDigest(id, version, outputHash));
            s = bytes.concat(s, abi.encodePacked(r, ss, v));
        }
    }

    function _emitted() internal returns (InferenceRequest memory req) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == IInferenceCoordinator.InferenceRequested.selector) {
                (req,,) = abi.decode(logs[i].data, (InferenceRequest, uint64, bytes));
            }
        }
    }
}
