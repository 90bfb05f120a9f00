// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../utils/Test.sol";
import {Attestation, IWorkerRegistry, WorkerInfo} from "../../src/interfaces/IWorkerRegistry.sol";
import {WorkerRegistry} from "../../src/workers/WorkerRegistry.sol";
import {ResultTypedData} from "../../src/inference/ResultTypedData.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract WorkerRegistryTest is Test {
    bytes32 internal constant RUNTIME = keccak256("runtime-v1");
    bytes32 internal constant WEIGHTS = keccak256("weights-v1");
    uint64 internal constant DELAY = 7 days;
    uint96 internal constant MIN = 0.5 ether;

    address internal owner = makeAddr("owner");
    address internal operator = makeAddr("operator");
    address internal reporter = makeAddr("reporter");
    address internal coordinator = makeAddr("coordinator");
    uint256 internal verifierKey;
    address internal verifier;
    uint256 internal workerKey;
    address internal workerAddr;
    WorkerRegistry internal registry;

    function setUp() public {
        vm.warp(1_700_000_000);
        (verifier, verifierKey) = makeAddrAndKey("verifier");
        (workerAddr, workerKey) = makeAddrAndKey("worker");
        registry = new WorkerRegistry(owner, verifier, DELAY, MIN, 1000);
        vm.prank(owner);
        registry.setCoordinatorTrust(coordinator, true);
        vm.deal(operator, 100 ether);
    }

    function _att(address signer, bytes32 weights, uint64 issuedAt) internal pure returns (Attestation memory) {
        return Attestation({
            signer: signer,
            runtimeMeasurement: RUNTIME,
            weightsHash: weights,
            hardwareClass: "cpu-x86_64-avx2",
            reportHash: keccak256(abi.encode(signer, weights, issuedAt)),
            issuedAt: issuedAt
        });
    }

    function _signed(uint256 key, Attestation memory a) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, registry.attestationDigest(a));
        return abi.encodePacked(r, s, v);
    }

    function _register() internal {
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.prank(operator);
        registry.register{value: 1 ether}(a, sig);
    }

    function _resultSig(uint256 key, bytes32 requestId, bytes32 outputHash) internal view returns (bytes memory) {
        bytes32 d = ResultTypedData.digest(ResultTypedData.domainSeparator(coordinator), requestId, 1, outputHash);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, d);
        return abi.encodePacked(r, s, v);
    }

    // ------------------------------------------------------------- registration

    function test_register_recordsTheWorkerAndMakesItEligible() public {
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.expectEmit(address(registry));
        emit IWorkerRegistry.WorkerRegistered(workerAddr, operator, 1 ether, a);
        vm.prank(operator);
        registry.register{value: 1 ether}(a, sig);
        WorkerInfo memory w = registry.worker(workerAddr);
        vm.assertEq(w.operator, operator);
        vm.assertEq(w.stake, 1 ether);
        vm.assertEq(w.attestation.reportHash, a.reportHash);
        vm.assertTrue(registry.isEligible(workerAddr, RUNTIME, WEIGHTS, 1 ether));
        vm.assertFalse(
            registry.isEligible(workerAddr, RUNTIME, WEIGHTS, 1 ether + 1), "stake below the model's minimum"
        );
        vm.assertFalse(registry.isEligible(workerAddr, RUNTIME, keccak256("other"), 0), "other weights");
        vm.assertFalse(registry.isEligible(workerAddr, keccak256("other"), WEIGHTS, 0), "other runtime");
    }

    function test_attestationDigest_isTheDocumentedTypedData() public view {
        Attestation memory a = _att(workerAddr, WEIGHTS, 1234);
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("MiniDAO WorkerRegistry"),
                keccak256("1"),
                block.chainid,
                address(registry)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Attestation(address signer,bytes32 runtimeMeasurement,bytes32 weightsHash,bytes32 hardwareClass,bytes32 reportHash,uint64 issuedAt)"
                ),
                a.signer,
                a.runtimeMeasurement,
                a.weightsHash,
                a.hardwareClass,
                a.reportHash,
                a.issuedAt
            )
        );
        vm.assertEq(registry.DOMAIN_SEPARATOR(), domain);
        vm.assertEq(registry.attestationDigest(a), keccak256(abi.encodePacked(hex"1901", domain, structHash)));
    }

    function test_register_revertsOnAnAttestationNotByTheVerifier() public {
        (, uint256 otherKey) = makeAddrAndKey("impostor");
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(otherKey, a);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerInvalidAttestation.selector, workerAddr));
        vm.prank(operator);
        registry.register{value: 1 ether}(a, sig);
    }

    function test_register_revertsOnAnAlteredAttestation() public {
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        a.weightsHash = keccak256("weights-the-verifier-never-saw");
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerInvalidAttestation.selector, workerAddr));
        vm.prank(operator);
        registry.register{value: 1 ether}(a, sig);
    }

    function test_register_revertsBelowTheMinimumStake() public {
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerInvalidStake.selector, MIN - 1, MIN));
        vm.prank(operator);
        registry.register{value: MIN - 1}(a, sig);
    }

    function test_register_revertsTwiceAndOnAZeroSigner() public {
        _register();
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerAlreadyRegistered.selector, workerAddr));
        vm.prank(operator);
        registry.register{value: 1 ether}(a, sig);
        a = _att(address(0), WEIGHTS, uint64(block.timestamp));
        vm.expectRevert(IWorkerRegistry.WorkerZeroAddress.selector);
        vm.prank(operator);
        registry.register{value: 1 ether}(a, sig);
    }

    // ------------------------------------------------------------- attestation updates

    function test_attest_replacesTheRecordWithANewerOne() public {
        _register();
        vm.warp(block.timestamp + 1);
        Attestation memory a = _att(workerAddr, keccak256("weights-v2"), uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.prank(operator);
        registry.attest(a, sig);
        vm.assertFalse(registry.isEligible(workerAddr, RUNTIME, WEIGHTS, 0));
        vm.assertTrue(registry.isEligible(workerAddr, RUNTIME, keccak256("weights-v2"), 0));
    }

    function test_attest_revertsOnAStaleAttestation() public {
        _register();
        Attestation memory a = _att(workerAddr, keccak256("weights-v0"), uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkerRegistry.WorkerStaleAttestation.selector, workerAddr, block.timestamp, block.timestamp
            )
        );
        vm.prank(operator);
        registry.attest(a, sig);
    }

    function test_attest_revertsForAnotherOperator() public {
        _register();
        vm.warp(block.timestamp + 1);
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerNotOperator.selector, workerAddr, reporter));
        vm.prank(reporter);
        registry.attest(a, sig);
    }

    function test_setAttestationVerifier_retiresTheOldKey() public {
        (address next,) = makeAddrAndKey("verifier-2");
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, operator));
        vm.prank(operator);
        registry.setAttestationVerifier(next);
        vm.prank(owner);
        registry.setAttestationVerifier(next);
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerInvalidAttestation.selector, workerAddr));
        vm.prank(operator);
        registry.register{value: 1 ether}(a, sig);
    }

    // ------------------------------------------------------------- stake

    function test_addStake_raisesTheStake() public {
        _register();
        vm.prank(operator);
        registry.addStake{value: 2 ether}(workerAddr);
        vm.assertEq(registry.worker(workerAddr).stake, 3 ether);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerInvalidStake.selector, 3 ether, MIN));
        vm.prank(operator);
        registry.addStake(workerAddr);
    }

    function test_unbonding_makesIneligibleThenReturnsTheStake() public {
        _register();
        vm.prank(operator);
        registry.beginUnbonding(workerAddr);
        vm.assertFalse(registry.isEligible(workerAddr, RUNTIME, WEIGHTS, 0));
        uint64 endsAt = uint64(block.timestamp) + DELAY;
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerNotUnbonded.selector, workerAddr, endsAt));
        vm.prank(operator);
        registry.withdrawStake(workerAddr);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerUnbonding.selector, workerAddr, endsAt));
        vm.prank(operator);
        registry.addStake{value: 1}(workerAddr);

        vm.warp(endsAt);
        uint256 before = operator.balance;
        vm.prank(operator);
        registry.withdrawStake(workerAddr);
        vm.assertEq(operator.balance, before + 1 ether);
        vm.assertEq(registry.worker(workerAddr).operator, address(0));
        _register(); // the address may come back
    }

    function test_withdrawStake_revertsWithoutUnbonding() public {
        _register();
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerNotUnbonded.selector, workerAddr, 0));
        vm.prank(operator);
        registry.withdrawStake(workerAddr);
    }

    // ------------------------------------------------------------- slashing

    function test_slashEquivocation_slashesAndRewardsTheReporter() public {
        _register();
        bytes32 id = keccak256("request");
        bytes memory a = _resultSig(workerKey, id, keccak256("yes"));
        bytes memory b = _resultSig(workerKey, id, keccak256("no"));
        vm.expectEmit(address(registry));
        emit IWorkerRegistry.WorkerSlashed(workerAddr, reporter, id, 1 ether, 0.1 ether);
        vm.prank(reporter);
        registry.slashEquivocation(coordinator, id, 1, keccak256("yes"), a, keccak256("no"), b);

        WorkerInfo memory w = registry.worker(workerAddr);
        vm.assertTrue(w.slashed);
        vm.assertEq(w.stake, 0);
        vm.assertFalse(registry.isEligible(workerAddr, RUNTIME, WEIGHTS, 0));
        vm.assertEq(registry.claimable(reporter), 0.1 ether);
        vm.assertEq(registry.claimable(owner), 0.9 ether);
        vm.prank(reporter);
        registry.claim();
        vm.assertEq(reporter.balance, 0.1 ether);
        vm.assertEq(address(registry).balance, 0.9 ether);

        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerIsSlashed.selector, workerAddr));
        registry.slashEquivocation(coordinator, id, 1, keccak256("yes"), a, keccak256("no"), b);
        Attestation memory att = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, att);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerIsSlashed.selector, workerAddr));
        vm.prank(operator);
        registry.register{value: 1 ether}(att, sig);
    }

    function test_slashEquivocation_reachesAnUnbondingWorker() public {
        _register();
        vm.prank(operator);
        registry.beginUnbonding(workerAddr);
        bytes32 id = keccak256("request");
        registry.slashEquivocation(
            coordinator,
            id,
            1,
            keccak256("yes"),
            _resultSig(workerKey, id, keccak256("yes")),
            keccak256("no"),
            _resultSig(workerKey, id, keccak256("no"))
        );
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerIsSlashed.selector, workerAddr));
        vm.prank(operator);
        registry.withdrawStake(workerAddr);
    }

    function test_slashEquivocation_revertsOnTheSameOutput() public {
        _register();
        bytes32 id = keccak256("request");
        bytes memory a = _resultSig(workerKey, id, keccak256("yes"));
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerSameOutput.selector, keccak256("yes")));
        registry.slashEquivocation(coordinator, id, 1, keccak256("yes"), a, keccak256("yes"), a);
    }

    function test_slashEquivocation_revertsForAnUntrustedCoordinator() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerUnknownCoordinator.selector, reporter));
        registry.slashEquivocation(reporter, 0, 1, keccak256("a"), "", keccak256("b"), "");
    }

    function test_slashEquivocation_revertsWhenTheSignersDiffer() public {
        _register();
        (address other, uint256 otherKey) = makeAddrAndKey("other-worker");
        bytes32 id = keccak256("request");
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerSignersDiffer.selector, workerAddr, other));
        registry.slashEquivocation(
            coordinator,
            id,
            1,
            keccak256("yes"),
            _resultSig(workerKey, id, keccak256("yes")),
            keccak256("no"),
            _resultSig(otherKey, id, keccak256("no"))
        );
    }

    function test_slashEquivocation_revertsForAnUnregisteredSigner() public {
        bytes32 id = keccak256("request");
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerNotRegistered.selector, workerAddr));
        registry.slashEquivocation(
            coordinator,
            id,
            1,
            keccak256("yes"),
            _resultSig(workerKey, id, keccak256("yes")),
            keccak256("no"),
            _resultSig(workerKey, id, keccak256("no"))
        );
    }

    function test_claim_revertsWithNothingToClaim() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerNothingToClaim.selector, reporter));
        vm.prank(reporter);
        registry.claim();
    }

    function test_constructor_revertsOnAReporterShareOver100Percent() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkerRegistry.WorkerInvalidReporterShare.selector, 10_001));
        new WorkerRegistry(owner, verifier, DELAY, MIN, 10_001);
    }

    function test_governance_setsTrustAndRecipient() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, reporter));
        vm.prank(reporter);
        registry.setCoordinatorTrust(reporter, true);
        vm.prank(owner);
        registry.setCoordinatorTrust(coordinator, false);
        vm.assertFalse(registry.isTrustedCoordinator(coordinator));
        vm.prank(owner);
        registry.setSlashRecipient(reporter);
        vm.assertEq(registry.slashRecipient(), reporter);
        vm.expectRevert(IWorkerRegistry.WorkerZeroAddress.selector);
        vm.prank(owner);
        registry.setSlashRecipient(address(0));
    }

    function testFuzz_isEligible_onlyForTheAttestedVersionAndEnoughStake(
        bytes32 runtime,
        bytes32 weights,
        bool attestedRuntime,
        bool attestedWeights,
        uint96 stake,
        uint96 minStake
    ) public {
        if (attestedRuntime) runtime = RUNTIME;
        if (attestedWeights) weights = WEIGHTS;
        stake = uint96(bound(stake, MIN, 50 ether));
        Attestation memory a = _att(workerAddr, WEIGHTS, uint64(block.timestamp));
        bytes memory sig = _signed(verifierKey, a);
        vm.prank(operator);
        registry.register{value: stake}(a, sig);
        bool want = runtime == RUNTIME && weights == WEIGHTS && stake >= minStake;
        vm.assertEq(registry.isEligible(workerAddr, runtime, weights, minStake), want);
    }
}
