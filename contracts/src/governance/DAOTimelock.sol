// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";

/// @title DAOTimelock
/// @notice A MiniDAO's treasury and executor: OpenZeppelin's TimelockController,
/// deployed once as an implementation whose own initializer is disabled, and
/// used through minimal proxies initialised with
/// `initialize(minDelay, proposers, executors, admin)`.
contract DAOTimelock is TimelockControllerUpgradeable {
    constructor() {
        _disableInitializers();
    }
}
