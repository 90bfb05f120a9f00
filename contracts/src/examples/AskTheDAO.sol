// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IInferenceCoordinator, RequestStatus} from "../interfaces/IInferenceCoordinator.sol";
import {InferenceConsumer} from "../inference/InferenceConsumer.sol";

/// @title AskTheDAO
/// @notice An example dApp: a chat with one DAO's model. Anyone asks a
/// question, paying the coordinator's quote through this contract; the answer
/// arrives by callback and is kept beside the question, in a per-user thread.
/// @dev Money: `ask` sends exactly the quote to the coordinator and the
/// excess straight back. The escrow of a question that expires unanswered is
/// the asker's: `refund` attributes it and `reclaim` pays it out. The unused
/// gas prepayment of answered questions is the dApp's: `sweep` sends it to
/// the beneficiary (the dApp's operator).
contract AskTheDAO is InferenceConsumer {
    /// @notice A question longer than this dApp accepts, or empty.
    error AskTheDAOInvalidQuestion(uint256 length);
    /// @notice Not enough ETH sent for the quote.
    error AskTheDAOUnderpaid(uint256 required, uint256 paid);
    /// @notice No such question.
    error AskTheDAOUnknownQuestion(bytes32 requestId);
    /// @notice Nothing to reclaim for the caller.
    error AskTheDAONothingToReclaim(address asker);
    /// @notice An ETH transfer failed.
    error AskTheDAOTransferFailed(address to, uint256 amount);
    /// @notice The question was answered (or its refund already attributed).
    error AskTheDAONotRefundable(bytes32 requestId);

    /// @notice One exchange in a thread.
    struct Exchange {
        address asker;
        bool answered;
        string question;
        bytes answer; // inline answers
        bytes32 answerHash; // answers delivered by reference
        string answerUri;
    }

    event QuestionAsked(bytes32 indexed requestId, address indexed asker, string question);
    event QuestionAnswered(bytes32 indexed requestId, address indexed asker, bytes answer);
    event QuestionAnsweredByRef(bytes32 indexed requestId, address indexed asker, bytes32 answerHash, string answerUri);
    event RefundAttributed(bytes32 indexed requestId, address indexed asker, uint256 amount);
    event Reclaimed(address indexed asker, uint256 amount);
    event Swept(address indexed beneficiary, uint256 amount);

    uint256 public constant MAX_QUESTION_BYTES = 1024;

    uint256 public immutable MODEL_ID;
    uint32 public immutable MAX_TOKENS;
    uint32 public immutable CALLBACK_GAS_LIMIT;
    address public immutable BENEFICIARY;

    mapping(bytes32 requestId => Exchange) private _exchanges;
    mapping(address asker => bytes32[]) private _threads;
    /// @dev What each open question escrowed (its refund, should it expire).
    mapping(bytes32 requestId => uint256) private _escrowed;
    mapping(address asker => uint256) private _reclaimable;
    uint256 private _totalReclaimable;

    constructor(
        IInferenceCoordinator coordinator,
        uint256 modelId,
        uint32 maxTokens,
        uint32 callbackGasLimit,
        address beneficiary
    ) InferenceConsumer(coordinator) {
        MODEL_ID = modelId;
        MAX_TOKENS = maxTokens;
        CALLBACK_GAS_LIMIT = callbackGasLimit;
        BENEFICIARY = beneficiary;
    }

    /// @notice What asking costs now (send a margin: the excess comes back).
    function price() external view returns (uint256) {
        return COORDINATOR.quote(MODEL_ID, MAX_TOKENS, CALLBACK_GAS_LIMIT);
    }

    /// @notice Asks the DAO's model `question`; the answer lands in `exchange(requestId)`.
    function ask(string calldata question) external payable returns (bytes32 requestId) {
        uint256 len = bytes(question).length;
        if (len == 0 || len > MAX_QUESTION_BYTES) revert AskTheDAOInvalidQuestion(len);
        uint256 fee = COORDINATOR.quote(MODEL_ID, MAX_TOKENS, CALLBACK_GAS_LIMIT);
        if (msg.value < fee) revert AskTheDAOUnderpaid(fee, msg.value);
        requestId = COORDINATOR.requestInference{value: fee}(MODEL_ID, bytes(question), MAX_TOKENS, CALLBACK_GAS_LIMIT);
        Exchange storage e = _exchanges[requestId];
        e.asker = msg.sender;
        e.question = question;
        _threads[msg.sender].push(requestId);
        _escrowed[requestId] = fee;
        emit QuestionAsked(requestId, msg.sender, question);
        if (msg.value > fee) _send(msg.sender, msg.value - fee);
    }

    /// @notice Attributes the escrow of an expired, unanswered question to its
    /// asker, asking the coordinator for the refund if nobody did yet. Anyone
    /// may call it; the asker then calls `reclaim`.
    function refund(bytes32 requestId) external {
        address asker = _exchanges[requestId].asker;
        if (asker == address(0)) revert AskTheDAOUnknownQuestion(requestId);
        uint256 amount = _escrowed[requestId];
        if (amount == 0) revert AskTheDAONotRefundable(requestId);
        RequestStatus status = COORDINATOR.request(requestId).status;
        if (status == RequestStatus.Pending) COORDINATOR.refund(requestId);
        else if (status != RequestStatus.Refunded) revert AskTheDAONotRefundable(requestId);
        _escrowed[requestId] = 0;
        _reclaimable[asker] += amount;
        _totalReclaimable += amount;
        emit RefundAttributed(requestId, asker, amount);
    }

    /// @notice Pays the caller the refunds attributed to it.
    function reclaim() external {
        uint256 amount = _reclaimable[msg.sender];
        if (amount == 0) revert AskTheDAONothingToReclaim(msg.sender);
        _collect();
        _reclaimable[msg.sender] = 0;
        _totalReclaimable -= amount;
        emit Reclaimed(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice Sends the dApp's own money (gas change of answered questions) to
    /// the beneficiary. Anyone may call it.
    function sweep() external {
        _collect();
        uint256 amount = address(this).balance - _totalReclaimable;
        emit Swept(BENEFICIARY, amount);
        if (amount != 0) _send(BENEFICIARY, amount);
    }

    function exchange(bytes32 requestId) external view returns (Exchange memory) {
        return _exchanges[requestId];
    }

    /// @notice The ids of `asker`'s questions, oldest first.
    function thread(address asker) external view returns (bytes32[] memory) {
        return _threads[asker];
    }

    function reclaimable(address asker) external view returns (uint256) {
        return _reclaimable[asker];
    }

    /// @dev Moves this contract's credits out of the coordinator.
    function _collect() private {
        if (COORDINATOR.balanceOf(address(this), address(0)) != 0) COORDINATOR.withdraw(address(this), address(0));
    }

    receive() external payable {
        if (msg.sender != address(COORDINATOR)) revert AskTheDAOTransferFailed(msg.sender, msg.value);
    }

    function _onInferenceResult(bytes32 requestId, bytes calldata output) internal override {
        Exchange storage e = _exchanges[requestId];
        e.answered = true;
        e.answer = output;
        delete _escrowed[requestId];
        emit QuestionAnswered(requestId, e.asker, output);
    }

    function _onInferenceOutputRef(bytes32 requestId, bytes32 outputHash, string calldata outputUri) internal override {
        Exchange storage e = _exchanges[requestId];
        e.answered = true;
        delete _escrowed[requestId];
        e.answerHash = outputHash;
        e.answerUri = outputUri;
        emit QuestionAnsweredByRef(requestId, e.asker, outputHash, outputUri);
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert AskTheDAOTransferFailed(to, amount);
    }
}
