// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FeeSplit} from "../types/ModelTypes.sol";

/// @notice The terms of one request, fixed when it is made. The request id is a
/// commitment to them (see `IInferenceCoordinator`), so the coordinator stores
/// only a one-slot escrow record per request: whoever fulfils a request passes
/// its terms back, exactly as `InferenceRequested` emitted them.
/// @dev abi.encode of this struct is static: 23 words, in this field order.
struct InferenceRequest {
    address requester; // msg.sender of the request: the callback target, receives refunds
    uint64 nonce; // the coordinator's request counter (0-based)
    uint40 deadline; // unix seconds: fulfil up to and including it, refund after it
    uint32 callbackGasLimit; // 0: no callback, read the answer from InferenceFulfilled
    uint256 modelId;
    uint32 modelVersion; // the model's active version when the request was made
    uint32 maxTokens; // tokens to generate at most
    bytes32 promptHash; // keccak256(prompt); the prompt itself is in InferenceRequested
    address token; // the model fee's token; address(0) for ETH
    uint256 fee; // the model fee escrowed, in `token`; split by `split` on fulfilment
    uint256 gasPrepaid; // ETH escrowed for the submitter's gas; the unused part goes back
    bytes32 weightsHash; // of the version: a signer's attested weights must match
    bytes32 runtimeMeasurement; // of the version: a signer's attested runtime must match
    uint32 maxOutputBytes; // longer outputs are delivered as (hash, uri)
    uint8 k; // distinct eligible signers required (at least 1)
    uint96 minWorkerStake; // the stake each signer must hold
    FeeSplit split; // the DAO's fee split when the request was made
    address treasury; // receives the treasury share (credited balance)
    address distributor; // receives the MT holders' share (forwarded revenue)
    address dataPool; // receives the data-contributor share (forwarded revenue)
}

/// @notice One result in a `fulfill` batch.
struct InferenceResult {
    InferenceRequest request; // as emitted by InferenceRequested
    bytes output; // the output bytes, delivered inline; empty when delivered by reference
    bytes32 outputHash; // zero for inline outputs (the coordinator hashes `output`); else keccak256 of the full output
    string outputUri; // empty for inline outputs; else where the relayer's API serves the output
    bytes signatures; // k or more 65-byte signatures (r, s, v), by signers in strictly ascending address order
}

/// @notice What the coordinator holds for one request.
enum RequestStatus {
    None, // never made on this coordinator
    Pending, // escrowed, waiting for a result or the deadline
    Fulfilled, // settled with a result
    Refunded // the deadline passed and the escrow went back to the requester
}

/// @notice A request's escrow record, as the `request` view returns it.
struct RequestRecord {
    RequestStatus status;
    bool callbackFailed; // the consumer's callback reverted or ran out of gas (settlement went ahead)
    address requester;
    uint256 ethEscrow; // while pending: the ETH held (fee for ETH models, plus the gas prepayment)
    address token; // ERC-20-priced models only
    uint256 tokenEscrow; // while pending: the token fee held
}

/// @notice The coordinator's fixed parameters, set at deployment.
struct CoordinatorConfig {
    address modelRegistry; // IModelTerms: the protocol's ModelRegistry
    address workerRegistry; // IWorkerRegistry
    address owner; // the protocol's governance: unpauses, appoints the guardian
    address guardian; // may pause new requests
    uint32 maxPromptBytes; // the prompt cap
    uint32 maxCallbackGasLimit; // the callbackGasLimit cap
    uint32 requestTimeout; // seconds from the request to its deadline
    uint32 fulfilGasOverhead; // gas prepaid per result on top of callbackGasLimit
    uint64 priorityFeeWei; // the tip the gas quote allows per gas, on top of 2 x basefee
}

