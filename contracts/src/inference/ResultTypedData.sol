// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ResultTypedData
/// @notice The EIP-712 typed data workers sign over a result (see
/// IInferenceCoordinator): shared by the coordinator, which checks the
/// signatures, and the WorkerRegistry, which slashes equivocation with them.
library ResultTypedData {
    string internal constant NAME = "MiniDAO InferenceCoordinator";
    string internal constant VERSION = "1";

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant RESULT_TYPEHASH =
        keccak256("InferenceResult(bytes32 requestId,uint32 modelVersion,bytes32 outputHash)");

    /// @notice The domain separator of the coordinator at `coordinator` on this chain.
    function domainSeparator(address coordinator) internal view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256(bytes(NAME)), keccak256(bytes(VERSION)), block.chainid, coordinator)
        );
    }

    /// @notice hashStruct(InferenceResult).
    function structHash(bytes32 requestId, uint32 modelVersion, bytes32 outputHash) internal pure returns (bytes32 h) {
        bytes32 typehash = RESULT_TYPEHASH;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typehash)
            mstore(add(m, 0x20), requestId)
            mstore(add(m, 0x40), and(modelVersion, 0xffffffff))
            mstore(add(m, 0x60), outputHash)
            h := keccak256(m, 0x80)
        }
    }

    /// @notice The digest a worker signs: keccak256("\x19\x01" || domainSeparator || structHash).
    function digest(bytes32 separator, bytes32 requestId, uint32 modelVersion, bytes32 outputHash)
        internal
        pure
        returns (bytes32 d)
    {
        bytes32 sh = structHash(requestId, modelVersion, outputHash);
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, hex"1901")
            mstore(add(m, 0x02), separator)
            mstore(add(m, 0x22), sh)
            d := keccak256(m, 0x42)
        }
    }
}
