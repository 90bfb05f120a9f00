// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";
import {IMiniDAOFactory} from "../interfaces/IMiniDAOFactory.sol";
import {IManagementToken} from "../interfaces/IManagementToken.sol";
import {IMiniDAOGovernor} from "../interfaces/IMiniDAOGovernor.sol";
import {IRevenueDistributor} from "../interfaces/IRevenueDistributor.sol";
import {IDataBountyBoard} from "../interfaces/IDataBountyBoard.sol";
import {IModelRegistry} from "../interfaces/IModelRegistry.sol";

/// @title MiniDAOFactory
/// @notice See {IMiniDAOFactory}. The registry's owner must make the factory a
/// registrar; it uses that right only inside createDAO, for the DAO it creates. All five clones are created first, so every initializer gets
/// the final addresses of the others and no role is ever held by the factory.
contract MiniDAOFactory is IMiniDAOFactory {
    IModelRegistry private immutable _registry;
    address private immutable _token;
    address private immutable _timelock;
    address private immutable _governor;
    address private immutable _distributor;
    address private immutable _bountyBoard;

    constructor(address registry_, Implementations memory impl) {
        if (
            registry_ == address(0) || impl.token == address(0) || impl.timelock == address(0)
                || impl.governor == address(0) || impl.distributor == address(0) || impl.bountyBoard == address(0)
        ) revert FactoryZeroAddress();
        _registry = IModelRegistry(registry_);
        _token = impl.token;
        _timelock = impl.timelock;
        _governor = impl.governor;
        _distributor = impl.distributor;
        _bountyBoard = impl.bountyBoard;
    }

    /// @inheritdoc IMiniDAOFactory
    function createDAO(DAOConfig calldata c) external returns (DAOAddresses memory d) {
        d.token = Clones.clone(_token);
        d.timelock = payable(Clones.clone(_timelock));
        d.governor = Clones.clone(_governor);
        d.distributor = Clones.clone(_distributor);
        d.bountyBoard = Clones.clone(_bountyBoard);

        // The distributor first: the token's initial mints call it.
        IRevenueDistributor(d.distributor).initialize(d.token, d.timelock, c.streamPeriod, c.paymentTokens);
        IDataBountyBoard(d.bountyBoard).initialize(d.token, d.timelock, c.curators, c.paymentTokens);
        _initToken(c, d);
        _initGovernance(c, d);
        _registry.registerDAO(d.timelock, d.distributor, d.bountyBoard, c.split);
        for (uint256 i; i < c.models.length; ++i) {
            InitialModel calldata m = c.models[i];
            _registry.registerModelFor(d.timelock, m.version, m.price, m.policy);
        }
        emit DAOCreated(msg.sender, d.timelock, d.token, d.governor, d.distributor, d.bountyBoard);
    }

    function _initToken(DAOConfig calldata c, DAOAddresses memory d) private {
        IManagementToken(d.token)
            .initialize(
                IManagementToken.TokenInit({
                name: c.name,
                symbol: c.symbol,
                timelock: d.timelock,
                bountyBoard: d.bountyBoard,
                distributor: d.distributor,
                bountyMintBudget: c.bountyMintBudget,
                holders: c.holders,
                amounts: c.amounts
            })
            );
    }

    function _initGovernance(DAOConfig calldata c, DAOAddresses memory d) private {
        IMiniDAOGovernor(d.governor)
            .initialize(
                IMiniDAOGovernor.GovernorInit({
                name: c.name,
                token: d.token,
                timelock: d.timelock,
                votingDelay: c.votingDelay,
                votingPeriod: c.votingPeriod,
                proposalThreshold: c.proposalThreshold,
                quorumNumerator: c.quorumNumerator
            })
            );
        // The governor alone proposes and cancels; anyone executes what is
        // ready; no admin: the timelock administers itself.
        address[] memory proposers = new address[](1);
        proposers[0] = d.governor;
        address[] memory executors = new address[](1);
        TimelockControllerUpgradeable(d.timelock).initialize(c.timelockDelay, proposers, executors, address(0));
    }

    /// @inheritdoc IMiniDAOFactory
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc IMiniDAOFactory
    function implementations() external view returns (Implementations memory) {
        return Implementations({
            token: _token,
            timelock: _timelock,
            governor: _governor,
            distributor: _distributor,
            bountyBoard: _bountyBoard
        });
    }
}
