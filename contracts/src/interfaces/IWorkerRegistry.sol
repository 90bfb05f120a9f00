// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What an attestation verifier vouches for about a worker's signing
/// key: the runtime it runs in, the weights it serves, its hardware class and
/// the (off-chain) attestation report it checked.
struct Attestation {
    address signer; // the worker's result-signing address
    bytes32 runtimeMeasurement; // must equal the model version's runtimeMeasurement
    bytes32 weightsHash; // must equal the model version's weightsHash
    bytes32 hardwareClass; // a label, e.g. "cpu-x86_64-avx2"
    bytes32 reportHash; // hash of the attestation report the verifier checked
    uint64 issuedAt; // unix seconds; a record is only replaced by a newer one
}

/// @notice A registered worker, as the `worker` view returns it.
struct WorkerInfo {
    address operator; // who staked, and who may top up, re-attest, unbond and withdraw
    uint96 stake; // wei
    uint64 unbondingEndsAt; // 0 while bonded
    bool slashed; // for equivocation: never eligible again
    Attestation attestation;
}

/// @title IWorkerRegistry
/// @notice Staked, attested workers. An operator registers a worker's signing
/// address with an ETH stake and an attestation record countersigned by the
/// attestation verifier that the protocol's governance trusts. A worker is
/// eligible for a model version while it is bonded, unslashed, holds the
/// required stake and its attested runtimeMeasurement and weightsHash equal the
/// version's. Stake leaves after an unbonding delay; equivocation (two
/// signatures by one worker over one request with different outputs) slashes
/// all of it, part to whoever proved it.
///
/// Attestation signatures (EIP-712). Domain: name "MiniDAO WorkerRegistry",
/// version "1", the chain id, the registry's address as verifyingContract.
/// Primary type, fields in this order:
/// `Attestation(address signer,bytes32 runtimeMeasurement,bytes32 weightsHash,bytes32 hardwareClass,bytes32 reportHash,uint64 issuedAt)`,
/// signed by the verifier key as 65 bytes (r, s, v).
interface IWorkerRegistry {
    error WorkerZeroAddress();
    /// @notice The attestation is not signed by the current verifier.
    error WorkerInvalidAttestation(address signer);
    /// @notice The signing address is registered already.
    error WorkerAlreadyRegistered(address signer);
    /// @notice The signing address is not registered.
    error WorkerNotRegistered(address signer);
    /// @notice The caller is not the worker's operator.
    error WorkerNotOperator(address signer, address caller);
    /// @notice The attestation is for another signer than the one given.
    error WorkerSignerMismatch(address signer, address attested);
    /// @notice The attestation is not newer than the worker's record.
    error WorkerStaleAttestation(address signer, uint64 issuedAt, uint64 recordIssuedAt);
    /// @notice The stake is below the registry's minimum, or does not fit 96 bits.
    error WorkerInvalidStake(uint256 stake, uint256 minStake);
    /// @notice The worker is unbonding: it cannot be re-attested or unbond again.
    error WorkerUnbonding(address signer, uint64 unbondingEndsAt);
    /// @notice The worker has not started unbonding, or its delay has not passed.
    error WorkerNotUnbonded(address signer, uint64 unbondingEndsAt);
    /// @notice The worker was slashed.
    error WorkerIsSlashed(address signer);
    /// @notice The coordinator is not one whose result signatures the registry trusts.
    error WorkerUnknownCoordinator(address coordinator);
    /// @notice The two signed outputs are the same: no equivocation.
    error WorkerSameOutput(bytes32 outputHash);
    /// @notice The two signatures are not by the same registered worker.
    error WorkerSignersDiffer(address signerA, address signerB);
    /// @notice Nothing to claim.
    error WorkerNothingToClaim(address account);
    /// @notice An ETH transfer failed.
    error WorkerTransferFailed(address to, uint256 amount);
    /// @notice The reporter's share is above 10,000 bps.
    error WorkerInvalidReporterShare(uint16 bps);

    event WorkerRegistered(address indexed signer, address indexed operator, uint256 stake, Attestation attestation);
    event WorkerAttested(address indexed signer, Attestation attestation);
    event WorkerStakeAdded(address indexed signer, uint256 amount, uint256 stake);
    event WorkerUnbondingStarted(address indexed signer, uint64 unbondingEndsAt);
    event WorkerWithdrawn(address indexed signer, address indexed operator, uint256 amount);
    event WorkerSlashed(
        address indexed signer, address indexed reporter, bytes32 indexed requestId, uint256 stake, uint256 reward
    );
    event SlashClaimed(address indexed account, uint256 amount);
    event AttestationVerifierSet(address indexed verifier);
    event CoordinatorTrustSet(address indexed coordinator, bool trusted);
    event SlashRecipientSet(address indexed recipient);

    /// @notice Registers `attestation.signer` with `msg.value` as its stake;
    /// the caller becomes its operator.
    function register(Attestation calldata attestation, bytes calldata verifierSignature) external payable;

    /// @notice Replaces the worker's attestation with a newer one (new weights
    /// or runtime after a model upgrade). Operator only; not while unbonding.
    function attest(Attestation calldata attestation, bytes calldata verifierSignature) external;

    /// @notice Adds `msg.value` to the worker's stake. Operator only; not while unbonding.
    function addStake(address signer) external payable;

    /// @notice Starts the unbonding delay; the worker is ineligible from now on. Operator only.
    function beginUnbonding(address signer) external;

    /// @notice After the unbonding delay, sends the stake to the operator and
    /// removes the worker (its address may register again). Operator only.
    function withdrawStake(address signer) external;

    /// @notice Slashes the worker that signed two different outputs for one
    /// request on a trusted `coordinator` (the signatures are the coordinator's
    /// EIP-712 InferenceResult signatures). Anyone may call it; the caller is
    /// credited `reporterBps` of the stake, the slash recipient the rest.
    function slashEquivocation(
        address coordinator,
        bytes32 requestId,
        uint32 modelVersion,
        bytes32 outputHashA,
        bytes calldata signatureA,
        bytes32 outputHashB,
        bytes calldata signatureB
    ) external;

    /// @notice Pays the caller its slashing credits.
    function claim() external;

    /// @notice True when `signer` may sign results for a version with this
    /// runtime measurement and weights hash and a minimum stake of `minStake`.
    function isEligible(address signer, bytes32 runtimeMeasurement, bytes32 weightsHash, uint256 minStake)
        external
        view
        returns (bool);

    function worker(address signer) external view returns (WorkerInfo memory);
    /// @notice The EIP-712 digest the verifier signs for an attestation.
    function attestationDigest(Attestation calldata attestation) external view returns (bytes32);
    /// @notice The EIP-712 domain separator of attestation signatures.
    function DOMAIN_SEPARATOR() external view returns (bytes32);
    function attestationVerifier() external view returns (address);
    function isTrustedCoordinator(address coordinator) external view returns (bool);
    function claimable(address account) external view returns (uint256);
    function slashRecipient() external view returns (address);
    function unbondingDelay() external view returns (uint64);
    function minStake() external view returns (uint96);
    function reporterBps() external view returns (uint16);

    /// @notice Sets the attestation verifier key. Owner (protocol governance) only.
    function setAttestationVerifier(address verifier) external;
    /// @notice Trusts (or stops trusting) a coordinator's result signatures for slashing. Owner only.
    function setCoordinatorTrust(address coordinator, bool trusted) external;
    /// @notice Sets who receives the non-reporter part of slashed stake. Owner only.
    function setSlashRecipient(address recipient) external;
}
