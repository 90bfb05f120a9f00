// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DAOFixture} from "../utils/DAOFixture.sol";
import {CoordinatorConfig} from "../../src/interfaces/IInferenceCoordinator.sol";
import {Attestation} from "../../src/interfaces/IWorkerRegistry.sol";
import {InferenceCoordinator} from "../../src/inference/InferenceCoordinator.sol";
import {WorkerRegistry} from "../../src/workers/WorkerRegistry.sol";
import {VerificationPolicy} from "../../src/types/ModelTypes.sol";

/// @title DAOCoordinatorFixture
/// @notice A factory-made MiniDAO (DAOFixture) with an ETH-priced k = 1 model
/// registered by its timelock, a real WorkerRegistry and InferenceCoordinator,
/// and one attested, staked worker: the set-up of the tests that run the
/// coordinator against a real DAO's registry and revenue sinks.
abstract contract DAOCoordinatorFixture is DAOFixture {
    WorkerRegistry internal workers;
    InferenceCoordinator internal coordinator;
    uint256 internal modelId;
    address internal worker;
    uint256 internal workerKey;
    address internal submitter = makeAddr("submitter");

    function _setUpCoordinatorWithDAO() internal {
        _setUpDAO();
        vm.prank(address(timelock));
        modelId = registry.registerModel(
            _version(keccak256("weights-v1")), _ethPrice(), VerificationPolicy({k: 1, n: 1, minWorkerStake: 1 ether})
        );
        (address verifier, uint256 verifierKey) = makeAddrAndKey("verifier");
        workers = new WorkerRegistry(protocolOwner, verifier, 7 days, 0.1 ether, 1000);
        coordinator = new InferenceCoordinator(
            CoordinatorConfig({
                modelRegistry: address(registry),
                workerRegistry: address(workers),
                owner: protocolOwner,
                guardian: protocolOwner,
                maxPromptBytes: 4096,
                maxCallbackGasLimit: 2_000_000,
                requestTimeout: 1 hours,
                fulfilGasOverhead: 150_000,
                priorityFeeWei: 1 gwei
            })
        );
        vm.prank(protocolOwner);
        workers.setCoordinatorTrust(address(coordinator), true);

        (worker, workerKey) = makeAddrAndKey("worker");
        Attestation memory a = Attestation({
            signer: worker,
            runtimeMeasurement: keccak256("runtime-v1"),
            weightsHash: keccak256("weights-v1"),
            hardwareClass: "cpu-x86_64-avx2",
            reportHash: keccak256("report"),
            issuedAt: uint64(block.timestamp)
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(verifierKey, workers.attestationDigest(a));
        hoax(worker, 1 ether);
        workers.register{value: 1 ether}(a, abi.encodePacked(r, s, v));
    }
}
