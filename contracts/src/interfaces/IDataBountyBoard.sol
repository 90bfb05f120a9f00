// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IRevenueSink} from "./IRevenueSink.sol";

/// @title IDataBountyBoard
/// @notice A DAO's market for training data. The DAO (its timelock) posts
/// bounties with the reward escrowed; contributors submit data; curators
/// appointed by governance accept or reject with a reason hash. Acceptance
/// pays the reward, mints MT within the token's governed bounty budget and
/// raises the contributor's non-transferable reputation. Unused funds of
/// closed or expired bounties return to the treasury.
/// @dev The board is also the DAO's data-contributor pool (an IRevenueSink):
/// inference fees deposited here are claimable by contributors in proportion
/// to reputation, O(1) per claim. Reputation cannot be bought, so deposits are
/// credited at once (no streaming). Before any reputation exists deposits wait
/// and go to the first contributor(s). ETH is `address(0)`.
interface IDataBountyBoard is IRevenueSink {
    /// @notice A submission's review state.
    enum Status {
        None,
        Pending,
        Accepted,
        Rejected
    }

    /// @notice What the DAO posts. Each accepted submission earns every reward.
    struct BountyParams {
        bytes32 specHash; // hash of the data specification
        string uri; // where the specification is published
        address rewardToken; // ERC-20 reward token, or zero for none
        uint128 ethReward; // per accepted submission
        uint128 tokenReward; // per accepted submission, in rewardToken
        uint128 mtReward; // MT minted per accepted submission (within the bounty budget)
        uint64 reputation; // reputation per accepted submission
        uint64 deadline; // last second for submissions
        uint32 maxAccepted;
    }

    /// @notice A bounty as stored (the uri is only in BountyPosted).
    struct Bounty {
        bytes32 specHash;
        address rewardToken;
        uint64 deadline;
        uint32 maxAccepted;
        uint128 ethReward;
        uint128 tokenReward;
        uint128 mtReward;
        uint64 reputation;
        uint32 accepted;
        bool closed;
    }

    /// @notice A submission as stored (the uri is only in Submitted).
    struct Submission {
        address contributor;
        uint64 bountyId;
        Status status;
        bytes32 dataHash;
    }

    /// @notice A zero address was given where an account is required.
    error BountyZeroAddress();
    /// @notice Only the DAO's timelock may call this function.
    error BountyNotTimelock(address caller);
    /// @notice Only a curator may call this function.
    error BountyNotCurator(address caller);
    /// @notice No bounty has id `bountyId`.
    error BountyUnknown(uint256 bountyId);
    /// @notice No submission has id `submissionId`.
    error BountyUnknownSubmission(uint256 submissionId);
    /// @notice The bounty is closed.
    error BountyIsClosed(uint256 bountyId);
    /// @notice Submissions closed at `deadline`.
    error BountyDeadlinePassed(uint256 bountyId, uint64 deadline);
    /// @notice The bounty accepted its maximum of submissions.
    error BountyFull(uint256 bountyId, uint32 maxAccepted);
    /// @notice Only the timelock may close the bounty before `closableAt`.
    error BountyNotExpired(uint256 bountyId, uint256 closableAt);
    /// @notice The submission was already reviewed.
    error BountyAlreadyReviewed(uint256 submissionId, Status status);
    /// @notice The deadline must be in the future.
    error BountyInvalidDeadline(uint64 deadline);
    /// @notice maxAccepted must be at least one.
    error BountyInvalidMaxAccepted();
    /// @notice The bounty offers nothing, or a token reward without a token (or the reverse).
    error BountyInvalidReward();
    /// @notice The ETH sent is not the escrow the bounty needs.
    error BountyWrongETH(uint256 sent, uint256 required);
    /// @notice The data hash is zero.
    error BountyZeroDataHash();
    /// @notice `token` is not one of the pool's payment tokens.
    error BountyTokenNotAccepted(address token);
    /// @notice `token` is already a payment token.
    error BountyTokenAlreadyAccepted(address token);
    /// @notice The list of payment tokens is full.
    error BountyTooManyTokens(uint256 max);
    /// @notice A deposit of zero.
    error BountyZeroAmount();
    /// @notice Nothing is due to `account` in any of the tokens asked for.
    error BountyNothingToClaim(address account);
    /// @notice Sending `amount` ETH to `to` failed.
    error BountyETHTransferFailed(address to, uint256 amount);

