// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IInferenceConsumer} from "../interfaces/IInferenceConsumer.sol";
import {IInferenceCoordinator} from "../interfaces/IInferenceCoordinator.sol";

/// @title InferenceConsumer
/// @notice Base for dApps that ask a MiniDAO's model: only the coordinator may
/// deliver answers, which go to the internal hooks a dApp overrides. Keep the
/// hooks within the callbackGasLimit the requests ask for.
abstract contract InferenceConsumer is IInferenceConsumer {
    /// @notice The caller is not the coordinator.
    error InferenceConsumerUnauthorizedCaller(address caller);

    IInferenceCoordinator internal immutable COORDINATOR;

    constructor(IInferenceCoordinator coordinator) {
        COORDINATOR = coordinator;
    }

    /// @inheritdoc IInferenceConsumer
    function onInferenceResult(bytes32 requestId, bytes calldata output) external {
        if (msg.sender != address(COORDINATOR)) revert InferenceConsumerUnauthorizedCaller(msg.sender);
        _onInferenceResult(requestId, output);
    }

    /// @inheritdoc IInferenceConsumer
    function onInferenceOutputRef(bytes32 requestId, bytes32 outputHash, string calldata outputUri) external {
        if (msg.sender != address(COORDINATOR)) revert InferenceConsumerUnauthorizedCaller(msg.sender);
        _onInferenceOutputRef(requestId, outputHash, outputUri);
    }

    /// @notice Receives an answer delivered inline.
    function _onInferenceResult(bytes32 requestId, bytes calldata output) internal virtual;

    /// @notice Receives an answer too long to deliver inline. By default it is
    /// ignored: the dApp reads (hash, uri) from InferenceFulfilled instead.
    function _onInferenceOutputRef(bytes32 requestId, bytes32 outputHash, string calldata outputUri) internal virtual {}
}
