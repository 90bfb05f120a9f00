// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DAOFixture} from "../utils/DAOFixture.sol";
import {BountyHandler} from "./handlers/BountyHandler.sol";
import {IDataBountyBoard} from "../../src/interfaces/IDataBountyBoard.sol";

contract BountyInvariantsTest is DAOFixture {
    BountyHandler internal handler;
    uint256 internal budget;
    uint256 internal supplyBefore;

    function setUp() public {
        _setUpDAO();
        supplyBefore = mt.totalSupply();
        budget = 1e27;
        vm.prank(address(timelock));
        mt.setBountyMintBudget(uint96(budget));
        handler = new BountyHandler(board, usdc, address(timelock), curator);
        bytes4[] memory selectors = new bytes4[](8);
        selectors[0] = BountyHandler.post.selector;
        selectors[1] = BountyHandler.submit.selector;
        selectors[2] = BountyHandler.accept.selector;
        selectors[3] = BountyHandler.reject.selector;
        selectors[4] = BountyHandler.close.selector;
        selectors[5] = BountyHandler.depositPool.selector;
        selectors[6] = BountyHandler.claimPool.selector;
        selectors[7] = BountyHandler.warp.selector;
        targetSelector(FuzzSelector(address(handler), selectors));
        targetContract(address(handler));
    }

    /// @custom:invariant Per reward token, the escrow equals the sum of the
    /// open bounties' remaining rewards.
    function invariant_escrowEqualsOpenBountiesRemaining() public view {
        uint256 ethOpen;
        uint256 usdcOpen;
        for (uint256 id = 1; id <= board.bountyCount(); ++id) {
            IDataBountyBoard.Bounty memory b = board.bounty(id);
            if (b.closed) continue;
            uint256 left = b.maxAccepted - b.accepted;
            ethOpen += left * b.ethReward;
            usdcOpen += left * b.tokenReward;
        }
        vm.assertEq(board.escrowed(address(0)), ethOpen, "ETH");
        vm.assertEq(board.escrowed(address(usdc)), usdcOpen, "USDC");
    }

    /// @custom:invariant The board holds the escrow plus everything the pool
    /// owes (claimable or waiting for the first reputation).
    function invariant_balanceCoversEscrowAndPool() public view {
        address[] memory cs = handler.allContributors();
        address[2] memory tokens = [address(0), address(usdc)];
        for (uint256 t; t < 2; ++t) {
            uint256 owed = board.escrowed(tokens[t]) + board.undistributed(tokens[t]);
            for (uint256 i; i < cs.length; ++i) {
                owed += board.claimable(cs[i], tokens[t]);
            }
            uint256 balance = t == 0 ? address(board).balance : usdc.balanceOf(address(board));
            vm.assertLe(owed, balance);
        }
    }

    /// @custom:invariant The board mints MT only for accepted submissions and
    /// only out of its budget: minted plus what is left is the budget.
    function invariant_mintsWithinBudget() public view {
        vm.assertEq(mt.totalSupply() - supplyBefore, handler.ghostMinted());
        vm.assertEq(handler.ghostMinted() + mt.bountyMintBudget(), budget);
    }

    /// @custom:invariant Reputation totals the contributors' reputations.
    function invariant_reputationSums() public view {
        address[] memory cs = handler.allContributors();
        uint256 sum;
        for (uint256 i; i < cs.length; ++i) {
            sum += board.reputation(cs[i]);
        }
        vm.assertEq(sum, board.totalReputation());
    }

    /// The handler reaches every action with a fixed sequence.
    function test_handler_reachesEveryAction() public {
        handler.depositPool(1 ether, false);
        handler.post(1 ether, 5e6, 3, 1 days, 10);
        handler.submit(0, 0);
        handler.submit(0, 1);
        handler.submit(0, 2);
        handler.accept(0);
        handler.reject(1);
        handler.depositPool(1e9, true);
        handler.claimPool(0);
        handler.close(0, false);
        vm.assertEq(handler.calls("accept"), 1);
        vm.assertEq(handler.calls("reject"), 1);
        vm.assertEq(handler.calls("claim"), 1);
        vm.assertEq(handler.calls("close"), 1);
        vm.assertTrue(board.bounty(1).closed);
        vm.assertGt(handler.ghostMinted(), 0);
        invariant_escrowEqualsOpenBountiesRemaining();
        invariant_balanceCoversEscrowAndPool();
        invariant_mintsWithinBudget();
    }
}
