// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CoordinatorFixture} from "../inference/CoordinatorFixture.sol";
import {InferenceRequest, InferenceResult, RequestStatus} from "../../src/interfaces/IInferenceCoordinator.sol";
import {AskTheDAO} from "../../src/examples/AskTheDAO.sol";

contract AskTheDAOTest is CoordinatorFixture {
    uint32 internal constant CALLBACK_GAS = 400_000;

    AskTheDAO internal dapp;
    address internal beneficiary = makeAddr("beneficiary");

    function setUp() public {
        _setUpCoordinator();
        dapp = new AskTheDAO(coordinator, MODEL, 128, CALLBACK_GAS, beneficiary);
    }

    function _ask(address asker, string memory question) internal returns (bytes32 id, InferenceRequest memory req) {
        uint256 price = dapp.price();
        vm.recordLogs();
        vm.prank(asker);
        id = dapp.ask{value: price + 0.5 ether}(question);
        req = _emittedRequest();
    }

    function test_ask_requestsAndRecordsTheQuestion() public {
        uint256 price = dapp.price();
        uint256 before = alice.balance;
        (bytes32 id, InferenceRequest memory req) = _ask(alice, "What is the DAO's treasury for?");
        vm.assertEq(alice.balance, before - price, "the excess comes straight back");
        vm.assertEq(req.requester, address(dapp));
        vm.assertEq(req.callbackGasLimit, CALLBACK_GAS);
        vm.assertEq(req.promptHash, keccak256("What is the DAO's treasury for?"));
        AskTheDAO.Exchange memory e = dapp.exchange(id);
        vm.assertEq(e.asker, alice);
        vm.assertEq(e.question, "What is the DAO's treasury for?");
        vm.assertFalse(e.answered);
        vm.assertEq(dapp.thread(alice).length, 1);
        vm.assertEq(dapp.thread(alice)[0], id);
    }

    function test_ask_keepsTheAnswerFromTheCallback() public {
        (bytes32 id, InferenceRequest memory req) = _ask(alice, "hello?");
        bytes memory answer = _prompt(256);
        _fulfill(_result(req, answer, 1));
        AskTheDAO.Exchange memory e = dapp.exchange(id);
        vm.assertTrue(e.answered);
        vm.assertEq(e.answer, answer);
        vm.assertFalse(coordinator.request(id).callbackFailed, "the callback fits its gas limit");
    }

    function test_ask_keepsALongAnswerByReference() public {
        (bytes32 id, InferenceRequest memory req) = _ask(alice, "tell me everything");
        bytes32 h = keccak256("a very long answer");
        InferenceResult memory r;
        r.request = req;
        r.outputHash = h;
        r.outputUri = "http://relayer.example/v1/outputs/7";
        r.signatures = _sigs(id, req, h, 1);
        _fulfill(r);
        AskTheDAO.Exchange memory e = dapp.exchange(id);
        vm.assertTrue(e.answered);
        vm.assertEq(e.answerHash, h);
        vm.assertEq(e.answerUri, r.outputUri);
    }

    function test_ask_revertsOnAnEmptyOrLongQuestion() public {
        vm.expectRevert(abi.encodeWithSelector(AskTheDAO.AskTheDAOInvalidQuestion.selector, 0));
        vm.prank(alice);
        dapp.ask{value: 1 ether}("");
        string memory long = string(_prompt(1025));
        vm.expectRevert(abi.encodeWithSelector(AskTheDAO.AskTheDAOInvalidQuestion.selector, 1025));
        vm.prank(alice);
        dapp.ask{value: 1 ether}(long);
    }

    function test_ask_revertsWhenUnderpaid() public {
        uint256 price = dapp.price();
        vm.expectRevert(abi.encodeWithSelector(AskTheDAO.AskTheDAOUnderpaid.selector, price, price - 1));
        vm.prank(alice);
        dapp.ask{value: price - 1}("q");
    }

    function test_refund_givesAnExpiredQuestionsEscrowBackToItsAsker() public {
        (bytes32 id1, InferenceRequest memory req1) = _ask(alice, "first");
        (bytes32 id2,) = _ask(bob, "second");
        vm.warp(req1.deadline + 1);
        dapp.refund(id1); // asks the coordinator
        coordinator.refund(id2); // someone refunded directly: the dApp still attributes it
        dapp.refund(id2);
        uint256 escrow = req1.fee + req1.gasPrepaid;
        vm.assertEq(dapp.reclaimable(alice), escrow);
        vm.assertEq(dapp.reclaimable(bob), escrow);

        uint256 before = alice.balance;
        vm.prank(alice);
        dapp.reclaim();
        vm.assertEq(alice.balance, before + escrow);
        vm.expectRevert(abi.encodeWithSelector(AskTheDAO.AskTheDAONothingToReclaim.selector, alice));
        vm.prank(alice);
        dapp.reclaim();
        vm.expectRevert(abi.encodeWithSelector(AskTheDAO.AskTheDAONotRefundable.selector, id1));
        dapp.refund(id1);
    }

    function test_refund_revertsForAnAnsweredOrUnknownQuestion() public {
        (bytes32 id, InferenceRequest memory req) = _ask(alice, "q");
        _fulfill(_result(req, "a", 1));
        vm.expectRevert(abi.encodeWithSelector(AskTheDAO.AskTheDAONotRefundable.selector, id));
        dapp.refund(id);
        vm.expectRevert(abi.encodeWithSelector(AskTheDAO.AskTheDAOUnknownQuestion.selector, bytes32(0)));
        dapp.refund(bytes32(0));
    }

    function test_sweep_sendsTheGasChangeToTheBeneficiaryButNotTheRefunds() public {
        vm.fee(1 gwei);
        (, InferenceRequest memory req1) = _ask(alice, "answered");
        (bytes32 id2, InferenceRequest memory req2) = _ask(bob, "expires");
        vm.txGasPrice(1 gwei);
        _fulfill(_result(req1, "a", 1));
        uint256 change = coordinator.balanceOf(address(dapp), address(0));
        vm.assertGt(change, 0);
        vm.warp(req2.deadline + 1);
        dapp.refund(id2);
        dapp.sweep();
        vm.assertEq(beneficiary.balance, change);
        uint256 before = bob.balance;
        vm.prank(bob);
        dapp.reclaim();
        vm.assertEq(bob.balance, before + req2.fee + req2.gasPrepaid);
        vm.assertEq(address(dapp).balance, 0);
    }

    function test_receive_acceptsETHFromTheCoordinatorOnly() public {
        vm.prank(alice);
        (bool ok,) = address(dapp).call{value: 1}("");
        vm.assertFalse(ok);
    }
}
