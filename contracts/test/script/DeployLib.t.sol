// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../utils/Test.sol";
import {DeployLib} from "../../script/DeployLib.sol";
import {IMiniDAOFactory} from "../../src/interfaces/IMiniDAOFactory.sol";
import {IModelRegistry} from "../../src/interfaces/IModelRegistry.sol";
import {ModelRegistry} from "../../src/registry/ModelRegistry.sol";
import {WorkerRegistry} from "../../src/workers/WorkerRegistry.sol";
import {MiniDAOFactory} from "../../src/factory/MiniDAOFactory.sol";

contract DeployLibTest is Test {
    address internal verifier = makeAddr("verifier");

    function test_deployProtocol_deploysAndWires() public {
        DeployLib.Deployed[] memory d = DeployLib.deployProtocol(DeployLib.devnetParams(address(this), verifier));
        vm.assertEq(d.length, 9);
        ModelRegistry registry = ModelRegistry(d[0].addr);
        WorkerRegistry workers = WorkerRegistry(d[1].addr);
        MiniDAOFactory factory = MiniDAOFactory(d[8].addr);
        vm.assertEq(d[8].name, "MiniDAOFactory");
        for (uint256 i; i < d.length; ++i) {
            vm.assertGt(d[i].addr.code.length, 0, d[i].name);
        }
        vm.assertTrue(registry.isRegistrar(address(factory)));
        vm.assertTrue(workers.isTrustedCoordinator(d[2].addr));
        vm.assertEq(factory.registry(), address(registry));
        vm.assertEq(registry.owner(), address(this));
        IMiniDAOFactory.Implementations memory impl = factory.implementations();
        vm.assertEq(impl.token, d[3].addr);
        vm.assertEq(impl.bountyBoard, d[7].addr);

        string memory json = DeployLib.toJSON(vm, d);
        vm.assertEq(vm.parseJsonAddress(json, ".protocol.MiniDAOFactory.address"), address(factory));
        vm.assertEq(vm.parseJsonUint(json, ".chainId"), block.chainid);
    }

    function test_exampleDAO_isCreatedWithItsModel() public {
        DeployLib.Deployed[] memory d = DeployLib.deployProtocol(DeployLib.devnetParams(address(this), verifier));
        ModelRegistry registry = ModelRegistry(d[0].addr);
        IMiniDAOFactory.DAOAddresses memory dao =
            MiniDAOFactory(d[8].addr).createDAO(DeployLib.exampleDAO(keccak256("weights"), keccak256("runtime")));
        vm.assertEq(registry.modelCount(), 1);
        IModelRegistry.Model memory m = registry.model(1);
        vm.assertEq(m.dao, dao.timelock);
        vm.assertEq(uint256(m.price.baseFee), 0.0001 ether);
        vm.assertEq(registry.modelVersion(1, 1).weightsHash, keccak256("weights"));
    }
}
