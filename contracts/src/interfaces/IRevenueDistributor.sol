// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IRevenueSink} from "./IRevenueSink.sol";

/// @title IRevenueDistributor
/// @notice Receives a DAO's MT holders' share of inference fees, in ETH and in
/// governed ERC-20 payment tokens, and lets every MT holder claim a pro-rata
/// share, in O(1) per claim and per MT transfer (an accumulator per share with
/// a per-account correction).
/// @dev Anti-sniping: every deposit is streamed into the accumulator linearly
/// over `streamPeriod` seconds (set by governance), so revenue is earned by
/// holding MT while it streams, not by holding it at the moment of a deposit.
/// While the MT supply is zero the stream pauses, and rounding dust is carried
/// forward exactly, so no revenue is ever stranded. ETH is `address(0)`.
interface IRevenueDistributor is IRevenueSink {
    /// @notice A zero address was given where a contract is required.
    error DistributorZeroAddress();
    /// @notice Only the DAO's management token may call this function.
    error DistributorNotToken(address caller);
    /// @notice Only the DAO's timelock may call this function.
    error DistributorNotTimelock(address caller);
    /// @notice `token` is not one of the DAO's payment tokens.
    error DistributorTokenNotAccepted(address token);
    /// @notice `token` is already a payment token.
    error DistributorTokenAlreadyAccepted(address token);
    /// @notice The list of payment tokens is full (each costs gas on every MT transfer).
    error DistributorTooManyTokens(uint256 max);
    /// @notice The stream period is outside [min, max] seconds.
    error DistributorStreamPeriodOutOfRange(uint256 period, uint256 min, uint256 max);
    /// @notice A deposit of zero.
    error DistributorZeroAmount();
    /// @notice Nothing is due to `account` in any of the tokens asked for.
    error DistributorNothingToClaim(address account);
    /// @notice Sending `amount` ETH to `to` failed.
    error DistributorETHTransferFailed(address to, uint256 amount);

    /// @notice Emitted after a deposit; the token's stream now holds `streaming` until `finish`.
    event Deposited(address indexed token, address indexed from, uint256 amount, uint256 streaming, uint256 finish);
    /// @notice Emitted after `account` claimed `amount` of `token`, sent to `to`.
    event Claimed(address indexed account, address indexed to, address indexed token, uint256 amount);
    /// @notice Emitted after governance accepted a payment token.
    event PaymentTokenAdded(address indexed token);
    /// @notice Emitted after governance set the stream period.
    event StreamPeriodSet(uint256 period);

    /// @notice One payment token's stream and accumulator.
    struct Stream {
        uint128 remaining; // deposited but not yet streamed into the accumulator
        uint40 finish; // when `remaining` is fully streamed
        uint40 lastUpdate;
        uint160 accPerShare; // revenue per MT unit, scaled by MAGNITUDE
        uint96 dust; // released revenue not yet in accPerShare, scaled by MAGNITUDE (< MT supply)
    }

    /// @notice Initialises a clone. ETH is always accepted; `paymentTokens` adds ERC-20s.
    /// Reverts with InvalidInitialization on the implementation and on a second call.
    function initialize(address token, address timelock, uint40 streamPeriod, address[] calldata paymentTokens) external;

    /// @notice Sends everything due to the caller in each of `tokens` to `to`.
    /// Tokens with nothing due are skipped; reverts if nothing at all is due.
    /// @return amounts what was sent, per token
    function claim(address[] calldata tokens, address to) external returns (uint256[] memory amounts);

    /// @notice Settles revenue before an MT balance change (a mint when `from`
    /// is zero, a burn when `to` is zero). Called by the MT token only; the
    /// distributor tracks the MT supply from these calls.
    function onTokenTransfer(address from, address to, uint256 amount) external;

    /// @notice Accepts an ERC-20 as a payment token. Timelock only.
    function addPaymentToken(address token) external;

    /// @notice Sets the stream period for future deposits. Timelock only.
    function setStreamPeriod(uint40 period) external;

    /// @notice What `account` can claim of `token` now.
    function claimable(address account, address token) external view returns (uint256);

    /// @notice Whether deposits of `token` are accepted.
    function isPaymentToken(address token) external view returns (bool);

    /// @notice The accepted payment tokens, ETH (`address(0)`) first.
    function paymentTokens() external view returns (address[] memory);

    /// @notice `token`'s stream as of now: what is still to stream, the
    /// accumulator and the carried dust (`dust / MAGNITUDE` wei) claims see.
    function stream(address token) external view returns (Stream memory);

    /// @notice The period over which each deposit is streamed, in seconds.
    function streamPeriod() external view returns (uint40);

    /// @notice The DAO's management token.
    function token() external view returns (address);

    /// @notice The MT supply as tracked from the token's balance-change calls.
    function supply() external view returns (uint256);

    /// @notice The DAO's timelock.
    function timelock() external view returns (address);
}
