// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Test} from "../utils/Test.sol";
import {ManagementToken} from "../../src/token/ManagementToken.sol";
import {IManagementToken} from "../../src/interfaces/IManagementToken.sol";

contract ManagementTokenTest is Test {
    ManagementToken internal token;
    address internal minter = makeAddr("minter");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public {
        token = ManagementToken(Clones.clone(address(new ManagementToken())));
        token.initialize("Mini", "MINI", minter);
    }

    function test_mint_selfDelegatesReceiver() public {
        vm.prank(minter);
        token.mint(alice, 100e18);
        vm.assertEq(token.delegates(alice), alice);
        vm.assertEq(token.getVotes(alice), 100e18);
    }

    function test_mint_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IManagementToken.ManagementTokenUnauthorizedMinter.selector, bob));
        vm.prank(bob);
        token.mint(alice, 1);
    }

    function test_transfer_keepsExplicitDelegation() public {
        vm.prank(minter);
        token.mint(alice, 10);
        vm.prank(bob);
        token.delegate(alice);
        vm.prank(alice);
        token.transfer(bob, 4);
        vm.assertEq(token.delegates(bob), alice);
        vm.assertEq(token.getVotes(alice), 10);
    }

    function testFuzz_transfer_votesFollowBalances(uint256 a, uint256 t) public {
        a = bound(a, 1, 1e30);
        t = bound(t, 0, a);
        vm.prank(minter);
        token.mint(alice, a);
        vm.prank(alice);
        token.transfer(bob, t);
        vm.assertEq(token.getVotes(alice) + token.getVotes(bob), token.totalSupply());
    }

    function test_clock_isTimestamp() public view {
        vm.assertEq(uint256(token.clock()), block.timestamp);
        vm.assertEq(token.CLOCK_MODE(), "mode=timestamp");
    }
}