/// @title IInferenceCoordinator
/// @notice Where dApps ask a MiniDAO's model a question and pay for it. A dApp
/// quotes, then requests with the fee in escrow; attested workers answer off
/// chain; anyone (the protocol's oracle) submits their signed results in
/// batches; the coordinator calls the dApp back and splits the fee by the DAO's
/// revenue policy. A request that is not fulfilled by its deadline can be
/// refunded by anyone, in full, to its requester.
///
/// Request ids. `requestId = bytes32((uint256(keccak256(abi.encode(request,
/// block.chainid, address(coordinator)))) >> 40 << 40) | request.deadline)`,
/// where `request` is the InferenceRequest (which holds the coordinator's nonce
/// and keccak256 of the prompt). The id is unique and unpredictable across
/// chains and coordinators, commits to every term of the request, and carries
/// its deadline in its low 40 bits so that `refund(requestId)` needs no second
/// storage slot.
/// The sampling seed is `uint64(uint256(keccak256(abi.encode(requestId))))`.
///
/// Worker signatures (EIP-712). Domain: name "MiniDAO InferenceCoordinator",
/// version "1", the chain id and the coordinator's address as verifyingContract
/// (no salt). Primary type, fields in this order:
/// `InferenceResult(bytes32 requestId,uint32 modelVersion,bytes32 outputHash)`,
/// with `modelVersion = request.modelVersion` and `outputHash = keccak256(output)`
/// over the whole output (also when it is delivered by reference). A worker
/// signs the digest `keccak256("\x19\x01" || domainSeparator || structHash)` with
/// its registered signing key, as a 65-byte (r, s, v) signature with low s.
///
/// Batches. `fulfill` settles each result on its own: a result that fails a check
/// (unknown or ended request, deadline passed, output over the cap, a malformed,
/// invalid or out-of-order signature, an ineligible or duplicate signer, fewer
/// than k signers) is skipped with `InferenceResultRejected` carrying the
/// custom error, is never paid, and leaves the request pending. Only what is the
/// submitter's own fault reverts the batch: an empty batch, or too little gas
/// left to give a consumer its full callbackGasLimit.
///
/// Payments. Workers, submitters, treasuries and requesters (gas change and
/// refunds) are credited and paid with `withdraw`; the holders' and the data
/// pool's shares accrue per sink and anyone moves them with `forwardRevenue`.
interface IInferenceCoordinator {
    // ----------------------------------------------------------------- errors

    /// @notice New requests are paused by the guardian.
    error CoordinatorPaused();
    /// @notice The model is unknown or paused by its DAO.
    error CoordinatorModelInactive(uint256 modelId);
    /// @notice The model is priced in another token than this entry point takes
    /// (`token` is address(0) for ETH).
    error CoordinatorWrongPaymentToken(uint256 modelId, address token);
    /// @notice The prompt is empty.
    error CoordinatorEmptyPrompt();
    /// @notice The prompt is longer than the coordinator's cap.
    error CoordinatorPromptTooLong(uint256 length, uint256 maxLength);
    /// @notice maxTokens is 0 or above the model version's limit.
    error CoordinatorInvalidMaxTokens(uint32 maxTokens, uint32 limit);
    /// @notice callbackGasLimit is above the coordinator's cap.
    error CoordinatorCallbackGasTooHigh(uint32 callbackGasLimit, uint32 maxCallbackGasLimit);
    /// @notice The payment is below the quote.
    error CoordinatorUnderpaid(uint256 required, uint256 paid);
    /// @notice The token fee is above the caller's maximum.
    error CoordinatorFeeAboveMax(uint256 fee, uint256 maxFee);
    /// @notice The fee does not fit the escrow record.
    error CoordinatorFeeTooLarge(uint256 fee, uint256 maxFee);
    /// @notice The model's fee split sums to more than 10,000 bps.
    error CoordinatorInvalidFeeSplit(uint256 modelId);
    /// @notice An ETH transfer failed.
    error CoordinatorTransferFailed(address to, uint256 amount);
    /// @notice `fulfill` was given no results.
    error CoordinatorEmptyBatch();
    /// @notice Too little gas is left to give the consumer its full callback gas limit.
    error CoordinatorInsufficientGas(bytes32 requestId, uint256 gasLeft, uint256 gasNeeded);
    /// @notice The request is not pending (never made here, fulfilled or refunded).
    error CoordinatorRequestNotPending(bytes32 requestId);
    /// @notice The request's deadline passed: it can no longer be fulfilled.
    error CoordinatorDeadlinePassed(bytes32 requestId, uint40 deadline);
    /// @notice The request's deadline has not passed: it cannot be refunded yet.
    error CoordinatorDeadlineNotPassed(bytes32 requestId, uint40 deadline);
    /// @notice An inline output is longer than the version's maxOutputBytes.
    error CoordinatorOutputTooLong(bytes32 requestId, uint256 length, uint256 maxLength);
    /// @notice The output fields are inconsistent: an inline output with a
    /// non-zero outputHash, or a by-reference output with bytes or a zero hash.
    error CoordinatorMalformedOutput(bytes32 requestId);
    /// @notice The signatures field is not a whole number of 65-byte signatures.
    error CoordinatorMalformedSignatures(bytes32 requestId, uint256 length);
    /// @notice Fewer signatures than the request's k.
    error CoordinatorTooFewSignatures(bytes32 requestId, uint256 count, uint256 k);
    /// @notice A signature does not recover to an address (bad v, high s, zero signer).
    error CoordinatorInvalidSignature(bytes32 requestId, uint256 index);
    /// @notice A signer is not eligible for the request's model version.
    error CoordinatorIneligibleWorker(bytes32 requestId, address worker);
    /// @notice The same signer appears twice.
    error CoordinatorDuplicateSigner(bytes32 requestId, address worker);
    /// @notice Signers are not in strictly ascending address order.
    error CoordinatorUnorderedSigners(bytes32 requestId, address previous, address worker);
    /// @notice Nothing is credited to the account in this token.
    error CoordinatorNothingToWithdraw(address account, address token);
    /// @notice The caller is not the guardian.
    error CoordinatorNotGuardian(address caller);
    /// @notice The caller is not the pending guardian.
    error CoordinatorNotPendingGuardian(address caller);
    /// @notice A zero address where an address is required.
    error CoordinatorZeroAddress();

