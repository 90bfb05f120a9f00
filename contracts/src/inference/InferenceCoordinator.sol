// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {
    IInferenceCoordinator,
    InferenceRequest,
    InferenceResult,
    RequestStatus,
    RequestRecord,
    CoordinatorConfig
} from "../interfaces/IInferenceCoordinator.sol";
import {IInferenceConsumer} from "../interfaces/IInferenceConsumer.sol";
import {IModelTerms} from "../interfaces/IModelTerms.sol";
import {IRevenueSink} from "../interfaces/IRevenueSink.sol";
import {IWorkerRegistry} from "../interfaces/IWorkerRegistry.sol";
import {FeeSplit, ModelTerms, Price} from "../types/ModelTypes.sol";
import {ResultTypedData} from "./ResultTypedData.sol";

/// @title InferenceCoordinator
/// @notice See IInferenceCoordinator. Storage per request is one slot, the
/// escrow record: requester (bits 0-159), ETH escrow (160-247), flags (248-255:
/// status in bits 0-1, "token escrow" bit 2, "callback failed" bit 3). A
/// token-priced request adds a second slot: token (0-159), amount (160-255).
contract InferenceCoordinator is IInferenceCoordinator, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;
    uint256 private constant ADDRESS_MASK = (1 << 160) - 1;
    uint256 private constant ESCROW_MASK = (1 << 88) - 1;
    uint256 private constant TOKEN_ESCROW_MAX = (1 << 96) - 1;
    uint256 private constant FLAGS_SHIFT = 248;
    uint256 private constant STATUS_MASK = 3;
    uint256 private constant FLAG_TOKEN = 4;
    uint256 private constant FLAG_CALLBACK_FAILED = 8;
    uint256 private constant DEADLINE_BITS = 40;
    /// @dev abi.encode(InferenceRequest) is static: this many words.
    uint256 private constant REQUEST_WORDS = 23;

    /// @dev Revert data kept from a failed callback (a consumer cannot make the
    /// coordinator copy a huge return buffer).
    uint256 private constant REVERT_DATA_CAP = 256;
    /// @dev Gas the CALL itself may cost on top of the 64/63 of callbackGasLimit.
    uint256 private constant CALLBACK_CALL_RESERVE = 6000;
    /// @dev A batch's gas outside any result (intrinsic gas and the submitter's
    /// final credit), shared equally among its results, plus 16 gas per calldata byte.
    uint256 private constant BATCH_FIXED_GAS = 21_000 + 22_100;
    uint256 private constant CALLDATA_GAS_PER_BYTE = 16;
    /// @dev The requester's gas-change credit, written after the gas is measured.
    uint256 private constant CREDIT_NEW_SLOT_GAS = 22_500;
    uint256 private constant CREDIT_SLOT_GAS = 3500;

    IModelTerms private immutable _models;
    IWorkerRegistry private immutable _workers;
    uint32 private immutable _maxPromptBytes;
    uint32 private immutable _maxCallbackGasLimit;
    uint32 private immutable _requestTimeout;
    uint32 private immutable _fulfilGasOverhead;
    uint64 private immutable _priorityFeeWei;
    uint256 private immutable _deployChainId;
    bytes32 private immutable _deployDomainSeparator;

    // One slot: read and written by every request.
    uint64 private _nonce;
    bool private _paused;
    address private _guardian;

    address private _pendingGuardian;
    mapping(bytes32 requestId => uint256 record) private _escrows;
    mapping(bytes32 requestId => uint256 tokenAndAmount) private _tokenEscrows;
    mapping(address account => mapping(address token => uint256)) private _balances;
    mapping(address sink => mapping(address token => uint256)) private _revenue;

    constructor(CoordinatorConfig memory cfg) Ownable(cfg.owner) {
        if (cfg.modelRegistry == address(0) || cfg.workerRegistry == address(0)) revert CoordinatorZeroAddress();
        _models = IModelTerms(cfg.modelRegistry);
        _workers = IWorkerRegistry(cfg.workerRegistry);
        _maxPromptBytes = cfg.maxPromptBytes;
        _maxCallbackGasLimit = cfg.maxCallbackGasLimit;
        _requestTimeout = cfg.requestTimeout;
        _fulfilGasOverhead = cfg.fulfilGasOverhead;
        _priorityFeeWei = cfg.priorityFeeWei;
        _deployChainId = block.chainid;
        _deployDomainSeparator = ResultTypedData.domainSeparator(address(this));
        _guardian = cfg.guardian;
        emit GuardianTransferred(address(0), cfg.guardian);
    }

    // ------------------------------------------------------------------ quotes

    /// @inheritdoc IInferenceCoordinator
    function quote(uint256 modelId, uint32 maxTokens, uint32 callbackGasLimit) external view returns (uint256 fee) {
        _checkCallbackGas(callbackGasLimit);
        ModelTerms memory terms = _models.modelTerms(modelId);
        _checkTerms(modelId, terms, maxTokens);
        fee = _modelFee(terms.price, maxTokens);
        if (terms.price.token == address(0)) fee += _gasPrepayment(callbackGasLimit);
    }

    /// @inheritdoc IInferenceCoordinator
    function quoteGas(uint32 callbackGasLimit) external view returns (uint256) {
        _checkCallbackGas(callbackGasLimit);
        return _gasPrepayment(callbackGasLimit);
    }

    // ------------------------------------------------------------------ requests

    /// @inheritdoc IInferenceCoordinator
    function requestInference(uint256 modelId, bytes calldata prompt, uint32 maxTokens, uint32 callbackGasLimit)
        external
        payable
        returns (bytes32 requestId)
    {
        InferenceRequest memory req = _newRequest(modelId, prompt, maxTokens, callbackGasLimit, false);
        uint256 total = req.fee + req.gasPrepaid;
        if (msg.value < total) revert CoordinatorUnderpaid(total, msg.value);
        if (total > ESCROW_MASK) revert CoordinatorFeeTooLarge(total, ESCROW_MASK);
        requestId = _open(req, total, 0, prompt);
        if (msg.value > total) _sendETH(msg.sender, msg.value - total);
    }

    /// @inheritdoc IInferenceCoordinator
    function requestInferenceWithToken(
        uint256 modelId,
        bytes calldata prompt,
        uint32 maxTokens,
        uint32 callbackGasLimit,
        uint256 maxFee
    ) external payable returns (bytes32) {
        return _requestWithToken(modelId, prompt, maxTokens, callbackGasLimit, maxFee);
    }

    /// @inheritdoc IInferenceCoordinator
    function requestInferenceWithPermit(
        uint256 modelId,
        bytes calldata prompt,
        uint32 maxTokens,
        uint32 callbackGasLimit,
        uint256 maxFee,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external payable returns (bytes32) {
        address token = _models.modelTerms(modelId).price.token;
        if (token != address(0)) {
            // A front-run permit reverts here; the allowance it set still serves.
            try IERC20Permit(token).permit(msg.sender, address(this), maxFee, permitDeadline, v, r, s) {} catch {}
        }
        return _requestWithToken(modelId, prompt, maxTokens, callbackGasLimit, maxFee);
    }

    /// @inheritdoc IInferenceCoordinator
    function refund(bytes32 requestId) external {
        uint256 record = _escrows[requestId];
        if (_statusOf(record) != RequestStatus.Pending) revert CoordinatorRequestNotPending(requestId);
        uint40 deadline = uint40(uint256(requestId));
        if (block.timestamp <= deadline) revert CoordinatorDeadlineNotPassed(requestId, deadline);

        address requester = address(uint160(record));
        uint256 ethAmount = (record >> 160) & ESCROW_MASK;
        uint256 flags = record >> FLAGS_SHIFT;
        _escrows[requestId] =
            uint160(requester) | ((flags & ~STATUS_MASK) | uint256(RequestStatus.Refunded)) << FLAGS_SHIFT;
        if (ethAmount != 0) _balances[requester][address(0)] += ethAmount;
        address token;
        uint256 tokenAmount;
        if (flags & FLAG_TOKEN != 0) {
            uint256 te = _tokenEscrows[requestId];
            token = address(uint160(te));
            tokenAmount = te >> 160;
            _balances[requester][token] += tokenAmount;
        }
        emit InferenceRefunded(requestId, requester, ethAmount, token, tokenAmount);
    }

    // ------------------------------------------------------------------ fulfilment

    /// @inheritdoc IInferenceCoordinator
    function fulfill(InferenceResult[] calldata results) external nonReentrant {
        uint256 n = results.length;
        if (n == 0) revert CoordinatorEmptyBatch();
        uint256 sharedGas = (BATCH_FIXED_GAS + CALLDATA_GAS_PER_BYTE * msg.data.length) / n;
        uint256 reimbursed;
        for (uint256 i; i < n; ++i) {
            reimbursed += _fulfillOne(results[i], sharedGas);
        }
        if (reimbursed != 0) _balances[msg.sender][address(0)] += reimbursed;
    }

    /// @dev Settles one result, or skips it with InferenceResultRejected.
    /// Returns the submitter's gas reimbursement for it.
    function _fulfillOne(InferenceResult calldata result, uint256 sharedGas) private returns (uint256) {
        uint256 gasStart = gasleft();
        InferenceRequest calldata req = result.request;
        bytes32 id = _requestIdCalldata(req);
        (bytes memory reason, bytes32 outputHash) = _checkResult(id, result);
        address[] memory signers;
        if (reason.length == 0) (reason, signers) = _checkSignatures(id, req, outputHash, result.signatures);
        if (reason.length != 0) {
            emit InferenceResultRejected(id, reason);
            return 0;
        }

        uint256 record = _escrows[id];
        uint256 flags = ((record >> FLAGS_SHIFT) & ~STATUS_MASK) | uint256(RequestStatus.Fulfilled);
        _escrows[id] = (record & ADDRESS_MASK) | flags << FLAGS_SHIFT;
        _splitFee(req, signers);
        emit InferenceFulfilled(id, outputHash, result.output, result.outputUri, signers);

        if (req.callbackGasLimit != 0 && req.requester.code.length != 0) {
            bytes memory data = bytes(result.outputUri).length == 0
                ? abi.encodeCall(IInferenceConsumer.onInferenceResult, (id, result.output))
                : abi.encodeCall(IInferenceConsumer.onInferenceOutputRef, (id, outputHash, result.outputUri));
            (bool ok, bytes memory revertData) = _callback(id, req.requester, req.callbackGasLimit, data);
            if (!ok) {
                _escrows[id] = (record & ADDRESS_MASK) | (flags | FLAG_CALLBACK_FAILED) << FLAGS_SHIFT;
                emit InferenceCallbackFailed(id, revertData);
            }
        }
        return _settleGas(req.requester, req.gasPrepaid, gasStart, sharedGas);
    }

    /// @dev The checks that need no signature: pending, in time, well-formed output.
    function _checkResult(bytes32 id, InferenceResult calldata result)
        private
        view
        returns (bytes memory reason, bytes32 outputHash)
    {
        if (_statusOf(_escrows[id]) != RequestStatus.Pending) {
            return (abi.encodeWithSelector(CoordinatorRequestNotPending.selector, id), 0);
        }
        uint40 deadline = result.request.deadline;
        if (block.timestamp > deadline) {
            return (abi.encodeWithSelector(CoordinatorDeadlinePassed.selector, id, deadline), 0);
        }
        bytes calldata output = result.output;
        if (bytes(result.outputUri).length == 0) {
            if (result.outputHash != 0) return (abi.encodeWithSelector(CoordinatorMalformedOutput.selector, id), 0);
            uint256 cap = result.request.maxOutputBytes;
            if (output.length > cap) {
                return (abi.encodeWithSelector(CoordinatorOutputTooLong.selector, id, output.length, cap), 0);
            }
            outputHash = keccak256(output);
        } else {
            if (output.length != 0 || result.outputHash == 0) {
                return (abi.encodeWithSelector(CoordinatorMalformedOutput.selector, id), 0);
            }
            outputHash = result.outputHash;
        }
    }

    /// @dev k or more valid signatures by distinct eligible workers, ascending.
    function _checkSignatures(bytes32 id, InferenceRequest calldata req, bytes32 outputHash, bytes calldata sigs)
        private
        view
        returns (bytes memory reason, address[] memory signers)
    {
        if (sigs.length % 65 != 0) {
            return (abi.encodeWithSelector(CoordinatorMalformedSignatures.selector, id, sigs.length), signers);
        }
        uint256 count = sigs.length / 65;
        if (count < req.k) {
            return (abi.encodeWithSelector(CoordinatorTooFewSignatures.selector, id, count, req.k), signers);
        }
        bytes32 digest = ResultTypedData.digest(_domainSeparator(), id, req.modelVersion, outputHash);
        signers = new address[](count);
        address previous;
        for (uint256 j; j < count; ++j) {
            address signer = _recoverAt(digest, sigs, j);
            if (signer == address(0)) {
                return (abi.encodeWithSelector(CoordinatorInvalidSignature.selector, id, j), signers);
            }
            if (signer == previous) {
                return (abi.encodeWithSelector(CoordinatorDuplicateSigner.selector, id, signer), signers);
            }
            if (signer < previous) {
                return (abi.encodeWithSelector(CoordinatorUnorderedSigners.selector, id, previous, signer), signers);
            }
            if (!_workers.isEligible(signer, req.runtimeMeasurement, req.weightsHash, req.minWorkerStake)) {
                return (abi.encodeWithSelector(CoordinatorIneligibleWorker.selector, id, signer), signers);
            }
            signers[j] = signer;
            previous = signer;
        }
    }

    /// @dev The signer of the j-th 65-byte (r, s, v) signature, or address(0)
    /// when it does not recover (bad v, high s).
    function _recoverAt(bytes32 digest, bytes calldata sigs, uint256 j) private pure returns (address signer) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            let p := add(sigs.offset, mul(j, 65))
            r := calldataload(p)
            s := calldataload(add(p, 0x20))
            v := byte(0, calldataload(add(p, 0x40)))
        }
        (signer,,) = ECDSA.tryRecover(digest, v, r, s);
    }

    /// @dev Credits the fee: workers equally, holders and data pool as revenue,
    /// the rest (its own share and rounding dust) to the treasury.
    function _splitFee(InferenceRequest calldata req, address[] memory signers) private {
        uint256 fee = req.fee;
        if (fee == 0) return;
        address token = req.token;
        FeeSplit calldata split = req.split;
        uint256 rest = fee;
        uint256 each = fee * split.workersBps / BPS / signers.length;
        if (each != 0) {
            for (uint256 j; j < signers.length; ++j) {
                _balances[signers[j]][token] += each;
            }
            rest -= each * signers.length;
        }
        rest -= _accrueRevenue(req.distributor, token, fee * split.holdersBps / BPS);
        rest -= _accrueRevenue(req.dataPool, token, fee * split.dataPoolBps / BPS);
        if (rest != 0) _balances[req.treasury][token] += rest;
    }

    /// @dev Returns what it accrued: nothing for a DAO without that sink (its
    /// share then goes to the treasury).
    function _accrueRevenue(address sink, address token, uint256 amount) private returns (uint256) {
        if (amount == 0 || sink == address(0)) return 0;
        _revenue[sink][token] += amount;
        return amount;
    }

    /// @dev Reimburses min(prepaid, gas used x tx.gasprice) to the submitter and
    /// credits the rest of the prepayment back to the requester.
    function _settleGas(address requester, uint256 prepaid, uint256 gasStart, uint256 sharedGas)
        private
        returns (uint256 reimbursement)
    {
        if (prepaid == 0) return 0;
        uint256 balance = _balances[requester][address(0)];
        uint256 used = gasStart - gasleft() + sharedGas + (balance == 0 ? CREDIT_NEW_SLOT_GAS : CREDIT_SLOT_GAS);
        reimbursement = used * tx.gasprice;
        if (reimbursement > prepaid) reimbursement = prepaid;
        if (prepaid > reimbursement) _balances[requester][address(0)] = balance + (prepaid - reimbursement);
    }

    /// @dev Calls the consumer with exactly `gasLimit` gas, keeping at most
    /// REVERT_DATA_CAP bytes of revert data. Reverts the batch when the
    /// submitter left too little gas to give the consumer its full limit.
    function _callback(bytes32 id, address target, uint256 gasLimit, bytes memory data)
        private
        returns (bool ok, bytes memory revertData)
    {
        // EIP-150: a call gets at most 63/64 of the gas left.
        uint256 needed = gasLimit + gasLimit / 63 + CALLBACK_CALL_RESERVE;
        if (gasleft() < needed) revert CoordinatorInsufficientGas(id, gasleft(), needed);
        assembly ("memory-safe") {
            ok := call(gasLimit, target, 0, add(data, 0x20), mload(data), 0, 0)
        }
        if (!ok) {
            uint256 size = REVERT_DATA_CAP;
            assembly ("memory-safe") {
                if lt(returndatasize(), size) { size := returndatasize() }
            }
            revertData = new bytes(size);
            assembly ("memory-safe") {
                returndatacopy(add(revertData, 0x20), 0, size)
            }
        }
    }

    // ------------------------------------------------------------------ payouts

    /// @inheritdoc IInferenceCoordinator
    function withdraw(address account, address token) external {
        uint256 amount = _balances[account][token];
        if (amount == 0) revert CoordinatorNothingToWithdraw(account, token);
        _balances[account][token] = 0;
        if (token == address(0)) _sendETH(account, amount);
        else IERC20(token).safeTransfer(account, amount);
        emit BalanceWithdrawn(account, token, amount);
    }

    /// @inheritdoc IInferenceCoordinator
    function forwardRevenue(address sink, address token) external {
        uint256 amount = _revenue[sink][token];
        if (amount == 0) revert CoordinatorNothingToWithdraw(sink, token);
        _revenue[sink][token] = 0;
        if (token == address(0)) {
            IRevenueSink(sink).depositETH{value: amount}();
        } else {
            IERC20(token).forceApprove(sink, amount);
            IRevenueSink(sink).depositToken(token, amount);
        }
        emit RevenueForwarded(sink, token, amount);
    }

    // ------------------------------------------------------------------ guardian and owner

    /// @inheritdoc IInferenceCoordinator
    function pause() external {
        if (msg.sender != _guardian && msg.sender != owner()) revert CoordinatorNotGuardian(msg.sender);
        _paused = true;
        emit RequestsPaused(msg.sender);
    }

    /// @inheritdoc IInferenceCoordinator
    function unpause() external onlyOwner {
        _paused = false;
        emit RequestsUnpaused(msg.sender);
    }

    /// @inheritdoc IInferenceCoordinator
    function transferGuardian(address newGuardian) external onlyOwner {
        _pendingGuardian = newGuardian;
        emit GuardianTransferStarted(_guardian, newGuardian);
    }

    /// @inheritdoc IInferenceCoordinator
    function acceptGuardian() external {
        if (msg.sender != _pendingGuardian) revert CoordinatorNotPendingGuardian(msg.sender);
        address previous = _guardian;
        _guardian = msg.sender;
        _pendingGuardian = address(0);
        emit GuardianTransferred(previous, msg.sender);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IInferenceCoordinator
    function requestIdOf(InferenceRequest calldata req) external view returns (bytes32) {
        return _requestIdCalldata(req);
    }

    /// @inheritdoc IInferenceCoordinator
    function request(bytes32 requestId) external view returns (RequestRecord memory rec) {
        uint256 record = _escrows[requestId];
        uint256 flags = record >> FLAGS_SHIFT;
        rec.status = _statusOf(record);
        rec.callbackFailed = flags & FLAG_CALLBACK_FAILED != 0;
        rec.requester = address(uint160(record));
        bool pending = rec.status == RequestStatus.Pending;
        if (pending) rec.ethEscrow = (record >> 160) & ESCROW_MASK;
        if (flags & FLAG_TOKEN != 0) {
            uint256 te = _tokenEscrows[requestId];
            rec.token = address(uint160(te));
            if (pending) rec.tokenEscrow = te >> 160;
        }
    }

    /// @inheritdoc IInferenceCoordinator
    function balanceOf(address account, address token) external view returns (uint256) {
        return _balances[account][token];
    }

    /// @inheritdoc IInferenceCoordinator
    function revenueOf(address sink, address token) external view returns (uint256) {
        return _revenue[sink][token];
    }

    /// @inheritdoc IInferenceCoordinator
    function resultDigest(bytes32 requestId, uint32 modelVersion, bytes32 outputHash) external view returns (bytes32) {
        return ResultTypedData.digest(_domainSeparator(), requestId, modelVersion, outputHash);
    }

    /// @inheritdoc IInferenceCoordinator
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparator();
    }

    /// @inheritdoc IInferenceCoordinator
    function paused() external view returns (bool) {
        return _paused;
    }

    /// @inheritdoc IInferenceCoordinator
    function guardian() external view returns (address) {
        return _guardian;
    }

    /// @inheritdoc IInferenceCoordinator
    function pendingGuardian() external view returns (address) {
        return _pendingGuardian;
    }

    /// @inheritdoc IInferenceCoordinator
    function nonce() external view returns (uint64) {
        return _nonce;
    }

    /// @inheritdoc IInferenceCoordinator
    function config() external view returns (CoordinatorConfig memory) {
        return CoordinatorConfig({
            modelRegistry: address(_models),
            workerRegistry: address(_workers),
            owner: owner(),
            guardian: _guardian,
            maxPromptBytes: _maxPromptBytes,
            maxCallbackGasLimit: _maxCallbackGasLimit,
            requestTimeout: _requestTimeout,
            fulfilGasOverhead: _fulfilGasOverhead,
            priorityFeeWei: _priorityFeeWei
        });
    }

    // ------------------------------------------------------------------ internals

    /// @dev Validates a request and fills in its terms from the registry (one call).
    function _newRequest(
        uint256 modelId,
        bytes calldata prompt,
        uint32 maxTokens,
        uint32 callbackGasLimit,
        bool tokenPriced
    ) private returns (InferenceRequest memory req) {
        if (_paused) revert CoordinatorPaused();
        if (prompt.length == 0) revert CoordinatorEmptyPrompt();
        if (prompt.length > _maxPromptBytes) revert CoordinatorPromptTooLong(prompt.length, _maxPromptBytes);
        _checkCallbackGas(callbackGasLimit);
        ModelTerms memory terms = _models.modelTerms(modelId);
        _checkTerms(modelId, terms, maxTokens);
        if ((terms.price.token != address(0)) != tokenPriced) {
            revert CoordinatorWrongPaymentToken(modelId, terms.price.token);
        }

        uint64 n = _nonce;
        _nonce = n + 1;
        req.requester = msg.sender;
        req.nonce = n;
        req.deadline = uint40(block.timestamp + _requestTimeout);
        req.callbackGasLimit = callbackGasLimit;
        req.modelId = modelId;
        req.modelVersion = terms.version;
        req.maxTokens = maxTokens;
        req.promptHash = keccak256(prompt);
        req.token = terms.price.token;
        req.fee = _modelFee(terms.price, maxTokens);
        req.gasPrepaid = _gasPrepayment(callbackGasLimit);
        req.weightsHash = terms.activeVersion.weightsHash;
        req.runtimeMeasurement = terms.activeVersion.runtimeMeasurement;
        req.maxOutputBytes = terms.activeVersion.maxOutputBytes;
        req.k = terms.policy.k == 0 ? 1 : terms.policy.k;
        req.minWorkerStake = terms.policy.minWorkerStake;
        req.split = terms.split;
        req.treasury = terms.treasury;
        req.distributor = terms.distributor;
        req.dataPool = terms.dataPool;
    }

    function _requestWithToken(
        uint256 modelId,
        bytes calldata prompt,
        uint32 maxTokens,
        uint32 callbackGasLimit,
        uint256 maxFee
    ) private returns (bytes32 requestId) {
        InferenceRequest memory req = _newRequest(modelId, prompt, maxTokens, callbackGasLimit, true);
        uint256 fee = req.fee;
        if (fee > maxFee) revert CoordinatorFeeAboveMax(fee, maxFee);
        if (fee > TOKEN_ESCROW_MAX) revert CoordinatorFeeTooLarge(fee, TOKEN_ESCROW_MAX);
        if (msg.value < req.gasPrepaid) revert CoordinatorUnderpaid(req.gasPrepaid, msg.value);
        if (req.gasPrepaid > ESCROW_MASK) revert CoordinatorFeeTooLarge(req.gasPrepaid, ESCROW_MASK);
        IERC20 token = IERC20(req.token);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), fee);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != fee) revert CoordinatorUnderpaid(fee, received); // fee-on-transfer tokens are not supported
        requestId = _open(req, req.gasPrepaid, FLAG_TOKEN, prompt);
        _tokenEscrows[requestId] = uint160(address(token)) | fee << 160;
        if (msg.value > req.gasPrepaid) _sendETH(msg.sender, msg.value - req.gasPrepaid);
    }

    /// @dev Writes the escrow record and emits the request. One buffer serves
    /// both the id and the event: abi.encode(req, seed, prompt) is the event's
    /// data, and with (chain id, coordinator) in place of (seed, prompt offset)
    /// its first 25 words are the id's preimage abi.encode(req, chainid, coordinator).
    function _open(InferenceRequest memory req, uint256 ethEscrow, uint256 flags, bytes calldata prompt)
        private
        returns (bytes32 requestId)
    {
        bytes memory buf = abi.encode(req, uint256(0), prompt);
        uint256 deadline = req.deadline;
        bytes32 topic = InferenceRequested.selector;
        uint256 modelId = req.modelId;
        address requester = req.requester;
        assembly ("memory-safe") {
            let words := add(buf, 0x20)
            let seedSlot := add(words, mul(REQUEST_WORDS, 0x20))
            let offsetWord := mload(add(seedSlot, 0x20))
            mstore(seedSlot, chainid())
            mstore(add(seedSlot, 0x20), address())
            let h := keccak256(words, mul(add(REQUEST_WORDS, 2), 0x20))
            requestId := or(shl(DEADLINE_BITS, shr(DEADLINE_BITS, h)), deadline)
            // seed = uint64(uint256(keccak256(abi.encode(requestId))))
            mstore(0x00, requestId)
            mstore(seedSlot, and(keccak256(0x00, 0x20), 0xffffffffffffffff))
            mstore(add(seedSlot, 0x20), offsetWord)
            log4(words, mload(buf), topic, requestId, modelId, requester)
        }
        _escrows[requestId] =
            uint160(requester) | ethEscrow << 160 | (flags | uint256(RequestStatus.Pending)) << FLAGS_SHIFT;
    }

    function _checkTerms(uint256 modelId, ModelTerms memory terms, uint32 maxTokens) private pure {
        if (!terms.active) revert CoordinatorModelInactive(modelId);
        uint32 limit = terms.activeVersion.maxTokens;
        if (maxTokens == 0 || maxTokens > limit) revert CoordinatorInvalidMaxTokens(maxTokens, limit);
        FeeSplit memory s = terms.split;
        if (uint256(s.workersBps) + s.holdersBps + s.dataPoolBps > BPS) revert CoordinatorInvalidFeeSplit(modelId);
        if (terms.treasury == address(0)) revert CoordinatorZeroAddress();
    }

    function _checkCallbackGas(uint32 callbackGasLimit) private view {
        if (callbackGasLimit > _maxCallbackGasLimit) {
            revert CoordinatorCallbackGasTooHigh(callbackGasLimit, _maxCallbackGasLimit);
        }
    }

    function _modelFee(Price memory price, uint32 maxTokens) private pure returns (uint256) {
        return uint256(price.baseFee) + uint256(price.perTokenFee) * maxTokens;
    }

    function _gasPrepayment(uint32 callbackGasLimit) private view returns (uint256) {
        return (uint256(_fulfilGasOverhead) + callbackGasLimit) * (2 * block.basefee + _priorityFeeWei);
    }

    function _requestIdCalldata(InferenceRequest calldata req) private view returns (bytes32) {
        return _withDeadline(keccak256(abi.encode(req, block.chainid, address(this))), req.deadline);
    }

    /// @dev The EIP-712 domain of result signatures (recomputed after a chain split).
    function _domainSeparator() private view returns (bytes32) {
        return block.chainid == _deployChainId ? _deployDomainSeparator : ResultTypedData.domainSeparator(address(this));
    }

    function _withDeadline(bytes32 h, uint40 deadline) private pure returns (bytes32) {
        return bytes32((uint256(h) >> DEADLINE_BITS << DEADLINE_BITS) | deadline);
    }

    function _statusOf(uint256 record) private pure returns (RequestStatus) {
        return RequestStatus((record >> FLAGS_SHIFT) & STATUS_MASK);
    }

    function _sendETH(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert CoordinatorTransferFailed(to, amount);
    }
}
