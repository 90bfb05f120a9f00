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
import {IRevenueDistributor} from "../interfaces/IRevenueDistributor.sol";

/// @title ManagementToken
/// @notice See {IManagementToken}. Deployed once as an implementation and used
/// through minimal proxies, hence an initializer instead of a constructor.
contract ManagementToken is IManagementToken, ERC20PermitUpgradeable, ERC20VotesUpgradeable {
    address private _timelock;
    uint96 private _bountyMintBudget; // within the supply cap, so it fits
    address private _bountyBoard;
    IRevenueDistributor private _distributor;

    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IManagementToken
    function initialize(TokenInit calldata init) external initializer {
        if (init.timelock == address(0) || init.bountyBoard == address(0) || init.distributor == address(0)) {
            revert ManagementTokenZeroAddress();
        }
        if (init.holders.length != init.amounts.length) {
            revert ManagementTokenAllocationMismatch(init.holders.length, init.amounts.length);
        }
        // No __ERC20Permit_init: the EIP-712 domain's name and version are the
        // overrides below, not two more stored strings.
        __ERC20_init(init.name, init.symbol);
        __ERC20Votes_init();
        _timelock = init.timelock;
        _bountyBoard = init.bountyBoard;
        _distributor = IRevenueDistributor(init.distributor);
        _bountyMintBudget = init.bountyMintBudget;
        emit BountyMintBudgetSet(init.bountyMintBudget);
        for (uint256 i; i < init.holders.length; ++i) {
            if (init.holders[i] == address(0)) revert ManagementTokenZeroAddress();
            _mint(init.holders[i], init.amounts[i]);
        }
    }

    /// @inheritdoc IManagementToken
    function mint(address to, uint256 amount) external {
        if (msg.sender == _bountyBoard) {
            uint96 budget = _bountyMintBudget;
            if (amount > budget) revert ManagementTokenBountyBudgetExceeded(amount, budget);
            unchecked {
                budget -= uint96(amount);
            }
            _bountyMintBudget = budget;
            _mint(to, amount);
            emit BountyMinted(to, amount, budget);
        } else if (msg.sender == _timelock) {
            _mint(to, amount);
        } else {
            revert ManagementTokenUnauthorizedMinter(msg.sender);
        }
    }

    /// @inheritdoc IManagementToken
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    /// @inheritdoc IManagementToken
    function setBountyMintBudget(uint96 budget) external {
        if (msg.sender != _timelock) revert ManagementTokenNotTimelock(msg.sender);
        _bountyMintBudget = budget;
        emit BountyMintBudgetSet(budget);
    }

    /// @inheritdoc IManagementToken
    function bountyMintBudget() external view returns (uint256) {
        return _bountyMintBudget;
    }

    /// @inheritdoc IManagementToken
    function timelock() external view returns (address) {
        return _timelock;
    }

    /// @inheritdoc IManagementToken
    function bountyBoard() external view returns (address) {
        return _bountyBoard;
    }

    /// @inheritdoc IManagementToken
    function distributor() external view returns (address) {
        return address(_distributor);
    }

    // --- clock: timestamps, so governance periods read in seconds ---

    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    // --- EIP-712 domain: the token's name and version "1", read, not stored twice ---

    function _EIP712Name() internal view override returns (string memory) {
        return name();
    }

    function _EIP712Version() internal pure override returns (string memory) {
        return "1";
    }

    // --- hooks ---

    /// @dev 2^96 - 1 (like COMP): keeps balance * revenue-per-share products
    /// far from overflowing in the distributor.
    function _maxSupply() internal pure override returns (uint256) {
        return type(uint96).max;
    }

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
        // The distributor settles revenue on the balances before the move.
        if (value != 0 && from != to) _distributor.onTokenTransfer(from, to, value);
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20PermitUpgradeable, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner);
    }
}
