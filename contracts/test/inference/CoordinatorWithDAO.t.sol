// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DAOCoordinatorFixture} from "./DAOCoordinatorFixture.sol";
import {Vm} from "../utils/Vm.sol";
import {
    IInferenceCoordinator,
    InferenceRequest,
    InferenceResult,
    RequestStatus
} from "../../src/interfaces/IInferenceCoordinator.sol";
import {AskTheDAO} from "../../src/examples/AskTheDAO.sol";

/// @notice The coordinator against a real MiniDAO (factory-made: registry,
/// timelock, RevenueDistributor, DataBountyBoard): the fee reaches the DAO's
/// own contracts, governance pauses the model, equivocation is slashed.
contract CoordinatorWithDAOTest is DAOCoordinatorFixture {
    AskTheDAO internal dapp;
    address internal asker = makeAddr("asker");

    function setUp() public {
        _setUpCoordinatorWithDAO();
        dapp = new AskTheDAO(coordinator, modelId, 64, 400_000, carol);
        vm.deal(asker, 10 ether);
    }

    function _ask(string memory question) internal returns (bytes32 id, InferenceRequest memory req) {
        uint256 price = dapp.price();
        vm.recordLogs();
        vm.prank(asker);
        id = dapp.ask{value: price}(question);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == IInferenceCoordinator.InferenceRequested.selector) {
                (req,,) = abi.decode(logs[i].data, (InferenceRequest, uint64, bytes));
            }
        }
    }

    function _signed(bytes32 id, bytes memory output) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(workerKey, coordinator.resultDigest(id, 1, keccak256(output)));
        return abi.encodePacked(r, s, v);
    }

    function test_aQuestionPaysTheDAOsOwnContracts() public {
        (bytes32 id, InferenceRequest memory req) = _ask("What does the DAO fund?");
        vm.assertEq(req.treasury, address(timelock));
        vm.assertEq(req.distributor, address(distributor));
        vm.assertEq(req.dataPool, address(board));

        InferenceResult[] memory batch = new InferenceResult[](1);
        batch[0].request = req;
        batch[0].output = "Data, compute and its holders.";
        batch[0].signatures = _signed(id, batch[0].output);
        vm.prank(submitter);
        coordinator.fulfill(batch);
        vm.assertEq(uint8(coordinator.request(id).status), uint8(RequestStatus.Fulfilled));
        vm.assertEq(dapp.exchange(id).answer, batch[0].output);

        // The DAO's default split: 50% workers, 25% holders, 10% data pool, 15% treasury.
        uint256 fee = req.fee;
        coordinator.forwardRevenue(address(distributor), address(0));
        coordinator.forwardRevenue(address(board), address(0));
        coordinator.withdraw(address(timelock), address(0));
        coordinator.withdraw(worker, address(0));
        vm.assertEq(address(distributor).balance, fee / 4);
        vm.assertEq(address(board).balance, fee / 10);
        vm.assertEq(address(timelock).balance, fee - fee / 2 - fee / 4 - fee / 10);
        vm.assertEq(worker.balance, fee / 2);
    }

    function test_governancePausingTheModelStopsNewQuestions() public {
        vm.prank(address(timelock));
        registry.setPaused(modelId, true);
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorModelInactive.selector, modelId));
        dapp.price();
    }

    function test_anUnknownModelIsInactive() public {
        vm.expectRevert(abi.encodeWithSelector(IInferenceCoordinator.CoordinatorModelInactive.selector, 999));
        coordinator.quote(999, 1, 0);
    }

    function test_aWorkerSigningTwoAnswersIsSlashed() public {
        (bytes32 id,) = _ask("Is it raining?");
        bytes memory yes = _signed(id, "yes");
        bytes memory no = _signed(id, "no");
        address reporter = makeAddr("reporter");
        vm.prank(reporter);
        workers.slashEquivocation(address(coordinator), id, 1, keccak256("yes"), yes, keccak256("no"), no);
        vm.assertTrue(workers.worker(worker).slashed);
        vm.assertEq(workers.claimable(reporter), 0.1 ether);
        vm.assertFalse(
            workers.isEligible(worker, keccak256("runtime-v1"), keccak256("weights-v1"), 0), "slashed: not eligible"
        );
    }
}