    // ----------------------------------------------------------------- events

    /// @notice A request was made and its fee escrowed: everything a worker needs
    /// (the relayer's input). `seed` is the sampling seed.
    event InferenceRequested(
        bytes32 indexed requestId,
        uint256 indexed modelId,
        address indexed requester,
        InferenceRequest request,
        uint64 seed,
        bytes prompt
    );
    /// @notice A request was settled with a result (emitted before the
    /// callback). `output` is empty and `outputUri` set when the output was over
    /// the cap; `workers` are the paid signers.
    event InferenceFulfilled(
        bytes32 indexed requestId, bytes32 outputHash, bytes output, string outputUri, address[] workers
    );
    /// @notice The consumer's callback reverted or ran out of gas; settlement went ahead.
    /// `revertData` is cut to 256 bytes.
    event InferenceCallbackFailed(bytes32 indexed requestId, bytes revertData);
    /// @notice A result in a batch was skipped; `reason` is the encoded custom error.
    event InferenceResultRejected(bytes32 indexed requestId, bytes reason);
    /// @notice An expired request's escrow was credited back to its requester.
    event InferenceRefunded(
        bytes32 indexed requestId, address indexed requester, uint256 ethAmount, address token, uint256 tokenAmount
    );
    /// @notice A credited balance was paid out.
    event BalanceWithdrawn(address indexed account, address indexed token, uint256 amount);
    /// @notice A sink's accrued revenue was deposited into it.
    event RevenueForwarded(address indexed sink, address indexed token, uint256 amount);
    /// @notice New requests were paused or unpaused.
    event RequestsPaused(address indexed by);
    event RequestsUnpaused(address indexed by);
    /// @notice A guardian change was started by the owner, or accepted by the new guardian.
    event GuardianTransferStarted(address indexed previousGuardian, address indexed newGuardian);
    event GuardianTransferred(address indexed previousGuardian, address indexed newGuardian);

    // ----------------------------------------------------------------- dApp API

    /// @notice What a request costs now, in the model's price token. For an
    /// ETH-priced model: the model fee plus the gas prepayment
    /// (`quoteGas(callbackGasLimit)`). For an ERC-20-priced model: the model fee
    /// only; the gas prepayment is sent in ETH along with the request. Reverts
    /// with the same errors as a request with these arguments. The gas part
    /// follows block.basefee: send a margin, the excess comes back.
    function quote(uint256 modelId, uint32 maxTokens, uint32 callbackGasLimit) external view returns (uint256 fee);

