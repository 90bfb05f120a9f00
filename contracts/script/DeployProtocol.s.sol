// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "../test/utils/Vm.sol";
import {DeployLib} from "./DeployLib.sol";

/// @title DeployProtocol
/// @notice Deploys the MiniDAO protocol with DeployLib and writes
/// deployments/<chainId>.json (or $MINIDAO_DEPLOYMENTS_FILE, under
/// deployments/), the file `minidao status` and `minidao deploy dao` read:
///
///   forge script contracts/script/DeployProtocol.s.sol --rpc-url $RPC --broadcast --private-key $KEY
///
/// The broadcaster owns the protocol; $MINIDAO_ATTESTATION_VERIFIER (default:
/// the broadcaster) is the key whose attestations the WorkerRegistry trusts.
/// The settings are DeployLib.devnetParams, those of `minidao deploy protocol`.
contract DeployProtocol {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    function run() external returns (DeployLib.Deployed[] memory d) {
        vm.startBroadcast();
        address owner = msg.sender;
        address verifier = vm.envOr("MINIDAO_ATTESTATION_VERIFIER", owner);
        d = DeployLib.deployProtocol(DeployLib.devnetParams(owner, verifier));
        vm.stopBroadcast();
        string memory path =
            vm.envOr("MINIDAO_DEPLOYMENTS_FILE", string.concat("deployments/", vm.toString(block.chainid), ".json"));
        vm.writeFile(path, DeployLib.toJSON(vm, d));
    }
}
