// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {Attestation, IWorkerRegistry, WorkerInfo} from "../interfaces/IWorkerRegistry.sol";
import {ResultTypedData} from "../inference/ResultTypedData.sol";

/// @title WorkerRegistry
/// @notice See IWorkerRegistry. What the coordinator reads per signer is two
/// slots: (operator, stake) and the eligibility key
/// keccak256(runtimeMeasurement, weightsHash), which is zero while the worker
/// is unbonding or slashed.
contract WorkerRegistry is IWorkerRegistry, Ownable2Step {
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(address signer,bytes32 runtimeMeasurement,bytes32 weightsHash,bytes32 hardwareClass,bytes32 reportHash,uint64 issuedAt)"
    );
    uint256 private constant BPS = 10_000;
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    struct Record {
        address operator;
        uint96 stake;
        bytes32 eligibilityKey;
        uint64 unbondingEndsAt;
        bool slashed;
        Attestation attestation;
    }

    uint64 private immutable _unbondingDelay;
    uint96 private immutable _minStake;
    uint16 private immutable _reporterBps;
    uint256 private immutable _deployChainId;
    bytes32 private immutable _deployDomainSeparator;

    address private _verifier;
    address private _slashRecipient;
    mapping(address signer => Record) private _records;
    mapping(address coordinator => bool) private _trusted;
    mapping(address account => uint256) private _claimable;

    /// @param owner_ the protocol's governance: sets the verifier, the trusted coordinators, the slash recipient
    /// @param verifier the attestation verifier's key
    /// @param unbondingDelay_ seconds between beginUnbonding and withdrawStake
    /// @param minStake_ the least stake a worker registers with
    /// @param reporterBps_ the share of a slashed stake credited to the reporter
    constructor(address owner_, address verifier, uint64 unbondingDelay_, uint96 minStake_, uint16 reporterBps_)
        Ownable(owner_)
    {
        if (verifier == address(0)) revert WorkerZeroAddress();
        if (reporterBps_ > BPS) revert WorkerInvalidReporterShare(reporterBps_);
        _verifier = verifier;
        _slashRecipient = owner_;
        _unbondingDelay = unbondingDelay_;
        _minStake = minStake_;
        _reporterBps = reporterBps_;
        _deployChainId = block.chainid;
        _deployDomainSeparator = _buildDomainSeparator();
        emit AttestationVerifierSet(verifier);
        emit SlashRecipientSet(owner_);
    }

    // ------------------------------------------------------------------ operators

    /// @inheritdoc IWorkerRegistry
    function register(Attestation calldata attestation, bytes calldata verifierSignature) external payable {
        address signer = attestation.signer;
        if (signer == address(0)) revert WorkerZeroAddress();
        Record storage rec = _records[signer];
        if (rec.slashed) revert WorkerIsSlashed(signer);
        if (rec.operator != address(0)) revert WorkerAlreadyRegistered(signer);
        if (msg.value < _minStake || msg.value > type(uint96).max) revert WorkerInvalidStake(msg.value, _minStake);
        _checkVerifier(attestation, verifierSignature);
        rec.operator = msg.sender;
        rec.stake = uint96(msg.value);
        _setAttestation(rec, attestation);
        emit WorkerRegistered(signer, msg.sender, msg.value, attestation);
    }

    /// @inheritdoc IWorkerRegistry
    function attest(Attestation calldata attestation, bytes calldata verifierSignature) external {
        address signer = attestation.signer;
        Record storage rec = _bondedRecord(signer);
        if (attestation.issuedAt <= rec.attestation.issuedAt) {
            revert WorkerStaleAttestation(signer, attestation.issuedAt, rec.attestation.issuedAt);
        }
        _checkVerifier(attestation, verifierSignature);
        _setAttestation(rec, attestation);
        emit WorkerAttested(signer, attestation);
    }

    /// @inheritdoc IWorkerRegistry
    function addStake(address signer) external payable {
        Record storage rec = _bondedRecord(signer);
        uint256 stake = rec.stake + msg.value;
        if (msg.value == 0 || stake > type(uint96).max) revert WorkerInvalidStake(stake, _minStake);
        rec.stake = uint96(stake);
        emit WorkerStakeAdded(signer, msg.value, stake);
    }

    /// @inheritdoc IWorkerRegistry
    function beginUnbonding(address signer) external {
        Record storage rec = _bondedRecord(signer);
        uint64 endsAt = uint64(block.timestamp) + _unbondingDelay;
        rec.unbondingEndsAt = endsAt;
        rec.eligibilityKey = 0;
        emit WorkerUnbondingStarted(signer, endsAt);
    }

    /// @inheritdoc IWorkerRegistry
    function withdrawStake(address signer) external {
        Record storage rec = _operatedRecord(signer);
        uint64 endsAt = rec.unbondingEndsAt;
        if (endsAt == 0 || block.timestamp < endsAt) revert WorkerNotUnbonded(signer, endsAt);
        uint256 amount = rec.stake;
        address operator = rec.operator;
        delete _records[signer];
        emit WorkerWithdrawn(signer, operator, amount);
        _send(operator, amount);
    }

    // ------------------------------------------------------------------ slashing

    /// @inheritdoc IWorkerRegistry
    function slashEquivocation(
        address coordinator,
        bytes32 requestId,
        uint32 modelVersion,
        bytes32 outputHashA,
        bytes calldata signatureA,
        bytes32 outputHashB,
        bytes calldata signatureB
    ) external {
        if (!_trusted[coordinator]) revert WorkerUnknownCoordinator(coordinator);
        if (outputHashA == outputHashB) revert WorkerSameOutput(outputHashA);
        bytes32 separator = ResultTypedData.domainSeparator(coordinator);
        address a = ECDSA.recover(ResultTypedData.digest(separator, requestId, modelVersion, outputHashA), signatureA);
        address b = ECDSA.recover(ResultTypedData.digest(separator, requestId, modelVersion, outputHashB), signatureB);
        if (a != b) revert WorkerSignersDiffer(a, b);
        Record storage rec = _records[a];
        if (rec.slashed) revert WorkerIsSlashed(a);
        if (rec.operator == address(0)) revert WorkerNotRegistered(a);

        uint256 stake = rec.stake;
        uint256 reward = stake * _reporterBps / BPS;
        rec.slashed = true;
        rec.stake = 0;
        rec.eligibilityKey = 0;
        if (reward != 0) _claimable[msg.sender] += reward;
        if (stake > reward) _claimable[_slashRecipient] += stake - reward;
        emit WorkerSlashed(a, msg.sender, requestId, stake, reward);
    }

    /// @inheritdoc IWorkerRegistry
    function claim() external {
        uint256 amount = _claimable[msg.sender];
        if (amount == 0) revert WorkerNothingToClaim(msg.sender);
        _claimable[msg.sender] = 0;
        emit SlashClaimed(msg.sender, amount);
        _send(msg.sender, amount);
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IWorkerRegistry
    function setAttestationVerifier(address verifier) external onlyOwner {
        if (verifier == address(0)) revert WorkerZeroAddress();
        _verifier = verifier;
        emit AttestationVerifierSet(verifier);
    }

    /// @inheritdoc IWorkerRegistry
    function setCoordinatorTrust(address coordinator, bool trusted) external onlyOwner {
        if (coordinator == address(0)) revert WorkerZeroAddress();
        _trusted[coordinator] = trusted;
        emit CoordinatorTrustSet(coordinator, trusted);
    }

    /// @inheritdoc IWorkerRegistry
    function setSlashRecipient(address recipient) external onlyOwner {
        if (recipient == address(0)) revert WorkerZeroAddress();
        _slashRecipient = recipient;
        emit SlashRecipientSet(recipient);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IWorkerRegistry
    function isEligible(address signer, bytes32 runtimeMeasurement, bytes32 weightsHash, uint256 minStake_)
        external
        view
        returns (bool)
    {
        Record storage rec = _records[signer];
        bytes32 key = rec.eligibilityKey;
        return key != 0 && key == _eligibilityKey(runtimeMeasurement, weightsHash) && rec.stake >= minStake_;
    }

    /// @inheritdoc IWorkerRegistry
    function worker(address signer) external view returns (WorkerInfo memory info) {
        Record storage rec = _records[signer];
        info.operator = rec.operator;
        info.stake = rec.stake;
        info.unbondingEndsAt = rec.unbondingEndsAt;
        info.slashed = rec.slashed;
        info.attestation = rec.attestation;
    }

    /// @inheritdoc IWorkerRegistry
    function attestationDigest(Attestation calldata attestation) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(ATTESTATION_TYPEHASH, attestation));
        return keccak256(abi.encodePacked(hex"1901", DOMAIN_SEPARATOR(), structHash));
    }

    /// @inheritdoc IWorkerRegistry
    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return block.chainid == _deployChainId ? _deployDomainSeparator : _buildDomainSeparator();
    }

    /// @inheritdoc IWorkerRegistry
    function attestationVerifier() external view returns (address) {
        return _verifier;
    }

    /// @inheritdoc IWorkerRegistry
    function isTrustedCoordinator(address coordinator) external view returns (bool) {
        return _trusted[coordinator];
    }

    /// @inheritdoc IWorkerRegistry
    function claimable(address account) external view returns (uint256) {
        return _claimable[account];
    }

    /// @inheritdoc IWorkerRegistry
    function slashRecipient() external view returns (address) {
        return _slashRecipient;
    }

    /// @inheritdoc IWorkerRegistry
    function unbondingDelay() external view returns (uint64) {
        return _unbondingDelay;
    }

    /// @inheritdoc IWorkerRegistry
    function minStake() external view returns (uint96) {
        return _minStake;
    }

    /// @inheritdoc IWorkerRegistry
    function reporterBps() external view returns (uint16) {
        return _reporterBps;
    }

    // ------------------------------------------------------------------ internals

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256("MiniDAO WorkerRegistry"), keccak256("1"), block.chainid, address(this)
            )
        );
    }

    function _checkVerifier(Attestation calldata attestation, bytes calldata signature) private view {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(attestationDigest(attestation), signature);
        if (err != ECDSA.RecoverError.NoError || recovered != _verifier) {
            revert WorkerInvalidAttestation(attestation.signer);
        }
    }

    function _setAttestation(Record storage rec, Attestation calldata attestation) private {
        rec.attestation = attestation;
        rec.eligibilityKey = _eligibilityKey(attestation.runtimeMeasurement, attestation.weightsHash);
    }

    /// @dev The record of a worker the caller operates.
    function _operatedRecord(address signer) private view returns (Record storage rec) {
        rec = _records[signer];
        if (rec.operator == address(0)) revert WorkerNotRegistered(signer);
        if (rec.operator != msg.sender) revert WorkerNotOperator(signer, msg.sender);
        if (rec.slashed) revert WorkerIsSlashed(signer);
    }

    /// @dev As _operatedRecord, and the worker is not unbonding.
    function _bondedRecord(address signer) private view returns (Record storage rec) {
        rec = _operatedRecord(signer);
        if (rec.unbondingEndsAt != 0) revert WorkerUnbonding(signer, rec.unbondingEndsAt);
    }

    function _eligibilityKey(bytes32 runtimeMeasurement, bytes32 weightsHash) private pure returns (bytes32 key) {
        assembly ("memory-safe") {
            mstore(0x00, runtimeMeasurement)
            mstore(0x20, weightsHash)
            key := keccak256(0x00, 0x40)
        }
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert WorkerTransferFailed(to, amount);
    }
}
