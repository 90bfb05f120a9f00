// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {DAOFixture} from "../utils/DAOFixture.sol";
import {TestERC20} from "../mocks/TestERC20.sol";
import {RejectingReceiver} from "../mocks/RejectingReceiver.sol";
import {IDataBountyBoard} from "../../src/interfaces/IDataBountyBoard.sol";
import {IManagementToken} from "../../src/interfaces/IManagementToken.sol";
import {DataBountyBoard} from "../../src/bounty/DataBountyBoard.sol";

contract DataBountyBoardTest is DAOFixture {
    address internal constant ETH = address(0);
    address internal dave = makeAddr("dave");
    address[] internal ethOnly;

    function setUp() public {
        _setUpDAO();
        ethOnly.push(ETH);
        vm.deal(address(timelock), 100 ether);
        usdc.mint(address(timelock), 1e12);
        vm.prank(address(timelock));
        usdc.approve(address(board), type(uint256).max);
    }

    function _params() internal view returns (IDataBountyBoard.BountyParams memory p) {
        p.specHash = keccak256("spec");
        p.uri = "ipfs://spec";
        p.rewardToken = address(usdc);
        p.ethReward = 1 ether;
        p.tokenReward = 100e6;
        p.mtReward = 10e18;
        p.reputation = 5;
        p.deadline = uint64(block.timestamp + 7 days);
        p.maxAccepted = 3;
    }

    function _post(IDataBountyBoard.BountyParams memory p) internal returns (uint256) {
        vm.prank(address(timelock));
        return board.postBounty{value: uint256(p.ethReward) * p.maxAccepted}(p);
    }

    function _submit(uint256 bountyId, address who) internal returns (uint256) {
        vm.prank(who);
        return board.submit(bountyId, keccak256(abi.encode(who, bountyId)), "ipfs://data");
    }

    function _accept(uint256 submissionId) internal {
        vm.prank(curator);
        board.accept(submissionId, keccak256("good"));
    }

    function _fresh() internal returns (DataBountyBoard) {
        return DataBountyBoard(payable(Clones.clone(factory.implementations().bountyBoard)));
    }

    // --- initialize ---

    function test_initialize_wires() public view {
        vm.assertEq(board.token(), address(mt));
        vm.assertEq(board.timelock(), address(timelock));
        vm.assertTrue(board.isCurator(curator));
        vm.assertTrue(board.isPaymentToken(ETH));
        vm.assertTrue(board.isPaymentToken(address(usdc)));
    }

    function test_initialize_revertsOnSecondCall() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        board.initialize(address(mt), address(timelock), new address[](0), new address[](0));
    }

    function test_initialize_revertsOnImplementation() public {
        DataBountyBoard impl = DataBountyBoard(payable(factory.implementations().bountyBoard));
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(address(mt), address(timelock), new address[](0), new address[](0));
    }

    function test_initialize_revertsOnZeroToken() public {
        DataBountyBoard b = _fresh();
        vm.expectRevert(IDataBountyBoard.BountyZeroAddress.selector);
        b.initialize(address(0), address(timelock), new address[](0), new address[](0));
    }

    function test_initialize_revertsOnZeroTimelock() public {
        DataBountyBoard b = _fresh();
        vm.expectRevert(IDataBountyBoard.BountyZeroAddress.selector);
        b.initialize(address(mt), address(0), new address[](0), new address[](0));
    }

    function test_initialize_revertsOnZeroCurator() public {
        DataBountyBoard b = _fresh();
        vm.expectRevert(IDataBountyBoard.BountyZeroAddress.selector);
        b.initialize(address(mt), address(timelock), new address[](1), new address[](0));
    }

    // --- postBounty ---

    function test_postBounty_escrowsRewards() public {
        IDataBountyBoard.BountyParams memory p = _params();
        vm.expectEmit(address(board));
        emit IDataBountyBoard.BountyPosted(1, p.specHash, p.uri, p.rewardToken, 1 ether, 100e6, 10e18, 5, p.deadline, 3);
        uint256 id = _post(p);
        vm.assertEq(id, 1);
        vm.assertEq(board.bountyCount(), 1);
        vm.assertEq(board.escrowed(ETH), 3 ether);
        vm.assertEq(board.escrowed(address(usdc)), 300e6);
        vm.assertEq(address(board).balance, 3 ether);
        vm.assertEq(usdc.balanceOf(address(board)), 300e6);
        IDataBountyBoard.Bounty memory b = board.bounty(id);
        vm.assertEq(b.specHash, p.specHash);
        vm.assertEq(uint256(b.maxAccepted), 3);
        vm.assertFalse(b.closed);
    }

    function test_postBounty_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyNotTimelock.selector, alice));
        vm.prank(alice);
        board.postBounty(_params());
    }

    function test_postBounty_revertsOnPastDeadline() public {
        IDataBountyBoard.BountyParams memory p = _params();
        p.deadline = uint64(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyInvalidDeadline.selector, p.deadline));
        _post(p);
    }

    function test_postBounty_revertsOnZeroMaxAccepted() public {
        IDataBountyBoard.BountyParams memory p = _params();
        p.maxAccepted = 0;
        vm.expectRevert(IDataBountyBoard.BountyInvalidMaxAccepted.selector);
        _post(p);
    }

    function test_postBounty_revertsOnTokenRewardWithoutToken() public {
        IDataBountyBoard.BountyParams memory p = _params();
        p.rewardToken = address(0);
        vm.expectRevert(IDataBountyBoard.BountyInvalidReward.selector);
        _post(p);
    }

    function test_postBounty_revertsOnTokenWithoutReward() public {
        IDataBountyBoard.BountyParams memory p = _params();
        p.tokenReward = 0;
        vm.expectRevert(IDataBountyBoard.BountyInvalidReward.selector);
        _post(p);
    }

    function test_postBounty_revertsOnNoReward() public {
        IDataBountyBoard.BountyParams memory p = _params();
        (p.rewardToken, p.ethReward, p.tokenReward, p.mtReward, p.reputation) = (address(0), 0, 0, 0, 0);
        vm.expectRevert(IDataBountyBoard.BountyInvalidReward.selector);
        _post(p);
    }

    function test_postBounty_revertsOnWrongETH() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyWrongETH.selector, 1 ether, 3 ether));
        vm.prank(address(timelock));
        board.postBounty{value: 1 ether}(_params());
    }

    // --- submit ---

    function test_submit_recordsPendingSubmission() public {
        uint256 id = _post(_params());
        bytes32 h = keccak256("data");
        vm.expectEmit(address(board));
        emit IDataBountyBoard.Submitted(1, id, dave, h, "ipfs://data");
        vm.prank(dave);
        uint256 sid = board.submit(id, h, "ipfs://data");
        IDataBountyBoard.Submission memory s = board.submission(sid);
        vm.assertEq(s.contributor, dave);
        vm.assertEq(uint256(s.bountyId), id);
        vm.assertTrue(s.status == IDataBountyBoard.Status.Pending);
        vm.assertEq(s.dataHash, h);
        vm.assertEq(board.submissionCount(), 1);
    }

    function test_submit_revertsOnUnknownBounty() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyUnknown.selector, 0));
        board.submit(0, keccak256("d"), "");
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyUnknown.selector, 1));
        board.submit(1, keccak256("d"), "");
    }

    function test_submit_revertsAfterDeadline() public {
        IDataBountyBoard.BountyParams memory p = _params();
        uint256 id = _post(p);
        vm.warp(p.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyDeadlinePassed.selector, id, p.deadline));
        board.submit(id, keccak256("d"), "");
    }

    function test_submit_revertsOnClosedBounty() public {
        uint256 id = _post(_params());
        vm.prank(address(timelock));
        board.closeBounty(id);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyIsClosed.selector, id));
        board.submit(id, keccak256("d"), "");
    }

    function test_submit_revertsWhenFull() public {
        IDataBountyBoard.BountyParams memory p = _params();
        p.maxAccepted = 1;
        uint256 id = _post(p);
        _accept(_submit(id, dave));
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyFull.selector, id, 1));
        _submit(id, carol);
    }

    function test_submit_revertsOnZeroHash() public {
        uint256 id = _post(_params());
        vm.expectRevert(IDataBountyBoard.BountyZeroDataHash.selector);
        board.submit(id, bytes32(0), "");
    }

    // --- accept / reject ---

    function test_accept_paysMintsAndRaisesReputation() public {
        uint256 id = _post(_params());
        uint256 sid = _submit(id, dave);
        vm.expectEmit(address(board));
        emit IDataBountyBoard.SubmissionAccepted(sid, id, dave, keccak256("good"));
        vm.expectEmit(address(board));
        emit IDataBountyBoard.ReputationRaised(dave, 5, 5);
        vm.expectEmit(address(mt));
        emit IManagementToken.BountyMinted(dave, 10e18, 990e18);
        _accept(sid);
        vm.assertEq(dave.balance, 1 ether);
        vm.assertEq(usdc.balanceOf(dave), 100e6);
        vm.assertEq(mt.balanceOf(dave), 10e18);
        vm.assertEq(mt.getVotes(dave), 10e18, "contributors vote at once");
        vm.assertEq(board.reputation(dave), 5);
        vm.assertEq(board.totalReputation(), 5);
        vm.assertEq(board.escrowed(ETH), 2 ether);
        vm.assertEq(board.escrowed(address(usdc)), 200e6);
        vm.assertEq(uint256(board.bounty(id).accepted), 1);
        vm.assertTrue(board.submission(sid).status == IDataBountyBoard.Status.Accepted);
    }

    function test_accept_revertsForNonCurator() public {
        uint256 sid = _submit(_post(_params()), dave);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyNotCurator.selector, dave));
        vm.prank(dave);
        board.accept(sid, 0);
    }

    function test_accept_revertsOnUnknownSubmission() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyUnknownSubmission.selector, 9));
        vm.prank(curator);
        board.accept(9, 0);
    }

    function test_accept_revertsWhenAlreadyReviewed() public {
        uint256 sid = _submit(_post(_params()), dave);
        _accept(sid);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataBountyBoard.BountyAlreadyReviewed.selector, sid, IDataBountyBoard.Status.Accepted
            )
        );
        _accept(sid);
    }

    function test_accept_revertsWhenFull() public {
        IDataBountyBoard.BountyParams memory p = _params();
        p.maxAccepted = 1;
        uint256 id = _post(p);
        uint256 s1 = _submit(id, dave);
        uint256 s2 = _submit(id, carol);
        _accept(s1);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyFull.selector, id, 1));
        _accept(s2);
    }

    function test_accept_revertsOnClosedBounty() public {
        uint256 id = _post(_params());
        uint256 sid = _submit(id, dave);
        vm.prank(address(timelock));
        board.closeBounty(id);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyIsClosed.selector, id));
        _accept(sid);
    }

    function test_accept_revertsWhenMintBudgetIsSpent() public {
        vm.prank(address(timelock));
        mt.setBountyMintBudget(1e18);
        uint256 sid = _submit(_post(_params()), dave);
        vm.expectRevert(
            abi.encodeWithSelector(IManagementToken.ManagementTokenBountyBudgetExceeded.selector, 10e18, 1e18)
        );
        _accept(sid);
    }

    function test_accept_revertsWhenContributorRejectsETH() public {
        address rejecter = address(new RejectingReceiver());
        uint256 sid = _submit(_post(_params()), rejecter);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyETHTransferFailed.selector, rejecter, 1 ether));
        _accept(sid);
    }

    function test_accept_stillPossibleAfterDeadlineDuringReview() public {
        IDataBountyBoard.BountyParams memory p = _params();
        uint256 sid = _submit(_post(p), dave);
        vm.warp(p.deadline + 1 days);
        _accept(sid);
        vm.assertEq(board.reputation(dave), 5);
    }

    function test_reject_marksRejected() public {
        uint256 id = _post(_params());
        uint256 sid = _submit(id, dave);
        vm.expectEmit(address(board));
        emit IDataBountyBoard.SubmissionRejected(sid, id, dave, keccak256("dup"));
        vm.prank(curator);
        board.reject(sid, keccak256("dup"));
        vm.assertTrue(board.submission(sid).status == IDataBountyBoard.Status.Rejected);
        vm.assertEq(board.reputation(dave), 0);
        vm.assertEq(board.escrowed(ETH), 3 ether);
    }

    function test_reject_revertsForNonCurator() public {
        uint256 sid = _submit(_post(_params()), dave);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyNotCurator.selector, alice));
        vm.prank(alice);
        board.reject(sid, 0);
    }

    function test_reject_revertsWhenAlreadyReviewed() public {
        uint256 sid = _submit(_post(_params()), dave);
        vm.prank(curator);
        board.reject(sid, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataBountyBoard.BountyAlreadyReviewed.selector, sid, IDataBountyBoard.Status.Rejected
            )
        );
        vm.prank(curator);
        board.reject(sid, 0);
    }

    // --- closeBounty ---

    function test_closeBounty_byTimelockRefundsTheUnused() public {
        uint256 id = _post(_params());
        _accept(_submit(id, dave));
        uint256 ethBefore = address(timelock).balance;
        uint256 usdcBefore = usdc.balanceOf(address(timelock));
        vm.expectEmit(address(board));
        emit IDataBountyBoard.BountyClosed(id, 2 ether, 200e6);
        vm.prank(address(timelock));
        board.closeBounty(id);
        vm.assertEq(address(timelock).balance - ethBefore, 2 ether);
        vm.assertEq(usdc.balanceOf(address(timelock)) - usdcBefore, 200e6);
        vm.assertEq(board.escrowed(ETH), 0);
        vm.assertEq(board.escrowed(address(usdc)), 0);
        vm.assertTrue(board.bounty(id).closed);
    }

    function test_closeBounty_byAnyoneAfterReviewPeriod() public {
        IDataBountyBoard.BountyParams memory p = _params();
        uint256 id = _post(p);
        vm.warp(p.deadline + board.REVIEW_PERIOD() + 1);
        vm.prank(carol);
        board.closeBounty(id);
        vm.assertEq(board.escrowed(ETH), 0);
        vm.assertEq(address(board).balance, 0);
    }

    function test_closeBounty_revertsForAnyoneBeforeReviewEnds() public {
        IDataBountyBoard.BountyParams memory p = _params();
        uint256 id = _post(p);
        uint256 closableAt = p.deadline + board.REVIEW_PERIOD();
        vm.warp(closableAt);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyNotExpired.selector, id, closableAt));
        vm.prank(carol);
        board.closeBounty(id);
    }

    function test_closeBounty_revertsWhenClosed() public {
        uint256 id = _post(_params());
        vm.prank(address(timelock));
        board.closeBounty(id);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyIsClosed.selector, id));
        vm.prank(address(timelock));
        board.closeBounty(id);
    }

    function test_closeBounty_revertsOnUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyUnknown.selector, 5));
        board.closeBounty(5);
    }

    // --- governance ---

    function test_setCurator_byTimelock() public {
        vm.expectEmit(address(board));
        emit IDataBountyBoard.CuratorSet(curator, false);
        vm.prank(address(timelock));
        board.setCurator(curator, false);
        vm.assertFalse(board.isCurator(curator));
    }

    function test_setCurator_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyNotTimelock.selector, curator));
        vm.prank(curator);
        board.setCurator(dave, true);
    }

    function test_setCurator_revertsOnZero() public {
        vm.expectRevert(IDataBountyBoard.BountyZeroAddress.selector);
        vm.prank(address(timelock));
        board.setCurator(address(0), true);
    }

    function test_addPaymentToken_byTimelock() public {
        vm.expectEmit(address(board));
        emit IDataBountyBoard.PaymentTokenAdded(address(0xD1));
        vm.prank(address(timelock));
        board.addPaymentToken(address(0xD1));
        vm.assertTrue(board.isPaymentToken(address(0xD1)));
    }

    function test_addPaymentToken_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyNotTimelock.selector, alice));
        vm.prank(alice);
        board.addPaymentToken(address(0xD1));
    }

    function test_addPaymentToken_revertsOnDuplicate() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyTokenAlreadyAccepted.selector, address(usdc)));
        vm.prank(address(timelock));
        board.addPaymentToken(address(usdc));
    }

    function test_addPaymentToken_revertsOnZero() public {
        vm.expectRevert(IDataBountyBoard.BountyZeroAddress.selector);
        vm.prank(address(timelock));
        board.addPaymentToken(address(0));
    }

    function test_addPaymentToken_revertsWhenFull() public {
        vm.startPrank(address(timelock));
        board.addPaymentToken(address(0xD1));
        board.addPaymentToken(address(0xD2));
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyTooManyTokens.selector, 3));
        board.addPaymentToken(address(0xD3));
        vm.stopPrank();
    }

    // --- the contributors' pool ---

    function _depositPoolETH(uint256 amount) internal {
        hoax(alice, amount);
        board.depositETH{value: amount}();
    }

    function test_depositETH_waitsForTheFirstReputation() public {
        vm.expectEmit(address(board));
        emit IDataBountyBoard.PoolDeposited(ETH, alice, 1 ether);
        _depositPoolETH(1 ether);
        vm.assertEq(board.undistributed(ETH), 1 ether);
        _accept(_submit(_post(_params()), dave));
        vm.assertEq(board.undistributed(ETH), 0);
        vm.assertEq(board.claimable(dave, ETH), 1 ether);
    }

    function test_depositETH_revertsOnZero() public {
        vm.expectRevert(IDataBountyBoard.BountyZeroAmount.selector);
        board.depositETH();
    }

    function test_depositToken_creditsByReputation() public {
        uint256 id = _post(_params());
        _accept(_submit(id, dave));
        _accept(_submit(id, carol));
        usdc.mint(alice, 1000e6);
        vm.startPrank(alice);
        usdc.approve(address(board), 1000e6);
        board.depositToken(address(usdc), 1000e6);
        vm.stopPrank();
        vm.assertEq(board.claimable(dave, address(usdc)), 500e6);
        vm.assertEq(board.claimable(carol, address(usdc)), 500e6);
    }

    function test_depositToken_revertsOnUnaccepted() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyTokenNotAccepted.selector, address(0xAB)));
        board.depositToken(address(0xAB), 1);
    }

    function test_depositToken_revertsOnZero() public {
        vm.expectRevert(IDataBountyBoard.BountyZeroAmount.selector);
        board.depositToken(address(usdc), 0);
    }

    function test_claim_paysShareToAnyAddress() public {
        uint256 id = _post(_params());
        _accept(_submit(id, dave));
        _depositPoolETH(2 ether);
        vm.expectEmit(address(board));
        emit IDataBountyBoard.PoolClaimed(dave, bob, ETH, 2 ether);
        vm.prank(dave);
        uint256[] memory got = board.claim(ethOnly, bob);
        vm.assertEq(got[0], 2 ether);
        vm.assertEq(bob.balance, 2 ether);
    }

    function test_claim_newContributorsEarnOnlyLaterRevenue() public {
        uint256 id = _post(_params());
        _accept(_submit(id, dave));
        _depositPoolETH(1 ether);
        _accept(_submit(id, carol));
        _depositPoolETH(1 ether);
        vm.assertEq(board.claimable(dave, ETH), 1.5 ether);
        vm.assertEq(board.claimable(carol, ETH), 0.5 ether);
    }

    function test_claim_revertsWhenNothingDue() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyNothingToClaim.selector, dave));
        vm.prank(dave);
        board.claim(ethOnly, dave);
    }

    function test_claim_revertsOnUnacceptedToken() public {
        address[] memory tokens = new address[](1);
        tokens[0] = address(0xAB);
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyTokenNotAccepted.selector, address(0xAB)));
        vm.prank(dave);
        board.claim(tokens, dave);
    }

    function test_claim_revertsOnZeroRecipient() public {
        vm.expectRevert(IDataBountyBoard.BountyZeroAddress.selector);
        vm.prank(dave);
        board.claim(ethOnly, address(0));
    }

    function test_claimable_isZeroForUnacceptedToken() public view {
        vm.assertEq(board.claimable(dave, address(0xAB)), 0);
    }

    function test_bounty_revertsOnUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyUnknown.selector, 1));
        board.bounty(1);
    }

    function test_submission_revertsOnUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IDataBountyBoard.BountyUnknownSubmission.selector, 1));
        board.submission(1);
    }

    /// The pool never pays out more than was deposited, and pays all of it
    /// but the carried dust.
    function testFuzz_claim_poolPaysOutDeposits(uint64 rep1, uint64 rep2, uint96 d1, uint96 d2) public {
        IDataBountyBoard.BountyParams memory p = _params();
        p.reputation = uint64(bound(rep1, 1, 1e12));
        uint256 id1 = _post(p);
        p.reputation = uint64(bound(rep2, 1, 1e12));
        uint256 id2 = _post(p);
        uint256 a = bound(d1, 1, 1e30);
        uint256 b = bound(d2, 1, 1e30);
        _depositPoolETH(a);
        _accept(_submit(id1, dave));
        _depositPoolETH(b);
        _accept(_submit(id2, carol));
        uint256 paid = board.claimable(dave, ETH) + board.claimable(carol, ETH);
        vm.assertLe(paid, a + b);
        vm.assertLe(a + b - paid, 2, "at most one wei of flooring per contributor, plus sub-wei dust");
    }
}
