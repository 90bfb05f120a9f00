// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {DAOFixture} from "../utils/DAOFixture.sol";
import {TestERC20} from "../mocks/TestERC20.sol";
import {RejectingReceiver} from "../mocks/RejectingReceiver.sol";
import {IMiniDAOFactory} from "../../src/interfaces/IMiniDAOFactory.sol";
import {IRevenueDistributor} from "../../src/interfaces/IRevenueDistributor.sol";
import {RevenueDistributor} from "../../src/revenue/RevenueDistributor.sol";

contract RevenueDistributorTest is DAOFixture {
    address internal constant ETH = address(0);
    address[] internal ethOnly;
    address[] internal ethAndUsdc;

    function setUp() public {
        _setUpDAO();
        ethOnly.push(ETH);
        ethAndUsdc.push(ETH);
        ethAndUsdc.push(address(usdc));
    }

    function _depositETH(uint256 amount) internal {
        hoax(carol, amount);
        distributor.depositETH{value: amount}();
    }

    function _depositUSDC(uint256 amount) internal {
        usdc.mint(carol, amount);
        vm.startPrank(carol);
        usdc.approve(address(distributor), amount);
        distributor.depositToken(address(usdc), amount);
        vm.stopPrank();
    }

    function _claimETH(address who) internal returns (uint256) {
        uint256 before = who.balance;
        vm.prank(who);
        distributor.claim(ethOnly, who);
        return who.balance - before;
    }

    function _fresh() internal returns (RevenueDistributor) {
        return RevenueDistributor(payable(Clones.clone(factory.implementations().distributor)));
    }

    // --- initialize ---

    function test_initialize_wires() public view {
        vm.assertEq(distributor.token(), address(mt));
        vm.assertEq(distributor.timelock(), address(timelock));
        vm.assertEq(uint256(distributor.streamPeriod()), STREAM);
        address[] memory list = distributor.paymentTokens();
        vm.assertEq(list.length, 2);
        vm.assertEq(list[0], ETH);
        vm.assertEq(list[1], address(usdc));
        vm.assertTrue(distributor.isPaymentToken(ETH));
        vm.assertTrue(distributor.isPaymentToken(address(usdc)));
        vm.assertEq(distributor.supply(), mt.totalSupply());
    }

    function test_initialize_revertsOnSecondCall() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        distributor.initialize(address(mt), address(timelock), STREAM, new address[](0));
    }

    function test_initialize_revertsOnImplementation() public {
        RevenueDistributor impl = RevenueDistributor(payable(factory.implementations().distributor));
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(address(mt), address(timelock), STREAM, new address[](0));
    }

    function test_initialize_revertsOnZeroToken() public {
        RevenueDistributor d = _fresh();
        vm.expectRevert(IRevenueDistributor.DistributorZeroAddress.selector);
        d.initialize(address(0), address(timelock), STREAM, new address[](0));
    }

    function test_initialize_revertsOnZeroTimelock() public {
        RevenueDistributor d = _fresh();
        vm.expectRevert(IRevenueDistributor.DistributorZeroAddress.selector);
        d.initialize(address(mt), address(0), STREAM, new address[](0));
    }

    function test_initialize_revertsOnPeriodOutOfRange() public {
        RevenueDistributor d = _fresh();
        vm.expectRevert(
            abi.encodeWithSelector(
                IRevenueDistributor.DistributorStreamPeriodOutOfRange.selector, 59 minutes, 1 hours, 90 days
            )
        );
        d.initialize(address(mt), address(timelock), 59 minutes, new address[](0));
    }

    function test_initialize_revertsOnTooManyTokens() public {
        RevenueDistributor d = _fresh();
        address[] memory tokens = new address[](4);
        for (uint256 i; i < 4; ++i) {
            tokens[i] = address(new TestERC20("T"));
        }
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorTooManyTokens.selector, 3));
        d.initialize(address(mt), address(timelock), STREAM, tokens);
    }

    // --- depositETH / depositToken ---

    function test_depositETH_startsStream() public {
        vm.expectEmit(address(distributor));
        emit IRevenueDistributor.Deposited(ETH, carol, 1 ether, 1 ether, block.timestamp + STREAM);
        _depositETH(1 ether);
        IRevenueDistributor.Stream memory s = distributor.stream(ETH);
        vm.assertEq(uint256(s.remaining), 1 ether);
        vm.assertEq(uint256(s.finish), block.timestamp + STREAM);
        vm.assertEq(uint256(s.accPerShare), 0);
    }

    function test_depositETH_addsLeftoverToNewStream() public {
        _depositETH(1 ether);
        vm.warp(block.timestamp + STREAM / 2);
        _depositETH(1 ether);
        IRevenueDistributor.Stream memory s = distributor.stream(ETH);
        vm.assertEq(uint256(s.remaining), 1.5 ether);
        vm.assertEq(uint256(s.finish), block.timestamp + STREAM);
    }

    function test_depositETH_revertsOnZero() public {
        vm.expectRevert(IRevenueDistributor.DistributorZeroAmount.selector);
        distributor.depositETH();
    }

    function test_depositToken_pullsAndStreams() public {
        _depositUSDC(1e9);
        vm.assertEq(usdc.balanceOf(address(distributor)), 1e9);
        vm.assertEq(uint256(distributor.stream(address(usdc)).remaining), 1e9);
    }

    function test_depositToken_revertsOnUnaccepted() public {
        TestERC20 other = new TestERC20("OTHER");
        vm.expectRevert(
            abi.encodeWithSelector(IRevenueDistributor.DistributorTokenNotAccepted.selector, address(other))
        );
        distributor.depositToken(address(other), 1);
    }

    function test_depositToken_revertsOnETHAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorTokenNotAccepted.selector, ETH));
        distributor.depositToken(ETH, 1);
    }

    function test_depositToken_revertsOnZero() public {
        vm.expectRevert(IRevenueDistributor.DistributorZeroAmount.selector);
        distributor.depositToken(address(usdc), 0);
    }

    // --- claim ---

    function test_claim_proRataAfterFullStream() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM);
        vm.assertEq(_claimETH(alice), 6 ether);
        vm.assertEq(_claimETH(bob), 4 ether);
        vm.assertEq(address(distributor).balance, 0);
    }

    function test_claim_streamsLinearly() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM / 4);
        vm.assertEq(distributor.claimable(alice, ETH), 1.5 ether);
        vm.assertEq(_claimETH(alice), 1.5 ether);
        vm.warp(block.timestamp + STREAM);
        vm.assertEq(_claimETH(alice), 4.5 ether);
    }

    function test_claim_emitsClaimedAndPaysOtherAddress() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM);
        vm.expectEmit(address(distributor));
        emit IRevenueDistributor.Claimed(alice, carol, ETH, 6 ether);
        vm.prank(alice);
        uint256[] memory got = distributor.claim(ethOnly, carol);
        vm.assertEq(got[0], 6 ether);
        vm.assertEq(carol.balance, 6 ether);
    }

    function test_claim_severalTokensInOneCall() public {
        _depositETH(10 ether);
        _depositUSDC(1000e6);
        vm.warp(block.timestamp + STREAM);
        vm.prank(bob);
        uint256[] memory got = distributor.claim(ethAndUsdc, bob);
        vm.assertEq(got[0], 4 ether);
        vm.assertEq(got[1], 400e6);
        vm.assertEq(usdc.balanceOf(bob), 400e6);
    }

    function test_claim_skipsTokensWithNothingDue() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM);
        vm.prank(bob);
        uint256[] memory got = distributor.claim(ethAndUsdc, bob);
        vm.assertEq(got[0], 4 ether);
        vm.assertEq(got[1], 0);
    }

    function test_claim_revertsWhenNothingDue() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM);
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorNothingToClaim.selector, carol));
        vm.prank(carol);
        distributor.claim(ethOnly, carol);
    }

    function test_claim_revertsOnSecondClaim() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM);
        _claimETH(alice);
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorNothingToClaim.selector, alice));
        vm.prank(alice);
        distributor.claim(ethOnly, alice);
    }

    function test_claim_revertsOnUnacceptedToken() public {
        address[] memory tokens = new address[](1);
        tokens[0] = address(0xBEEF);
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorTokenNotAccepted.selector, tokens[0]));
        vm.prank(alice);
        distributor.claim(tokens, alice);
    }

    function test_claim_revertsOnZeroRecipient() public {
        vm.expectRevert(IRevenueDistributor.DistributorZeroAddress.selector);
        vm.prank(alice);
        distributor.claim(ethOnly, address(0));
    }

    function test_claim_revertsWhenETHRejected() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM);
        address rejecter = address(new RejectingReceiver());
        vm.expectRevert(
            abi.encodeWithSelector(IRevenueDistributor.DistributorETHTransferFailed.selector, rejecter, 6 ether)
        );
        vm.prank(alice);
        distributor.claim(ethOnly, rejecter);
    }

    // --- correctness across transfers, mints and burns ---

    function test_claim_snipingAroundADepositEarnsOnlyWhatStreamedMeanwhile() public {
        // carol buys 1000 MT right before a deposit and sells 10 s after it.
        vm.prank(alice);
        mt.transfer(carol, 500e18);
        vm.prank(bob);
        mt.transfer(carol, 400e18);
        _depositETH(86.4 ether);
        vm.warp(block.timestamp + 10);
        vm.startPrank(carol);
        mt.transfer(alice, 500e18);
        mt.transfer(bob, 400e18);
        vm.stopPrank();
        // 10 s of a one-day stream is 0.01 ether in total; carol held 90%.
        vm.assertEq(distributor.claimable(carol, ETH), 0.009 ether);
        vm.warp(block.timestamp + STREAM);
        vm.assertApproxEqAbs(
            distributor.claimable(alice, ETH) + distributor.claimable(bob, ETH), 86.391 ether, 2, "the rest is theirs"
        );
    }

    function test_claim_followsTransfersMidStream() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM / 2);
        vm.prank(alice);
        mt.transfer(bob, 600e18); // bob holds everything from here
        vm.warp(block.timestamp + STREAM);
        vm.assertEq(_claimETH(alice), 3 ether);
        vm.assertEq(_claimETH(bob), 7 ether);
    }

    /// Transfers store no stream (the supply is unchanged): several of them in
    /// ETH and an ERC-20 stream still split each stream by holding time.
    function test_claim_followsTransfersMidStreamInETHAndERC20() public {
        _depositETH(10 ether);
        _depositUSDC(1000e6);
        vm.warp(block.timestamp + STREAM / 4);
        vm.prank(alice);
        mt.transfer(bob, 600e18); // bob holds everything for the second quarter
        vm.warp(block.timestamp + STREAM / 4);
        vm.prank(bob);
        mt.transfer(alice, 1000e18); // alice holds everything for the second half
        vm.warp(block.timestamp + STREAM);
        // alice: 60% of the first quarter, then the second half; bob: the rest.
        vm.assertApproxEqAbs(distributor.claimable(alice, ETH), 6.5 ether, 2);
        vm.assertApproxEqAbs(distributor.claimable(bob, ETH), 3.5 ether, 2);
        vm.assertApproxEqAbs(distributor.claimable(alice, address(usdc)), 650e6, 2);
        vm.assertApproxEqAbs(distributor.claimable(bob, address(usdc)), 350e6, 2);
        vm.prank(alice);
        distributor.claim(ethAndUsdc, alice);
        vm.prank(bob);
        distributor.claim(ethAndUsdc, bob);
        vm.assertLe(address(distributor).balance, 2, "ETH left: rounding only");
        vm.assertLe(usdc.balanceOf(address(distributor)), 2, "USDC left: rounding only");
    }

    function test_claim_mintEarnsOnlyFromItsTime() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM / 2);
        vm.prank(address(timelock));
        mt.mint(carol, 1000e18); // doubles the supply for the second half
        vm.warp(block.timestamp + STREAM);
        vm.assertEq(_claimETH(carol), 2.5 ether);
        vm.assertEq(_claimETH(alice), 3 ether + 1.5 ether);
        vm.assertEq(distributor.supply(), mt.totalSupply());
    }

    function test_claim_burnKeepsWhatWasEarned() public {
        _depositETH(10 ether);
        vm.warp(block.timestamp + STREAM / 2);
        vm.prank(alice);
        mt.burn(ALICE_MT); // bob holds the whole supply from here
        vm.warp(block.timestamp + STREAM);
        vm.assertEq(_claimETH(alice), 3 ether);
        vm.assertEq(_claimETH(bob), 2 ether + 5 ether);
        vm.assertEq(distributor.supply(), mt.totalSupply());
    }

    function test_deposit_withZeroSupplyWaitsForHolders() public {
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        c.holders = new address[](0);
        c.amounts = new uint256[](0);
        _createDAO(c);
        _depositETH(1 ether);
        vm.warp(block.timestamp + 3 * STREAM); // nobody holds MT: the stream pauses
        vm.prank(address(timelock));
        mt.mint(carol, 3);
        vm.warp(block.timestamp + STREAM / 2);
        vm.assertApproxEqAbs(distributor.claimable(carol, ETH), 0.5 ether, 1);
        vm.warp(block.timestamp + STREAM);
        vm.assertApproxEqAbs(_claimETH(carol), 1 ether, 1, "all of it, less sub-wei dust");
    }

    function test_onTokenTransfer_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorNotToken.selector, alice));
        vm.prank(alice);
        distributor.onTokenTransfer(alice, bob, 1);
    }

    // --- governance ---

    function test_addPaymentToken_byTimelock() public {
        TestERC20 dai = new TestERC20("DAI");
        vm.expectEmit(address(distributor));
        emit IRevenueDistributor.PaymentTokenAdded(address(dai));
        vm.prank(address(timelock));
        distributor.addPaymentToken(address(dai));
        vm.assertTrue(distributor.isPaymentToken(address(dai)));
        vm.assertEq(distributor.paymentTokens()[2], address(dai));
    }

    function test_addPaymentToken_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorNotTimelock.selector, alice));
        vm.prank(alice);
        distributor.addPaymentToken(address(0xD));
    }

    function test_addPaymentToken_revertsOnDuplicate() public {
        vm.expectRevert(
            abi.encodeWithSelector(IRevenueDistributor.DistributorTokenAlreadyAccepted.selector, address(usdc))
        );
        vm.prank(address(timelock));
        distributor.addPaymentToken(address(usdc));
    }

    function test_addPaymentToken_revertsOnZero() public {
        vm.expectRevert(IRevenueDistributor.DistributorZeroAddress.selector);
        vm.prank(address(timelock));
        distributor.addPaymentToken(address(0));
    }

    function test_addPaymentToken_revertsWhenFull() public {
        vm.startPrank(address(timelock));
        distributor.addPaymentToken(address(0xD1));
        distributor.addPaymentToken(address(0xD2));
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorTooManyTokens.selector, 3));
        distributor.addPaymentToken(address(0xD3));
        vm.stopPrank();
    }

    function test_setStreamPeriod_byTimelock() public {
        vm.expectEmit(address(distributor));
        emit IRevenueDistributor.StreamPeriodSet(7 days);
        vm.prank(address(timelock));
        distributor.setStreamPeriod(7 days);
        vm.assertEq(uint256(distributor.streamPeriod()), 7 days);
    }

    function test_setStreamPeriod_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IRevenueDistributor.DistributorNotTimelock.selector, bob));
        vm.prank(bob);
        distributor.setStreamPeriod(7 days);
    }

    function test_setStreamPeriod_revertsAboveMax() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IRevenueDistributor.DistributorStreamPeriodOutOfRange.selector, 91 days, 1 hours, 90 days
            )
        );
        vm.prank(address(timelock));
        distributor.setStreamPeriod(91 days);
    }

    function test_claimable_isZeroForUnacceptedToken() public view {
        vm.assertEq(distributor.claimable(alice, address(0xBEEF)), 0);
    }

    // --- fuzz ---

    /// Holding MT for `hold` seconds around a deposit earns at most the share
    /// of what streamed during those seconds.
    function testFuzz_claim_sniperEarnsOnlyTheStreamedShare(uint96 deposit, uint32 hold, uint256 bought) public {
        uint256 amount = bound(deposit, 1e6, 1e30);
        uint256 held = bound(hold, 0, 2 * STREAM);
        bought = bound(bought, 1, ALICE_MT);
        vm.prank(alice);
        mt.transfer(carol, bought);
        _depositETH(amount);
        vm.warp(block.timestamp + held);
        vm.prank(carol);
        mt.transfer(alice, bought);
        uint256 streamed = held >= STREAM ? amount : amount * held / STREAM;
        uint256 fairShare = streamed * bought / mt.totalSupply();
        vm.assertLe(distributor.claimable(carol, ETH), fairShare + 1);
    }

    /// Whatever the deposits, transfers and timing, holders never get more
    /// than was deposited, and once every stream ended they get all of it but
    /// the dust carried to the next release.
    function testFuzz_claim_paysOutDepositsExactly(
        uint96 first,
        uint96 second,
        uint256 moved,
        uint32 gap1,
        uint32 gap2,
        uint96 minted
    ) public {
        uint256 a = bound(first, 1, 1e30);
        uint256 b = bound(second, 1, 1e30);
        moved = bound(moved, 0, ALICE_MT);
        minted = uint96(bound(minted, 0, 1e27));
        _depositETH(a);
        vm.warp(block.timestamp + bound(gap1, 0, 2 * STREAM));
        vm.prank(alice);
        mt.transfer(carol, moved);
        if (minted != 0) {
            vm.prank(address(timelock));
            mt.mint(bob, minted);
        }
        _depositETH(b);
        vm.warp(block.timestamp + bound(gap2, 0, 2 * STREAM));
        uint256 owed =
            distributor.claimable(alice, ETH) + distributor.claimable(bob, ETH) + distributor.claimable(carol, ETH);
        vm.assertLe(owed, a + b);
        vm.warp(block.timestamp + STREAM);
        uint256 paid;
        address[3] memory holders = [alice, bob, carol];
        for (uint256 i; i < 3; ++i) {
            if (distributor.claimable(holders[i], ETH) != 0) paid += _claimETH(holders[i]);
        }
        vm.assertLe(paid, a + b);
        // What is left is the carried dust (below one wei per 1e18 MT units)
        // plus at most one wei of flooring per holder.
        uint256 dustBound = mt.totalSupply() / distributor.MAGNITUDE() + 1;
        vm.assertLe(a + b - paid, dustBound + 3, "all but rounding");
        vm.assertEq(address(distributor).balance, a + b - paid, "the rest stays for the next release");
    }
}
