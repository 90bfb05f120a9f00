// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IRevenueSink} from "../interfaces/IRevenueSink.sol";
import {IDataBountyBoard} from "../interfaces/IDataBountyBoard.sol";
import {IManagementToken} from "../interfaces/IManagementToken.sol";

/// @title DataBountyBoard
/// @notice See {IDataBountyBoard}. One clone per DAO.
/// @dev The pool is an accumulator per reputation point (scaled by MAGNITUDE,
/// remainder kept as `dust`) with a per-contributor correction, as in the
/// RevenueDistributor; reputation only grows, on acceptance.
contract DataBountyBoard is IDataBountyBoard {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    uint256 public constant MAGNITUDE = 1e18;
    /// @notice ERC-20 pool tokens beside ETH; each adds a storage write to every acceptance.
    uint256 public constant MAX_ERC20_TOKENS = 3;
    /// @notice How long after a bounty's deadline curators may still review before anyone may close it.
    uint256 public constant REVIEW_PERIOD = 7 days;

    address private constant ETH = address(0);

    struct Pool {
        uint256 accPerRep;
        uint256 dust;
        uint256 undistributed;
    }

    IManagementToken private _token;
    address private _timelock;
    uint8 private _erc20Count;
    address[MAX_ERC20_TOKENS] private _erc20s;
    uint256 private _bountyCount;
    uint256 private _submissionCount;
    uint256 private _totalReputation;
    mapping(uint256 bountyId => Bounty) private _bounties;
    mapping(uint256 submissionId => Submission) private _submissions;
    mapping(address token => uint256) private _escrow;
    mapping(address account => bool) private _curators;
    mapping(address account => uint256) private _reputation;
    mapping(address token => Pool) private _pools;
    mapping(address token => mapping(address account => int256)) private _corrections;

    /// @dev The implementation itself: never initialised, only its clones are.
    address private immutable _self = address(this);

    /// @notice The board is the implementation or already initialised.
    /// @dev The selector of OpenZeppelin's Initializable error: a clone counts
    /// as initialised once its token is set, which saves an initialised flag's
    /// storage slot in every DAO.
    error InvalidInitialization();

    /// @inheritdoc IDataBountyBoard
    function initialize(
        address token_,
        address timelock_,
        address[] calldata curators,
        address[] calldata paymentTokens
    ) external {
        if (address(this) == _self || address(_token) != address(0)) {
            revert InvalidInitialization();
        }
        if (token_ == address(0) || timelock_ == address(0)) {
            revert BountyZeroAddress();
        }
        _token = IManagementToken(token_);
        _timelock = timelock_;
        emit PaymentTokenAdded(ETH);
        for (uint256 i; i < paymentTokens.length; ++i) {
            _addPaymentToken(paymentTokens[i]);
        }
        for (uint256 i; i < curators.length; ++i) {
            _setCurator(curators[i], true);
        }
    }

    // --- bounties ---

    /// @inheritdoc IDataBountyBoard
    function postBounty(BountyParams calldata p) external payable returns (uint256 bountyId) {
        _onlyTimelock();
        if (p.deadline <= block.timestamp) revert BountyInvalidDeadline(p.deadline);
        if (p.maxAccepted == 0) revert BountyInvalidMaxAccepted();
        if (
            (p.rewardToken == address(0)) != (p.tokenReward == 0)
                || (p.ethReward == 0 && p.tokenReward == 0 && p.mtReward == 0 && p.reputation == 0)
        ) revert BountyInvalidReward();
        uint256 ethEscrow = uint256(p.ethReward) * p.maxAccepted;
        if (msg.value != ethEscrow) revert BountyWrongETH(msg.value, ethEscrow);
        bountyId = ++_bountyCount;
        _bounties[bountyId] = Bounty({
            specHash: p.specHash,
            rewardToken: p.rewardToken,
            deadline: p.deadline,
            maxAccepted: p.maxAccepted,
            ethReward: p.ethReward,
            tokenReward: p.tokenReward,
            mtReward: p.mtReward,
            reputation: p.reputation,
            accepted: 0,
            closed: false
        });
        _escrow[ETH] += ethEscrow;
        uint256 tokenEscrow = uint256(p.tokenReward) * p.maxAccepted;
        if (tokenEscrow != 0) _escrow[p.rewardToken] += tokenEscrow;
        emit BountyPosted(
            bountyId,
            p.specHash,
            p.uri,
            p.rewardToken,
            p.ethReward,
            p.tokenReward,
            p.mtReward,
            p.reputation,
            p.deadline,
            p.maxAccepted
        );
        if (tokenEscrow != 0) IERC20(p.rewardToken).safeTransferFrom(msg.sender, address(this), tokenEscrow);
    }

    /// @inheritdoc IDataBountyBoard
    function submit(uint256 bountyId, bytes32 dataHash, string calldata uri) external returns (uint256 submissionId) {
        Bounty storage b = _openBounty(bountyId);
        if (block.timestamp > b.deadline) revert BountyDeadlinePassed(bountyId, b.deadline);
        if (b.accepted == b.maxAccepted) revert BountyFull(bountyId, b.maxAccepted);
        if (dataHash == bytes32(0)) revert BountyZeroDataHash();
        submissionId = ++_submissionCount;
        _submissions[submissionId] = Submission({
            contributor: msg.sender, bountyId: uint64(bountyId), status: Status.Pending, dataHash: dataHash
        });
        emit Submitted(submissionId, bountyId, msg.sender, dataHash, uri);
    }

    /// @inheritdoc IDataBountyBoard
    function accept(uint256 submissionId, bytes32 reasonHash) external {
        Submission storage s = _pendingSubmission(submissionId);
        uint256 bountyId = s.bountyId;
        Bounty storage b = _openBounty(bountyId);
        uint32 accepted = b.accepted;
        if (accepted == b.maxAccepted) revert BountyFull(bountyId, b.maxAccepted);
        b.accepted = accepted + 1;
        s.status = Status.Accepted;
        address contributor = s.contributor;
        (uint256 ethReward, uint256 tokenReward, address rewardToken) = (b.ethReward, b.tokenReward, b.rewardToken);
        _escrow[ETH] -= ethReward;
        if (tokenReward != 0) _escrow[rewardToken] -= tokenReward;
        emit SubmissionAccepted(submissionId, bountyId, contributor, reasonHash);
        if (b.reputation != 0) _raiseReputation(contributor, b.reputation);
        if (b.mtReward != 0) _token.mint(contributor, b.mtReward);
        if (tokenReward != 0) IERC20(rewardToken).safeTransfer(contributor, tokenReward);
        if (ethReward != 0) _sendETH(contributor, ethReward);
    }

    /// @inheritdoc IDataBountyBoard
    function reject(uint256 submissionId, bytes32 reasonHash) external {
        Submission storage s = _pendingSubmission(submissionId);
        s.status = Status.Rejected;
        emit SubmissionRejected(submissionId, s.bountyId, s.contributor, reasonHash);
    }

    /// @inheritdoc IDataBountyBoard
    function closeBounty(uint256 bountyId) external {
        Bounty storage b = _openBounty(bountyId);
        if (msg.sender != _timelock) {
            uint256 closableAt = uint256(b.deadline) + REVIEW_PERIOD;
            if (block.timestamp <= closableAt) revert BountyNotExpired(bountyId, closableAt);
        }
        b.closed = true;
        uint256 left = b.maxAccepted - b.accepted;
        uint256 ethRefund = left * b.ethReward;
        uint256 tokenRefund = left * b.tokenReward;
        address rewardToken = b.rewardToken;
        _escrow[ETH] -= ethRefund;
        if (tokenRefund != 0) _escrow[rewardToken] -= tokenRefund;
        emit BountyClosed(bountyId, ethRefund, tokenRefund);
        if (tokenRefund != 0) IERC20(rewardToken).safeTransfer(_timelock, tokenRefund);
        if (ethRefund != 0) _sendETH(_timelock, ethRefund);
    }

    function _openBounty(uint256 bountyId) private view returns (Bounty storage b) {
        if (bountyId == 0 || bountyId > _bountyCount) revert BountyUnknown(bountyId);
        b = _bounties[bountyId];
        if (b.closed) revert BountyIsClosed(bountyId);
    }

    function _pendingSubmission(uint256 submissionId) private view returns (Submission storage s) {
        if (!_curators[msg.sender]) revert BountyNotCurator(msg.sender);
        if (submissionId == 0 || submissionId > _submissionCount) revert BountyUnknownSubmission(submissionId);
        s = _submissions[submissionId];
        if (s.status != Status.Pending) revert BountyAlreadyReviewed(submissionId, s.status);
    }

    // --- contributors' pool ---

    /// @inheritdoc IRevenueSink
    function depositETH() external payable {
        _deposit(ETH, msg.value);
    }

    /// @inheritdoc IRevenueSink
    /// @dev Fee-on-transfer tokens are not supported: governance accepts tokens.
    function depositToken(address token_, uint256 amount) external {
        if (token_ == ETH || !_isAccepted(token_)) revert BountyTokenNotAccepted(token_);
        IERC20(token_).safeTransferFrom(msg.sender, address(this), amount);
        _deposit(token_, amount);
    }

    function _deposit(address token_, uint256 amount) private {
        if (amount == 0) revert BountyZeroAmount();
        uint256 total = _totalReputation;
        Pool storage p = _pools[token_];
        if (total == 0) p.undistributed += amount;
        else _credit(p, amount, total);
        emit PoolDeposited(token_, msg.sender, amount);
    }

    function _credit(Pool storage p, uint256 amount, uint256 total) private {
        uint256 scaled = amount * MAGNITUDE + p.dust;
        uint256 perRep = scaled / total;
        p.accPerRep += perRep;
        p.dust = scaled - perRep * total;
    }

    function _raiseReputation(address contributor, uint256 amount) private {
        uint256 before = _totalReputation;
        _adjust(ETH, contributor, amount);
        uint256 n = _erc20Count;
        for (uint256 i; i < n; ++i) {
            _adjust(_erc20s[i], contributor, amount);
        }
        _totalReputation = before + amount;
        uint256 rep = _reputation[contributor] + amount;
        _reputation[contributor] = rep;
        emit ReputationRaised(contributor, amount, rep);
        if (before == 0) {
            _release(ETH, amount);
            for (uint256 i; i < n; ++i) {
                _release(_erc20s[i], amount);
            }
        }
    }

    /// @dev New reputation earns nothing of what was credited before it.
    function _adjust(address token_, address contributor, uint256 amount) private {
        uint256 acc = _pools[token_].accPerRep;
        if (acc != 0) _corrections[token_][contributor] -= (amount * acc).toInt256();
    }

    /// @dev Credits what waited for the first reputation.
    function _release(address token_, uint256 total) private {
        Pool storage p = _pools[token_];
        uint256 waiting = p.undistributed;
        if (waiting == 0) return;
        p.undistributed = 0;
        _credit(p, waiting, total);
    }

    /// @inheritdoc IDataBountyBoard
    function claim(address[] calldata tokens, address to) external returns (uint256[] memory amounts) {
        if (to == address(0)) revert BountyZeroAddress();
        uint256 rep = _reputation[msg.sender];
        amounts = new uint256[](tokens.length);
        bool any;
        for (uint256 i; i < tokens.length; ++i) {
            address t = tokens[i];
            if (!_isAccepted(t)) revert BountyTokenNotAccepted(t);
            int256 corr = _corrections[t][msg.sender];
            uint256 due = uint256((rep * _pools[t].accPerRep).toInt256() + corr) / MAGNITUDE;
            if (due == 0) continue;
            _corrections[t][msg.sender] = corr - (due * MAGNITUDE).toInt256();
            amounts[i] = due;
            any = true;
            emit PoolClaimed(msg.sender, to, t, due);
            if (t == ETH) _sendETH(to, due);
            else IERC20(t).safeTransfer(to, due);
        }
        if (!any) revert BountyNothingToClaim(msg.sender);
    }

    function _sendETH(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert BountyETHTransferFailed(to, amount);
    }

    // --- governance ---

    /// @inheritdoc IDataBountyBoard
    function setCurator(address curator, bool allowed) external {
        _onlyTimelock();
        _setCurator(curator, allowed);
    }

    function _setCurator(address curator, bool allowed) private {
        if (curator == address(0)) revert BountyZeroAddress();
        _curators[curator] = allowed;
        emit CuratorSet(curator, allowed);
    }

    /// @inheritdoc IDataBountyBoard
    function addPaymentToken(address token_) external {
        _onlyTimelock();
        _addPaymentToken(token_);
    }

    function _addPaymentToken(address token_) private {
        if (token_ == address(0)) revert BountyZeroAddress();
        if (_isAccepted(token_)) revert BountyTokenAlreadyAccepted(token_);
        uint8 n = _erc20Count;
        if (n == MAX_ERC20_TOKENS) revert BountyTooManyTokens(MAX_ERC20_TOKENS);
        _erc20s[n] = token_;
        _erc20Count = n + 1;
        emit PaymentTokenAdded(token_);
    }

    /// @dev ETH, or one of the (at most MAX_ERC20_TOKENS) listed ERC-20s: the
    /// list is read instead of keeping a second, per-token record of it.
    function _isAccepted(address token_) private view returns (bool) {
        if (token_ == ETH) return true;
        uint256 n = _erc20Count;
        for (uint256 i; i < n; ++i) {
            if (_erc20s[i] == token_) return true;
        }
        return false;
    }

    function _onlyTimelock() private view {
        if (msg.sender != _timelock) revert BountyNotTimelock(msg.sender);
    }

    // --- views ---

    /// @inheritdoc IDataBountyBoard
    function bounty(uint256 bountyId) external view returns (Bounty memory) {
        if (bountyId == 0 || bountyId > _bountyCount) revert BountyUnknown(bountyId);
        return _bounties[bountyId];
    }

    /// @inheritdoc IDataBountyBoard
    function submission(uint256 submissionId) external view returns (Submission memory) {
        if (submissionId == 0 || submissionId > _submissionCount) revert BountyUnknownSubmission(submissionId);
        return _submissions[submissionId];
    }

    /// @inheritdoc IDataBountyBoard
    function bountyCount() external view returns (uint256) {
        return _bountyCount;
    }

    /// @inheritdoc IDataBountyBoard
    function submissionCount() external view returns (uint256) {
        return _submissionCount;
    }

    /// @inheritdoc IDataBountyBoard
    function escrowed(address token_) external view returns (uint256) {
        return _escrow[token_];
    }

    /// @inheritdoc IDataBountyBoard
    function reputation(address account) external view returns (uint256) {
        return _reputation[account];
    }

    /// @inheritdoc IDataBountyBoard
    function totalReputation() external view returns (uint256) {
        return _totalReputation;
    }

    /// @inheritdoc IDataBountyBoard
    function undistributed(address token_) external view returns (uint256) {
        return _pools[token_].undistributed;
    }

    /// @inheritdoc IDataBountyBoard
    function claimable(address account, address token_) external view returns (uint256) {
        if (!_isAccepted(token_)) return 0;
        return uint256((_reputation[account] * _pools[token_].accPerRep).toInt256() + _corrections[token_][account])
            / MAGNITUDE;
    }

    /// @inheritdoc IDataBountyBoard
    function isCurator(address account) external view returns (bool) {
        return _curators[account];
    }

    /// @inheritdoc IDataBountyBoard
    function isPaymentToken(address token_) external view returns (bool) {
        return _isAccepted(token_);
    }

    /// @inheritdoc IDataBountyBoard
    function timelock() external view returns (address) {
        return _timelock;
    }

    /// @inheritdoc IDataBountyBoard
    function token() external view returns (address) {
        return address(_token);
    }
}
