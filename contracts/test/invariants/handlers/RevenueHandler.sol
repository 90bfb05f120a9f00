// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../../utils/Test.sol";
import {ManagementToken} from "../../../src/token/ManagementToken.sol";
import {RevenueDistributor} from "../../../src/revenue/RevenueDistributor.sol";
import {TestERC20} from "../../mocks/TestERC20.sol";

/// @notice Drives a DAO's MT and RevenueDistributor with random transfers,
/// delegations, mints, burns, deposits, claims and time, keeping ghost totals.
contract RevenueHandler is Test {
    ManagementToken internal immutable mt;
    RevenueDistributor internal immutable distributor;
    TestERC20 internal immutable usdc;
    address internal immutable timelock;

    address[] internal actors;
    mapping(address token => uint256) public ghostDeposited;
    mapping(address token => uint256) public ghostClaimed;
    mapping(bytes32 => uint256) public calls;

    constructor(ManagementToken mt_, RevenueDistributor distributor_, TestERC20 usdc_, address timelock_) {
        (mt, distributor, usdc, timelock) = (mt_, distributor_, usdc_, timelock_);
        actors.push(makeAddr("alice"));
        actors.push(makeAddr("bob"));
        actors.push(makeAddr("carol"));
        actors.push(makeAddr("dave"));
    }

    function allActors() external view returns (address[] memory) {
        return actors;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        amount = bound(amount, 0, mt.balanceOf(from));
        vm.prank(from);
        mt.transfer(_actor(toSeed), amount);
        calls["transfer"]++;
    }

    function delegate(uint256 fromSeed, uint256 toSeed, bool toNobody) external {
        vm.prank(_actor(fromSeed));
        mt.delegate(toNobody ? address(0) : _actor(toSeed));
        calls["delegate"]++;
    }

    function mint(uint256 toSeed, uint256 amount) external {
        amount = bound(amount, 1, 1e24);
        vm.prank(timelock);
        mt.mint(_actor(toSeed), amount);
        calls["mint"]++;
    }

    function burn(uint256 fromSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        amount = bound(amount, 0, mt.balanceOf(from));
        vm.prank(from);
        mt.burn(amount);
        calls["burn"]++;
    }

    function depositETH(uint256 amount) external {
        amount = bound(amount, 1, 1e24);
        vm.deal(address(this), amount);
        distributor.depositETH{value: amount}();
        ghostDeposited[address(0)] += amount;
        calls["depositETH"]++;
    }

    function depositToken(uint256 amount) external {
        amount = bound(amount, 1, 1e24);
        usdc.mint(address(this), amount);
        usdc.approve(address(distributor), amount);
        distributor.depositToken(address(usdc), amount);
        ghostDeposited[address(usdc)] += amount;
        calls["depositToken"]++;
    }

    function claim(uint256 actorSeed, uint8 which) external {
        address who = _actor(actorSeed);
        address[] memory tokens = new address[](which % 3 == 2 ? 2 : 1);
        tokens[0] = which % 3 == 1 ? address(usdc) : address(0);
        if (tokens.length == 2) tokens[1] = address(usdc);
        uint256 owed;
        for (uint256 i; i < tokens.length; ++i) {
            owed += distributor.claimable(who, tokens[i]);
        }
        if (owed == 0) return;
        vm.prank(who);
        uint256[] memory got = distributor.claim(tokens, who);
        for (uint256 i; i < tokens.length; ++i) {
            ghostClaimed[tokens[i]] += got[i];
        }
        calls["claim"]++;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 2 days));
        calls["warp"]++;
    }

    receive() external payable {}
}
