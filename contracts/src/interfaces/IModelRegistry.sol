// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FeeSplit, ModelVersion, Price, VerificationPolicy} from "../types/ModelTypes.sol";
import {IModelTerms} from "./IModelTerms.sol";

/// @title IModelRegistry
/// @notice The protocol's single registry of DAOs and their models. A DAO is
/// known by its timelock (its treasury); only that timelock changes the DAO's
/// models and fee split, so every change goes through the DAO's governance.
/// Each change emits an event that relayers and workers follow: a voted
/// upgrade (ActiveVersionChanged) switches workers to the new weights.
/// @dev The protocol owner (two-step ownership) appoints registrars (the
/// MiniDAOFactory) and sets the bounds each DAO's fee split must respect.
interface IModelRegistry is IModelTerms {
    /// @notice A DAO's record: where each share of a fee goes, and the split.
    struct DAO {
        address distributor; // RevenueDistributor: MT holders' share
        FeeSplit split;
        address dataPool; // DataBountyBoard: data contributors' share
    }

    /// @notice A model's record, without its versions.
    struct Model {
        address dao; // the owning DAO's timelock
        uint32 activeVersion;
        uint32 versionCount;
        bool paused;
        VerificationPolicy policy;
        Price price;
    }

    /// @notice The caller is not a registrar.
    error RegistryNotRegistrar(address caller);
    /// @notice The caller is not a registered DAO's timelock.
    error RegistryNotDAO(address caller);
    /// @notice The caller is not the timelock of the DAO that owns `modelId`.
    error RegistryNotModelOwner(uint256 modelId, address caller);
    /// @notice A zero address was given where a contract is required.
    error RegistryZeroAddress();
    /// @notice `treasury` is already registered.
    error RegistryDAOAlreadyRegistered(address treasury);
    /// @notice No model has id `modelId`.
    error RegistryUnknownModel(uint256 modelId);
    /// @notice Model `modelId` has no version `version`.
    error RegistryUnknownVersion(uint256 modelId, uint32 version);
    /// @notice `version` is already the active version.
    error RegistryVersionAlreadyActive(uint256 modelId, uint32 version);
    /// @notice The version is malformed: zero hash, empty uri or zero limits.
    error RegistryInvalidVersion();
    /// @notice The shares do not sum to 10,000 bps.
    error RegistrySplitSum(uint256 sum);
    /// @notice Share `index` (0 workers, 1 holders, 2 data pool, 3 treasury) is outside [min, max].
    error RegistrySplitOutOfBounds(uint256 index, uint256 bps, uint256 min, uint256 max);
    /// @notice The bounds are inconsistent: a min above its max, or no split can satisfy them.
    error RegistryInvalidSplitBounds();
    /// @notice k must be in [1, n] and n in [1, MAX_REDUNDANCY].
    error RegistryInvalidPolicy(uint8 k, uint8 n);
    /// @notice The DAO's distributor or data pool does not accept `token`.
    error RegistryPaymentTokenNotAccepted(address token);
    /// @notice The model is already in the requested paused state.
    error RegistryPausedUnchanged(uint256 modelId, bool paused);
    /// @notice `treasury` is not the DAO the calling registrar registered in
    /// this transaction: a registrar seeds a new DAO's models at creation only.
    error RegistryNotBeingCreated(address treasury);

    /// @notice Emitted after the owner allowed or disallowed a registrar.
    event RegistrarSet(address indexed registrar, bool allowed);
    /// @notice Emitted after the owner set the fee split bounds.
    event SplitBoundsSet(FeeSplit min, FeeSplit max);
    /// @notice Emitted after a registrar registered a DAO.
    event DAORegistered(address indexed treasury, address distributor, address dataPool, FeeSplit split);
    /// @notice Emitted after a DAO set its fee split.
    event FeeSplitSet(address indexed treasury, FeeSplit split);
    /// @notice Emitted after a DAO registered a model (followed by its price, policy and first version).
    event ModelRegistered(uint256 indexed modelId, address indexed treasury);
    /// @notice A new version was published (not necessarily active).
    event VersionPublished(
        uint256 indexed modelId,
        uint32 indexed version,
        bytes32 weightsHash,
        bytes32 runtimeMeasurement,
        string uri,
        uint32 maxOutputBytes,
        uint32 maxTokens
    );
    /// @notice Workers switch to `version`'s weights.
    event ActiveVersionChanged(uint256 indexed modelId, uint32 indexed version, bytes32 weightsHash);
    /// @notice Emitted after the model's price was set.
    event PriceSet(uint256 indexed modelId, Price price);
    /// @notice Emitted after the model's verification policy was set.
    event PolicySet(uint256 indexed modelId, VerificationPolicy policy);
    /// @notice Emitted after the model was paused or resumed.
    event ModelPausedSet(uint256 indexed modelId, bool paused);

    /// @notice Allows or disallows `registrar` to register DAOs. Owner only.
    function setRegistrar(address registrar, bool allowed) external;

    /// @notice Sets the bounds of every DAO's fee split. Owner only; existing
    /// splits are checked against new bounds when next set.
    function setSplitBounds(FeeSplit calldata min, FeeSplit calldata max) external;

    /// @notice Registers a DAO by its timelock. Registrars only.
    function registerDAO(address treasury, address distributor, address dataPool, FeeSplit calldata split) external;

    /// @notice Registers a model of `treasury`'s DAO with its first (active)
    /// version, on the DAO's behalf, while it is being created: only the
    /// registrar that registered `treasury` earlier in the same transaction
    /// may call it. Every later change goes through the DAO's own timelock.
    /// @return modelId the new model's id (1-based)
    function registerModelFor(
        address treasury,
        ModelVersion calldata version,
        Price calldata price,
        VerificationPolicy calldata policy
    ) external returns (uint256 modelId);

    /// @notice Sets the calling DAO's fee split.
    function setFeeSplit(FeeSplit calldata split) external;

    /// @notice Registers a model of the calling DAO with its first (active) version.
    /// @return modelId the new model's id (1-based)
    function registerModel(ModelVersion calldata version, Price calldata price, VerificationPolicy calldata policy)
        external
        returns (uint256 modelId);

    /// @notice Publishes a new version; activates it if `activate`. Model owner only.
    /// @return number the new version's number
    function publishVersion(uint256 modelId, ModelVersion calldata version, bool activate)
        external
        returns (uint32 number);

    /// @notice Makes `version` the active one. Model owner only.
    function activateVersion(uint256 modelId, uint32 version) external;

    /// @notice Sets the model's price. Model owner only.
    function setPrice(uint256 modelId, Price calldata price) external;

    /// @notice Sets the model's verification policy. Model owner only.
    function setPolicy(uint256 modelId, VerificationPolicy calldata policy) external;

    /// @notice Pauses or resumes the model. Model owner only.
    function setPaused(uint256 modelId, bool paused) external;

    /// @notice The DAO registered with timelock `treasury` (zero fields if none).
    function dao(address treasury) external view returns (DAO memory);

    /// @notice A model's record (reverts for an unknown model).
    function model(uint256 modelId) external view returns (Model memory);

    /// @notice How many models exist; ids run from 1 to this.
    function modelCount() external view returns (uint256);

    /// @notice The fee split bounds.
    function splitBounds() external view returns (FeeSplit memory min, FeeSplit memory max);

    /// @notice Whether `account` may register DAOs.
    function isRegistrar(address account) external view returns (bool);
}
