// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {DAOFixture} from "../utils/DAOFixture.sol";
import {FeeSplit, ModelTerms} from "../../src/types/ModelTypes.sol";
import {IModelRegistry} from "../../src/interfaces/IModelRegistry.sol";
import {IMiniDAOGovernor} from "../../src/interfaces/IMiniDAOGovernor.sol";
import {IDataBountyBoard} from "../../src/interfaces/IDataBountyBoard.sol";
import {MiniDAOGovernor} from "../../src/governance/MiniDAOGovernor.sol";

contract MiniDAOGovernorTest is DAOFixture {
    uint8 internal constant AGAINST = 0;
    uint8 internal constant FOR = 1;

    uint256 internal modelId;
    address[] internal targets;
    uint256[] internal values;
    bytes[] internal calldatas;

    function setUp() public {
        _setUpDAO();
        modelId = _registerModel();
        // Proposal thresholds read the votes of the previous second.
        vm.warp(block.timestamp + 1);
    }

    function _upgradeProposal() internal returns (string memory description) {
        targets.push(address(registry));
        values.push(0);
        calldatas.push(
            abi.encodeCall(IModelRegistry.publishVersion, (modelId, _version(keccak256("weights-v2")), true))
        );
        description = "Upgrade the model to v2 weights";
    }

    function _propose(string memory description) internal returns (uint256 id) {
        vm.prank(alice);
        id = governor.propose(targets, values, calldatas, description);
    }

    function _passAndQueue(uint256 id, string memory description) internal {
        vm.warp(block.timestamp + VOTING_DELAY + 1);
        vm.prank(alice);
        governor.castVote(id, FOR);
        vm.warp(block.timestamp + VOTING_PERIOD);
        governor.queue(targets, values, calldatas, keccak256(bytes(description)));
    }

    function test_governance_modelUpgradeEndToEnd() public {
        string memory description = _upgradeProposal();
        uint256 id = _propose(description);
        vm.assertTrue(governor.state(id) == IGovernor.ProposalState.Pending);

        vm.warp(block.timestamp + VOTING_DELAY + 1);
        vm.assertTrue(governor.state(id) == IGovernor.ProposalState.Active);
        // Neither holder ever called delegate(): auto-delegation gave them votes.
        vm.prank(alice);
        governor.castVote(id, FOR);
        vm.prank(bob);
        governor.castVote(id, AGAINST);
        (uint256 against, uint256 forVotes,) = governor.proposalVotes(id);
        vm.assertEq(forVotes, ALICE_MT);
        vm.assertEq(against, BOB_MT);

        vm.warp(block.timestamp + VOTING_PERIOD);
        vm.assertTrue(governor.state(id) == IGovernor.ProposalState.Succeeded);
        governor.queue(targets, values, calldatas, keccak256(bytes(description)));
        vm.assertTrue(governor.state(id) == IGovernor.ProposalState.Queued);

        vm.warp(block.timestamp + TIMELOCK_DELAY);
        vm.expectEmit(address(registry));
        emit IModelRegistry.ActiveVersionChanged(modelId, 2, keccak256("weights-v2"));
        governor.execute(targets, values, calldatas, keccak256(bytes(description)));
        vm.assertTrue(governor.state(id) == IGovernor.ProposalState.Executed);

        ModelTerms memory t = registry.modelTerms(modelId);
        vm.assertEq(uint256(t.version), 2);
        vm.assertEq(t.activeVersion.weightsHash, keccak256("weights-v2"));
    }

    function test_governance_treasuryAndParametersInOneProposal() public {
        vm.deal(address(timelock), 10 ether);
        IDataBountyBoard.BountyParams memory p;
        p.specHash = keccak256("spec");
        p.ethReward = 1 ether;
        p.reputation = 1;
        p.deadline = uint64(block.timestamp + 30 days);
        p.maxAccepted = 2;
        targets.push(address(registry));
        values.push(0);
        calldatas.push(abi.encodeCall(IModelRegistry.setFeeSplit, (FeeSplit(4000, 4000, 1000, 1000))));
        targets.push(address(distributor));
        values.push(0);
        calldatas.push(abi.encodeCall(distributor.setStreamPeriod, (7 days)));
        targets.push(address(mt));
        values.push(0);
        calldatas.push(abi.encodeCall(mt.setBountyMintBudget, (50e18)));
        targets.push(address(board));
        values.push(2 ether);
        calldatas.push(abi.encodeCall(IDataBountyBoard.postBounty, (p)));
        string memory description = "Retune the DAO and fund a bounty";
        uint256 id = _propose(description);
        _passAndQueue(id, description);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, keccak256(bytes(description)));
        vm.assertEq(uint256(registry.dao(address(timelock)).split.holdersBps), 4000);
        vm.assertEq(uint256(distributor.streamPeriod()), 7 days);
        vm.assertEq(mt.bountyMintBudget(), 50e18);
        vm.assertEq(board.escrowed(address(0)), 2 ether);
        vm.assertEq(address(timelock).balance, 8 ether);
    }

    function test_propose_revertsBelowThreshold() public {
        string memory description = _upgradeProposal();
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, carol, 0, 1e18));
        vm.prank(carol);
        governor.propose(targets, values, calldatas, description);
    }

    function test_execute_revertsBeforeTimelockDelay() public {
        string memory description = _upgradeProposal();
        uint256 id = _propose(description);
        _passAndQueue(id, description);
        vm.expectRevert();
        governor.execute(targets, values, calldatas, keccak256(bytes(description)));
    }

    function test_proposal_defeatedWithoutQuorum() public {
        string memory description = _upgradeProposal();
        uint256 id = _propose(description);
        vm.warp(block.timestamp + VOTING_DELAY + VOTING_PERIOD + 1);
        vm.assertTrue(governor.state(id) == IGovernor.ProposalState.Defeated);
        vm.assertEq(governor.quorum(block.timestamp - 1), (ALICE_MT + BOB_MT) * 4 / 100);
    }

    function test_timelock_onlyGovernorProposes() public {
        bytes32 proposer = timelock.PROPOSER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, proposer)
        );
        vm.prank(alice);
        timelock.schedule(address(registry), 0, "", 0, 0, TIMELOCK_DELAY);
    }

    function test_registry_rejectsDirectCallsFromHolders() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RegistryNotModelOwner.selector, modelId, alice));
        vm.prank(alice);
        registry.activateVersion(modelId, 1);
    }

    // --- initialize ---

    function _init(address token, address payable tl) internal pure returns (IMiniDAOGovernor.GovernorInit memory) {
        return IMiniDAOGovernor.GovernorInit("G", token, tl, 1, 10, 0, 4);
    }

    function test_initialize_wires() public view {
        vm.assertEq(governor.name(), "Mini");
        vm.assertEq(address(governor.token()), address(mt));
        vm.assertEq(governor.timelock(), address(timelock));
        vm.assertEq(governor.votingDelay(), VOTING_DELAY);
        vm.assertEq(governor.votingPeriod(), VOTING_PERIOD);
        vm.assertEq(governor.proposalThreshold(), 1e18);
        vm.assertEq(governor.quorumNumerator(), 4);
        vm.assertEq(governor.CLOCK_MODE(), "mode=timestamp");
    }

    function test_initialize_revertsOnSecondCall() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        governor.initialize(_init(address(mt), payable(address(timelock))));
    }

    function test_initialize_revertsOnImplementation() public {
        MiniDAOGovernor impl = MiniDAOGovernor(payable(factory.implementations().governor));
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(_init(address(mt), payable(address(timelock))));
    }

    function test_initialize_revertsOnZeroToken() public {
        MiniDAOGovernor g = MiniDAOGovernor(payable(Clones.clone(factory.implementations().governor)));
        vm.expectRevert(IMiniDAOGovernor.MiniDAOGovernorZeroAddress.selector);
        g.initialize(_init(address(0), payable(address(timelock))));
    }

    function test_initialize_revertsOnZeroTimelock() public {
        MiniDAOGovernor g = MiniDAOGovernor(payable(Clones.clone(factory.implementations().governor)));
        vm.expectRevert(IMiniDAOGovernor.MiniDAOGovernorZeroAddress.selector);
        g.initialize(_init(address(mt), payable(address(0))));
    }

    function test_timelockInitialize_revertsOnSecondCall() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        timelock.initialize(0, new address[](0), new address[](0), alice);
    }

    // --- votes by signature: the EIP-712 domain is the governor's name and version, not stored separately ---

    function test_castVoteBySig_domainIsGovernorNameAndVersion() public {
        (address voter, uint256 key) = makeAddrAndKey("sigVoter");
        vm.prank(alice);
        mt.transfer(voter, 1e18); // auto-delegated: votes from now on
        vm.warp(block.timestamp + 1);
        uint256 id = _propose(_upgradeProposal());
        vm.warp(block.timestamp + VOTING_DELAY + 1);

        (, string memory name, string memory version,,,,) = governor.eip712Domain();
        vm.assertEq(name, governor.name());
        vm.assertEq(version, "1");
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(governor.name())),
                keccak256("1"),
                block.chainid,
                address(governor)
            )
        );
        bytes32 structHash = keccak256(abi.encode(governor.BALLOT_TYPEHASH(), id, FOR, voter, governor.nonces(voter)));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        governor.castVoteBySig(id, FOR, voter, abi.encodePacked(r, s, v));
        vm.assertTrue(governor.hasVoted(id, voter));
        (, uint256 forVotes,) = governor.proposalVotes(id);
        vm.assertEq(forVotes, 1e18);
    }
}
