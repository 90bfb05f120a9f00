// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DAOFixture} from "../utils/DAOFixture.sol";
import {PlainVotesToken} from "../mocks/PlainVotesToken.sol";
import {IMiniDAOFactory} from "../../src/interfaces/IMiniDAOFactory.sol";
import {IDataBountyBoard} from "../../src/interfaces/IDataBountyBoard.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

// Gas snapshots (snapshots/<group>.json, checked by `make test`). Each test
// runs isolated: every top-level call is its own transaction, cold storage and
// the 21,000 base cost included, as on a real chain. State is prepared in
// setUp so that the measured calls are the steady-state case.

/// @notice MT transfers against a plain OpenZeppelin ERC20Votes token.
contract TransferGasTest is DAOFixture {
    PlainVotesToken internal plain;
    address[] internal eth;

    function setUp() public {
        _setUpDAO();
        plain = new PlainVotesToken();
        plain.mint(alice, ALICE_MT);
        plain.mint(bob, BOB_MT);
        vm.prank(alice);
        plain.delegate(alice);
        vm.prank(bob);
        plain.delegate(bob);
        // Revenue streaming in ETH, and both holders already carry corrections.
        hoax(carol, 10 ether);
        distributor.depositETH{value: 10 ether}();
        vm.warp(block.timestamp + 1 hours);
        vm.prank(alice);
        mt.transfer(bob, 1e18);
        vm.prank(alice);
        plain.transfer(bob, 1e18);
        vm.warp(block.timestamp + 1 hours);
    }

    /// forge-config: default.isolate = true
    function test_gas_transfer() public {
        vm.prank(alice);
        plain.transfer(bob, 1e18);
        uint256 plainGas = vm.snapshotGasLastCall("Transfer", "plainERC20VotesTransfer");
        vm.prank(alice);
        mt.transfer(bob, 1e18);
        uint256 mtGas = vm.snapshotGasLastCall("Transfer", "mtTransferETHStreaming");
        vm.assertLe(mtGas * 2, plainGas * 3, "MT transfer above 1.5x a plain ERC20Votes transfer");
    }

    /// forge-config: default.isolate = true
    function test_gas_transferTwoPaymentTokens() public {
        usdc.mint(carol, 1e9);
        vm.prank(carol);
        usdc.approve(address(distributor), 1e9);
        vm.prank(carol);
        distributor.depositToken(address(usdc), 1e9);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(alice);
        mt.transfer(bob, 1e18);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(alice);
        mt.transfer(bob, 1e18);
        vm.snapshotGasLastCall("Transfer", "mtTransferETHAndERC20Streaming");
    }
}

/// @notice A DAO whose only holder is alice, and the token lists of the claims.
abstract contract OneHolderFixture is DAOFixture {
    address[] internal eth;
    address[] internal both;

    function _setUpOneHolderDAO() internal {
        _deployProtocol();
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        c.holders = new address[](1);
        c.holders[0] = alice;
        c.amounts = new uint256[](1);
        c.amounts[0] = ALICE_MT;
        _createDAO(c);
        eth.push(address(0));
        both.push(address(0));
        both.push(address(usdc));
    }
}

