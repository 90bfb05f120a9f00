// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice An account that refuses ETH, to test failed payouts.
contract RejectingReceiver {
    error RejectingReceiverNoETH();

    receive() external payable {
        revert RejectingReceiverNoETH();
    }
}
