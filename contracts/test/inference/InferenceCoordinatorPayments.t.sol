// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CoordinatorFixture} from "./CoordinatorFixture.sol";
import {
    IInferenceCoordinator,
    InferenceRequest,
    InferenceResult,
    RequestRecord,
    RequestStatus
} from "../../src/interfaces/IInferenceCoordinator.sol";
import {ModelTerms} from "../../src/types/ModelTypes.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {MockCoordinatorFeeOnTransferToken} from "./mocks/MockCoordinatorPermitToken.sol";
import {RejectingReceiver} from "../mocks/RejectingReceiver.sol";

/// @notice Token-priced requests, refunds, payouts and the guardian.
contract InferenceCoordinatorPaymentsTest is CoordinatorFixture {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes internal constant OUTPUT = "an answer";

    uint256 internal aliceKey = uint256(keccak256("alice"));

    function setUp() public {
        _setUpCoordinator();
        pusd.mint(alice, 1000 ether);
    }

    function _permit(uint256 value, uint256 deadline) internal view returns (uint8 v, bytes32 r, bytes32 s) {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, alice, address(coordinator), value, pusd.nonces(alice), deadline));
        return vm.sign(aliceKey, keccak256(abi.encodePacked("\x19\x01", pusd.DOMAIN_SEPARATOR(), structHash)));
    }

    function _tokenRequest() internal returns (bytes32 id, InferenceRequest memory req) {
        uint256 fee = coordinator.quote(TOKEN_MODEL, 64, 0);
        uint256 gas = coordinator.quoteGas(0);
        (uint8 v, bytes32 r, bytes32 s) = _permit(fee, block.timestamp + 1 hours);
        vm.recordLogs();
        vm.prank(alice);
        id = coordinator.requestInferenceWithPermit{value: gas}(
            TOKEN_MODEL, "q", 64, 0, fee, block.timestamp + 1 hours, v, r, s
        );
        req = _emittedRequest();
    }

    // ------------------------------------------------------------- ERC-20 with permit

    function test_requestInferenceWithPermit_escrowsTheTokenFeeAndTheGasInETH() public {
        uint256 fee = coordinator.quote(TOKEN_MODEL, 64, 0);
        (bytes32 id, InferenceRequest memory req) = _tokenRequest();
        vm.assertEq(req.token, address(pusd));
        vm.assertEq(req.fee, fee);
        vm.assertEq(pusd.balanceOf(address(coordinator)), fee);
        vm.assertEq(pusd.allowance(alice, address(coordinator)), 0);
        RequestRecord memory rec = coordinator.request(id);
        vm.assertEq(rec.token, address(pusd));
        vm.assertEq(rec.tokenEscrow, fee);
        vm.assertEq(rec.ethEscrow, coordinator.quoteGas(0));
    }

    function test_requestInferenceWithPermit_goesThroughWhenThePermitWasFrontRun() public {
        uint256 fee = coordinator.quote(TOKEN_MODEL, 64, 0);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(fee, deadline);
        pusd.permit(alice, address(coordinator), fee, deadline, v, r, s); // someone else used it first
        uint256 gas = coordinator.quoteGas(0);
        vm.prank(alice);
        bytes32 id = coordinator.requestInferenceWithPermit{value: gas}(TOKEN_MODEL, "q", 64, 0, fee, deadline, v, r, s);
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Pending));
    }

    function test_requestInferenceWithToken_usesAnExistingAllowance() public {
        uint256 fee = coordinator.quote(TOKEN_MODEL, 64, 0);
        vm.prank(alice);
        pusd.approve(address(coordinator), fee);
        uint256 gas = coordinator.quoteGas(0);
        uint256 before = alice.balance;
        vm.prank(alice);
        coordinator.requestInferenceWithToken{value: gas + 1 ether}(TOKEN_MODEL, "q", 64, 0, fee);
        vm.assertEq(alice.balance, before - gas, "the ETH above the gas prepayment comes back");
        vm.assertEq(pusd.balanceOf(address(coordinator)), fee);
    }

    function test_requestInferenceWithToken_revertsAboveMaxFee() public {
        uint256 fee = coordinator.quote(TOKEN_MODEL, 64, 0);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorFeeAboveMax.selector, fee, fee - 1));
        vm.prank(alice);
        coordinator.requestInferenceWithToken{value: 1 ether}(TOKEN_MODEL, "q", 64, 0, fee - 1);
    }

    function test_requestInferenceWithToken_revertsWhenTheGasIsUnderpaid() public {
        uint256 fee = coordinator.quote(TOKEN_MODEL, 64, 0);
        uint256 gas = coordinator.quoteGas(0);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorUnderpaid.selector, gas, 0));
        vm.prank(alice);
        coordinator.requestInferenceWithToken(TOKEN_MODEL, "q", 64, 0, fee);
    }

    function test_requestInferenceWithToken_revertsForAnETHPricedModel() public {
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorWrongPaymentToken.selector, MODEL, address(0))
        );
        vm.prank(alice);
        coordinator.requestInferenceWithToken{value: 1 ether}(MODEL, "q", 64, 0, 1 ether);
    }

    function test_requestInferenceWithToken_refusesFeeOnTransferTokens() public {
        MockCoordinatorFeeOnTransferToken taxed = new MockCoordinatorFeeOnTransferToken();
        models.setTerms(7, _terms(address(taxed), 1));
        taxed.mint(alice, 1000 ether);
        uint256 fee = coordinator.quote(7, 64, 0);
        vm.prank(alice);
        taxed.approve(address(coordinator), fee);
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorUnderpaid.selector, fee, fee - fee / 100)
        );
        vm.prank(alice);
        coordinator.requestInferenceWithToken{value: 1 ether}(7, "q", 64, 0, fee);
    }

    function test_fulfill_splitsATokenFeeAndForwardsRevenueInTokens() public {
        (bytes32 id, InferenceRequest memory req) = _tokenRequest();
        _fulfill(_result(req, OUTPUT, 2)); // this model asks for k = 2
        uint256 fee = req.fee;
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Fulfilled));
        vm.assertEq(coordinator.balanceOf(workerAddrs[0], address(pusd)), fee / 4);
        vm.assertEq(coordinator.balanceOf(workerAddrs[1], address(pusd)), fee / 4);
        vm.assertEq(coordinator.balanceOf(alice, address(0)), req.gasPrepaid, "gas change in ETH");

        coordinator.forwardRevenue(address(distributorSink), address(pusd));
        vm.assertEq(distributorSink.deposited(address(pusd)), fee / 4);
        vm.assertEq(coordinator.revenueOf(address(distributorSink), address(pusd)), 0);
        coordinator.withdraw(workerAddrs[0], address(pusd));
        vm.assertEq(pusd.balanceOf(workerAddrs[0]), fee / 4);
    }

    function test_fulfill_rejectsOneSignatureWhenTheModelAsksForTwo() public {
        (bytes32 id, InferenceRequest memory req) = _tokenRequest();
        vm.assertEq(
            _fulfillReason(_result(req, OUTPUT, 1)),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorTooFewSignatures.selector, id, 1, 2)
        );
    }

    // ------------------------------------------------------------- refunds

    function test_refund_creditsTheWholeEscrowAfterTheDeadline() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        uint256 escrow = req.fee + req.gasPrepaid;
        vm.warp(req.deadline + 1);
        vm.expectEmit(address(coordinator));
        emit IInferenceCoordinator.InferenceRefunded(id, alice, escrow, address(0), 0);
        vm.prank(bob); // anyone
        coordinator.refund(id);
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Refunded));
        vm.assertEq(coordinator.balanceOf(alice, address(0)), escrow);
        uint256 before = alice.balance;
        coordinator.withdraw(alice, address(0));
        vm.assertEq(alice.balance, before + escrow);
        vm.assertEq(address(coordinator).balance, 0);
    }

    function test_refund_returnsTokenAndETHEscrows() public {
        (bytes32 id, InferenceRequest memory req) = _tokenRequest();
        vm.warp(req.deadline + 1);
        coordinator.refund(id);
        vm.assertEq(coordinator.balanceOf(alice, address(pusd)), req.fee);
        vm.assertEq(coordinator.balanceOf(alice, address(0)), req.gasPrepaid);
        coordinator.withdraw(alice, address(pusd));
        vm.assertEq(pusd.balanceOf(alice), 1000 ether);
    }

    function test_refund_revertsUpToTheDeadline() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.warp(req.deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorDeadlineNotPassed.selector, id, req.deadline)
        );
        coordinator.refund(id);
    }

    function test_refund_revertsOnceEnded() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        vm.warp(req.deadline + 1);
        coordinator.refund(id);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorRequestNotPending.selector, id));
        coordinator.refund(id);
        // ... and a late result is rejected
        vm.assertEq(
            _fulfillReason(_result(req, OUTPUT, 1)),
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorRequestNotPending.selector, id)
        );
    }

    function test_refund_revertsAfterFulfilment() public {
        (bytes32 id, InferenceRequest memory req) = _request();
        _fulfill(_result(req, OUTPUT, 1));
        vm.warp(req.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorRequestNotPending.selector, id));
        coordinator.refund(id);
    }

    function test_refund_revertsForAnUnknownRequest() public {
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorRequestNotPending.selector, bytes32(uint256(7)))
        );
        coordinator.refund(bytes32(uint256(7)));
    }

    // ------------------------------------------------------------- payouts

    function test_withdraw_revertsWithNothingCredited() public {
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceCoordinator.CoordinatorNothingToWithdraw.selector, bob, address(0))
        );
        coordinator.withdraw(bob, address(0));
    }

    function test_withdraw_revertsWhenTheAccountRefusesETH() public {
        RejectingReceiver rejecting = new RejectingReceiver();
        ModelTerms memory t = _terms(address(0), 1);
        t.treasury = address(rejecting);
        models.setTerms(MODEL, t);
        (, InferenceRequest memory req) = _request();
        _fulfill(_result(req, OUTPUT, 1));
        uint256 credited = coordinator.balanceOf(address(rejecting), address(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorTransferFailed.selector, address(rejecting), credited
            )
        );
        coordinator.withdraw(address(rejecting), address(0));
        vm.assertEq(coordinator.balanceOf(address(rejecting), address(0)), credited, "still credited");
    }

    function test_forwardRevenue_depositsETHIntoTheSinks() public {
        (, InferenceRequest memory req) = _request();
        _fulfill(_result(req, OUTPUT, 1));
        vm.expectEmit(address(coordinator));
        emit IInferenceCoordinator.RevenueForwarded(address(dataPoolSink), address(0), req.fee / 10);
        coordinator.forwardRevenue(address(dataPoolSink), address(0));
        vm.assertEq(dataPoolSink.deposited(address(0)), req.fee / 10);
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceCoordinator.CoordinatorNothingToWithdraw.selector, address(dataPoolSink), address(0)
            )
        );
        coordinator.forwardRevenue(address(dataPoolSink), address(0));
    }

    function test_fulfill_givesTheShareOfAMissingSinkToTheTreasury() public {
        ModelTerms memory t = _terms(address(0), 1);
        t.dataPool = address(0);
        models.setTerms(MODEL, t);
        (, InferenceRequest memory req) = _request();
        _fulfill(_result(req, OUTPUT, 1));
        vm.assertEq(coordinator.balanceOf(treasury, address(0)), req.fee - req.fee / 2 - req.fee / 4);
    }

    // ------------------------------------------------------------- guardian

    function test_pause_byTheGuardianOrOwnerOnly() public {
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorNotGuardian.selector, bob));
        vm.prank(bob);
        coordinator.pause();
        vm.prank(owner);
        coordinator.pause();
        vm.assertTrue(coordinator.paused());
    }

    function test_unpause_byTheOwnerOnly() public {
        vm.prank(guardianAddr);
        coordinator.pause();
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardianAddr));
        vm.prank(guardianAddr);
        coordinator.unpause();
        vm.prank(owner);
        coordinator.unpause();
        vm.assertFalse(coordinator.paused());
        _request();
    }

    function test_pause_letsFulfilmentAndRefundsGoOn() public {
        (bytes32 id1, InferenceRequest memory req1) = _request();
        (bytes32 id2, InferenceRequest memory req2) = _request();
        vm.prank(guardianAddr);
        coordinator.pause();
        _fulfill(_result(req1, OUTPUT, 1));
        vm.warp(req2.deadline + 1);
        coordinator.refund(id2);
        vm.assertEq(uint8(coordinator.request(id1).status), uint8(RequestStatus.Fulfilled));
        vm.assertEq(uint8(coordinator.request(id2).status), uint8(RequestStatus.Refunded));
    }

    function test_transferGuardian_takesTwoSteps() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardianAddr));
        vm.prank(guardianAddr);
        coordinator.transferGuardian(bob);
        vm.prank(owner);
        coordinator.transferGuardian(bob);
        vm.assertEq(coordinator.guardian(), guardianAddr);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorNotPendingGuardian.selector, alice));
        vm.prank(alice);
        coordinator.acceptGuardian();
        vm.prank(bob);
        coordinator.acceptGuardian();
        vm.assertEq(coordinator.guardian(), bob);
        vm.assertEq(coordinator.pendingGuardian(), address(0));
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorNotGuardian.selector, guardianAddr));
        vm.prank(guardianAddr);
        coordinator.pause();
    }

    function test_config_reportsTheDeployment() public view {
        vm.assertEq(coordinator.config().maxPromptBytes, MAX_PROMPT);
        vm.assertEq(coordinator.config().workerRegistry, address(workers));
        vm.assertEq(coordinator.config().owner, owner);
    }
}
