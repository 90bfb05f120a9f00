// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IModelTerms} from "../../../src/interfaces/IModelTerms.sol";
import {ModelTerms, ModelVersion} from "../../../src/types/ModelTypes.sol";

/// @notice A model registry for coordinator unit tests: terms set directly,
/// kept in storage like the real registry so that reads cost alike.
contract MockCoordinatorModelRegistry is IModelTerms {
    error MockRegistryUnknownVersion(uint256 modelId, uint32 version);

    mapping(uint256 => ModelTerms) private _terms;
    mapping(uint256 => mapping(uint32 => ModelVersion)) private _versions;

    function setTerms(uint256 modelId, ModelTerms memory terms) external {
        _terms[modelId] = terms;
        _versions[modelId][terms.version] = terms.activeVersion;
    }

    function setActive(uint256 modelId, bool active) external {
        _terms[modelId].active = active;
    }

    function modelTerms(uint256 modelId) external view returns (ModelTerms memory) {
        return _terms[modelId];
    }

    function modelVersion(uint256 modelId, uint32 version) external view returns (ModelVersion memory v) {
        v = _versions[modelId][version];
        if (v.createdAt == 0) revert MockRegistryUnknownVersion(modelId, version);
    }
}
