// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IMiniDAOGovernor
/// @notice A MiniDAO's Governor (OpenZeppelin Governor: settings, simple
/// counting, MT votes, quorum fraction, timelock control), deployed as a
/// minimal proxy. Proposals execute through the DAO's timelock, which holds
/// the treasury and owns every DAO-governed parameter.
interface IMiniDAOGovernor {
    /// @notice What a governor clone is initialised with. Times are in seconds
    /// (the MT clock is the timestamp).
    struct GovernorInit {
        string name;
        address token; // the DAO's ManagementToken
        address payable timelock; // the DAO's TimelockController
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold; // MT votes needed to propose
        uint256 quorumNumerator; // percent of the supply that must vote for or abstain
    }

    /// @notice A zero address was given where a contract is required.
    error MiniDAOGovernorZeroAddress();

    /// @notice Initialises a clone. Reverts with InvalidInitialization on a second call.
    function initialize(GovernorInit calldata init) external;
}
