// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IInferenceCoordinator, InferenceResult} from "../../../src/interfaces/IInferenceCoordinator.sol";
import {InferenceConsumer} from "../../../src/inference/InferenceConsumer.sol";

/// @notice Records what it was given; can ask for more.
contract MockCoordinatorConsumer is InferenceConsumer {
    bytes32 public lastRequestId;
    bytes public lastOutput;
    bytes32 public lastOutputHash;
    string public lastUri;
    uint256 public calls;

    constructor(IInferenceCoordinator c) InferenceConsumer(c) {}

    function ask(uint256 modelId, bytes calldata prompt, uint32 maxTokens, uint32 callbackGasLimit)
        external
        payable
        returns (bytes32)
    {
        return COORDINATOR.requestInference{value: msg.value}(modelId, prompt, maxTokens, callbackGasLimit);
    }

    function _onInferenceResult(bytes32 requestId, bytes calldata output) internal override {
        lastRequestId = requestId;
        lastOutput = output;
        calls++;
    }

    function _onInferenceOutputRef(bytes32 requestId, bytes32 outputHash, string calldata uri) internal override {
        lastRequestId = requestId;
        lastOutputHash = outputHash;
        lastUri = uri;
        calls++;
    }

    receive() external payable {}
}

/// @notice Does nothing in its callback: what the coordinator's own cost is measured against.
contract MockCoordinatorEmptyConsumer is InferenceConsumer {
    constructor(IInferenceCoordinator c) InferenceConsumer(c) {}

    function ask(uint256 modelId, bytes calldata prompt, uint32 maxTokens, uint32 callbackGasLimit)
        external
        payable
        returns (bytes32)
    {
        return COORDINATOR.requestInference{value: msg.value}(modelId, prompt, maxTokens, callbackGasLimit);
    }

    function _onInferenceResult(bytes32, bytes calldata) internal override {}
}

/// @notice Reverts, burns all its gas, or returns a huge revert buffer; or
/// re-enters the coordinator from its callback.
contract MockCoordinatorHostileConsumer {
    enum Mode {
        Revert,
        BurnGas,
        ReturnBomb,
        Reenter
    }

    error Hostile(uint256 code);

    IInferenceCoordinator public immutable coordinator;
    Mode public mode;
    bool public reentryReverted;

    constructor(IInferenceCoordinator c) {
        coordinator = c;
    }

    function setMode(Mode m) external {
        mode = m;
    }

    function ask(uint256 modelId, bytes calldata prompt, uint32 maxTokens, uint32 callbackGasLimit)
        external
        payable
        returns (bytes32)
    {
        return coordinator.requestInference{value: msg.value}(modelId, prompt, maxTokens, callbackGasLimit);
    }

    function onInferenceResult(bytes32, bytes calldata) external {
        Mode m = mode;
        if (m == Mode.Revert) revert Hostile(42);
        if (m == Mode.BurnGas) {
            while (true) {}
        }
        if (m == Mode.ReturnBomb) {
            assembly {
                revert(0, 100000)
            }
        }
        try coordinator.fulfill(new InferenceResult[](0)) {}
        catch {
            reentryReverted = true;
        }
    }

    receive() external payable {}
}
