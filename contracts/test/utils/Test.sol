// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "./Vm.sol";

/// @title Test
/// @notice The project's Foundry test base: the cheatcode handle, bounded fuzz
/// inputs, and invariant-target registration. Assertions are forge cheatcodes
/// (`vm.assertEq` and friends), so a failing assertion reverts with forge's
/// own message.
abstract contract Test {
    /// @dev keccak256("hevm cheat code")
    address internal constant HEVM_ADDRESS = 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D;
    Vm internal constant vm = Vm(HEVM_ADDRESS);

    /// @dev forge reads this to tell a test contract from any other contract.
    bool public IS_TEST = true;

    address[] private targetedContracts_;
    address[] private excludedSenders_;
    FuzzSelector[] private targetedSelectors_;

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    /// @notice Maps `x` into [min, max] uniformly enough for fuzzing, keeping
    /// values already in range unchanged (as forge-std's `bound`).
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "Test.bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (size == 0) return x; // full range
        return min + (x % size);
    }

    function makeAddr(string memory name) internal returns (address a) {
        a = vm.addr(uint256(keccak256(bytes(name))));
        vm.label(a, name);
    }

    function makeAddrAndKey(string memory name) internal returns (address a, uint256 key) {
        key = uint256(keccak256(bytes(name)));
        a = vm.addr(key);
        vm.label(a, name);
    }

    function hoax(address who, uint256 give) internal {
        vm.deal(who, give);
        vm.prank(who);
    }

    // Invariant testing: forge calls these to learn what to fuzz.
    function targetContract(address target) internal {
        targetedContracts_.push(target);
    }

    function targetSelector(FuzzSelector memory selector) internal {
        targetedSelectors_.push(selector);
    }

    function excludeSender(address sender) internal {
        excludedSenders_.push(sender);
    }

    function targetContracts() public view returns (address[] memory) {
        return targetedContracts_;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return targetedSelectors_;
    }

    function excludeSenders() public view returns (address[] memory) {
        return excludedSenders_;
    }
}

/// @title Script
/// @notice Base for forge scripts: the cheatcode handle and the script marker.
abstract contract Script {
    address internal constant HEVM_ADDRESS = 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D;
    Vm internal constant vm = Vm(HEVM_ADDRESS);
    bool public IS_SCRIPT = true;
}
