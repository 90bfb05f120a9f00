// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IRevenueSink
/// @notice What the InferenceCoordinator pays into: a DAO's RevenueDistributor
/// (the MT holders' share) and its DataBountyBoard (the data-contributor pool)
/// both implement it.
interface IRevenueSink {
    /// @notice Adds `msg.value` ETH of revenue.
    function depositETH() external payable;

    /// @notice Pulls `amount` of `token` from the caller (it must have approved
    /// the sink) and adds it as revenue.
    function depositToken(address token, uint256 amount) external;
}
