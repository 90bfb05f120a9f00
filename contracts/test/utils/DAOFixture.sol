// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./Test.sol";
import {FeeSplit, ModelVersion, Price, VerificationPolicy} from "../../src/types/ModelTypes.sol";
import {IMiniDAOFactory} from "../../src/interfaces/IMiniDAOFactory.sol";
import {ManagementToken} from "../../src/token/ManagementToken.sol";
import {MiniDAOGovernor} from "../../src/governance/MiniDAOGovernor.sol";
import {DAOTimelock} from "../../src/governance/DAOTimelock.sol";
import {RevenueDistributor} from "../../src/revenue/RevenueDistributor.sol";
import {DataBountyBoard} from "../../src/bounty/DataBountyBoard.sol";
import {ModelRegistry} from "../../src/registry/ModelRegistry.sol";
import {MiniDAOFactory} from "../../src/factory/MiniDAOFactory.sol";
import {TestERC20} from "../mocks/TestERC20.sol";

/// @title DAOFixture
/// @notice Deploys the protocol (registry, implementations, factory) and one
/// DAO through the factory, as production does. Tests reach the DAO's
/// contracts through the typed handles below.
abstract contract DAOFixture is Test {
    address internal protocolOwner = makeAddr("protocolOwner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal curator = makeAddr("curator");

    uint256 internal constant ALICE_MT = 600e18;
    uint256 internal constant BOB_MT = 400e18;
    uint40 internal constant STREAM = 1 days;
    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 5 days;
    uint256 internal constant TIMELOCK_DELAY = 2 days;

    ModelRegistry internal registry;
    MiniDAOFactory internal factory;
    TestERC20 internal usdc;

    ManagementToken internal mt;
    MiniDAOGovernor internal governor;
    DAOTimelock internal timelock;
    RevenueDistributor internal distributor;
    DataBountyBoard internal board;

    function _deployProtocol() internal {
        vm.warp(1_700_000_000);
        registry = new ModelRegistry(protocolOwner, FeeSplit(0, 0, 0, 0), FeeSplit(10_000, 10_000, 10_000, 10_000));
        factory = new MiniDAOFactory(
            address(registry),
            IMiniDAOFactory.Implementations({
                token: address(new ManagementToken()),
                timelock: address(new DAOTimelock()),
                governor: address(new MiniDAOGovernor()),
                distributor: address(new RevenueDistributor()),
                bountyBoard: address(new DataBountyBoard())
            })
        );
        vm.prank(protocolOwner);
        registry.setRegistrar(address(factory), true);
        usdc = new TestERC20("USDC");
    }

    function _defaultConfig() internal view returns (IMiniDAOFactory.DAOConfig memory c) {
        c.name = "Mini";
        c.symbol = "MINI";
        c.holders = new address[](2);
        c.holders[0] = alice;
        c.holders[1] = bob;
        c.amounts = new uint256[](2);
        c.amounts[0] = ALICE_MT;
        c.amounts[1] = BOB_MT;
        c.bountyMintBudget = 1000e18;
        c.votingDelay = VOTING_DELAY;
        c.votingPeriod = VOTING_PERIOD;
        c.proposalThreshold = 1e18;
        c.quorumNumerator = 4;
        c.timelockDelay = TIMELOCK_DELAY;
        c.streamPeriod = STREAM;
        c.curators = new address[](1);
        c.curators[0] = curator;
        c.paymentTokens = new address[](1);
        c.paymentTokens[0] = address(usdc);
        c.split = FeeSplit({workersBps: 5000, holdersBps: 2500, dataPoolBps: 1000, treasuryBps: 1500});
    }

    function _createDAO(IMiniDAOFactory.DAOConfig memory c) internal {
        IMiniDAOFactory.DAOAddresses memory d = factory.createDAO(c);
        mt = ManagementToken(d.token);
        governor = MiniDAOGovernor(payable(d.governor));
        timelock = DAOTimelock(d.timelock);
        distributor = RevenueDistributor(payable(d.distributor));
        board = DataBountyBoard(payable(d.bountyBoard));
    }

    function _setUpDAO() internal {
        _deployProtocol();
        _createDAO(_defaultConfig());
    }

    function _version(bytes32 weights) internal pure returns (ModelVersion memory v) {
        v.weightsHash = weights;
        v.runtimeMeasurement = keccak256("runtime-v1");
        v.uri = "ipfs://bafy-model-weights";
        v.maxOutputBytes = 4096;
        v.maxTokens = 256;
    }

    function _ethPrice() internal pure returns (Price memory) {
        return Price({token: address(0), baseFee: 1e15, perTokenFee: 1e12});
    }

    function _policy() internal pure returns (VerificationPolicy memory) {
        return VerificationPolicy({k: 2, n: 3, minWorkerStake: 1 ether});
    }

    /// @dev Registers a model as the DAO's timelock (what an executed proposal does).
    function _registerModel() internal returns (uint256) {
        vm.prank(address(timelock));
        return registry.registerModel(_version(keccak256("weights-v1")), _ethPrice(), _policy());
    }
}
