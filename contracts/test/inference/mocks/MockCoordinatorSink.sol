// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IRevenueSink} from "../../../src/interfaces/IRevenueSink.sol";

/// @notice A revenue sink (distributor or data pool) that totals its deposits.
contract MockCoordinatorSink is IRevenueSink {
    mapping(address token => uint256) public deposited;

    function depositETH() external payable {
        deposited[address(0)] += msg.value;
    }

    function depositToken(address token, uint256 amount) external {
        IERC20(token).transferFrom(msg.sender, address(this), amount);
        deposited[token] += amount;
    }
}
