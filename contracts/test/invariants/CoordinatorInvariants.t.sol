// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CoordinatorFixture} from "../inference/CoordinatorFixture.sol";
import {CoordinatorHandler} from "./CoordinatorHandler.sol";
import {RequestStatus} from "../../src/interfaces/IInferenceCoordinator.sol";

contract CoordinatorInvariantsTest is CoordinatorFixture {
    CoordinatorHandler internal handler;

    function setUp() public {
        _setUpCoordinator();
        address[] memory actors = new address[](3);
        actors[0] = alice;
        actors[1] = bob;
        actors[2] = makeAddr("carol");
        address[] memory others = new address[](2);
        others[0] = submitter; // the handler submits as accounts[actors.length]
        others[1] = treasury;
        address[] memory sinks = new address[](2);
        sinks[0] = address(distributorSink);
        sinks[1] = address(dataPoolSink);
        handler = new CoordinatorHandler(coordinator, pusd, workerKeys, actors, others, sinks);
        targetContract(address(handler));
        // forge may pick any known address as a caller, and funds it: keep the
        // contracts whose balances are under test out of the callers.
        excludeSender(address(coordinator));
        excludeSender(address(workers));
        excludeSender(address(distributorSink));
        excludeSender(address(dataPoolSink));
        excludeSender(address(pusd));
        excludeSender(address(handler));
    }

    /// @custom:invariant The coordinator's ETH is exactly the open escrows plus every credited balance and accrued revenue.
    function invariant_ethBalancesTheBooks() public view {
        _assertBooks(address(0), address(coordinator).balance, handler.openEth());
    }

    /// @custom:invariant The coordinator's tokens are exactly the open token escrows plus every credited balance and accrued revenue.
    function invariant_tokenBalancesTheBooks() public view {
        _assertBooks(address(pusd), pusd.balanceOf(address(coordinator)), handler.openToken());
    }

    /// @custom:invariant Each request ends exactly once (fulfilled or refunded) and never changes after.
    function invariant_eachRequestEndsExactlyOnce() public view {
        vm.assertFalse(handler.reopened(), "a request left its ended state");
        uint256 n = handler.requestCount();
        for (uint256 i; i < n; ++i) {
            bytes32 id = handler.ids(i);
            RequestStatus status = coordinator.request(id).status;
            RequestStatus ended = handler.endedAs(id);
            if (ended == RequestStatus.None) {
                vm.assertEq(uint8(status), uint8(RequestStatus.Pending));
                vm.assertEq(handler.endings(id), 0);
            } else {
                vm.assertEq(uint8(status), uint8(ended));
                vm.assertEq(handler.endings(id), 1);
            }
        }
    }

    /// @dev The handler's actions reach both endings and keep the books: the
    /// invariants above are not vacuous.
    function test_handler_reachesFulfilmentAndRefund() public {
        handler.request(0, 200, 64, false, 1 gwei);
        handler.request(1, 10, 8, true, 0);
        handler.request(2, 10, 8, false, 0);
        // Batches mix good and bad results: submit some until one settles.
        for (uint256 seed = 1; handler.fulfilled() == 0 && seed < 50; ++seed) {
            handler.fulfill(uint256(keccak256(abi.encode(seed))), 3, 1 gwei);
        }
        handler.refund(2);
        handler.refund(0);
        handler.refund(1);
        vm.assertGt(handler.fulfilled(), 0);
        vm.assertGt(handler.refunded(), 0);
        vm.assertEq(handler.fulfilled() + handler.refunded(), 3);
        vm.assertEq(handler.openEth(), 0);
        vm.assertEq(handler.openToken(), 0);
        invariant_ethBalancesTheBooks();
        invariant_tokenBalancesTheBooks();
        invariant_eachRequestEndsExactlyOnce();
    }

    function _assertBooks(address token, uint256 held, uint256 open) internal view {
        uint256 credited;
        for (uint256 i; i < handler.accountCount(); ++i) {
            credited += coordinator.balanceOf(handler.accounts(i), token);
        }
        for (uint256 i; i < handler.sinkCount(); ++i) {
            credited += coordinator.revenueOf(handler.sinks(i), token);
        }
        vm.assertEq(held, open + credited);
    }
}
