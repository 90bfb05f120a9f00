// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FeeSplit, ModelVersion, Price, VerificationPolicy} from "../types/ModelTypes.sol";

/// @title IMiniDAOFactory
/// @notice Deploys a whole MiniDAO in one transaction as minimal proxies
/// (OpenZeppelin Clones) of implementations deployed once: management token
/// with its initial allocation, timelock (treasury), governor, revenue
/// distributor and data bounty board; registers the DAO and its initial models
/// in the ModelRegistry and wires every role. The factory keeps no power over
/// the DAOs it creates: later model changes go through each DAO's governance.
interface IMiniDAOFactory {
    /// @notice The implementations every DAO is cloned from.
    struct Implementations {
        address token;
        address timelock;
        address governor;
        address distributor;
        address bountyBoard;
    }

    /// @notice One DAO's contracts.
    struct DAOAddresses {
        address token;
        address payable timelock;
        address governor;
        address distributor;
        address bountyBoard;
    }

    /// @notice A model the DAO owns from its creation, with its first (active) version.
    struct InitialModel {
        ModelVersion version; // createdAt is ignored: the registry stamps it
        Price price;
        VerificationPolicy policy;
    }

    /// @notice Everything a new DAO is configured with. Times are in seconds.
    struct DAOConfig {
        string name; // the token's and the governor's name
        string symbol;
        address[] holders; // initial MT allocation
        uint256[] amounts;
        uint96 bountyMintBudget; // MT the bounty board may mint
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator; // percent
        uint256 timelockDelay;
        uint40 streamPeriod; // the distributor's anti-sniping stream
        address[] curators; // of the bounty board
        address[] paymentTokens; // ERC-20s accepted beside ETH, by the distributor and the data pool
        FeeSplit split;
        InitialModel[] models; // registered in the same transaction, ids in order
    }

    /// @notice An implementation address is zero.
    error FactoryZeroAddress();

    /// @notice Emitted after a DAO was created, with every address.
    event DAOCreated(
        address indexed creator,
        address indexed timelock,
        address indexed token,
        address governor,
        address distributor,
        address bountyBoard
    );

    /// @notice Deploys, initialises, wires and registers a DAO and its initial
    /// models (each emits the registry's ModelRegistered with its id).
    function createDAO(DAOConfig calldata config) external returns (DAOAddresses memory dao);

    /// @notice The registry DAOs are registered in.
    function registry() external view returns (address);

    /// @notice The implementations DAOs are cloned from.
    function implementations() external view returns (Implementations memory);
}