    /// @notice The ETH a request prepays for its fulfilment gas:
    /// (fulfilGasOverhead + callbackGasLimit) x (2 x block.basefee + priorityFeeWei).
    function quoteGas(uint32 callbackGasLimit) external view returns (uint256 gasPrepayment);

    /// @notice Asks an ETH-priced model `modelId` to complete `prompt` with at
    /// most `maxTokens` tokens, paying at least `quote(...)`; the excess is sent
    /// back. The answer comes to `msg.sender` through
    /// `IInferenceConsumer.onInferenceResult` with `callbackGasLimit` gas (0: no
    /// callback; read InferenceFulfilled).
    function requestInference(uint256 modelId, bytes calldata prompt, uint32 maxTokens, uint32 callbackGasLimit)
        external
        payable
        returns (bytes32 requestId);

    /// @notice As `requestInference`, for a model priced in an ERC-20: pulls the
    /// fee (at most `maxFee`) from the caller with an existing allowance;
    /// `msg.value` pays the gas prepayment (`quoteGas`), the excess is sent back.
    function requestInferenceWithToken(
        uint256 modelId,
        bytes calldata prompt,
        uint32 maxTokens,
        uint32 callbackGasLimit,
        uint256 maxFee
    ) external payable returns (bytes32 requestId);

    /// @notice As `requestInferenceWithToken`, first applying an ERC-2612 permit
    /// of `maxFee` (owner: the caller; spender: the coordinator). A permit that
    /// fails (for instance front-run) is ignored when the allowance suffices.
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
    ) external payable returns (bytes32 requestId);

    /// @notice After the deadline, credits the whole escrow of a pending request
    /// back to its requester (paid with `withdraw`). Anyone may call it.
    function refund(bytes32 requestId) external;

    // ----------------------------------------------------------------- oracle API

    /// @notice Settles a batch of results (see the contract notice for the
    /// per-result checks). For each accepted result: the callback, the fee
    /// split (workers equally among the signers, MT holders, data pool,
    /// treasury, rounding dust to the treasury), the submitter's gas
    /// reimbursement min(gasPrepaid, gas used x tx.gasprice) and the unused
    /// prepayment back to the requester.
    function fulfill(InferenceResult[] calldata results) external;

    /// @notice Pays `account` its credited balance in `token` (address(0): ETH).
    /// Anyone may call it; the money only ever goes to `account`.
    function withdraw(address account, address token) external;

    /// @notice Deposits the revenue accrued for `sink` (a RevenueDistributor or a
    /// DataBountyBoard) in `token` into it, through IRevenueSink. Anyone may call it.
    function forwardRevenue(address sink, address token) external;

    // ----------------------------------------------------------------- guardian and owner

    /// @notice Pauses new requests (fulfilment and refunds go on). Guardian or owner.
    function pause() external;

    /// @notice Resumes new requests. Owner only.
    function unpause() external;

    /// @notice Starts handing the guardian role to `newGuardian`. Owner only.
    function transferGuardian(address newGuardian) external;

    /// @notice Completes the guardian change. The pending guardian only.
    function acceptGuardian() external;

    // ----------------------------------------------------------------- views

    /// @notice The id a request with these terms has on this coordinator.
    function requestIdOf(InferenceRequest calldata request) external view returns (bytes32);

    /// @notice A request's escrow record and status.
    function request(bytes32 requestId) external view returns (RequestRecord memory);

    /// @notice The credited balance of `account` in `token` (address(0): ETH).
    function balanceOf(address account, address token) external view returns (uint256);

    /// @notice The revenue accrued for `sink` in `token`, not yet forwarded.
    function revenueOf(address sink, address token) external view returns (uint256);

    /// @notice The EIP-712 domain separator of result signatures (see the contract notice).
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice The EIP-712 digest a worker signs for a result.
    function resultDigest(bytes32 requestId, uint32 modelVersion, bytes32 outputHash) external view returns (bytes32);

    function paused() external view returns (bool);
    function guardian() external view returns (address);
    function pendingGuardian() external view returns (address);
    function nonce() external view returns (uint64);
    function config() external view returns (CoordinatorConfig memory);
}
