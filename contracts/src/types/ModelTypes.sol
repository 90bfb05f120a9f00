// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice One version of a DAO's model: what a worker must run to serve it.
struct ModelVersion {
    bytes32 weightsHash; // sha256 of the GGUF file
    bytes32 runtimeMeasurement; // hash of the approved worker runtime
    string uri; // where the weights can be fetched
    uint32 maxOutputBytes; // longer outputs are delivered as (hash, uri)
    uint32 maxTokens; // per request
    uint64 createdAt;
}

/// @notice What a request costs: baseFee + perTokenFee * maxTokens, in `token`
/// (address(0) for ETH).
struct Price {
    address token;
    uint128 baseFee;
    uint128 perTokenFee;
}

/// @notice How many distinct eligible workers must sign the same output (k of n
/// dispatched), and the stake each must hold.
struct VerificationPolicy {
    uint8 k;
    uint8 n;
    uint96 minWorkerStake;
}

/// @notice A DAO's split of each fee, in basis points summing to 10,000.
struct FeeSplit {
    uint16 workersBps;
    uint16 holdersBps;
    uint16 dataPoolBps;
    uint16 treasuryBps;
}

/// @notice Everything the InferenceCoordinator needs about a model to accept and
/// settle a request, read in one call.
struct ModelTerms {
    address treasury; // the DAO's timelock: receives the treasury share
    address distributor; // the DAO's RevenueDistributor: receives the holders' share
    address dataPool; // the DAO's DataBountyBoard: receives the data-contributor share
    bool active; // false when the model is unknown or paused by governance
    uint32 version; // the active version's number (1-based)
    ModelVersion activeVersion;
    Price price;
    VerificationPolicy policy;
    FeeSplit split;
}
