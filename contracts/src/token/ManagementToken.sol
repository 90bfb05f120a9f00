// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {
    ERC20PermitUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {
    ERC20VotesUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20VotesUpgradeable.sol";
import {NoncesUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/NoncesUpgradeable.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {IManagementToken} from "../interfaces/IManagementToken.sol";

/// @title ManagementToken
/// @notice See {IManagementToken}. Deployed once as an implementation and used
/// through minimal proxies, hence an initializer instead of a constructor.
contract ManagementToken is IManagementToken, ERC20PermitUpgradeable, ERC20VotesUpgradeable {
    address private _minter;

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the token's name, symbol and sole minter (the DAO's timelock).
    function initialize(string calldata name_, string calldata symbol_, address minter_) external initializer {
        if (minter_ == address(0)) revert ManagementTokenZeroAddress();
        __ERC20_init(name_, symbol_);
        __ERC20Permit_init(name_);
        __ERC20Votes_init();
        _minter = minter_;
    }

    /// @inheritdoc IManagementToken
    function mint(address to, uint256 amount) external {
        if (msg.sender != _minter) revert ManagementTokenUnauthorizedMinter(msg.sender);
        _mint(to, amount);
    }

    /// @notice The account allowed to mint.
    function minter() external view returns (address) {
        return _minter;
    }

    // --- clock: timestamps, so governance periods read in seconds ---

    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    // --- hooks ---

    function _update(address from, address to, uint256 value)
        internal
        override(ERC20Upgradeable, ERC20VotesUpgradeable)
    {
        // Self-delegate a receiver that has never delegated, before the
        // votes move, so its units are counted from this transfer on.
        if (to != address(0) && delegates(to) == address(0)) {
            _delegate(to, to);
            emit AutoDelegated(to);
        }
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20PermitUpgradeable, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner);
    }
}
