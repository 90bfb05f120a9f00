// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DAOFixture} from "../utils/DAOFixture.sol";
import {RevenueHandler} from "./handlers/RevenueHandler.sol";
import {IRevenueDistributor} from "../../src/interfaces/IRevenueDistributor.sol";

contract RevenueInvariantsTest is DAOFixture {
    RevenueHandler internal handler;

    function setUp() public {
        _setUpDAO();
        handler = new RevenueHandler(mt, distributor, usdc, address(timelock));
        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = RevenueHandler.transfer.selector;
        selectors[1] = RevenueHandler.delegate.selector;
        selectors[2] = RevenueHandler.mint.selector;
        selectors[3] = RevenueHandler.burn.selector;
        selectors[4] = RevenueHandler.depositETH.selector;
        selectors[5] = RevenueHandler.depositToken.selector;
        selectors[6] = RevenueHandler.claim.selector;
        selectors[7] = RevenueHandler.claim.selector; // claims twice as likely
        selectors[8] = RevenueHandler.warp.selector;
        targetSelector(FuzzSelector(address(handler), selectors));
        targetContract(address(handler));
    }

    function _owedPlusCarried(address token) internal view returns (uint256 total) {
        address[] memory actors = handler.allActors();
        for (uint256 i; i < actors.length; ++i) {
            total += distributor.claimable(actors[i], token);
        }
        IRevenueDistributor.Stream memory s = distributor.stream(token);
        total += s.remaining + s.dust / distributor.MAGNITUDE();
    }

    function _balance(address token) internal view returns (uint256) {
        return token == address(0) ? address(distributor).balance : usdc.balanceOf(address(distributor));
    }

    /// @custom:invariant Per payment token, the sum of all claimable revenue
    /// plus what is still streaming plus the carried dust never exceeds the
    /// distributor's balance.
    function invariant_claimablePlusCarriedWithinBalance() public view {
        vm.assertLe(_owedPlusCarried(address(0)), _balance(address(0)), "ETH");
        vm.assertLe(_owedPlusCarried(address(usdc)), _balance(address(usdc)), "USDC");
    }

    /// @custom:invariant Nothing is lost: the balance is what was deposited less
    /// what was claimed, and all but a few wei of rounding per holder is owed,
    /// streaming or carried.
    function invariant_noRevenueLost() public view {
        address[2] memory tokens = [address(0), address(usdc)];
        for (uint256 i; i < 2; ++i) {
            uint256 balance = _balance(tokens[i]);
            vm.assertEq(balance, handler.ghostDeposited(tokens[i]) - handler.ghostClaimed(tokens[i]));
            uint256 slack = handler.allActors().length + mt.totalSupply() / distributor.MAGNITUDE() + 1;
            vm.assertLe(balance - _owedPlusCarried(tokens[i]), slack, "stranded revenue");
        }
    }

    /// @custom:invariant The distributor's supply follows the token's.
    function invariant_supplyTracked() public view {
        vm.assertEq(distributor.supply(), mt.totalSupply());
    }

    /// @custom:invariant Total votes equal the supply that is delegated.
    function invariant_votesEqualDelegatedSupply() public view {
        address[] memory actors = handler.allActors();
        uint256 votes;
        uint256 delegated;
        for (uint256 i; i < actors.length; ++i) {
            votes += mt.getVotes(actors[i]);
            if (mt.delegates(actors[i]) != address(0)) delegated += mt.balanceOf(actors[i]);
        }
        // alice and bob hold the initial allocation; only actors ever hold MT.
        vm.assertEq(votes, delegated);
        vm.assertLe(votes, mt.totalSupply());
    }

    /// The handler reaches every action with a fixed sequence, so the
    /// invariants above are not vacuous.
    function test_handler_reachesEveryAction() public {
        handler.depositETH(10 ether);
        handler.depositToken(1e9);
        handler.warp(1 hours);
        handler.transfer(0, 2, 100e18);
        handler.delegate(2, 3, false);
        handler.mint(3, 1e18);
        handler.warp(1 days);
        handler.burn(1, 1e18);
        handler.claim(0, 2);
        handler.claim(2, 0);
        vm.assertGt(handler.ghostClaimed(address(0)), 0);
        vm.assertGt(handler.ghostClaimed(address(usdc)), 0);
        invariant_claimablePlusCarriedWithinBalance();
        invariant_noRevenueLost();
        invariant_votesEqualDelegatedSupply();
    }
}
