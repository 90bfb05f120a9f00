// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DAOFixture} from "../utils/DAOFixture.sol";
import {IMiniDAOFactory} from "../../src/interfaces/IMiniDAOFactory.sol";
import {IModelRegistry} from "../../src/interfaces/IModelRegistry.sol";
import {IManagementToken} from "../../src/interfaces/IManagementToken.sol";
import {MiniDAOFactory} from "../../src/factory/MiniDAOFactory.sol";
import {FeeSplit, ModelVersion, Price, VerificationPolicy} from "../../src/types/ModelTypes.sol";
import {ManagementToken} from "../../src/token/ManagementToken.sol";
import {MiniDAOGovernor} from "../../src/governance/MiniDAOGovernor.sol";
import {DAOTimelock} from "../../src/governance/DAOTimelock.sol";
import {RevenueDistributor} from "../../src/revenue/RevenueDistributor.sol";
import {DataBountyBoard} from "../../src/bounty/DataBountyBoard.sol";
import {Vm} from "../utils/Vm.sol";

contract MiniDAOFactoryTest is DAOFixture {
    function setUp() public {
        _deployProtocol();
    }

    function test_createDAO_deploysWiresAndRegisters() public {
        vm.recordLogs();
        vm.prank(carol);
        IMiniDAOFactory.DAOAddresses memory d = factory.createDAO(_defaultConfig());
        _createDAOHandles(d);

        // Every part is a minimal proxy of its implementation.
        IMiniDAOFactory.Implementations memory impl = factory.implementations();
        vm.assertEq(keccak256(d.token.code), keccak256(_proxyCode(impl.token)));
        vm.assertEq(keccak256(d.timelock.code), keccak256(_proxyCode(impl.timelock)));
        vm.assertEq(keccak256(d.governor.code), keccak256(_proxyCode(impl.governor)));
        vm.assertEq(keccak256(d.distributor.code), keccak256(_proxyCode(impl.distributor)));
        vm.assertEq(keccak256(d.bountyBoard.code), keccak256(_proxyCode(impl.bountyBoard)));

        // Wiring.
        vm.assertEq(mt.timelock(), d.timelock);
        vm.assertEq(mt.bountyBoard(), d.bountyBoard);
        vm.assertEq(mt.distributor(), d.distributor);
        vm.assertEq(mt.balanceOf(alice), ALICE_MT);
        vm.assertEq(address(governor.token()), d.token);
        vm.assertEq(governor.timelock(), d.timelock);
        vm.assertEq(distributor.token(), d.token);
        vm.assertEq(distributor.timelock(), d.timelock);
        vm.assertEq(board.token(), d.token);
        vm.assertEq(board.timelock(), d.timelock);
        IModelRegistry.DAO memory r = registry.dao(d.timelock);
        vm.assertEq(r.distributor, d.distributor);
        vm.assertEq(r.dataPool, d.bountyBoard);

        // Roles: the governor proposes and cancels, anyone executes, the
        // timelock administers itself, and the factory holds nothing.
        vm.assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), d.governor));
        vm.assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), d.governor));
        vm.assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)));
        vm.assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), d.timelock));
        vm.assertEq(timelock.getMinDelay(), TIMELOCK_DELAY);
        bytes32[4] memory roles = [
            timelock.DEFAULT_ADMIN_ROLE(), timelock.PROPOSER_ROLE(), timelock.CANCELLER_ROLE(), timelock.EXECUTOR_ROLE()
        ];
        for (uint256 i; i < 4; ++i) {
            vm.assertFalse(timelock.hasRole(roles[i], address(factory)));
            vm.assertFalse(timelock.hasRole(roles[i], carol));
        }
        vm.expectRevert(
            abi.encodeWithSelector(IManagementToken.ManagementTokenUnauthorizedMinter.selector, address(factory))
        );
        vm.prank(address(factory));
        mt.mint(carol, 1);

        // DAOCreated is the last event, with every address.
        bytes32[] memory topics = _lastLog().topics;
        vm.assertEq(topics[0], IMiniDAOFactory.DAOCreated.selector);
        vm.assertEq(topics[1], bytes32(uint256(uint160(carol))));
        vm.assertEq(topics[2], bytes32(uint256(uint160(address(d.timelock)))));
        vm.assertEq(topics[3], bytes32(uint256(uint160(d.token))));
    }

    function test_createDAO_emitsDAOCreated() public {
        // The clones' addresses are known only after the call: check the creator.
        vm.expectEmit(true, false, false, false, address(factory));
        emit IMiniDAOFactory.DAOCreated(bob, address(0), address(0), address(0), address(0), address(0));
        vm.prank(bob);
        factory.createDAO(_defaultConfig());
    }

    function test_createDAO_twoDAOsAreIndependent() public {
        IMiniDAOFactory.DAOAddresses memory a = factory.createDAO(_defaultConfig());
        IMiniDAOFactory.DAOAddresses memory b = factory.createDAO(_defaultConfig());
        vm.assertNotEq(a.token, b.token);
        vm.assertNotEq(a.timelock, b.timelock);
        vm.assertEq(registry.dao(b.timelock).distributor, b.distributor);
    }

    function test_createDAO_revertsWhenNotRegistrar() public {
        vm.prank(protocolOwner);
        registry.setRegistrar(address(factory), false);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotRegistrar.selector, address(factory)));
        factory.createDAO(_defaultConfig());
    }

    function test_createDAO_revertsOnBadSplit() public {
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        c.split = FeeSplit(5000, 5000, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistrySplitSum.selector, 10_001));
        factory.createDAO(c);
    }

    function test_createDAO_revertsOnAllocationMismatch() public {
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        c.amounts = new uint256[](1);
        vm.expectRevert(abi.encodeWithSelector(IManagementToken.ManagementTokenAllocationMismatch.selector, 2, 1));
        factory.createDAO(c);
    }

    function test_createDAO_registersInitialModels() public {
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        c.models = new IMiniDAOFactory.InitialModel[](2);
        c.models[0] = IMiniDAOFactory.InitialModel(_version(keccak256("a")), _ethPrice(), _policy());
        c.models[1] = IMiniDAOFactory.InitialModel(
            _version(keccak256("b")),
            Price({token: address(usdc), baseFee: 5e6, perTokenFee: 1}),
            VerificationPolicy({k: 1, n: 1, minWorkerStake: 0})
        );
        uint256 before = registry.modelCount();
        vm.expectEmit(true, false, false, false, address(registry));
        emit IModelRegistry.ModelRegistered(before + 1, address(0));
        IMiniDAOFactory.DAOAddresses memory d = factory.createDAO(c);

        vm.assertEq(registry.modelCount(), before + 2);
        for (uint256 i; i < 2; ++i) {
            IModelRegistry.Model memory m = registry.model(before + 1 + i);
            vm.assertEq(m.dao, d.timelock);
            vm.assertEq(uint256(m.activeVersion), 1);
            vm.assertEq(m.price.token, c.models[i].price.token);
            vm.assertEq(uint256(m.price.baseFee), c.models[i].price.baseFee);
            vm.assertEq(uint256(m.policy.n), c.models[i].policy.n);
            ModelVersion memory v = registry.modelVersion(before + 1 + i, 1);
            vm.assertEq(v.weightsHash, c.models[i].version.weightsHash);
            vm.assertEq(uint256(v.createdAt), block.timestamp);
        }
        // The DAO's governance alone changes them from now on.
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.RegistryNotModelOwner.selector, before + 1, address(factory))
        );
        vm.prank(address(factory));
        registry.setPaused(before + 1, true);
    }

    function test_createDAO_revertsOnInvalidInitialModel() public {
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        c.models = new IMiniDAOFactory.InitialModel[](1);
        c.models[0] = IMiniDAOFactory.InitialModel(
            _version(keccak256("a")), _ethPrice(), VerificationPolicy({k: 3, n: 2, minWorkerStake: 0})
        );
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryInvalidPolicy.selector, 3, 2));
        factory.createDAO(c);

        c.models[0] = IMiniDAOFactory.InitialModel(_version(bytes32(0)), _ethPrice(), _policy());
        vm.expectRevert(IModelRegistry.RegistryInvalidVersion.selector);
        factory.createDAO(c);
    }

    function test_createDAO_revertsOnInitialModelPricedInAnUnacceptedToken() public {
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        address other = makeAddr("otherToken");
        c.models = new IMiniDAOFactory.InitialModel[](1);
        c.models[0] = IMiniDAOFactory.InitialModel(
            _version(keccak256("a")), Price({token: other, baseFee: 1, perTokenFee: 0}), _policy()
        );
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryPaymentTokenNotAccepted.selector, other));
        factory.createDAO(c);
    }

    function test_constructor_revertsOnZeroAddress() public {
        IMiniDAOFactory.Implementations memory impl = factory.implementations();
        vm.expectRevert(IMiniDAOFactory.FactoryZeroAddress.selector);
        new MiniDAOFactory(address(0), impl);
        impl.governor = address(0);
        vm.expectRevert(IMiniDAOFactory.FactoryZeroAddress.selector);
        new MiniDAOFactory(address(registry), impl);
    }

    function test_registry_isExposed() public view {
        vm.assertEq(factory.registry(), address(registry));
    }

    // --- helpers ---

    function _createDAOHandles(IMiniDAOFactory.DAOAddresses memory d) internal {
        mt = ManagementToken(d.token);
        governor = MiniDAOGovernor(payable(d.governor));
        timelock = DAOTimelock(d.timelock);
        distributor = RevenueDistributor(payable(d.distributor));
        board = DataBountyBoard(payable(d.bountyBoard));
    }

    /// @dev OpenZeppelin Clones' minimal proxy (EIP-1167) runtime code.
    function _proxyCode(address impl) internal pure returns (bytes memory) {
        return abi.encodePacked(hex"363d3d373d3d3d363d73", impl, hex"5af43d82803e903d91602b57fd5bf3");
    }

    function _lastLog() internal returns (Vm.Log memory) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        return logs[logs.length - 1];
    }
}
