// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IInferenceConsumer
/// @notice What a dApp implements to receive answers from the
/// InferenceCoordinator. The coordinator calls it with the gas the request
/// asked for (callbackGasLimit); a call that reverts or runs out of gas is
/// recorded (InferenceCallbackFailed) and never blocks settlement. Extend
/// `InferenceConsumer`, which checks the caller, rather than implementing this
/// directly.
interface IInferenceConsumer {
    /// @notice The answer to `requestId`, delivered inline.
    function onInferenceResult(bytes32 requestId, bytes calldata output) external;

    /// @notice The answer to `requestId`, delivered by reference because it is
    /// longer than the model version's maxOutputBytes: keccak256 of the output,
    /// and where the relayer's API serves it.
    function onInferenceOutputRef(bytes32 requestId, bytes32 outputHash, string calldata outputUri) external;
}