/// @notice Revenue deposits and claims, with one holder and with 10,000.
contract ClaimGasTest is OneHolderFixture {
    function setUp() public {
        _setUpOneHolderDAO();
        usdc.mint(carol, 2e9);
        vm.prank(carol);
        usdc.approve(address(distributor), 2e9);
    }

    function _depositAndClaimOnce() internal {
        hoax(carol, 2 ether);
        distributor.depositETH{value: 1 ether}();
        vm.prank(carol);
        distributor.depositToken(address(usdc), 1e9);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(alice);
        distributor.claim(both, alice);
        vm.warp(block.timestamp + 1 hours);
    }

    /// forge-config: default.isolate = true
    function test_gas_deposit() public {
        hoax(carol, 2 ether);
        distributor.depositETH{value: 1 ether}();
        vm.snapshotGasLastCall("Revenue", "depositETHFirst");
        vm.prank(carol);
        distributor.depositETH{value: 1 ether}();
        vm.snapshotGasLastCall("Revenue", "depositETHStreaming");
        vm.prank(carol);
        distributor.depositToken(address(usdc), 1e9);
        vm.snapshotGasLastCall("Revenue", "depositTokenFirst");
    }

    /// forge-config: default.isolate = true
    function test_gas_claimOneHolder() public {
        _depositAndClaimOnce();
        vm.prank(alice);
        distributor.claim(eth, alice);
        uint256 g = vm.snapshotGasLastCall("Revenue", "claimETH_1holder");
        vm.assertLe(g, 60_000, "claim above 60k gas");
        vm.warp(block.timestamp + 1 hours);
        vm.prank(alice);
        distributor.claim(both, alice);
        vm.snapshotGasLastCall("Revenue", "claimETHAndERC20_1holder");
    }
}

/// @notice The same claim with 10,000 MT holders: its cost does not depend on them.
contract ClaimManyHoldersGasTest is OneHolderFixture {
    function setUp() public {
        _setUpOneHolderDAO();
        usdc.mint(carol, 1e9);
        vm.prank(carol);
        usdc.approve(address(distributor), 1e9);
        vm.pauseGasMetering(); // 10,000 mints exceed a test's gas limit
        for (uint256 i = 1; i < 10_000; ++i) {
            vm.prank(address(timelock));
            mt.mint(address(uint160(0x10000 + i)), 1e18);
        }
        vm.resumeGasMetering();
        hoax(carol, 1 ether);
        distributor.depositETH{value: 1 ether}();
        vm.prank(carol);
        distributor.depositToken(address(usdc), 1e9);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(alice);
        distributor.claim(both, alice);
        vm.warp(block.timestamp + 1 hours);
    }

    /// forge-config: default.isolate = true
    function test_gas_claimTenThousandHolders() public {
        vm.assertEq(mt.totalSupply(), ALICE_MT + 9999e18);
        vm.prank(alice);
        distributor.claim(eth, alice);
        uint256 g = vm.snapshotGasLastCall("Revenue", "claimETH_10000holders");
        vm.assertLe(g, 60_000, "claim above 60k gas");
    }
}

/// @notice A proposal's life: propose, vote, queue, execute (a model upgrade).
contract GovernanceGasTest is DAOFixture {
    uint256 internal modelId;
    address[] internal targets;
    uint256[] internal values;
    bytes[] internal calldatas;

    function setUp() public {
        _setUpDAO();
        modelId = _registerModel();
        targets.push(address(registry));
        values.push(0);
        calldatas.push(abi.encodeCall(registry.publishVersion, (modelId, _version(keccak256("weights-v2")), true)));
        vm.warp(block.timestamp + 1);
    }

    /// forge-config: default.isolate = true
    function test_gas_proposalLifecycle() public {
        bytes32 descriptionHash = keccak256("upgrade");
        vm.prank(alice);
        uint256 id = governor.propose(targets, values, calldatas, "upgrade");
        vm.snapshotGasLastCall("Governance", "propose");
        vm.warp(block.timestamp + VOTING_DELAY + 1);
        vm.prank(alice);
        governor.castVote(id, 1);
        vm.snapshotGasLastCall("Governance", "castVote");
        vm.warp(block.timestamp + VOTING_PERIOD);
        governor.queue(targets, values, calldatas, descriptionHash);
        vm.snapshotGasLastCall("Governance", "queue");
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, descriptionHash);
        vm.snapshotGasLastCall("Governance", "executeModelUpgrade");
        vm.assertTrue(governor.state(id) == IGovernor.ProposalState.Executed);
    }
}

