// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FeeSplit, ModelVersion, Price, VerificationPolicy} from "../src/types/ModelTypes.sol";
import {CoordinatorConfig} from "../src/interfaces/IInferenceCoordinator.sol";
import {IMiniDAOFactory} from "../src/interfaces/IMiniDAOFactory.sol";
import {ModelRegistry} from "../src/registry/ModelRegistry.sol";
import {WorkerRegistry} from "../src/workers/WorkerRegistry.sol";
import {InferenceCoordinator} from "../src/inference/InferenceCoordinator.sol";
import {ManagementToken} from "../src/token/ManagementToken.sol";
import {DAOTimelock} from "../src/governance/DAOTimelock.sol";
import {MiniDAOGovernor} from "../src/governance/MiniDAOGovernor.sol";
import {RevenueDistributor} from "../src/revenue/RevenueDistributor.sol";
import {DataBountyBoard} from "../src/bounty/DataBountyBoard.sol";
import {MiniDAOFactory} from "../src/factory/MiniDAOFactory.sol";
import {Vm} from "../test/utils/Vm.sol";

/// @title DeployLib
/// @notice Deploys and wires the MiniDAO protocol: the Solidity twin of the Go
/// package deploy/protocol, used by the forge scripts and forge tests. Both
/// deploy the same contracts in the same order with the same constructor
/// arguments, so from the same key they produce the same addresses and the
/// same deployments/<chainId>.json (tested by deploy/cmd/minidao's forge test).
/// @dev Internal functions only: the `new`s run in the caller's context, so
/// under `vm.startBroadcast` each is a transaction of the broadcaster, who
/// must be `p.owner` for the wiring calls.
library DeployLib {
    /// @notice The protocol's settings (deploy/protocol.Params).
    struct Params {
        address owner;
        address guardian;
        address attestationVerifier;
        uint64 unbondingDelay;
        uint96 minWorkerStake;
        uint16 reporterBps;
        uint32 maxPromptBytes;
        uint32 maxCallbackGasLimit;
        uint32 requestTimeout;
        uint32 fulfilGasOverhead;
        uint64 priorityFeeWei;
        FeeSplit splitMin;
        FeeSplit splitMax;
    }

    /// @notice One deployed contract, as deployments/<chainId>.json records it.
    struct Deployed {
        string name;
        address addr;
        bytes32 initHash; // keccak256 of creation code and constructor arguments
    }

    /// @notice deploy/protocol.DevnetParams: every role held by `owner`.
    function devnetParams(address owner, address verifier) internal pure returns (Params memory p) {
        p.owner = owner;
        p.guardian = owner;
        p.attestationVerifier = verifier;
        p.unbondingDelay = 60;
        p.minWorkerStake = 1e17;
        p.reporterBps = 5000;
        p.maxPromptBytes = 8192;
        p.maxCallbackGasLimit = 2_000_000;
        p.requestTimeout = 600;
        p.fulfilGasOverhead = 200_000;
        p.priorityFeeWei = 1 gwei;
        p.splitMax = FeeSplit(10_000, 10_000, 10_000, 10_000);
    }

    /// @notice Deploys the nine contracts and wires them: the factory becomes
    /// a registrar, the worker registry trusts the coordinator.
    /// @return d the contracts in deployment order (the factory last)
    function deployProtocol(Params memory p) internal returns (Deployed[] memory d) {
        d = new Deployed[](9);
        bytes memory args = abi.encode(p.owner, p.splitMin, p.splitMax);
        ModelRegistry registry = new ModelRegistry(p.owner, p.splitMin, p.splitMax);
        d[0] = Deployed("ModelRegistry", address(registry), _initHash(type(ModelRegistry).creationCode, args));

        args = abi.encode(p.owner, p.attestationVerifier, p.unbondingDelay, p.minWorkerStake, p.reporterBps);
        WorkerRegistry workers =
            new WorkerRegistry(p.owner, p.attestationVerifier, p.unbondingDelay, p.minWorkerStake, p.reporterBps);
        d[1] = Deployed("WorkerRegistry", address(workers), _initHash(type(WorkerRegistry).creationCode, args));

        CoordinatorConfig memory cfg = CoordinatorConfig({
            modelRegistry: address(registry),
            workerRegistry: address(workers),
            owner: p.owner,
            guardian: p.guardian,
            maxPromptBytes: p.maxPromptBytes,
            maxCallbackGasLimit: p.maxCallbackGasLimit,
            requestTimeout: p.requestTimeout,
            fulfilGasOverhead: p.fulfilGasOverhead,
            priorityFeeWei: p.priorityFeeWei
        });
        address coordinator = address(new InferenceCoordinator(cfg));
        d[2] = Deployed(
            "InferenceCoordinator", coordinator, _initHash(type(InferenceCoordinator).creationCode, abi.encode(cfg))
        );

        IMiniDAOFactory.Implementations memory impl = IMiniDAOFactory.Implementations({
            token: address(new ManagementToken()),
            timelock: address(new DAOTimelock()),
            governor: address(new MiniDAOGovernor()),
            distributor: address(new RevenueDistributor()),
            bountyBoard: address(new DataBountyBoard())
        });
        d[3] = Deployed("ManagementToken", impl.token, keccak256(type(ManagementToken).creationCode));
        d[4] = Deployed("DAOTimelock", impl.timelock, keccak256(type(DAOTimelock).creationCode));
        d[5] = Deployed("MiniDAOGovernor", impl.governor, keccak256(type(MiniDAOGovernor).creationCode));
        d[6] = Deployed("RevenueDistributor", impl.distributor, keccak256(type(RevenueDistributor).creationCode));
        d[7] = Deployed("DataBountyBoard", impl.bountyBoard, keccak256(type(DataBountyBoard).creationCode));

        MiniDAOFactory factory = new MiniDAOFactory(address(registry), impl);
        d[8] = Deployed(
            "MiniDAOFactory",
            address(factory),
            _initHash(type(MiniDAOFactory).creationCode, abi.encode(address(registry), impl))
        );

        registry.setRegistrar(address(factory), true);
        workers.setCoordinatorTrust(coordinator, true);
    }

    /// @notice The deployments/<chainId>.json of `d` (no DAOs), in the format
    /// package deploy/deployments reads.
    function toJSON(Vm vm, Deployed[] memory d) internal view returns (string memory json) {
        json = string.concat('{\n  "chainId": ', vm.toString(block.chainid), ',\n  "protocol": {');
        for (uint256 i; i < d.length; ++i) {
            json = string.concat(
                json,
                i == 0 ? "\n" : ",\n",
                '    "',
                d[i].name,
                '": {"address": "',
                vm.toString(d[i].addr),
                '", "codeHash": "',
                vm.toString(d[i].addr.codehash),
                '", "initHash": "',
                vm.toString(d[i].initHash),
                '"}'
            );
        }
        json = string.concat(json, '\n  },\n  "daos": []\n}\n');
    }

    /// @notice The DAO of examples/dao.yaml (the devnet's example DAO), with
    /// its model's weights hash and approved runtime given.
    function exampleDAO(bytes32 weightsHash, bytes32 runtime)
        internal
        pure
        returns (IMiniDAOFactory.DAOConfig memory c)
    {
        c.name = "Tiny Stories DAO";
        c.symbol = "TINY";
        c.holders = new address[](2);
        c.holders[0] = 0x70997970C51812dc3A010C7d01b50e0d17dc79C8;
        c.holders[1] = 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC;
        c.amounts = new uint256[](2);
        c.amounts[0] = 600_000 ether;
        c.amounts[1] = 400_000 ether;
        c.bountyMintBudget = 50_000 ether;
        c.votingDelay = 1;
        c.votingPeriod = 300;
        c.proposalThreshold = 1000 ether;
        c.quorumNumerator = 4;
        c.timelockDelay = 60;
        c.streamPeriod = 1 days;
        c.curators = new address[](1);
        c.curators[0] = 0x90F79bf6EB2c4f870365E785982E1f101E93b906;
        c.split = FeeSplit({workersBps: 5000, holdersBps: 2500, dataPoolBps: 1500, treasuryBps: 1000});
        c.models = new IMiniDAOFactory.InitialModel[](1);
        c.models[0] = IMiniDAOFactory.InitialModel({
            version: ModelVersion({
                weightsHash: weightsHash,
                runtimeMeasurement: runtime,
                uri: "ipfs://example/tiny.gguf",
                maxOutputBytes: 1024,
                maxTokens: 128,
                createdAt: 0
            }),
            price: Price({token: address(0), baseFee: 0.0001 ether, perTokenFee: 1 gwei}),
            policy: VerificationPolicy({k: 1, n: 1, minWorkerStake: 0.1 ether})
        });
    }

    function _initHash(bytes memory creationCode, bytes memory args) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(creationCode, args));
    }
}
