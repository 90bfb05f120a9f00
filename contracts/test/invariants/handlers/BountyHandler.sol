// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../../utils/Test.sol";
import {DataBountyBoard} from "../../../src/bounty/DataBountyBoard.sol";
import {IDataBountyBoard} from "../../../src/interfaces/IDataBountyBoard.sol";
import {TestERC20} from "../../mocks/TestERC20.sol";

/// @notice Drives a DAO's DataBountyBoard: bounties posted, submitted to,
/// accepted, rejected and closed, pool deposits and claims, and time.
contract BountyHandler is Test {
    DataBountyBoard internal immutable board;
    TestERC20 internal immutable usdc;
    address internal immutable timelock;
    address internal immutable curator;

    address[] internal contributors;
    mapping(bytes32 => uint256) public calls;
    uint256 public ghostMinted;

    constructor(DataBountyBoard board_, TestERC20 usdc_, address timelock_, address curator_) {
        (board, usdc, timelock, curator) = (board_, usdc_, timelock_, curator_);
        contributors.push(makeAddr("dave"));
        contributors.push(makeAddr("erin"));
        contributors.push(makeAddr("frank"));
    }

    function allContributors() external view returns (address[] memory) {
        return contributors;
    }

    function post(uint128 ethReward, uint128 tokenReward, uint32 maxAccepted, uint64 duration, uint64 rep) external {
        IDataBountyBoard.BountyParams memory p;
        p.specHash = keccak256(abi.encode(block.timestamp, ethReward));
        p.ethReward = uint128(bound(ethReward, 0, 1e21));
        p.tokenReward = uint128(bound(tokenReward, 0, 1e21));
        p.rewardToken = p.tokenReward == 0 ? address(0) : address(usdc);
        p.reputation = uint64(bound(rep, 1, 1e6));
        p.mtReward = uint128(bound(ethReward ^ tokenReward, 0, 1e21));
        p.maxAccepted = uint32(bound(maxAccepted, 1, 5));
        p.deadline = uint64(block.timestamp + bound(duration, 1, 30 days));
        uint256 ethEscrow = uint256(p.ethReward) * p.maxAccepted;
        vm.deal(timelock, timelock.balance + ethEscrow);
        usdc.mint(timelock, uint256(p.tokenReward) * p.maxAccepted);
        vm.startPrank(timelock);
        usdc.approve(address(board), type(uint256).max);
        board.postBounty{value: ethEscrow}(p);
        vm.stopPrank();
        calls["post"]++;
    }

    function _bountyId(uint256 seed) internal view returns (uint256) {
        uint256 n = board.bountyCount();
        return n == 0 ? 0 : 1 + seed % n;
    }

    function submit(uint256 bountySeed, uint256 who) external {
        uint256 id = _bountyId(bountySeed);
        if (id == 0) return;
        IDataBountyBoard.Bounty memory b = board.bounty(id);
        if (b.closed || block.timestamp > b.deadline || b.accepted == b.maxAccepted) return;
        vm.prank(contributors[who % contributors.length]);
        board.submit(id, keccak256(abi.encode(id, who, block.timestamp)), "ipfs://data");
        calls["submit"]++;
    }

    function _pending(uint256 seed) internal view returns (uint256) {
        uint256 n = board.submissionCount();
        if (n == 0) return 0;
        uint256 id = 1 + seed % n;
        IDataBountyBoard.Submission memory s = board.submission(id);
        if (s.status != IDataBountyBoard.Status.Pending) return 0;
        IDataBountyBoard.Bounty memory b = board.bounty(s.bountyId);
        if (b.closed || b.accepted == b.maxAccepted) return 0;
        return id;
    }

    function accept(uint256 seed) external {
        uint256 id = _pending(seed);
        if (id == 0) return;
        uint256 mtReward = board.bounty(board.submission(id).bountyId).mtReward;
        vm.prank(curator);
        board.accept(id, keccak256("ok"));
        ghostMinted += mtReward;
        calls["accept"]++;
    }

    function reject(uint256 seed) external {
        uint256 id = _pending(seed);
        if (id == 0) return;
        vm.prank(curator);
        board.reject(id, keccak256("no"));
        calls["reject"]++;
    }

    function close(uint256 bountySeed, bool byTimelock) external {
        uint256 id = _bountyId(bountySeed);
        if (id == 0) return;
        IDataBountyBoard.Bounty memory b = board.bounty(id);
        if (b.closed) return;
        if (!byTimelock) vm.warp(uint256(b.deadline) + board.REVIEW_PERIOD() + 1);
        vm.prank(byTimelock ? timelock : address(this));
        board.closeBounty(id);
        calls["close"]++;
    }

    function depositPool(uint256 amount, bool inToken) external {
        amount = bound(amount, 1, 1e24);
        if (inToken) {
            usdc.mint(address(this), amount);
            usdc.approve(address(board), amount);
            board.depositToken(address(usdc), amount);
        } else {
            vm.deal(address(this), amount);
            board.depositETH{value: amount}();
        }
        calls["deposit"]++;
    }

    function claimPool(uint256 who) external {
        address c = contributors[who % contributors.length];
        address[] memory tokens = new address[](2);
        tokens[1] = address(usdc);
        if (board.claimable(c, address(0)) + board.claimable(c, address(usdc)) == 0) return;
        vm.prank(c);
        board.claim(tokens, c);
        calls["claim"]++;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 10 days));
    }

    receive() external payable {}
}