    /// @notice Emitted after the DAO posted a bounty; contributors follow it.
    event BountyPosted(
        uint256 indexed bountyId,
        bytes32 specHash,
        string uri,
        address rewardToken,
        uint256 ethReward,
        uint256 tokenReward,
        uint256 mtReward,
        uint256 reputation,
        uint64 deadline,
        uint32 maxAccepted
    );
    /// @notice Emitted after a contributor submitted data; curators follow it.
    event Submitted(
        uint256 indexed submissionId,
        uint256 indexed bountyId,
        address indexed contributor,
        bytes32 dataHash,
        string uri
    );
    /// @notice Emitted after a curator accepted a submission (the reward follows).
    event SubmissionAccepted(
        uint256 indexed submissionId, uint256 indexed bountyId, address indexed contributor, bytes32 reasonHash
    );
    /// @notice Emitted after a curator rejected a submission.
    event SubmissionRejected(
        uint256 indexed submissionId, uint256 indexed bountyId, address indexed contributor, bytes32 reasonHash
    );
    /// @notice Emitted after a bounty was closed and its unused escrow returned to the treasury.
    event BountyClosed(uint256 indexed bountyId, uint256 ethRefund, uint256 tokenRefund);
    /// @notice Emitted after a contributor's reputation rose to `reputation`.
    event ReputationRaised(address indexed contributor, uint256 amount, uint256 reputation);
    /// @notice Emitted after governance appointed or removed a curator.
    event CuratorSet(address indexed curator, bool allowed);
    /// @notice Emitted after the pool accepted a payment token.
    event PaymentTokenAdded(address indexed token);
    /// @notice Emitted after a deposit into the contributors' pool.
    event PoolDeposited(address indexed token, address indexed from, uint256 amount);
    /// @notice Emitted after `account` claimed `amount` of `token` from the pool, sent to `to`.
    event PoolClaimed(address indexed account, address indexed to, address indexed token, uint256 amount);

    /// @notice Initialises a clone.
    /// Reverts with InvalidInitialization on the implementation and on a second call.
    function initialize(address token, address timelock, address[] calldata curators, address[] calldata paymentTokens)
        external;

    /// @notice Posts a bounty, escrowing `ethReward * maxAccepted` (sent with
    /// the call) and `tokenReward * maxAccepted` (pulled from the timelock).
    /// Timelock only.
    function postBounty(BountyParams calldata params) external payable returns (uint256 bountyId);

    /// @notice Submits data for an open bounty that is not yet full, before its deadline.
    function submit(uint256 bountyId, bytes32 dataHash, string calldata uri) external returns (uint256 submissionId);

    /// @notice Accepts a pending submission and pays its contributor. Curators only.
    function accept(uint256 submissionId, bytes32 reasonHash) external;

    /// @notice Rejects a pending submission. Curators only.
    function reject(uint256 submissionId, bytes32 reasonHash) external;

    /// @notice Closes a bounty and returns its unused escrow to the timelock.
    /// The timelock may close at any time; anyone may once the review period
    /// after the deadline is over.
    function closeBounty(uint256 bountyId) external;

    /// @notice Appoints or removes a curator. Timelock only.
    function setCurator(address curator, bool allowed) external;

    /// @notice Accepts an ERC-20 for the contributors' pool. Timelock only.
    function addPaymentToken(address token) external;

    /// @notice Sends the caller's share of the pool in each of `tokens` to `to`.
    /// Tokens with nothing due are skipped; reverts if nothing at all is due.
    function claim(address[] calldata tokens, address to) external returns (uint256[] memory amounts);

    /// @notice A bounty (reverts for an unknown id).
    function bounty(uint256 bountyId) external view returns (Bounty memory);

    /// @notice A submission (reverts for an unknown id).
    function submission(uint256 submissionId) external view returns (Submission memory);

    /// @notice How many bounties were posted; ids run from 1 to this.
    function bountyCount() external view returns (uint256);

    /// @notice How many submissions were made; ids run from 1 to this.
    function submissionCount() external view returns (uint256);

    /// @notice The escrow held for open bounties, per reward token (ETH is address(0)).
    function escrowed(address token) external view returns (uint256);

    /// @notice `account`'s reputation: the sum of its accepted submissions' reputation rewards.
    function reputation(address account) external view returns (uint256);

    /// @notice The sum of every contributor's reputation.
    function totalReputation() external view returns (uint256);

    /// @notice Pool revenue received while no reputation existed, waiting for the first contributor.
    function undistributed(address token) external view returns (uint256);

    /// @notice What `account` can claim of `token` from the pool now.
    function claimable(address account, address token) external view returns (uint256);

    /// @notice Whether `account` may accept and reject submissions.
    function isCurator(address account) external view returns (bool);

    /// @notice Whether the pool accepts deposits of `token`.
    function isPaymentToken(address token) external view returns (bool);

    /// @notice The DAO's timelock.
    function timelock() external view returns (address);

    /// @notice The DAO's management token.
    function token() external view returns (address);
}
