// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IManagementToken
/// @notice A MiniDAO's management token (MT): an ERC-20 with permit and votes
/// (timestamp clock). Holders vote on the DAO's models, budgets and fee splits
/// and receive a pro-rata share of its usage fees.
/// @dev Accounts are self-delegated on first receipt unless they delegated
/// elsewhere, so holders have voting power without a separate delegate call.
interface IManagementToken {
    /// @notice The caller is not allowed to mint.
    error ManagementTokenUnauthorizedMinter(address caller);
    /// @notice A zero address was given where an account is required.
    error ManagementTokenZeroAddress();

    /// @notice Emitted after `account` was self-delegated on its first receipt.
    event AutoDelegated(address indexed account);

    /// @notice Mints `amount` to `to`. Only the DAO's minters may call it.
    function mint(address to, uint256 amount) external;
}
