// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IRevenueSink} from "../interfaces/IRevenueSink.sol";
import {IRevenueDistributor} from "../interfaces/IRevenueDistributor.sol";

/// @title RevenueDistributor
/// @notice See {IRevenueDistributor}. One clone per DAO.
/// @dev Each payment token has an accumulator `accPerShare` (revenue per MT
/// unit, scaled by MAGNITUDE). An account's accumulated revenue, scaled, is
/// `balance * accPerShare + correction`: a balance change of `x` at
/// accumulator `a` moves `x * a` between the two accounts' corrections, and a
/// claim of `c` subtracts `c * MAGNITUDE` from the claimer's. Deposits are
/// streamed: `remaining` flows into the accumulator linearly until `finish`;
/// the division remainder is kept as `dust` and added to the next release.
/// An MT transfer stores no stream: the supply is unchanged, so it computes
/// the accumulator as a claim does; only mints, burns and deposits store it.
contract RevenueDistributor is IRevenueDistributor {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice The accumulator's fixed-point scale.
    uint256 public constant MAGNITUDE = 1e18;
    /// @notice ERC-20 payment tokens beside ETH; each adds two storage reads (its stream) and two writes (the two accounts' corrections) to every MT transfer.
    uint256 public constant MAX_ERC20_TOKENS = 3;
    /// @notice Bounds of the stream period, in seconds.
    uint40 public constant MIN_STREAM_PERIOD = 1 hours;
    uint40 public constant MAX_STREAM_PERIOD = 90 days;

    address private constant ETH = address(0);

    // Read together by every MT transfer and every claim: one slot. The
    // supply fits: the token caps it at 2^96 - 1.
    address private _token;
    uint96 private _supply;

    address private _timelock;
    uint40 private _streamPeriod;
    // Read by every MT transfer: the first ERC-20 and the count share a slot.
    address private _erc20First;
    uint8 private _erc20Count;
    address[MAX_ERC20_TOKENS - 1] private _erc20More;
    mapping(address token => Stream) private _streams;
    mapping(address token => mapping(address account => int256)) private _corrections;

    /// @dev The implementation itself: never initialised, only its clones are.
    address private immutable _self = address(this);

    /// @notice The distributor is the implementation or already initialised.
    /// @dev The selector of OpenZeppelin's Initializable error: a clone counts
    /// as initialised once its token is set, which saves an initialised flag's
    /// storage slot in every DAO.
    error InvalidInitialization();

    /// @inheritdoc IRevenueDistributor
    function initialize(address token_, address timelock_, uint40 streamPeriod_, address[] calldata paymentTokens_)
        external
    {
        if (address(this) == _self || _token != address(0)) revert InvalidInitialization();
        if (token_ == address(0) || timelock_ == address(0)) revert DistributorZeroAddress();
        _token = token_;
        _timelock = timelock_;
        _setStreamPeriod(streamPeriod_);
        emit PaymentTokenAdded(ETH);
        for (uint256 i; i < paymentTokens_.length; ++i) {
            _addPaymentToken(paymentTokens_[i]);
        }
    }

    // --- deposits ---

    /// @inheritdoc IRevenueSink
    function depositETH() external payable {
        _deposit(ETH, msg.value);
    }

    /// @inheritdoc IRevenueSink
    /// @dev Fee-on-transfer tokens are not supported: governance accepts tokens.
    function depositToken(address token_, uint256 amount) external {
        if (token_ == ETH || !_isAccepted(token_)) revert DistributorTokenNotAccepted(token_);
        IERC20(token_).safeTransferFrom(msg.sender, address(this), amount);
        _deposit(token_, amount);
    }

    function _deposit(address token_, uint256 amount) private {
        if (amount == 0) revert DistributorZeroAmount();
        Stream memory s = _streams[token_];
        _advance(s, _supply);
        uint40 finish = uint40(block.timestamp) + _streamPeriod;
        s.remaining = (s.remaining + amount).toUint128();
        s.finish = finish;
        s.lastUpdate = uint40(block.timestamp);
        _streams[token_] = s;
        emit Deposited(token_, msg.sender, amount, s.remaining, finish);
    }

    // --- claims ---

    /// @inheritdoc IRevenueDistributor
    function claim(address[] calldata tokens, address to) external returns (uint256[] memory amounts) {
        if (to == address(0)) revert DistributorZeroAddress();
        (address mt, uint256 mtSupply) = (_token, _supply);
        uint256 balance = IERC20(mt).balanceOf(msg.sender);
        amounts = new uint256[](tokens.length);
        bool any;
        for (uint256 i; i < tokens.length; ++i) {
            address t = tokens[i];
            if (!_isAccepted(t)) revert DistributorTokenNotAccepted(t);
            // The accumulator as it would be now, not stored: a later stored
            // update can only be higher, so this never pays out too much.
            Stream memory s = _streams[t];
            _advance(s, mtSupply);
            int256 corr = _corrections[t][msg.sender];
            uint256 due = uint256((balance * s.accPerShare).toInt256() + corr) / MAGNITUDE;
            if (due == 0) continue;
            _corrections[t][msg.sender] = corr - (due * MAGNITUDE).toInt256();
            amounts[i] = due;
            any = true;
            emit Claimed(msg.sender, to, t, due);
            _send(t, to, due);
        }
        if (!any) revert DistributorNothingToClaim(msg.sender);
    }

    function _send(address token_, address to, uint256 amount) private {
        if (token_ == ETH) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert DistributorETHTransferFailed(to, amount);
        } else {
            IERC20(token_).safeTransfer(to, amount);
        }
    }

    // --- MT balance changes ---

    /// @inheritdoc IRevenueDistributor
    function onTokenTransfer(address from, address to, uint256 amount) external {
        (address mt, uint96 mtSupply) = (_token, _supply);
        if (msg.sender != mt) revert DistributorNotToken(msg.sender);
        // Only a mint or a burn changes the supply the streams divide by, so
        // only those store the streams advanced to now; a transfer computes
        // the accumulator as claims do and moves corrections between the two
        // accounts, which sum to zero whatever the accumulator.
        bool supplyChanges = from == address(0) || to == address(0);
        _settle(ETH, from, to, amount, mtSupply, supplyChanges);
        (address first, uint256 n) = (_erc20First, _erc20Count);
        if (n != 0) _settle(first, from, to, amount, mtSupply, supplyChanges);
        for (uint256 i = 1; i < n; ++i) {
            _settle(_erc20More[i - 1], from, to, amount, mtSupply, supplyChanges);
        }
        // The token checked the amounts against its own supply and balances.
        if (from == address(0)) _supply = uint96(mtSupply + amount);
        else if (to == address(0)) _supply = uint96(mtSupply - amount);
    }

    function _settle(address token_, address from, address to, uint256 amount, uint256 mtSupply, bool store) private {
        Stream storage stored = _streams[token_];
        uint256 acc;
        if (stored.remaining != 0) {
            Stream memory s = stored;
            if (_advance(s, mtSupply) && store) _streams[token_] = s;
            acc = s.accPerShare;
        } else {
            acc = stored.accPerShare;
        }
        if (acc == 0) return;
        int256 moved = (amount * acc).toInt256();
        if (from != address(0)) _corrections[token_][from] += moved;
        if (to != address(0)) _corrections[token_][to] -= moved;
    }

    /// @dev Streams `s` forward to now for an MT supply of `mtSupply` (constant
    /// since s.lastUpdate, as every supply change settles first). Returns whether `s` changed.
    function _advance(Stream memory s, uint256 mtSupply) private view returns (bool) {
        uint40 now_ = uint40(block.timestamp);
        if (s.remaining == 0 || s.lastUpdate == now_) return false;
        if (mtSupply == 0) {
            // Nobody to earn it: pause the stream rather than lose it.
            s.finish += now_ - s.lastUpdate;
            s.lastUpdate = now_;
            return true;
        }
        uint256 released =
            now_ >= s.finish ? s.remaining : uint256(s.remaining) * (now_ - s.lastUpdate) / (s.finish - s.lastUpdate);
        s.remaining -= uint128(released);
        s.lastUpdate = now_;
        uint256 scaled = released * MAGNITUDE + s.dust;
        uint256 perShare = scaled / mtSupply;
        s.accPerShare = (s.accPerShare + perShare).toUint160();
        // Below the supply, itself capped at 2^96 - 1 by the token.
        s.dust = uint96(scaled - perShare * mtSupply);
        return true;
    }

    // --- governance ---

    /// @inheritdoc IRevenueDistributor
    function addPaymentToken(address token_) external {
        _onlyTimelock();
        _addPaymentToken(token_);
    }

    function _addPaymentToken(address token_) private {
        if (token_ == address(0)) revert DistributorZeroAddress();
        if (_isAccepted(token_)) revert DistributorTokenAlreadyAccepted(token_);
        uint8 n = _erc20Count;
        if (n == MAX_ERC20_TOKENS) revert DistributorTooManyTokens(MAX_ERC20_TOKENS);
        if (n == 0) _erc20First = token_;
        else _erc20More[n - 1] = token_;
        _erc20Count = n + 1;
        emit PaymentTokenAdded(token_);
    }

    /// @inheritdoc IRevenueDistributor
    function setStreamPeriod(uint40 period) external {
        _onlyTimelock();
        _setStreamPeriod(period);
    }

    function _setStreamPeriod(uint40 period) private {
        if (period < MIN_STREAM_PERIOD || period > MAX_STREAM_PERIOD) {
            revert DistributorStreamPeriodOutOfRange(period, MIN_STREAM_PERIOD, MAX_STREAM_PERIOD);
        }
        _streamPeriod = period;
        emit StreamPeriodSet(period);
    }

    /// @dev ETH, or one of the (at most MAX_ERC20_TOKENS) listed ERC-20s: the
    /// list is read instead of keeping a second, per-token record of it.
    function _isAccepted(address token_) private view returns (bool) {
        if (token_ == ETH) return true;
        (address first, uint256 n) = (_erc20First, _erc20Count);
        if (n == 0) return false;
        if (token_ == first) return true;
        for (uint256 i = 1; i < n; ++i) {
            if (_erc20More[i - 1] == token_) return true;
        }
        return false;
    }

    function _onlyTimelock() private view {
        if (msg.sender != _timelock) revert DistributorNotTimelock(msg.sender);
    }

    // --- views ---

    /// @inheritdoc IRevenueDistributor
    function claimable(address account, address token_) external view returns (uint256) {
        if (!_isAccepted(token_)) return 0;
        Stream memory s = _streams[token_];
        _advance(s, _supply);
        uint256 balance = IERC20(_token).balanceOf(account);
        return uint256((balance * s.accPerShare).toInt256() + _corrections[token_][account]) / MAGNITUDE;
    }

    /// @inheritdoc IRevenueDistributor
    function isPaymentToken(address token_) external view returns (bool) {
        return _isAccepted(token_);
    }

    /// @inheritdoc IRevenueDistributor
    function paymentTokens() external view returns (address[] memory list) {
        uint256 n = _erc20Count;
        list = new address[](n + 1);
        if (n != 0) list[1] = _erc20First;
        for (uint256 i = 1; i < n; ++i) {
            list[i + 1] = _erc20More[i - 1];
        }
    }

    /// @inheritdoc IRevenueDistributor
    function stream(address token_) external view returns (Stream memory s) {
        s = _streams[token_];
        _advance(s, _supply);
    }

    /// @inheritdoc IRevenueDistributor
    function streamPeriod() external view returns (uint40) {
        return _streamPeriod;
    }

    /// @inheritdoc IRevenueDistributor
    function token() external view returns (address) {
        return _token;
    }

    /// @inheritdoc IRevenueDistributor
    function supply() external view returns (uint256) {
        return _supply;
    }

    /// @inheritdoc IRevenueDistributor
    function timelock() external view returns (address) {
        return _timelock;
    }
}