/// @notice One transaction deploys a whole DAO.
contract FactoryGasTest is DAOFixture {
    function setUp() public {
        _deployProtocol();
    }

    /// forge-config: default.isolate = true
    function test_gas_createDAO() public {
        factory.createDAO(_defaultConfig());
        uint256 g = vm.snapshotGasLastCall("Factory", "createDAO_2holders");
        vm.assertLe(g, 1_500_000, "createDAO above 1.5M gas");
    }

    /// forge-config: default.isolate = true
    function test_gas_createDAOWithModel() public {
        IMiniDAOFactory.DAOConfig memory c = _defaultConfig();
        c.models = new IMiniDAOFactory.InitialModel[](1);
        c.models[0] = IMiniDAOFactory.InitialModel(_version(keccak256("weights")), _ethPrice(), _policy());
        factory.createDAO(c);
        uint256 g = vm.snapshotGasLastCall("Factory", "createDAO_2holders_1model");
        vm.assertLe(g, 1_500_000, "createDAO with one model above 1.5M gas");
    }
}

/// @notice Bounties: post, submit, accept (ETH + ERC-20 + MT reward, reputation).
contract BountyGasTest is DAOFixture {
    uint256 internal bountyId;
    uint256 internal submissionId;
    address internal dave = makeAddr("dave");

    function _params() internal view returns (IDataBountyBoard.BountyParams memory p) {
        p.specHash = keccak256("spec");
        p.uri = "ipfs://spec";
        p.rewardToken = address(usdc);
        p.ethReward = 1 ether;
        p.tokenReward = 100e6;
        p.mtReward = 10e18;
        p.reputation = 5;
        p.deadline = uint64(block.timestamp + 7 days);
        p.maxAccepted = 3;
    }

    function setUp() public {
        _setUpDAO();
        vm.deal(address(timelock), 100 ether);
        usdc.mint(address(timelock), 1e12);
        vm.startPrank(address(timelock));
        usdc.approve(address(board), type(uint256).max);
        bountyId = board.postBounty{value: 3 ether}(_params());
        vm.stopPrank();
        // A first contributor, so the measured acceptance is a steady-state one.
        vm.prank(carol);
        uint256 first = board.submit(bountyId, keccak256("first"), "ipfs://first");
        vm.prank(curator);
        board.accept(first, keccak256("ok"));
        vm.prank(dave);
        submissionId = board.submit(bountyId, keccak256("data"), "ipfs://data");
    }

    /// forge-config: default.isolate = true
    function test_gas_bounty() public {
        vm.prank(address(timelock));
        board.postBounty{value: 3 ether}(_params());
        vm.snapshotGasLastCall("Bounty", "postBounty");
        vm.prank(dave);
        board.submit(bountyId, keccak256("more data"), "ipfs://more-data");
        vm.snapshotGasLastCall("Bounty", "submit");
        vm.prank(curator);
        board.accept(submissionId, keccak256("ok"));
        vm.snapshotGasLastCall("Bounty", "accept");
    }
}

/// @notice The registry: the coordinator's one-call read, and governance writes.
contract RegistryGasTest is DAOFixture {
    uint256 internal modelId;

    function setUp() public {
        _setUpDAO();
        modelId = _registerModel();
    }

    /// The coordinator's read inside its own transaction: cold storage, no
    /// base cost (this test is not isolated, and setUp ran in another transaction).
    function test_gas_modelTermsRead() public {
        registry.modelTerms(modelId);
        vm.snapshotGasLastCall("Registry", "modelTerms_coldCall");
    }

    /// forge-config: default.isolate = true
    function test_gas_registry() public {
        vm.prank(address(timelock));
        registry.publishVersion(modelId, _version(keccak256("weights-v2")), true);
        vm.snapshotGasLastCall("Registry", "publishVersionAndActivate");
        vm.prank(address(timelock));
        registry.registerModel(_version(keccak256("other")), _ethPrice(), _policy());
        vm.snapshotGasLastCall("Registry", "registerModel");
    }
}
