// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "../test/utils/Vm.sol";
import {DeployLib} from "./DeployLib.sol";
import {IMiniDAOFactory} from "../src/interfaces/IMiniDAOFactory.sol";

/// @title DeployDAO
/// @notice Creates the example DAO of examples/dao.yaml through the factory
/// recorded in deployments/<chainId>.json (or $MINIDAO_DEPLOYMENTS_FILE):
///
///   MINIDAO_WEIGHTS_HASH=0x… MINIDAO_RUNTIME_MEASUREMENT=0x… \
///     forge script contracts/script/DeployDAO.s.sol --rpc-url $RPC --broadcast --private-key $KEY
///
/// Foundry cannot read YAML: for your own DAO, edit DeployLib.exampleDAO or
/// use `minidao deploy dao --spec`, which reads the spec. `minidao status`
/// finds the DAO on chain from the factory's DAOCreated events.
contract DeployDAO {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    function run() external returns (IMiniDAOFactory.DAOAddresses memory dao) {
        string memory path =
            vm.envOr("MINIDAO_DEPLOYMENTS_FILE", string.concat("deployments/", vm.toString(block.chainid), ".json"));
        address factory = vm.parseJsonAddress(vm.readFile(path), ".protocol.MiniDAOFactory.address");
        IMiniDAOFactory.DAOConfig memory c =
            DeployLib.exampleDAO(vm.envBytes32("MINIDAO_WEIGHTS_HASH"), vm.envBytes32("MINIDAO_RUNTIME_MEASUREMENT"));
        vm.startBroadcast();
        dao = IMiniDAOFactory(factory).createDAO(c);
        vm.stopBroadcast();
    }
}
