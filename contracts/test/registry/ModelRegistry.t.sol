// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {DAOFixture} from "../utils/DAOFixture.sol";
import {TestERC20} from "../mocks/TestERC20.sol";
import {FeeSplit, ModelTerms, ModelVersion, Price, VerificationPolicy} from "../../src/types/ModelTypes.sol";
import {IModelRegistry} from "../../src/interfaces/IModelRegistry.sol";
import {ModelRegistry} from "../../src/registry/ModelRegistry.sol";

contract ModelRegistryTest is DAOFixture {
    address internal dao;

    function setUp() public {
        _setUpDAO();
        dao = address(timelock);
    }

    function _split(uint16 w, uint16 h, uint16 d, uint16 t) internal pure returns (FeeSplit memory) {
        return FeeSplit({workersBps: w, holdersBps: h, dataPoolBps: d, treasuryBps: t});
    }

    function _tightBounds() internal {
        vm.prank(protocolOwner);
        registry.setSplitBounds(_split(3000, 1000, 0, 0), _split(8000, 5000, 3000, 3000));
    }

    // --- constructor / bounds ---

    function test_constructor_setsBoundsAndOwner() public view {
        (FeeSplit memory lo, FeeSplit memory hi) = registry.splitBounds();
        vm.assertEq(uint256(lo.workersBps), 0);
        vm.assertEq(uint256(hi.treasuryBps), 10_000);
        vm.assertEq(registry.owner(), protocolOwner);
    }

    function test_constructor_revertsOnInvalidBounds() public {
        vm.expectRevert(IModelRegistry.RegistryInvalidSplitBounds.selector);
        new ModelRegistry(protocolOwner, _split(6000, 0, 0, 0), _split(5000, 10_000, 10_000, 10_000));
    }

    function test_setSplitBounds_byOwner() public {
        vm.expectEmit(address(registry));
        emit IModelRegistry.SplitBoundsSet(_split(3000, 1000, 0, 0), _split(8000, 5000, 3000, 3000));
        _tightBounds();
        (FeeSplit memory lo,) = registry.splitBounds();
        vm.assertEq(uint256(lo.workersBps), 3000);
    }

    function test_setSplitBounds_revertsWhenMinsExceedTotal() public {
        vm.expectRevert(IModelRegistry.RegistryInvalidSplitBounds.selector);
        vm.prank(protocolOwner);
        registry.setSplitBounds(_split(5000, 5000, 1, 0), _split(10_000, 10_000, 10_000, 10_000));
    }

    function test_setSplitBounds_revertsWhenMaxesBelowTotal() public {
        vm.expectRevert(IModelRegistry.RegistryInvalidSplitBounds.selector);
        vm.prank(protocolOwner);
        registry.setSplitBounds(_split(0, 0, 0, 0), _split(2500, 2500, 2500, 2499));
    }

    function test_setSplitBounds_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        registry.setSplitBounds(_split(0, 0, 0, 0), _split(10_000, 10_000, 10_000, 10_000));
    }

    function test_transferOwnership_isTwoStep() public {
        vm.prank(protocolOwner);
        registry.transferOwnership(alice);
        vm.assertEq(registry.owner(), protocolOwner);
        vm.prank(alice);
        registry.acceptOwnership();
        vm.assertEq(registry.owner(), alice);
    }

    // --- registrars and DAOs ---

    function test_setRegistrar_byOwner() public {
        vm.expectEmit(address(registry));
        emit IModelRegistry.RegistrarSet(carol, true);
        vm.prank(protocolOwner);
        registry.setRegistrar(carol, true);
        vm.assertTrue(registry.isRegistrar(carol));
    }

    function test_setRegistrar_revertsOnZero() public {
        vm.expectRevert(IModelRegistry.RegistryZeroAddress.selector);
        vm.prank(protocolOwner);
        registry.setRegistrar(address(0), true);
    }

    function test_setRegistrar_revertsForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, carol));
        vm.prank(carol);
        registry.setRegistrar(carol, true);
    }

    function test_registerDAO_recordsTheFactorysDAO() public view {
        IModelRegistry.DAO memory d = registry.dao(dao);
        vm.assertEq(d.distributor, address(distributor));
        vm.assertEq(d.dataPool, address(board));
        vm.assertEq(uint256(d.split.holdersBps), 2500);
    }

    function test_registerDAO_revertsForNonRegistrar() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotRegistrar.selector, alice));
        vm.prank(alice);
        registry.registerDAO(alice, alice, alice, _split(10_000, 0, 0, 0));
    }

    function test_registerDAO_revertsOnZeroAddress() public {
        vm.prank(protocolOwner);
        registry.setRegistrar(carol, true);
        vm.expectRevert(IModelRegistry.RegistryZeroAddress.selector);
        vm.prank(carol);
        registry.registerDAO(alice, address(0), alice, _split(10_000, 0, 0, 0));
    }

    function test_registerDAO_revertsWhenAlreadyRegistered() public {
        vm.prank(protocolOwner);
        registry.setRegistrar(carol, true);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryDAOAlreadyRegistered.selector, dao));
        vm.prank(carol);
        registry.registerDAO(dao, alice, alice, _split(10_000, 0, 0, 0));
    }

    function test_registerDAO_revertsOnBadSplit() public {
        vm.prank(protocolOwner);
        registry.setRegistrar(carol, true);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistrySplitSum.selector, 9999));
        vm.prank(carol);
        registry.registerDAO(alice, alice, alice, _split(9999, 0, 0, 0));
    }

    // --- fee split ---

    function test_setFeeSplit_byDAO() public {
        _tightBounds();
        vm.expectEmit(address(registry));
        emit IModelRegistry.FeeSplitSet(dao, _split(6000, 2000, 1000, 1000));
        vm.prank(dao);
        registry.setFeeSplit(_split(6000, 2000, 1000, 1000));
        vm.assertEq(uint256(registry.dao(dao).split.workersBps), 6000);
    }

    function test_setFeeSplit_revertsForNonDAO() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotDAO.selector, alice));
        vm.prank(alice);
        registry.setFeeSplit(_split(10_000, 0, 0, 0));
    }

    function test_setFeeSplit_revertsWhenNotSummingToTotal() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistrySplitSum.selector, 10_001));
        vm.prank(dao);
        registry.setFeeSplit(_split(5001, 5000, 0, 0));
    }

    function test_setFeeSplit_revertsOutOfBounds() public {
        _tightBounds();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistrySplitOutOfBounds.selector, 1, 500, 1000, 5000));
        vm.prank(dao);
        registry.setFeeSplit(_split(7000, 500, 1500, 1000));
    }

    function testFuzz_setFeeSplit_acceptsExactlyTheValidSplits(uint16 w, uint16 h, uint16 d, uint16 t) public {
        _tightBounds();
        w = uint16(bound(w, 0, 10_000));
        h = uint16(bound(h, 0, 10_000));
        d = uint16(bound(d, 0, 10_000));
        t = uint16(bound(t, 0, 10_000));
        bool valid = uint256(w) + h + d + t == 10_000 && w >= 3000 && w <= 8000 && h >= 1000 && h <= 5000 && d <= 3000
            && t <= 3000;
        if (!valid) vm.expectRevert();
        vm.prank(dao);
        registry.setFeeSplit(_split(w, h, d, t));
        if (valid) vm.assertEq(uint256(registry.dao(dao).split.treasuryBps), t);
    }

    // --- models ---

    function test_registerModel_activatesFirstVersion() public {
        ModelVersion memory v = _version(keccak256("weights-v1"));
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelRegistered(1, dao);
        vm.expectEmit(address(registry));
        emit IModelRegistry.PriceSet(1, _ethPrice());
        vm.expectEmit(address(registry));
        emit IModelRegistry.PolicySet(1, _policy());
        vm.expectEmit(address(registry));
        emit IModelRegistry.VersionPublished(
            1, 1, v.weightsHash, v.runtimeMeasurement, v.uri, v.maxOutputBytes, v.maxTokens
        );
        vm.expectEmit(address(registry));
        emit IModelRegistry.ActiveVersionChanged(1, 1, v.weightsHash);
        uint256 id = _registerModel();
        vm.assertEq(id, 1);
        vm.assertEq(registry.modelCount(), 1);
        ModelTerms memory t = registry.modelTerms(id);
        vm.assertTrue(t.active);
        vm.assertEq(uint256(t.version), 1);
        vm.assertEq(t.treasury, dao);
        vm.assertEq(t.distributor, address(distributor));
        vm.assertEq(t.dataPool, address(board));
        vm.assertEq(t.activeVersion.weightsHash, v.weightsHash);
        vm.assertEq(t.activeVersion.uri, v.uri);
        vm.assertEq(uint256(t.activeVersion.createdAt), block.timestamp);
        vm.assertEq(uint256(t.price.baseFee), 1e15);
        vm.assertEq(uint256(t.policy.k), 2);
        vm.assertEq(uint256(t.split.workersBps), 5000);
    }

    function test_registerModelFor_byTheRegistrarWhileCreating() public {
        address registrar = makeAddr("registrar");
        address newDAO = makeAddr("newDAO");
        vm.prank(protocolOwner);
        registry.setRegistrar(registrar, true);
        vm.startPrank(registrar);
        registry.registerDAO(newDAO, address(distributor), address(board), _split(5000, 2500, 1500, 1000));
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelRegistered(registry.modelCount() + 1, newDAO);
        uint256 id = registry.registerModelFor(newDAO, _version(keccak256("w")), _ethPrice(), _policy());
        vm.stopPrank();
        vm.assertEq(registry.model(id).dao, newDAO);
        vm.assertEq(uint256(registry.model(id).activeVersion), 1);
    }

    function test_registerModelFor_revertsForNonRegistrar() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotRegistrar.selector, dao));
        vm.prank(dao);
        registry.registerModelFor(dao, _version(keccak256("w")), _ethPrice(), _policy());
    }

    function test_registerModelFor_revertsForAnotherDAOThanTheOneBeingCreated() public {
        address registrar = makeAddr("registrar");
        vm.prank(protocolOwner);
        registry.setRegistrar(registrar, true);
        vm.startPrank(registrar);
        registry.registerDAO(makeAddr("newDAO"), address(distributor), address(board), _split(5000, 2500, 1500, 1000));
        // The fixture's DAO was created earlier: closed to registrars.
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotBeingCreated.selector, dao));
        registry.registerModelFor(dao, _version(keccak256("w")), _ethPrice(), _policy());
        vm.stopPrank();
    }

    function test_registerModelFor_revertsForAnotherRegistrar() public {
        address registrar = makeAddr("registrar");
        address newDAO = makeAddr("newDAO");
        vm.prank(protocolOwner);
        registry.setRegistrar(registrar, true);
        vm.prank(registrar);
        registry.registerDAO(newDAO, address(distributor), address(board), _split(5000, 2500, 1500, 1000));
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotBeingCreated.selector, newDAO));
        vm.prank(address(factory));
        registry.registerModelFor(newDAO, _version(keccak256("w")), _ethPrice(), _policy());
    }

    /// forge-config: default.isolate = true
    function test_registerModelFor_revertsInALaterTransaction() public {
        address registrar = makeAddr("registrar");
        address newDAO = makeAddr("newDAO");
        vm.prank(protocolOwner);
        registry.setRegistrar(registrar, true);
        vm.prank(registrar);
        registry.registerDAO(newDAO, address(distributor), address(board), _split(5000, 2500, 1500, 1000));
        // isolate: each call above was its own transaction; the transient
        // record of the DAO being created is gone.
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotBeingCreated.selector, newDAO));
        vm.prank(registrar);
        registry.registerModelFor(newDAO, _version(keccak256("w")), _ethPrice(), _policy());
    }

    function test_registerModel_acceptsAnAcceptedERC20Price() public {
        vm.prank(dao);
        uint256 id = registry.registerModel(
            _version(keccak256("w")), Price({token: address(usdc), baseFee: 1e6, perTokenFee: 10}), _policy()
        );
        vm.assertEq(registry.modelTerms(id).price.token, address(usdc));
    }

    function test_registerModel_revertsForNonDAO() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotDAO.selector, alice));
        vm.prank(alice);
        registry.registerModel(_version(keccak256("w")), _ethPrice(), _policy());
    }

    function test_registerModel_revertsOnPriceTokenTheDAOCannotReceive() public {
        TestERC20 other = new TestERC20("OTHER");
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryPaymentTokenNotAccepted.selector, address(other)));
        vm.prank(dao);
        registry.registerModel(_version(keccak256("w")), Price(address(other), 1, 1), _policy());
    }

    function test_registerModel_revertsOnInvalidVersion() public {
        ModelVersion[5] memory bad;
        for (uint256 i; i < 5; ++i) {
            bad[i] = _version(keccak256("w"));
        }
        bad[0].weightsHash = 0;
        bad[1].runtimeMeasurement = 0;
        bad[2].uri = "";
        bad[3].maxOutputBytes = 0;
        bad[4].maxTokens = 0;
        for (uint256 i; i < 5; ++i) {
            vm.expectRevert(IModelRegistry.RegistryInvalidVersion.selector);
            vm.prank(dao);
            registry.registerModel(bad[i], _ethPrice(), _policy());
        }
    }

    function test_registerModel_revertsOnInvalidPolicy() public {
        uint8[2][4] memory cases = [[0, 1], [3, 2], [1, 0], [1, 17]];
        for (uint256 i; i < 4; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IModelRegistry.RegistryInvalidPolicy.selector, cases[i][0], cases[i][1])
            );
            vm.prank(dao);
            registry.registerModel(
                _version(keccak256("w")), _ethPrice(), VerificationPolicy(cases[i][0], cases[i][1], 0)
            );
        }
    }

    function test_publishVersion_withoutActivation() public {
        uint256 id = _registerModel();
        vm.prank(dao);
        uint32 n = registry.publishVersion(id, _version(keccak256("weights-v2")), false);
        vm.assertEq(uint256(n), 2);
        vm.assertEq(uint256(registry.modelTerms(id).version), 1);
        vm.assertEq(registry.modelVersion(id, 2).weightsHash, keccak256("weights-v2"));
        vm.assertEq(uint256(registry.model(id).versionCount), 2);
    }

    function test_publishVersion_withActivation() public {
        uint256 id = _registerModel();
        vm.expectEmit(address(registry));
        emit IModelRegistry.ActiveVersionChanged(id, 2, keccak256("weights-v2"));
        vm.prank(dao);
        registry.publishVersion(id, _version(keccak256("weights-v2")), true);
        vm.assertEq(registry.modelTerms(id).activeVersion.weightsHash, keccak256("weights-v2"));
    }

    function test_publishVersion_revertsForOtherCaller() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotModelOwner.selector, id, alice));
        vm.prank(alice);
        registry.publishVersion(id, _version(keccak256("w")), true);
    }

    function test_publishVersion_revertsOnUnknownModel() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryUnknownModel.selector, 7));
        vm.prank(dao);
        registry.publishVersion(7, _version(keccak256("w")), true);
    }

    function test_publishVersion_revertsOnInvalidVersion() public {
        uint256 id = _registerModel();
        ModelVersion memory v = _version(keccak256("w"));
        v.uri = "";
        vm.expectRevert(IModelRegistry.RegistryInvalidVersion.selector);
        vm.prank(dao);
        registry.publishVersion(id, v, true);
    }

    function test_activateVersion_switchesBack() public {
        uint256 id = _registerModel();
        vm.prank(dao);
        registry.publishVersion(id, _version(keccak256("weights-v2")), true);
        vm.expectEmit(address(registry));
        emit IModelRegistry.ActiveVersionChanged(id, 1, keccak256("weights-v1"));
        vm.prank(dao);
        registry.activateVersion(id, 1);
        vm.assertEq(uint256(registry.modelTerms(id).version), 1);
    }

    function test_activateVersion_revertsOnUnknownVersion() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryUnknownVersion.selector, id, 2));
        vm.prank(dao);
        registry.activateVersion(id, 2);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryUnknownVersion.selector, id, 0));
        vm.prank(dao);
        registry.activateVersion(id, 0);
    }

    function test_activateVersion_revertsWhenAlreadyActive() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryVersionAlreadyActive.selector, id, 1));
        vm.prank(dao);
        registry.activateVersion(id, 1);
    }

    function test_activateVersion_revertsForOtherCaller() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotModelOwner.selector, id, bob));
        vm.prank(bob);
        registry.activateVersion(id, 1);
    }

    function test_setPrice_byOwner() public {
        uint256 id = _registerModel();
        Price memory p = Price({token: address(usdc), baseFee: 5, perTokenFee: 6});
        vm.expectEmit(address(registry));
        emit IModelRegistry.PriceSet(id, p);
        vm.prank(dao);
        registry.setPrice(id, p);
        vm.assertEq(uint256(registry.modelTerms(id).price.perTokenFee), 6);
    }

    function test_setPrice_revertsOnUnacceptedToken() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryPaymentTokenNotAccepted.selector, address(7)));
        vm.prank(dao);
        registry.setPrice(id, Price(address(7), 1, 1));
    }

    function test_setPrice_revertsForOtherCaller() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotModelOwner.selector, id, bob));
        vm.prank(bob);
        registry.setPrice(id, _ethPrice());
    }

    function test_setPolicy_byOwner() public {
        uint256 id = _registerModel();
        VerificationPolicy memory p = VerificationPolicy(3, 5, 2 ether);
        vm.expectEmit(address(registry));
        emit IModelRegistry.PolicySet(id, p);
        vm.prank(dao);
        registry.setPolicy(id, p);
        vm.assertEq(uint256(registry.modelTerms(id).policy.n), 5);
    }

    function test_setPolicy_revertsOnInvalid() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryInvalidPolicy.selector, 4, 3));
        vm.prank(dao);
        registry.setPolicy(id, VerificationPolicy(4, 3, 0));
    }

    function test_setPolicy_revertsForOtherCaller() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotModelOwner.selector, id, bob));
        vm.prank(bob);
        registry.setPolicy(id, _policy());
    }

    function test_setPaused_deactivatesTerms() public {
        uint256 id = _registerModel();
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelPausedSet(id, true);
        vm.prank(dao);
        registry.setPaused(id, true);
        vm.assertFalse(registry.modelTerms(id).active);
        vm.prank(dao);
        registry.setPaused(id, false);
        vm.assertTrue(registry.modelTerms(id).active);
    }

    function test_setPaused_revertsWhenUnchanged() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryPausedUnchanged.selector, id, false));
        vm.prank(dao);
        registry.setPaused(id, false);
    }

    function test_setPaused_revertsForOtherCaller() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotModelOwner.selector, id, bob));
        vm.prank(bob);
        registry.setPaused(id, true);
    }

    // --- views ---

    function test_modelTerms_unknownModelIsInactive() public view {
        ModelTerms memory t = registry.modelTerms(42);
        vm.assertFalse(t.active);
        vm.assertEq(t.treasury, address(0));
        vm.assertEq(uint256(t.version), 0);
    }

    function test_modelVersion_revertsOnUnknownModel() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryUnknownModel.selector, 42));
        registry.modelVersion(42, 1);
    }

    function test_modelVersion_revertsOnUnknownVersion() public {
        uint256 id = _registerModel();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryUnknownVersion.selector, id, 3));
        registry.modelVersion(id, 3);
    }

    function test_model_revertsOnUnknownModel() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryUnknownModel.selector, 42));
        registry.model(42);
    }
}
