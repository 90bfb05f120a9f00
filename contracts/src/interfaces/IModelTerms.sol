// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ModelTerms, ModelVersion} from "../types/ModelTypes.sol";

/// @title IModelTerms
/// @notice The read side of the ModelRegistry that the InferenceCoordinator
/// uses. The registry (a protocol singleton where every DAO registers its
/// models) implements it.
interface IModelTerms {
    /// @notice The model's current terms; `active` is false for an unknown or paused model.
    function modelTerms(uint256 modelId) external view returns (ModelTerms memory);

    /// @notice One version of a model (1-based), for settling a request against
    /// the version it was made for. Reverts for an unknown model or version.
    function modelVersion(uint256 modelId, uint32 version) external view returns (ModelVersion memory);
}
