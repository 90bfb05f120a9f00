// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {
    ERC20VotesUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20VotesUpgradeable.sol";
import {DAOFixture} from "../utils/DAOFixture.sol";
import {ManagementToken} from "../../src/token/ManagementToken.sol";
import {IManagementToken} from "../../src/interfaces/IManagementToken.sol";

contract ManagementTokenTest is DAOFixture {
    function setUp() public {
        _setUpDAO();
    }

    function _init(address tl, address bb, address dist, address[] memory holders, uint256[] memory amounts)
        internal
        pure
        returns (IManagementToken.TokenInit memory)
    {
        return IManagementToken.TokenInit("X", "X", tl, bb, dist, 0, holders, amounts);
    }

    function _freshClone() internal returns (ManagementToken) {
        return ManagementToken(Clones.clone(factory.implementations().token));
    }

    // --- initialize ---

    function test_initialize_allocatesAndWires() public view {
        vm.assertEq(mt.balanceOf(alice), ALICE_MT);
        vm.assertEq(mt.balanceOf(bob), BOB_MT);
        vm.assertEq(mt.totalSupply(), ALICE_MT + BOB_MT);
        vm.assertEq(mt.getVotes(alice), ALICE_MT);
        vm.assertEq(mt.timelock(), address(timelock));
        vm.assertEq(mt.bountyBoard(), address(board));
        vm.assertEq(mt.distributor(), address(distributor));
        vm.assertEq(mt.bountyMintBudget(), 1000e18);
        vm.assertEq(mt.name(), "Mini");
        vm.assertEq(mt.symbol(), "MINI");
    }

    function test_initialize_revertsOnSecondCall() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        mt.initialize(_init(alice, alice, alice, new address[](0), new uint256[](0)));
    }

    function test_initialize_revertsOnImplementation() public {
        ManagementToken impl = ManagementToken(factory.implementations().token);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(_init(alice, alice, alice, new address[](0), new uint256[](0)));
    }

    function test_initialize_revertsOnZeroTimelock() public {
        ManagementToken t = _freshClone();
        vm.expectRevert(IManagementToken.ManagementTokenZeroAddress.selector);
        t.initialize(_init(address(0), alice, alice, new address[](0), new uint256[](0)));
    }

    function test_initialize_revertsOnZeroBountyBoard() public {
        ManagementToken t = _freshClone();
        vm.expectRevert(IManagementToken.ManagementTokenZeroAddress.selector);
        t.initialize(_init(alice, address(0), alice, new address[](0), new uint256[](0)));
    }

    function test_initialize_revertsOnZeroDistributor() public {
        ManagementToken t = _freshClone();
        vm.expectRevert(IManagementToken.ManagementTokenZeroAddress.selector);
        t.initialize(_init(alice, alice, address(0), new address[](0), new uint256[](0)));
    }

    function test_initialize_revertsOnAllocationMismatch() public {
        ManagementToken t = _freshClone();
        vm.expectRevert(abi.encodeWithSelector(IManagementToken.ManagementTokenAllocationMismatch.selector, 1, 0));
        t.initialize(_init(alice, alice, alice, new address[](1), new uint256[](0)));
    }

    function test_initialize_revertsOnZeroHolder() public {
        ManagementToken t = _freshClone();
        vm.expectRevert(IManagementToken.ManagementTokenZeroAddress.selector);
        t.initialize(_init(alice, alice, alice, new address[](1), new uint256[](1)));
    }

    // --- mint ---

    function test_mint_byTimelockSelfDelegatesReceiver() public {
        vm.prank(address(timelock));
        mt.mint(carol, 100e18);
        vm.assertEq(mt.balanceOf(carol), 100e18);
        vm.assertEq(mt.delegates(carol), carol);
        vm.assertEq(mt.getVotes(carol), 100e18);
        vm.assertEq(mt.bountyMintBudget(), 1000e18, "the timelock's mints do not use the bounty budget");
    }

    function test_mint_emitsAutoDelegatedOnFirstReceiptOnly() public {
        vm.expectEmit(address(mt));
        emit IManagementToken.AutoDelegated(carol);
        vm.prank(address(timelock));
        mt.mint(carol, 1);
        vm.recordLogs();
        vm.prank(address(timelock));
        mt.mint(carol, 1);
        vm.assertEq(vm.getRecordedLogs().length, 2, "Transfer and DelegateVotesChanged only");
    }

    function test_mint_byBountyBoardConsumesBudget() public {
        vm.expectEmit(address(mt));
        emit IManagementToken.BountyMinted(carol, 300e18, 700e18);
        vm.prank(address(board));
        mt.mint(carol, 300e18);
        vm.assertEq(mt.bountyMintBudget(), 700e18);
        vm.assertEq(mt.balanceOf(carol), 300e18);
    }

    function test_mint_revertsWhenBountyBudgetExceeded() public {
        vm.expectRevert(
            abi.encodeWithSelector(IManagementToken.ManagementTokenBountyBudgetExceeded.selector, 1001e18, 1000e18)
        );
        vm.prank(address(board));
        mt.mint(carol, 1001e18);
    }

    function test_mint_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IManagementToken.ManagementTokenUnauthorizedMinter.selector, bob));
        vm.prank(bob);
        mt.mint(alice, 1);
    }

    function test_mint_revertsAboveMaxSupply() public {
        uint256 room = uint256(type(uint96).max) - mt.totalSupply();
        vm.expectRevert(
            abi.encodeWithSelector(
                ERC20VotesUpgradeable.ERC20ExceededSafeSupply.selector, uint256(type(uint96).max) + 1, type(uint96).max
            )
        );
        vm.prank(address(timelock));
        mt.mint(carol, room + 1);
    }

    // --- burn ---

    function test_burn_reducesSupplyAndVotes() public {
        vm.prank(alice);
        mt.burn(100e18);
        vm.assertEq(mt.balanceOf(alice), ALICE_MT - 100e18);
        vm.assertEq(mt.getVotes(alice), ALICE_MT - 100e18);
        vm.assertEq(mt.totalSupply(), ALICE_MT + BOB_MT - 100e18);
    }

    // --- setBountyMintBudget ---

    function test_setBountyMintBudget_byTimelock() public {
        vm.expectEmit(address(mt));
        emit IManagementToken.BountyMintBudgetSet(5e18);
        vm.prank(address(timelock));
        mt.setBountyMintBudget(5e18);
        vm.assertEq(mt.bountyMintBudget(), 5e18);
    }

    function test_setBountyMintBudget_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IManagementToken.ManagementTokenNotTimelock.selector, alice));
        vm.prank(alice);
        mt.setBountyMintBudget(5e18);
    }

    // --- delegation and votes ---

    function test_transfer_keepsExplicitDelegation() public {
        vm.prank(carol);
        mt.delegate(alice);
        vm.prank(bob);
        mt.transfer(carol, 4);
        vm.assertEq(mt.delegates(carol), alice);
        vm.assertEq(mt.getVotes(alice), ALICE_MT + 4);
    }

    function testFuzz_transfer_votesFollowBalances(uint256 amount) public {
        amount = bound(amount, 0, ALICE_MT);
        vm.prank(alice);
        mt.transfer(carol, amount);
        vm.assertEq(mt.getVotes(alice) + mt.getVotes(bob) + mt.getVotes(carol), mt.totalSupply());
        vm.assertEq(mt.getVotes(carol), amount);
    }

    function test_permit_setsAllowanceFromASignature() public {
        (address owner, uint256 key) = makeAddrAndKey("permitOwner");
        vm.prank(alice);
        mt.transfer(owner, 1e18);
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                bob,
                1e18,
                mt.nonces(owner),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, keccak256(abi.encodePacked("\x19\x01", mt.DOMAIN_SEPARATOR(), structHash)));
        mt.permit(owner, bob, 1e18, deadline, v, r, s);
        vm.assertEq(mt.allowance(owner, bob), 1e18);
        vm.assertEq(mt.nonces(owner), 1);
    }

    function test_delegate_movesVotesAway() public {
        vm.prank(alice);
        mt.delegate(bob);
        vm.assertEq(mt.getVotes(alice), 0);
        vm.assertEq(mt.getVotes(bob), ALICE_MT + BOB_MT);
    }

    function test_clock_isTimestamp() public view {
        vm.assertEq(uint256(mt.clock()), block.timestamp);
        vm.assertEq(mt.CLOCK_MODE(), "mode=timestamp");
    }

    // --- permit: the EIP-712 domain is the token's name and version "1", not stored separately ---

    function test_permit_domainIsTokenNameAndVersion1() public {
        (address owner, uint256 key) = makeAddrAndKey("permitOwner");
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Mini"),
                keccak256("1"),
                block.chainid,
                address(mt)
            )
        );
        vm.assertEq(mt.DOMAIN_SEPARATOR(), domain);
        (, string memory name, string memory version,,,,) = mt.eip712Domain();
        vm.assertEq(name, "Mini");
        vm.assertEq(version, "1");

        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                bob,
                5e18,
                0,
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        mt.permit(owner, bob, 5e18, deadline, v, r, s);
        vm.assertEq(mt.allowance(owner, bob), 5e18);
        vm.assertEq(mt.nonces(owner), 1);
    }
}
