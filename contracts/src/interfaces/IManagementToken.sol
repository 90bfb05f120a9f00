// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IManagementToken
/// @notice A MiniDAO's management token (MT): an ERC-20 with permit and votes
/// (timestamp clock). Holders vote on the DAO's models, budgets and fee splits
/// and receive a pro-rata share of its usage fees through the DAO's
/// RevenueDistributor, which the token tells of every balance change.
/// @dev Accounts are self-delegated on first receipt unless they delegated
/// elsewhere, so holders have voting power without a separate delegate call.
/// The supply is capped at 2^96 - 1 units so that revenue accounting stays
/// within 256-bit arithmetic.
interface IManagementToken {
    /// @notice What a token clone is initialised with.
    struct TokenInit {
        string name;
        string symbol;
        address timelock; // the DAO's timelock: unlimited minter, sets the bounty budget
        address bountyBoard; // may mint within `bountyMintBudget`
        address distributor; // told of every balance change
        uint96 bountyMintBudget;
        address[] holders; // initial allocation
        uint256[] amounts;
    }

    /// @notice The caller is not allowed to mint.
    error ManagementTokenUnauthorizedMinter(address caller);
    /// @notice A zero address was given where an account is required.
    error ManagementTokenZeroAddress();
    /// @notice Only the DAO's timelock may call this function.
    error ManagementTokenNotTimelock(address caller);
    /// @notice The bounty board asked to mint more than its remaining budget.
    error ManagementTokenBountyBudgetExceeded(uint256 amount, uint256 budget);
    /// @notice The initial allocation's holder and amount lists differ in length.
    error ManagementTokenAllocationMismatch(uint256 holders, uint256 amounts);

    /// @notice Emitted after `account` was self-delegated on its first receipt.
    event AutoDelegated(address indexed account);
    /// @notice Emitted after the timelock set the bounty board's minting budget.
    event BountyMintBudgetSet(uint256 budget);
    /// @notice Emitted after the bounty board minted `amount` to `to` out of its budget.
    event BountyMinted(address indexed to, uint256 amount, uint256 budgetLeft);

    /// @notice Initialises a clone: metadata, roles and the initial allocation.
    /// Reverts with InvalidInitialization on a second call.
    function initialize(TokenInit calldata init) external;

    /// @notice Mints `amount` to `to`. The timelock mints freely; the bounty
    /// board mints within its budget, which the mint consumes.
    function mint(address to, uint256 amount) external;

    /// @notice Burns `amount` of the caller's tokens.
    function burn(uint256 amount) external;

    /// @notice Sets how much the bounty board may still mint. Timelock only.
    function setBountyMintBudget(uint96 budget) external;

    /// @notice What the bounty board may still mint.
    function bountyMintBudget() external view returns (uint256);

    /// @notice The DAO's timelock.
    function timelock() external view returns (address);

    /// @notice The DAO's bounty board.
    function bountyBoard() external view returns (address);

    /// @notice The DAO's revenue distributor.
    function distributor() external view returns (address);
}
