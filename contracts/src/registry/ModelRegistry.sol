// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {FeeSplit, ModelTerms, ModelVersion, Price, VerificationPolicy} from "../types/ModelTypes.sol";
import {IModelTerms} from "../interfaces/IModelTerms.sol";
import {IModelRegistry} from "../interfaces/IModelRegistry.sol";
import {IRevenueDistributor} from "../interfaces/IRevenueDistributor.sol";
import {IDataBountyBoard} from "../interfaces/IDataBountyBoard.sol";

/// @title ModelRegistry
/// @notice See {IModelRegistry}. A protocol singleton.
contract ModelRegistry is IModelRegistry, Ownable2Step {
    /// @notice A fee split's shares sum to this.
    uint16 public constant BPS = 10_000;
    /// @notice The largest n of a k-of-n verification policy.
    uint8 public constant MAX_REDUNDANCY = 16;

    FeeSplit private _minSplit;
    FeeSplit private _maxSplit;
    uint256 private _modelCount;
    mapping(address registrar => bool) private _registrars;
    mapping(address treasury => DAO) private _daos;
    mapping(uint256 modelId => Model) private _models;
    mapping(uint256 modelId => mapping(uint32 version => ModelVersion)) private _versions;
    /// @dev The DAO registered in the current transaction and its registrar:
    /// the only pair registerModelFor accepts. Transient: gone at the
    /// transaction's end, so a registrar never holds power over a live DAO.
    address private transient _creatingDAO;
    address private transient _creatingRegistrar;

    constructor(address owner_, FeeSplit memory min, FeeSplit memory max) Ownable(owner_) {
        _setSplitBounds(min, max);
    }

    // --- protocol owner ---

    /// @inheritdoc IModelRegistry
    function setRegistrar(address registrar, bool allowed) external onlyOwner {
        if (registrar == address(0)) revert RegistryZeroAddress();
        _registrars[registrar] = allowed;
        emit RegistrarSet(registrar, allowed);
    }

    /// @inheritdoc IModelRegistry
    function setSplitBounds(FeeSplit calldata min, FeeSplit calldata max) external onlyOwner {
        _setSplitBounds(min, max);
    }

    function _setSplitBounds(FeeSplit memory min, FeeSplit memory max) private {
        uint256 minSum = uint256(min.workersBps) + min.holdersBps + min.dataPoolBps + min.treasuryBps;
        uint256 maxSum = uint256(max.workersBps) + max.holdersBps + max.dataPoolBps + max.treasuryBps;
        if (
            min.workersBps > max.workersBps || min.holdersBps > max.holdersBps || min.dataPoolBps > max.dataPoolBps
                || min.treasuryBps > max.treasuryBps || minSum > BPS || maxSum < BPS
        ) revert RegistryInvalidSplitBounds();
        _minSplit = min;
        _maxSplit = max;
        emit SplitBoundsSet(min, max);
    }

    // --- DAOs ---

    /// @inheritdoc IModelRegistry
    function registerDAO(address treasury, address distributor, address dataPool, FeeSplit calldata split) external {
        if (!_registrars[msg.sender]) revert RegistryNotRegistrar(msg.sender);
        if (treasury == address(0) || distributor == address(0) || dataPool == address(0)) {
            revert RegistryZeroAddress();
        }
        if (_daos[treasury].distributor != address(0)) revert RegistryDAOAlreadyRegistered(treasury);
        _checkSplit(split);
        _daos[treasury] = DAO({distributor: distributor, split: split, dataPool: dataPool});
        _creatingDAO = treasury;
        _creatingRegistrar = msg.sender;
        emit DAORegistered(treasury, distributor, dataPool, split);
    }

    /// @inheritdoc IModelRegistry
    function setFeeSplit(FeeSplit calldata split) external {
        DAO storage d = _daoOf(msg.sender);
        _checkSplit(split);
        d.split = split;
        emit FeeSplitSet(msg.sender, split);
    }

    function _checkSplit(FeeSplit memory s) private view {
        uint256 sum = uint256(s.workersBps) + s.holdersBps + s.dataPoolBps + s.treasuryBps;
        if (sum != BPS) revert RegistrySplitSum(sum);
        FeeSplit memory lo = _minSplit;
        FeeSplit memory hi = _maxSplit;
        _checkShare(0, s.workersBps, lo.workersBps, hi.workersBps);
        _checkShare(1, s.holdersBps, lo.holdersBps, hi.holdersBps);
        _checkShare(2, s.dataPoolBps, lo.dataPoolBps, hi.dataPoolBps);
        _checkShare(3, s.treasuryBps, lo.treasuryBps, hi.treasuryBps);
    }

    function _checkShare(uint256 index, uint16 bps, uint16 lo, uint16 hi) private pure {
        if (bps < lo || bps > hi) revert RegistrySplitOutOfBounds(index, bps, lo, hi);
    }

    function _daoOf(address treasury) private view returns (DAO storage d) {
        d = _daos[treasury];
        if (d.distributor == address(0)) revert RegistryNotDAO(treasury);
    }

    // --- models ---

    /// @inheritdoc IModelRegistry
    function registerModel(ModelVersion calldata version, Price calldata price, VerificationPolicy calldata policy)
        external
        returns (uint256)
    {
        return _register(msg.sender, version, price, policy);
    }

    /// @inheritdoc IModelRegistry
    function registerModelFor(
        address treasury,
        ModelVersion calldata version,
        Price calldata price,
        VerificationPolicy calldata policy
    ) external returns (uint256) {
        if (!_registrars[msg.sender]) revert RegistryNotRegistrar(msg.sender);
        if (treasury == address(0) || treasury != _creatingDAO || msg.sender != _creatingRegistrar) {
            revert RegistryNotBeingCreated(treasury);
        }
        return _register(treasury, version, price, policy);
    }

    function _register(
        address treasury,
        ModelVersion calldata version,
        Price calldata price,
        VerificationPolicy calldata policy
    ) private returns (uint256 modelId) {
        DAO storage d = _daoOf(treasury);
        _checkPrice(d, price);
        _checkPolicy(policy);
        modelId = ++_modelCount;
        Model storage m = _models[modelId];
        m.dao = treasury;
        m.price = price;
        m.policy = policy;
        emit ModelRegistered(modelId, treasury);
        emit PriceSet(modelId, price);
        emit PolicySet(modelId, policy);
        _publish(modelId, m, version, true);
    }

    /// @inheritdoc IModelRegistry
    function publishVersion(uint256 modelId, ModelVersion calldata version, bool activate) external returns (uint32) {
        return _publish(modelId, _ownedModel(modelId), version, activate);
    }

    function _publish(uint256 modelId, Model storage m, ModelVersion calldata v, bool activate)
        private
        returns (uint32 number)
    {
        if (
            v.weightsHash == bytes32(0) || v.runtimeMeasurement == bytes32(0) || bytes(v.uri).length == 0
                || v.maxOutputBytes == 0 || v.maxTokens == 0
        ) revert RegistryInvalidVersion();
        number = ++m.versionCount;
        ModelVersion storage stored = _versions[modelId][number];
        stored.weightsHash = v.weightsHash;
        stored.runtimeMeasurement = v.runtimeMeasurement;
        stored.uri = v.uri;
        stored.maxOutputBytes = v.maxOutputBytes;
        stored.maxTokens = v.maxTokens;
        stored.createdAt = uint64(block.timestamp);
        emit VersionPublished(
            modelId, number, v.weightsHash, v.runtimeMeasurement, v.uri, v.maxOutputBytes, v.maxTokens
        );
        if (activate) {
            m.activeVersion = number;
            emit ActiveVersionChanged(modelId, number, v.weightsHash);
        }
    }

    /// @inheritdoc IModelRegistry
    function activateVersion(uint256 modelId, uint32 version) external {
        Model storage m = _ownedModel(modelId);
        if (version == 0 || version > m.versionCount) revert RegistryUnknownVersion(modelId, version);
        if (version == m.activeVersion) revert RegistryVersionAlreadyActive(modelId, version);
        m.activeVersion = version;
        emit ActiveVersionChanged(modelId, version, _versions[modelId][version].weightsHash);
    }

    /// @inheritdoc IModelRegistry
    function setPrice(uint256 modelId, Price calldata price) external {
        Model storage m = _ownedModel(modelId);
        _checkPrice(_daos[msg.sender], price);
        m.price = price;
        emit PriceSet(modelId, price);
    }

    /// @inheritdoc IModelRegistry
    function setPolicy(uint256 modelId, VerificationPolicy calldata policy) external {
        Model storage m = _ownedModel(modelId);
        _checkPolicy(policy);
        m.policy = policy;
        emit PolicySet(modelId, policy);
    }

    /// @inheritdoc IModelRegistry
    function setPaused(uint256 modelId, bool paused) external {
        Model storage m = _ownedModel(modelId);
        if (m.paused == paused) revert RegistryPausedUnchanged(modelId, paused);
        m.paused = paused;
        emit ModelPausedSet(modelId, paused);
    }

    function _ownedModel(uint256 modelId) private view returns (Model storage m) {
        m = _models[modelId];
        if (m.dao == address(0)) revert RegistryUnknownModel(modelId);
        if (m.dao != msg.sender) revert RegistryNotModelOwner(modelId, msg.sender);
    }

    /// @dev A fee the DAO could not receive would make every settlement revert.
    function _checkPrice(DAO storage d, Price calldata price) private view {
        if (price.token == address(0)) return;
        if (
            !IRevenueDistributor(d.distributor).isPaymentToken(price.token)
                || !IDataBountyBoard(d.dataPool).isPaymentToken(price.token)
        ) revert RegistryPaymentTokenNotAccepted(price.token);
    }

    function _checkPolicy(VerificationPolicy calldata p) private pure {
        if (p.n == 0 || p.n > MAX_REDUNDANCY || p.k == 0 || p.k > p.n) revert RegistryInvalidPolicy(p.k, p.n);
    }

    // --- views ---

    /// @inheritdoc IModelTerms
    function modelTerms(uint256 modelId) external view returns (ModelTerms memory terms) {
        Model storage m = _models[modelId];
        address treasury = m.dao;
        if (treasury == address(0)) return terms;
        DAO storage d = _daos[treasury];
        uint32 version = m.activeVersion;
        terms.treasury = treasury;
        terms.distributor = d.distributor;
        terms.dataPool = d.dataPool;
        terms.active = !m.paused;
        terms.version = version;
        terms.activeVersion = _versions[modelId][version];
        terms.price = m.price;
        terms.policy = m.policy;
        terms.split = d.split;
    }

    /// @inheritdoc IModelTerms
    function modelVersion(uint256 modelId, uint32 version) external view returns (ModelVersion memory) {
        Model storage m = _models[modelId];
        if (m.dao == address(0)) revert RegistryUnknownModel(modelId);
        if (version == 0 || version > m.versionCount) revert RegistryUnknownVersion(modelId, version);
        return _versions[modelId][version];
    }

    /// @inheritdoc IModelRegistry
    function dao(address treasury) external view returns (DAO memory) {
        return _daos[treasury];
    }

    /// @inheritdoc IModelRegistry
    function model(uint256 modelId) external view returns (Model memory) {
        Model memory m = _models[modelId];
        if (m.dao == address(0)) revert RegistryUnknownModel(modelId);
        return m;
    }

    /// @inheritdoc IModelRegistry
    function modelCount() external view returns (uint256) {
        return _modelCount;
    }

    /// @inheritdoc IModelRegistry
    function splitBounds() external view returns (FeeSplit memory, FeeSplit memory) {
        return (_minSplit, _maxSplit);
    }

    /// @inheritdoc IModelRegistry
    function isRegistrar(address account) external view returns (bool) {
        return _registrars[account];
    }
}
