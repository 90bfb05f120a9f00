// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AskTheDAOExchange is an auto generated low-level Go binding around an user-defined struct.
type AskTheDAOExchange struct {
	Asker      common.Address
	Answered   bool
	Question   string
	Answer     []byte
	AnswerHash [32]byte
	AnswerUri  string
}

// Attestation is an auto generated low-level Go binding around an user-defined struct.
type Attestation struct {
	Signer             common.Address
	RuntimeMeasurement [32]byte
	WeightsHash        [32]byte
	HardwareClass      [32]byte
	ReportHash         [32]byte
	IssuedAt           uint64
}

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// CoordinatorConfig is an auto generated low-level Go binding around an user-defined struct.
type CoordinatorConfig struct {
	ModelRegistry       common.Address
	WorkerRegistry      common.Address
	Owner               common.Address
	Guardian            common.Address
	MaxPromptBytes      uint32
	MaxCallbackGasLimit uint32
	RequestTimeout      uint32
	FulfilGasOverhead   uint32
	PriorityFeeWei      uint64
}

// FeeSplit is an auto generated low-level Go binding around an user-defined struct.
type FeeSplit struct {
	WorkersBps  uint16
	HoldersBps  uint16
	DataPoolBps uint16
	TreasuryBps uint16
}

// IDataBountyBoardBounty is an auto generated low-level Go binding around an user-defined struct.
type IDataBountyBoardBounty struct {
	SpecHash    [32]byte
	RewardToken common.Address
	Deadline    uint64
	MaxAccepted uint32
	EthReward   *big.Int
	TokenReward *big.Int
	MtReward    *big.Int
	Reputation  uint64
	Accepted    uint32
	Closed      bool
}

// IDataBountyBoardBountyParams is an auto generated low-level Go binding around an user-defined struct.
type IDataBountyBoardBountyParams struct {
	SpecHash    [32]byte
	Uri         string
	RewardToken common.Address
	EthReward   *big.Int
	TokenReward *big.Int
	MtReward    *big.Int
	Reputation  uint64
	Deadline    uint64
	MaxAccepted uint32
}

// IDataBountyBoardSubmission is an auto generated low-level Go binding around an user-defined struct.
type IDataBountyBoardSubmission struct {
	Contributor common.Address
	BountyId    uint64
	Status      uint8
	DataHash    [32]byte
}

// IManagementTokenTokenInit is an auto generated low-level Go binding around an user-defined struct.
type IManagementTokenTokenInit struct {
	Name             string
	Symbol           string
	Timelock         common.Address
	BountyBoard      common.Address
	Distributor      common.Address
	BountyMintBudget *big.Int
	Holders          []common.Address
	Amounts          []*big.Int
}

// IMiniDAOFactoryDAOAddresses is an auto generated low-level Go binding around an user-defined struct.
type IMiniDAOFactoryDAOAddresses struct {
	Token       common.Address
	Timelock    common.Address
	Governor    common.Address
	Distributor common.Address
	BountyBoard common.Address
}

// IMiniDAOFactoryDAOConfig is an auto generated low-level Go binding around an user-defined struct.
type IMiniDAOFactoryDAOConfig struct {
	Name              string
	Symbol            string
	Holders           []common.Address
	Amounts           []*big.Int
	BountyMintBudget  *big.Int
	VotingDelay       *big.Int
	VotingPeriod      uint32
	ProposalThreshold *big.Int
	QuorumNumerator   *big.Int
	TimelockDelay     *big.Int
	StreamPeriod      *big.Int
	Curators          []common.Address
	PaymentTokens     []common.Address
	Split             FeeSplit
}

// IMiniDAOFactoryImplementations is an auto generated low-level Go binding around an user-defined struct.
type IMiniDAOFactoryImplementations struct {
	Token       common.Address
	Timelock    common.Address
	Governor    common.Address
	Distributor common.Address
	BountyBoard common.Address
}

// IModelRegistryDAO is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryDAO struct {
	Distributor common.Address
	Split       FeeSplit
	DataPool    common.Address
}

// IModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModel struct {
	Dao           common.Address
	ActiveVersion uint32
	VersionCount  uint32
	Paused        bool
	Policy        VerificationPolicy
	Price         Price
}

// IRevenueDistributorStream is an auto generated low-level Go binding around an user-defined struct.
type IRevenueDistributorStream struct {
	Remaining   *big.Int
	Finish      *big.Int
	LastUpdate  *big.Int
	AccPerShare *big.Int
	Dust        *big.Int
}

// InferenceRequest is an auto generated low-level Go binding around an user-defined struct.
type InferenceRequest struct {
	Requester          common.Address
	Nonce              uint64
	Deadline           *big.Int
	CallbackGasLimit   uint32
	ModelId            *big.Int
	ModelVersion       uint32
	MaxTokens          uint32
	PromptHash         [32]byte
	Token              common.Address
	Fee                *big.Int
	GasPrepaid         *big.Int
	WeightsHash        [32]byte
	RuntimeMeasurement [32]byte
	MaxOutputBytes     uint32
	K                  uint8
	MinWorkerStake     *big.Int
	Split              FeeSplit
	Treasury           common.Address
	Distributor        common.Address
	DataPool           common.Address
}

// InferenceResult is an auto generated low-level Go binding around an user-defined struct.
type InferenceResult struct {
	Request    InferenceRequest
	Output     []byte
	OutputHash [32]byte
	OutputUri  string
	Signatures []byte
}

// ModelTerms is an auto generated low-level Go binding around an user-defined struct.
type ModelTerms struct {
	Treasury      common.Address
	Distributor   common.Address
	DataPool      common.Address
	Active        bool
	Version       uint32
	ActiveVersion ModelVersion
	Price         Price
	Policy        VerificationPolicy
	Split         FeeSplit
}

// ModelVersion is an auto generated low-level Go binding around an user-defined struct.
type ModelVersion struct {
	WeightsHash        [32]byte
	RuntimeMeasurement [32]byte
	Uri                string
	MaxOutputBytes     uint32
	MaxTokens          uint32
	CreatedAt          uint64
}

// Price is an auto generated low-level Go binding around an user-defined struct.
type Price struct {
	Token       common.Address
	BaseFee     *big.Int
	PerTokenFee *big.Int
}

// RequestRecord is an auto generated low-level Go binding around an user-defined struct.
type RequestRecord struct {
	Status         uint8
	CallbackFailed bool
	Requester      common.Address
	EthEscrow      *big.Int
	Token          common.Address
	TokenEscrow    *big.Int
}

// VerificationPolicy is an auto generated low-level Go binding around an user-defined struct.
type VerificationPolicy struct {
	K              uint8
	N              uint8
	MinWorkerStake *big.Int
}

// WorkerInfo is an auto generated low-level Go binding around an user-defined struct.
type WorkerInfo struct {
	Operator        common.Address
	Stake           *big.Int
	UnbondingEndsAt uint64
	Slashed         bool
	Attestation     Attestation
}

// AskTheDAOMetaData contains all meta data concerning the AskTheDAO contract.
var AskTheDAOMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIInferenceCoordinator\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"inputs\":[],\"name\":\"BENEFICIARY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUESTION_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKENS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODEL_ID\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"question\",\"type\":\"string\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"exchange\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"answered\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"question\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"answer\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"answerUri\",\"type\":\"string\"}],\"internalType\":\"structAskTheDAO.Exchange\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"outputUri\",\"type\":\"string\"}],\"name\":\"onInferenceOutputRef\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"}],\"name\":\"reclaimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"}],\"name\":\"thread\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"answer\",\"type\":\"bytes\"}],\"name\":\"QuestionAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"answerUri\",\"type\":\"string\"}],\"name\":\"QuestionAnsweredByRef\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"question\",\"type\":\"string\"}],\"name\":\"QuestionAsked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Reclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundAttributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"AskTheDAOInvalidQuestion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"AskTheDAONotRefundable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"}],\"name\":\"AskTheDAONothingToReclaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AskTheDAOTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AskTheDAOUnderpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"AskTheDAOUnknownQuestion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"InferenceConsumerUnauthorizedCaller\",\"type\":\"error\"}]",
	ID:  "71d876629a4a61b446ef7f24c3f0cf330a",
	Bin: "0x610120604052348015610010575f5ffd5b50604051611d28380380611d2883398101604081905261002f9161008b565b6001600160a01b0394851660805260a09390935263ffffffff91821660c0521660e05216610100526100ec565b6001600160a01b0381168114610070575f5ffd5b50565b805163ffffffff81168114610086575f5ffd5b919050565b5f5f5f5f5f60a0868803121561009f575f5ffd5b85516100aa8161005c565b602087015190955093506100c060408701610073565b92506100ce60608701610073565b915060808601516100de8161005c565b809150509295509295909350565b60805160a05160c05160e05161010051611b736101b55f395f81816101a5015281816107a1015261081a01525f81816101fd015281816104a6015281816106460152610d0e01525f81816103bf0152818161047e015281816106240152610ce601525f818161036001528181610453015281816105fe0152610cbb01525f8181610104015281816104cf015281816105cf0152818161085a0152818161099d01528181610a6601528181610d3701528181610dd20152818161120801526112bf0152611b735ff3fe6080604052600436106100e7575f3560e01c806380e9071b11610087578063d0aac15e11610057578063d0aac15e14610323578063d45675701461034f578063e1b5d91614610382578063f47c84c5146103ae575f5ffd5b806380e9071b146102c75780638b312c75146102db578063a035b1fe146102f0578063c304d2c514610304575f5ffd5b806335faa416116100c257806335faa416146102345780633bb3d1fa146102485780635addb28e146102675780637249fbb6146102a8575f5ffd5b8063189bf94f1461016e5780632f99c6cc1461019457806333d608f1146101ec575f5ffd5b3661016a573373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610168576040517f59e51f610000000000000000000000000000000000000000000000000000000081523360048201523460248201526044015b60405180910390fd5b005b5f5ffd5b61018161017c3660046114f5565b6103e1565b6040519081526020015b60405180910390f35b34801561019f575f5ffd5b506101c77f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161018b565b3480156101f7575f5ffd5b5061021f7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff909116815260200161018b565b34801561023f575f5ffd5b50610168610786565b348015610253575f5ffd5b50610168610262366004611534565b610842565b348015610272575f5ffd5b5061018161028136600461159d565b73ffffffffffffffffffffffffffffffffffffffff165f9081526003602052604090205490565b3480156102b3575f5ffd5b506101686102c23660046115bf565b6108c3565b3480156102d2575f5ffd5b50610168610bd9565b3480156102e6575f5ffd5b5061018161040081565b3480156102fb575f5ffd5b50610181610c93565b34801561030f575f5ffd5b5061016861031e3660046115d6565b610dba565b34801561032e575f5ffd5b5061034261033d36600461159d565b610e3d565b60405161018b9190611625565b34801561035a575f5ffd5b506101817f000000000000000000000000000000000000000000000000000000000000000081565b34801561038d575f5ffd5b506103a161039c3660046115bf565b610eb3565b60405161018b91906116b3565b3480156103b9575f5ffd5b5061021f7f000000000000000000000000000000000000000000000000000000000000000081565b5f818015806103f1575061040081115b1561042b576040517fe9538b870000000000000000000000000000000000000000000000000000000081526004810182905260240161015f565b6040517f51049c110000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000600482015263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811660248301527f00000000000000000000000000000000000000000000000000000000000000001660448201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906351049c1190606401602060405180830381865afa158015610529573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061054d9190611784565b905080341015610592576040517f29797d820000000000000000000000000000000000000000000000000000000081526004810182905234602482015260440161015f565b6040517f5485f45700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690635485f45790839061066e907f0000000000000000000000000000000000000000000000000000000000000000908a908a907f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000906004016117e2565b60206040518083038185885af115801561068a573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906106af9190611784565b5f81815260208190526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001633178155909350600181016106f68688836118e3565b50335f81815260016020818152604080842080549384018155845281842090920188905587835260029052908190208490555185907f966fa4d5ff63fa7e5d264233a6b586969818ccb8b5f6840e661348bbc3c007139061075a908a908a906119f9565b60405180910390a38134111561077d5761077d336107788434611a41565b61111f565b50505092915050565b61078e6111d4565b5f6004544761079d9190611a41565b90507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167fc36b5179cb9c303b200074996eab2b3473eac370fdd7eba3bec636fe351096968260405161080791815260200190565b60405180910390a2801561083f5761083f7f00000000000000000000000000000000000000000000000000000000000000008261111f565b50565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146108b3576040517fb4965a6b00000000000000000000000000000000000000000000000000000000815233600482015260240161015f565b6108be838383611329565b505050565b5f8181526020819052604090205473ffffffffffffffffffffffffffffffffffffffff1680610921576040517f2a6a7fc80000000000000000000000000000000000000000000000000000000081526004810183905260240161015f565b5f828152600260205260408120549081900361096c576040517fc5e8c3890000000000000000000000000000000000000000000000000000000081526004810184905260240161015f565b6040517f59c87d70000000000000000000000000000000000000000000000000000000008152600481018490525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906359c87d709060240160c060405180830381865afa1580156109f7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a1b9190611a87565b5190506001816003811115610a3257610a32611b1a565b03610ad7576040517f7249fbb6000000000000000000000000000000000000000000000000000000008152600481018590527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690637249fbb6906024015f604051808303815f87803b158015610abc575f5ffd5b505af1158015610ace573d5f5f3e3d5ffd5b50505050610b25565b6003816003811115610aeb57610aeb611b1a565b14610b25576040517fc5e8c3890000000000000000000000000000000000000000000000000000000081526004810185905260240161015f565b5f84815260026020908152604080832083905573ffffffffffffffffffffffffffffffffffffffff86168352600390915281208054849290610b68908490611b47565b925050819055508160045f828254610b809190611b47565b909155505060405182815273ffffffffffffffffffffffffffffffffffffffff84169085907f9452d8ac6275f81cdfeb1142ce03d142f51147cdf3703250319666011e7eb522906020015b60405180910390a350505050565b335f9081526003602052604081205490819003610c24576040517f106060af00000000000000000000000000000000000000000000000000000000815233600482015260240161015f565b610c2c6111d4565b335f90815260036020526040812081905560048054839290610c4f908490611a41565b909155505060405181815233907fcab347be18c8c37ef504626a027a12ea6725f491b5f5b154778d8d0c54f7841e9060200160405180910390a261083f338261111f565b6040517f51049c110000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000600482015263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811660248301527f00000000000000000000000000000000000000000000000000000000000000001660448201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906351049c1190606401602060405180830381865afa158015610d91573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610db59190611784565b905090565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610e2b576040517fb4965a6b00000000000000000000000000000000000000000000000000000000815233600482015260240161015f565b610e37848484846113e3565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260016020908152604091829020805483518184028101840190945280845260609392830182828015610ea757602002820191905f5260205f20905b815481526020019060010190808311610e93575b50505050509050919050565b610f016040518060c001604052805f73ffffffffffffffffffffffffffffffffffffffff1681526020015f1515815260200160608152602001606081526020015f8152602001606081525090565b5f8281526020818152604091829020825160c081018452815473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000900460ff161515928101929092526001810180549293919291840191610f6e90611847565b80601f0160208091040260200160405190810160405280929190818152602001828054610f9a90611847565b8015610fe55780601f10610fbc57610100808354040283529160200191610fe5565b820191905f5260205f20905b815481529060010190602001808311610fc857829003601f168201915b50505050508152602001600282018054610ffe90611847565b80601f016020809104026020016040519081016040528092919081815260200182805461102a90611847565b80156110755780601f1061104c57610100808354040283529160200191611075565b820191905f5260205f20905b81548152906001019060200180831161105857829003601f168201915b505050505081526020016003820154815260200160048201805461109890611847565b80601f01602080910402602001604051908101604052809291908181526020018280546110c490611847565b801561110f5780601f106110e65761010080835404028352916020019161110f565b820191905f5260205f20905b8154815290600101906020018083116110f257829003601f168201915b5050505050815250509050919050565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114611175576040519150601f19603f3d011682016040523d82523d5f602084013e61117a565b606091505b50509050806108be576040517f59e51f6100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024810183905260440161015f565b6040517ff7888aec0000000000000000000000000000000000000000000000000000000081523060048201525f60248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063f7888aec90604401602060405180830381865afa158015611262573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112869190611784565b15611327576040517ff940e3850000000000000000000000000000000000000000000000000000000081523060048201525f60248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063f940e385906044015f604051808303815f87803b158015611315575f5ffd5b505af1158015610e37573d5f5f3e3d5ffd5b565b5f83815260208190526040902080547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674010000000000000000000000000000000000000000178155600281016113828385836118e3565b505f84815260026020526040808220919091558154905173ffffffffffffffffffffffffffffffffffffffff9091169085907fe6dd0a3a29f89efdc150dee94bc7ff02e1f4a14484f4531b78e9fd5d8bd8adc290610bcb90879087906119f9565b5f8481526020818152604080832080547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000001781556002909252822091909155600381018490556004810161144f8385836118e3565b50805460405173ffffffffffffffffffffffffffffffffffffffff9091169086907fe3422358e05011c736f1947a4b3902944eaad45529423ee67f892d13c200e62c906114a190889088908890611b5a565b60405180910390a35050505050565b5f5f83601f8401126114c0575f5ffd5b50813567ffffffffffffffff8111156114d7575f5ffd5b6020830191508360208285010111156114ee575f5ffd5b9250929050565b5f5f60208385031215611506575f5ffd5b823567ffffffffffffffff81111561151c575f5ffd5b611528858286016114b0565b90969095509350505050565b5f5f5f60408486031215611546575f5ffd5b83359250602084013567ffffffffffffffff811115611563575f5ffd5b61156f868287016114b0565b9497909650939450505050565b73ffffffffffffffffffffffffffffffffffffffff8116811461083f575f5ffd5b5f602082840312156115ad575f5ffd5b81356115b88161157c565b9392505050565b5f602082840312156115cf575f5ffd5b5035919050565b5f5f5f5f606085870312156115e9575f5ffd5b8435935060208501359250604085013567ffffffffffffffff81111561160d575f5ffd5b611619878288016114b0565b95989497509550505050565b602080825282518282018190525f918401906040840190835b8181101561165c57835183526020938401939092019160010161163e565b509095945050505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b6020815273ffffffffffffffffffffffffffffffffffffffff82511660208201526020820151151560408201525f604083015160c060608401526116fa60e0840182611667565b905060608401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160808501526117358282611667565b915050608084015160a084015260a08401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160c085015261177b8282611667565b95945050505050565b5f60208284031215611794575f5ffd5b5051919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b858152608060208201525f6117fb60808301868861179b565b63ffffffff948516604084015292909316606090910152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c9082168061185b57607f821691505b602082108103611892577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f8211156108be57805f5260205f20601f840160051c810160208510156118bd5750805b601f840160051c820191505b818110156118dc575f81556001016118c9565b5050505050565b67ffffffffffffffff8311156118fb576118fb61181a565b61190f836119098354611847565b83611898565b5f601f84116001811461195f575f85156119295750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b1783556118dc565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156119ac578685013582556020948501946001909201910161198c565b50868210156119e7577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f611a0c60208301848661179b565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115611a5457611a54611a14565b92915050565b805160048110611a68575f5ffd5b919050565b80518015158114611a68575f5ffd5b8051611a688161157c565b5f60c0828403128015611a98575f5ffd5b5060405160c0810167ffffffffffffffff81118282101715611abc57611abc61181a565b604052611ac883611a5a565b8152611ad660208401611a6d565b6020820152611ae760408401611a7c565b604082015260608381015190820152611b0260808401611a7c565b608082015260a0928301519281019290925250919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80820180821115611a5457611a54611a14565b838152604060208201525f61177b60408301848661179b56",
}

// AskTheDAO is an auto generated Go binding around an Ethereum contract.
type AskTheDAO struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AskTheDAO) GetABI() abi.ABI {
	return c.abi
}

// NewAskTheDAO creates a new instance of AskTheDAO.
func NewAskTheDAO() *AskTheDAO {
	parsed, err := AskTheDAOMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AskTheDAO{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AskTheDAO) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address coordinator, uint256 modelId, uint32 maxTokens, uint32 callbackGasLimit, address beneficiary) returns()
func (askTheDAO *AskTheDAO) PackConstructor(coordinator common.Address, modelId *big.Int, maxTokens uint32, callbackGasLimit uint32, beneficiary common.Address) []byte {
	enc, err := askTheDAO.abi.Pack("", coordinator, modelId, maxTokens, callbackGasLimit, beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBENEFICIARY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f99c6cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BENEFICIARY() view returns(address)
func (askTheDAO *AskTheDAO) PackBENEFICIARY() []byte {
	enc, err := askTheDAO.abi.Pack("BENEFICIARY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBENEFICIARY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f99c6cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BENEFICIARY() view returns(address)
func (askTheDAO *AskTheDAO) TryPackBENEFICIARY() ([]byte, error) {
	return askTheDAO.abi.Pack("BENEFICIARY")
}

// UnpackBENEFICIARY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f99c6cc.
//
// Solidity: function BENEFICIARY() view returns(address)
func (askTheDAO *AskTheDAO) UnpackBENEFICIARY(data []byte) (common.Address, error) {
	out, err := askTheDAO.abi.Unpack("BENEFICIARY", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d608f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS_LIMIT() view returns(uint32)
func (askTheDAO *AskTheDAO) PackCALLBACKGASLIMIT() []byte {
	enc, err := askTheDAO.abi.Pack("CALLBACK_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d608f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS_LIMIT() view returns(uint32)
func (askTheDAO *AskTheDAO) TryPackCALLBACKGASLIMIT() ([]byte, error) {
	return askTheDAO.abi.Pack("CALLBACK_GAS_LIMIT")
}

// UnpackCALLBACKGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33d608f1.
//
// Solidity: function CALLBACK_GAS_LIMIT() view returns(uint32)
func (askTheDAO *AskTheDAO) UnpackCALLBACKGASLIMIT(data []byte) (uint32, error) {
	out, err := askTheDAO.abi.Unpack("CALLBACK_GAS_LIMIT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXQUESTIONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b312c75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_QUESTION_BYTES() view returns(uint256)
func (askTheDAO *AskTheDAO) PackMAXQUESTIONBYTES() []byte {
	enc, err := askTheDAO.abi.Pack("MAX_QUESTION_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXQUESTIONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b312c75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_QUESTION_BYTES() view returns(uint256)
func (askTheDAO *AskTheDAO) TryPackMAXQUESTIONBYTES() ([]byte, error) {
	return askTheDAO.abi.Pack("MAX_QUESTION_BYTES")
}

// UnpackMAXQUESTIONBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b312c75.
//
// Solidity: function MAX_QUESTION_BYTES() view returns(uint256)
func (askTheDAO *AskTheDAO) UnpackMAXQUESTIONBYTES(data []byte) (*big.Int, error) {
	out, err := askTheDAO.abi.Unpack("MAX_QUESTION_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf47c84c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TOKENS() view returns(uint32)
func (askTheDAO *AskTheDAO) PackMAXTOKENS() []byte {
	enc, err := askTheDAO.abi.Pack("MAX_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf47c84c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TOKENS() view returns(uint32)
func (askTheDAO *AskTheDAO) TryPackMAXTOKENS() ([]byte, error) {
	return askTheDAO.abi.Pack("MAX_TOKENS")
}

// UnpackMAXTOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf47c84c5.
//
// Solidity: function MAX_TOKENS() view returns(uint32)
func (askTheDAO *AskTheDAO) UnpackMAXTOKENS(data []byte) (uint32, error) {
	out, err := askTheDAO.abi.Unpack("MAX_TOKENS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMODELID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4567570.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODEL_ID() view returns(uint256)
func (askTheDAO *AskTheDAO) PackMODELID() []byte {
	enc, err := askTheDAO.abi.Pack("MODEL_ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODELID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4567570.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODEL_ID() view returns(uint256)
func (askTheDAO *AskTheDAO) TryPackMODELID() ([]byte, error) {
	return askTheDAO.abi.Pack("MODEL_ID")
}

// UnpackMODELID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4567570.
//
// Solidity: function MODEL_ID() view returns(uint256)
func (askTheDAO *AskTheDAO) UnpackMODELID(data []byte) (*big.Int, error) {
	out, err := askTheDAO.abi.Unpack("MODEL_ID", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189bf94f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(string question) payable returns(bytes32 requestId)
func (askTheDAO *AskTheDAO) PackAsk(question string) []byte {
	enc, err := askTheDAO.abi.Pack("ask", question)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189bf94f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(string question) payable returns(bytes32 requestId)
func (askTheDAO *AskTheDAO) TryPackAsk(question string) ([]byte, error) {
	return askTheDAO.abi.Pack("ask", question)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x189bf94f.
//
// Solidity: function ask(string question) payable returns(bytes32 requestId)
func (askTheDAO *AskTheDAO) UnpackAsk(data []byte) ([32]byte, error) {
	out, err := askTheDAO.abi.Unpack("ask", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1b5d916.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchange(bytes32 requestId) view returns((address,bool,string,bytes,bytes32,string))
func (askTheDAO *AskTheDAO) PackExchange(requestId [32]byte) []byte {
	enc, err := askTheDAO.abi.Pack("exchange", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1b5d916.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchange(bytes32 requestId) view returns((address,bool,string,bytes,bytes32,string))
func (askTheDAO *AskTheDAO) TryPackExchange(requestId [32]byte) ([]byte, error) {
	return askTheDAO.abi.Pack("exchange", requestId)
}

// UnpackExchange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1b5d916.
//
// Solidity: function exchange(bytes32 requestId) view returns((address,bool,string,bytes,bytes32,string))
func (askTheDAO *AskTheDAO) UnpackExchange(data []byte) (AskTheDAOExchange, error) {
	out, err := askTheDAO.abi.Unpack("exchange", data)
	if err != nil {
		return *new(AskTheDAOExchange), err
	}
	out0 := *abi.ConvertType(out[0], new(AskTheDAOExchange)).(*AskTheDAOExchange)
	return out0, nil
}

// PackOnInferenceOutputRef is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc304d2c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceOutputRef(bytes32 requestId, bytes32 outputHash, string outputUri) returns()
func (askTheDAO *AskTheDAO) PackOnInferenceOutputRef(requestId [32]byte, outputHash [32]byte, outputUri string) []byte {
	enc, err := askTheDAO.abi.Pack("onInferenceOutputRef", requestId, outputHash, outputUri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceOutputRef is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc304d2c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceOutputRef(bytes32 requestId, bytes32 outputHash, string outputUri) returns()
func (askTheDAO *AskTheDAO) TryPackOnInferenceOutputRef(requestId [32]byte, outputHash [32]byte, outputUri string) ([]byte, error) {
	return askTheDAO.abi.Pack("onInferenceOutputRef", requestId, outputHash, outputUri)
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bb3d1fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(bytes32 requestId, bytes output) returns()
func (askTheDAO *AskTheDAO) PackOnInferenceResult(requestId [32]byte, output []byte) []byte {
	enc, err := askTheDAO.abi.Pack("onInferenceResult", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bb3d1fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceResult(bytes32 requestId, bytes output) returns()
func (askTheDAO *AskTheDAO) TryPackOnInferenceResult(requestId [32]byte, output []byte) ([]byte, error) {
	return askTheDAO.abi.Pack("onInferenceResult", requestId, output)
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (askTheDAO *AskTheDAO) PackPrice() []byte {
	enc, err := askTheDAO.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (askTheDAO *AskTheDAO) TryPackPrice() ([]byte, error) {
	return askTheDAO.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (askTheDAO *AskTheDAO) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := askTheDAO.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80e9071b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim() returns()
func (askTheDAO *AskTheDAO) PackReclaim() []byte {
	enc, err := askTheDAO.abi.Pack("reclaim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80e9071b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim() returns()
func (askTheDAO *AskTheDAO) TryPackReclaim() ([]byte, error) {
	return askTheDAO.abi.Pack("reclaim")
}

// PackReclaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5addb28e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimable(address asker) view returns(uint256)
func (askTheDAO *AskTheDAO) PackReclaimable(asker common.Address) []byte {
	enc, err := askTheDAO.abi.Pack("reclaimable", asker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5addb28e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimable(address asker) view returns(uint256)
func (askTheDAO *AskTheDAO) TryPackReclaimable(asker common.Address) ([]byte, error) {
	return askTheDAO.abi.Pack("reclaimable", asker)
}

// UnpackReclaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5addb28e.
//
// Solidity: function reclaimable(address asker) view returns(uint256)
func (askTheDAO *AskTheDAO) UnpackReclaimable(data []byte) (*big.Int, error) {
	out, err := askTheDAO.abi.Unpack("reclaimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 requestId) returns()
func (askTheDAO *AskTheDAO) PackRefund(requestId [32]byte) []byte {
	enc, err := askTheDAO.abi.Pack("refund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 requestId) returns()
func (askTheDAO *AskTheDAO) TryPackRefund(requestId [32]byte) ([]byte, error) {
	return askTheDAO.abi.Pack("refund", requestId)
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35faa416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep() returns()
func (askTheDAO *AskTheDAO) PackSweep() []byte {
	enc, err := askTheDAO.abi.Pack("sweep")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35faa416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep() returns()
func (askTheDAO *AskTheDAO) TryPackSweep() ([]byte, error) {
	return askTheDAO.abi.Pack("sweep")
}

// PackThread is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0aac15e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function thread(address asker) view returns(bytes32[])
func (askTheDAO *AskTheDAO) PackThread(asker common.Address) []byte {
	enc, err := askTheDAO.abi.Pack("thread", asker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThread is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0aac15e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function thread(address asker) view returns(bytes32[])
func (askTheDAO *AskTheDAO) TryPackThread(asker common.Address) ([]byte, error) {
	return askTheDAO.abi.Pack("thread", asker)
}

// UnpackThread is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0aac15e.
//
// Solidity: function thread(address asker) view returns(bytes32[])
func (askTheDAO *AskTheDAO) UnpackThread(data []byte) ([][32]byte, error) {
	out, err := askTheDAO.abi.Unpack("thread", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// AskTheDAOQuestionAnswered represents a QuestionAnswered event raised by the AskTheDAO contract.
type AskTheDAOQuestionAnswered struct {
	RequestId [32]byte
	Asker     common.Address
	Answer    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const AskTheDAOQuestionAnsweredEventName = "QuestionAnswered"

// ContractEventName returns the user-defined event name.
func (AskTheDAOQuestionAnswered) ContractEventName() string {
	return AskTheDAOQuestionAnsweredEventName
}

// UnpackQuestionAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuestionAnswered(bytes32 indexed requestId, address indexed asker, bytes answer)
func (askTheDAO *AskTheDAO) UnpackQuestionAnsweredEvent(log *types.Log) (*AskTheDAOQuestionAnswered, error) {
	event := "QuestionAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != askTheDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AskTheDAOQuestionAnswered)
	if len(log.Data) > 0 {
		if err := askTheDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range askTheDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AskTheDAOQuestionAnsweredByRef represents a QuestionAnsweredByRef event raised by the AskTheDAO contract.
type AskTheDAOQuestionAnsweredByRef struct {
	RequestId  [32]byte
	Asker      common.Address
	AnswerHash [32]byte
	AnswerUri  string
	Raw        *types.Log // Blockchain specific contextual infos
}

const AskTheDAOQuestionAnsweredByRefEventName = "QuestionAnsweredByRef"

// ContractEventName returns the user-defined event name.
func (AskTheDAOQuestionAnsweredByRef) ContractEventName() string {
	return AskTheDAOQuestionAnsweredByRefEventName
}

// UnpackQuestionAnsweredByRefEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuestionAnsweredByRef(bytes32 indexed requestId, address indexed asker, bytes32 answerHash, string answerUri)
func (askTheDAO *AskTheDAO) UnpackQuestionAnsweredByRefEvent(log *types.Log) (*AskTheDAOQuestionAnsweredByRef, error) {
	event := "QuestionAnsweredByRef"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != askTheDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AskTheDAOQuestionAnsweredByRef)
	if len(log.Data) > 0 {
		if err := askTheDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range askTheDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AskTheDAOQuestionAsked represents a QuestionAsked event raised by the AskTheDAO contract.
type AskTheDAOQuestionAsked struct {
	RequestId [32]byte
	Asker     common.Address
	Question  string
	Raw       *types.Log // Blockchain specific contextual infos
}

const AskTheDAOQuestionAskedEventName = "QuestionAsked"

// ContractEventName returns the user-defined event name.
func (AskTheDAOQuestionAsked) ContractEventName() string {
	return AskTheDAOQuestionAskedEventName
}

// UnpackQuestionAskedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuestionAsked(bytes32 indexed requestId, address indexed asker, string question)
func (askTheDAO *AskTheDAO) UnpackQuestionAskedEvent(log *types.Log) (*AskTheDAOQuestionAsked, error) {
	event := "QuestionAsked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != askTheDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AskTheDAOQuestionAsked)
	if len(log.Data) > 0 {
		if err := askTheDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range askTheDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AskTheDAOReclaimed represents a Reclaimed event raised by the AskTheDAO contract.
type AskTheDAOReclaimed struct {
	Asker  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AskTheDAOReclaimedEventName = "Reclaimed"

// ContractEventName returns the user-defined event name.
func (AskTheDAOReclaimed) ContractEventName() string {
	return AskTheDAOReclaimedEventName
}

// UnpackReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reclaimed(address indexed asker, uint256 amount)
func (askTheDAO *AskTheDAO) UnpackReclaimedEvent(log *types.Log) (*AskTheDAOReclaimed, error) {
	event := "Reclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != askTheDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AskTheDAOReclaimed)
	if len(log.Data) > 0 {
		if err := askTheDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range askTheDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AskTheDAORefundAttributed represents a RefundAttributed event raised by the AskTheDAO contract.
type AskTheDAORefundAttributed struct {
	RequestId [32]byte
	Asker     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AskTheDAORefundAttributedEventName = "RefundAttributed"

// ContractEventName returns the user-defined event name.
func (AskTheDAORefundAttributed) ContractEventName() string {
	return AskTheDAORefundAttributedEventName
}

// UnpackRefundAttributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundAttributed(bytes32 indexed requestId, address indexed asker, uint256 amount)
func (askTheDAO *AskTheDAO) UnpackRefundAttributedEvent(log *types.Log) (*AskTheDAORefundAttributed, error) {
	event := "RefundAttributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != askTheDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AskTheDAORefundAttributed)
	if len(log.Data) > 0 {
		if err := askTheDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range askTheDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AskTheDAOSwept represents a Swept event raised by the AskTheDAO contract.
type AskTheDAOSwept struct {
	Beneficiary common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const AskTheDAOSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (AskTheDAOSwept) ContractEventName() string {
	return AskTheDAOSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed beneficiary, uint256 amount)
func (askTheDAO *AskTheDAO) UnpackSweptEvent(log *types.Log) (*AskTheDAOSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != askTheDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AskTheDAOSwept)
	if len(log.Data) > 0 {
		if err := askTheDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range askTheDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (askTheDAO *AskTheDAO) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], askTheDAO.abi.Errors["AskTheDAOInvalidQuestion"].ID.Bytes()[:4]) {
		return askTheDAO.UnpackAskTheDAOInvalidQuestionError(raw[4:])
	}
	if bytes.Equal(raw[:4], askTheDAO.abi.Errors["AskTheDAONotRefundable"].ID.Bytes()[:4]) {
		return askTheDAO.UnpackAskTheDAONotRefundableError(raw[4:])
	}
	if bytes.Equal(raw[:4], askTheDAO.abi.Errors["AskTheDAONothingToReclaim"].ID.Bytes()[:4]) {
		return askTheDAO.UnpackAskTheDAONothingToReclaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], askTheDAO.abi.Errors["AskTheDAOTransferFailed"].ID.Bytes()[:4]) {
		return askTheDAO.UnpackAskTheDAOTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], askTheDAO.abi.Errors["AskTheDAOUnderpaid"].ID.Bytes()[:4]) {
		return askTheDAO.UnpackAskTheDAOUnderpaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], askTheDAO.abi.Errors["AskTheDAOUnknownQuestion"].ID.Bytes()[:4]) {
		return askTheDAO.UnpackAskTheDAOUnknownQuestionError(raw[4:])
	}
	if bytes.Equal(raw[:4], askTheDAO.abi.Errors["InferenceConsumerUnauthorizedCaller"].ID.Bytes()[:4]) {
		return askTheDAO.UnpackInferenceConsumerUnauthorizedCallerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AskTheDAOAskTheDAOInvalidQuestion represents a AskTheDAOInvalidQuestion error raised by the AskTheDAO contract.
type AskTheDAOAskTheDAOInvalidQuestion struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AskTheDAOInvalidQuestion(uint256 length)
func AskTheDAOAskTheDAOInvalidQuestionErrorID() common.Hash {
	return common.HexToHash("0xe9538b87a0a9ab94b9be063a498f3f33ed858531bea1dc4a26de5d03a2e8c3e3")
}

// UnpackAskTheDAOInvalidQuestionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AskTheDAOInvalidQuestion(uint256 length)
func (askTheDAO *AskTheDAO) UnpackAskTheDAOInvalidQuestionError(raw []byte) (*AskTheDAOAskTheDAOInvalidQuestion, error) {
	out := new(AskTheDAOAskTheDAOInvalidQuestion)
	if err := askTheDAO.abi.UnpackIntoInterface(out, "AskTheDAOInvalidQuestion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AskTheDAOAskTheDAONotRefundable represents a AskTheDAONotRefundable error raised by the AskTheDAO contract.
type AskTheDAOAskTheDAONotRefundable struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AskTheDAONotRefundable(bytes32 requestId)
func AskTheDAOAskTheDAONotRefundableErrorID() common.Hash {
	return common.HexToHash("0xc5e8c389e90c38db266b66c8bf377a4305bbba0422089f5773d53cb359699a90")
}

// UnpackAskTheDAONotRefundableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AskTheDAONotRefundable(bytes32 requestId)
func (askTheDAO *AskTheDAO) UnpackAskTheDAONotRefundableError(raw []byte) (*AskTheDAOAskTheDAONotRefundable, error) {
	out := new(AskTheDAOAskTheDAONotRefundable)
	if err := askTheDAO.abi.UnpackIntoInterface(out, "AskTheDAONotRefundable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AskTheDAOAskTheDAONothingToReclaim represents a AskTheDAONothingToReclaim error raised by the AskTheDAO contract.
type AskTheDAOAskTheDAONothingToReclaim struct {
	Asker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AskTheDAONothingToReclaim(address asker)
func AskTheDAOAskTheDAONothingToReclaimErrorID() common.Hash {
	return common.HexToHash("0x106060af105fcb3a9897a5458542a37b524bc62a09287a26b1d075c828adcda3")
}

// UnpackAskTheDAONothingToReclaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AskTheDAONothingToReclaim(address asker)
func (askTheDAO *AskTheDAO) UnpackAskTheDAONothingToReclaimError(raw []byte) (*AskTheDAOAskTheDAONothingToReclaim, error) {
	out := new(AskTheDAOAskTheDAONothingToReclaim)
	if err := askTheDAO.abi.UnpackIntoInterface(out, "AskTheDAONothingToReclaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AskTheDAOAskTheDAOTransferFailed represents a AskTheDAOTransferFailed error raised by the AskTheDAO contract.
type AskTheDAOAskTheDAOTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AskTheDAOTransferFailed(address to, uint256 amount)
func AskTheDAOAskTheDAOTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x59e51f61830a9eba7b03670b4da90829bfac3ca8f7283b41b9113b9a6ef4bc10")
}

// UnpackAskTheDAOTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AskTheDAOTransferFailed(address to, uint256 amount)
func (askTheDAO *AskTheDAO) UnpackAskTheDAOTransferFailedError(raw []byte) (*AskTheDAOAskTheDAOTransferFailed, error) {
	out := new(AskTheDAOAskTheDAOTransferFailed)
	if err := askTheDAO.abi.UnpackIntoInterface(out, "AskTheDAOTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AskTheDAOAskTheDAOUnderpaid represents a AskTheDAOUnderpaid error raised by the AskTheDAO contract.
type AskTheDAOAskTheDAOUnderpaid struct {
	Required *big.Int
	Paid     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AskTheDAOUnderpaid(uint256 required, uint256 paid)
func AskTheDAOAskTheDAOUnderpaidErrorID() common.Hash {
	return common.HexToHash("0x29797d824406be346c66345f6f56782f019c8ea80f5f6408ba1570d8e91eee21")
}

// UnpackAskTheDAOUnderpaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AskTheDAOUnderpaid(uint256 required, uint256 paid)
func (askTheDAO *AskTheDAO) UnpackAskTheDAOUnderpaidError(raw []byte) (*AskTheDAOAskTheDAOUnderpaid, error) {
	out := new(AskTheDAOAskTheDAOUnderpaid)
	if err := askTheDAO.abi.UnpackIntoInterface(out, "AskTheDAOUnderpaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AskTheDAOAskTheDAOUnknownQuestion represents a AskTheDAOUnknownQuestion error raised by the AskTheDAO contract.
type AskTheDAOAskTheDAOUnknownQuestion struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AskTheDAOUnknownQuestion(bytes32 requestId)
func AskTheDAOAskTheDAOUnknownQuestionErrorID() common.Hash {
	return common.HexToHash("0x2a6a7fc8deacda533b6b375860777bfe9b1d8ee5cec1b5033a962c6e71f78518")
}

// UnpackAskTheDAOUnknownQuestionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AskTheDAOUnknownQuestion(bytes32 requestId)
func (askTheDAO *AskTheDAO) UnpackAskTheDAOUnknownQuestionError(raw []byte) (*AskTheDAOAskTheDAOUnknownQuestion, error) {
	out := new(AskTheDAOAskTheDAOUnknownQuestion)
	if err := askTheDAO.abi.UnpackIntoInterface(out, "AskTheDAOUnknownQuestion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AskTheDAOInferenceConsumerUnauthorizedCaller represents a InferenceConsumerUnauthorizedCaller error raised by the AskTheDAO contract.
type AskTheDAOInferenceConsumerUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InferenceConsumerUnauthorizedCaller(address caller)
func AskTheDAOInferenceConsumerUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xb4965a6bb71bf88d6209025b9d67b2dc81f6d4e65f94431db83b720b6cafab07")
}

// UnpackInferenceConsumerUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InferenceConsumerUnauthorizedCaller(address caller)
func (askTheDAO *AskTheDAO) UnpackInferenceConsumerUnauthorizedCallerError(raw []byte) (*AskTheDAOInferenceConsumerUnauthorizedCaller, error) {
	out := new(AskTheDAOInferenceConsumerUnauthorizedCaller)
	if err := askTheDAO.abi.UnpackIntoInterface(out, "InferenceConsumerUnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockMetaData contains all meta data concerning the DAOTimelock contract.
var DAOTimelockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getOperationState\",\"outputs\":[{\"internalType\":\"enumTimelockControllerUpgradeable.OperationState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"executors\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"}],\"name\":\"TimelockInsufficientDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payloads\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"TimelockInvalidOperationLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TimelockUnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"predecessorId\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexecutedPredecessor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operationId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexpectedOperationState\",\"type\":\"error\"}]",
	ID:  "6af2286aa4a0539942ff1b85c8edd5d835",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612527806100d65f395ff3fe6080604052600436106101bd575f3560e01c80638065657f116100f2578063bc197c8111610092578063d547741f11610062578063d547741f14610649578063e38335e514610668578063f23a6e611461067b578063f27a0c92146106bf575f5ffd5b8063bc197c811461057d578063c4c4c7b3146105c1578063c4d252f5146105e0578063d45c4435146105ff575f5ffd5b806391d14854116100cd57806391d14854146104a8578063a217fddf14610518578063b08e51c01461052b578063b1c5f4271461055e575f5ffd5b80638065657f146104375780638f2a0bb0146104565780638f61f4f514610475575f5ffd5b80632ab0f5291161015d57806336568abe1161013857806336568abe146103ae578063584b153e146103cd57806364d62353146103ec5780637958004c1461040b575f5ffd5b80632ab0f529146103515780632f2ff15d1461037057806331d507501461038f575f5ffd5b8063134008d311610198578063134008d31461025e57806313bc9f2014610271578063150b7a0214610290578063248a9ca314610304575f5ffd5b806301d5062a146101c857806301ffc9a7146101e957806307bd02651461021d575f5ffd5b366101c457005b5f5ffd5b3480156101d3575f5ffd5b506101e76101e2366004611a95565b6106f2565b005b3480156101f4575f5ffd5b50610208610203366004611b04565b6107c6565b60405190151581526020015b60405180910390f35b348015610228575f5ffd5b506102507fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610214565b6101e761026c366004611b43565b6107d6565b34801561027c575f5ffd5b5061020861028b366004611baa565b6108cb565b34801561029b575f5ffd5b506102d36102aa366004611cc7565b7f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602001610214565b34801561030f575f5ffd5b5061025061031e366004611baa565b5f9081527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800602052604090206001015490565b34801561035c575f5ffd5b5061020861036b366004611baa565b6108f0565b34801561037b575f5ffd5b506101e761038a366004611d2b565b6108f8565b34801561039a575f5ffd5b506102086103a9366004611baa565b610941565b3480156103b9575f5ffd5b506101e76103c8366004611d2b565b610965565b3480156103d8575f5ffd5b506102086103e7366004611baa565b6109c3565b3480156103f7575f5ffd5b506101e7610406366004611baa565b610a08565b348015610416575f5ffd5b5061042a610425366004611baa565b610ac5565b6040516102149190611d82565b348015610442575f5ffd5b50610250610451366004611b43565b610b2c565b348015610461575f5ffd5b506101e7610470366004611e02565b610b6a565b348015610480575f5ffd5b506102507fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b3480156104b3575f5ffd5b506102086104c2366004611d2b565b5f9182527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b6268006020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b348015610523575f5ffd5b506102505f81565b348015610536575f5ffd5b506102507ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b348015610569575f5ffd5b50610250610578366004611eb7565b610d0c565b348015610588575f5ffd5b506102d3610597366004611ff1565b7fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b3480156105cc575f5ffd5b506101e76105db366004612102565b610d50565b3480156105eb575f5ffd5b506101e76105fa366004611baa565b610ebe565b34801561060a575f5ffd5b50610250610619366004611baa565b5f9081527f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb3600602052604090205490565b348015610654575f5ffd5b506101e7610663366004611d2b565b610fa3565b6101e7610676366004611eb7565b610fe6565b348015610686575f5ffd5b506102d3610695366004612180565b7ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b3480156106ca575f5ffd5b507f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb360154610250565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161071c816111c0565b5f61072b898989898989610b2c565b905061073781846111cd565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516107729695949392919061221b565b60405180910390a383156107bb57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d0387856040516107b291815260200190565b60405180910390a25b505050505050505050565b5f6107d0826112d1565b92915050565b5f80527f52fce5e8a5d0d9e8d1ea29f4525e512e9c27bf92cae50374d497f918ab48f3826020527fdd1864c1ab258d549957f6a4d7e3a5005661df58241dbbc1700fb170ef061546547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff16610852576108528133611326565b5f610861888888888888610b2c565b905061086d81856113d0565b61087988888888611437565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516108b09493929190612265565b60405180910390a36108c1816114b8565b5050505050505050565b5f60025b6108d883610ac5565b60038111156108e9576108e9611d55565b1492915050565b5f60036108cf565b5f8281527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b6268006020526040902060010154610931816111c0565b61093b8383611502565b50505050565b5f8061094c83610ac5565b600381111561095d5761095d611d55565b141592915050565b73ffffffffffffffffffffffffffffffffffffffff811633146109b4576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109be8282611620565b505050565b5f5f6109ce83610ac5565b905060018160038111156109e4576109e4611d55565b1480610a01575060028160038111156109ff576109ff611d55565b145b9392505050565b7f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb360033308114610a80576040517fe2850c5900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b600182015460408051918252602082018590527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15060010155565b5f8181527f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb36006020526040812054805f03610b0157505f92915050565b60018103610b125750600392915050565b42811115610b235750600192915050565b50600292915050565b5f868686868686604051602001610b489695949392919061221b565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610b94816111c0565b8887141580610ba35750888514155b15610beb576040517fffb03211000000000000000000000000000000000000000000000000000000008152600481018a90526024810186905260448101889052606401610a77565b5f610bfc8b8b8b8b8b8b8b8b610d0c565b9050610c0881846111cd565b5f5b8a811015610cbd5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610c4757610c476122a4565b9050602002016020810190610c5c91906122d1565b8d8d86818110610c6e57610c6e6122a4565b905060200201358c8c87818110610c8757610c876122a4565b9050602002810190610c9991906122ea565b8c8b604051610cad9695949392919061221b565b60405180910390a3600101610c0a565b508315610cff57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610cf691815260200190565b60405180910390a25b5050505050505050505050565b5f8888888888888888604051602001610d2c98979695949392919061241b565b60405160208183030381529060405280519060200120905098975050505050505050565b5f610d596116fc565b805490915060ff68010000000000000000820416159067ffffffffffffffff165f81158015610d855750825b90505f8267ffffffffffffffff166001148015610da15750303b155b905081158015610daf575080155b15610de6576040517ff92ee8a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b84547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001660011785558315610e475784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff16680100000000000000001785555b610e5389898989611724565b83156107bb5784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a1505050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610ee8816111c0565b7f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb3600610f12836109c3565b610f675782610f216002611738565b610f2b6001611738565b6040517f5ead8eb50000000000000000000000000000000000000000000000000000000081526004810193909352176024820152604401610a77565b5f838152602082905260408082208290555184917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a2505050565b5f8281527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b6268006020526040902060010154610fdc816111c0565b61093b8383611620565b5f80527f52fce5e8a5d0d9e8d1ea29f4525e512e9c27bf92cae50374d497f918ab48f3826020527fdd1864c1ab258d549957f6a4d7e3a5005661df58241dbbc1700fb170ef061546547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff16611062576110628133611326565b87861415806110715750878414155b156110b9576040517fffb03211000000000000000000000000000000000000000000000000000000008152600481018990526024810185905260448101879052606401610a77565b5f6110ca8a8a8a8a8a8a8a8a610d0c565b90506110d681856113d0565b5f5b898110156111aa575f8b8b838181106110f3576110f36122a4565b905060200201602081019061110891906122d1565b90505f8a8a8481811061111d5761111d6122a4565b905060200201359050365f8a8a8681811061113a5761113a6122a4565b905060200281019061114c91906122ea565b9150915061115c84848484611437565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516111939493929190612265565b60405180910390a3505050508060010190506110d8565b506111b4816114b8565b50505050505050505050565b6111ca8133611326565b50565b7f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb36006111f783610941565b1561124157826112065f611738565b6040517f5ead8eb500000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610a77565b5f61126a7f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb36015490565b9050808310156112b0576040517f543366090000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610a77565b6112ba83426124e0565b5f9485526020929092525060409092209190915550565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e00000000000000000000000000000000000000000000000000000000014806107d057506107d08261175a565b5f8281527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b6268006020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166113cc576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610a77565b5050565b6113d9826108cb565b6113e857816112066002611738565b80158015906113fd57506113fb816108f0565b155b156113cc576040517f90a9a61800000000000000000000000000000000000000000000000000000000815260048101829052602401610a77565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051611461929190612518565b5f6040518083038185875af1925050503d805f811461149b576040519150601f19603f3d011682016040523d82523d5f602084013e6114a0565b606091505b50915091506114af82826117f0565b50505050505050565b7f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb36006114e2826108cb565b6114f157816112066002611738565b5f9182526020526040902060019055565b5f8281527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b6268006020818152604080842073ffffffffffffffffffffffffffffffffffffffff8616855290915282205460ff16611617575f8481526020828152604080832073ffffffffffffffffffffffffffffffffffffffff87168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556115b33390565b73ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff16857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506107d0565b5f9150506107d0565b5f8281527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b6268006020818152604080842073ffffffffffffffffffffffffffffffffffffffff8616855290915282205460ff1615611617575f8481526020828152604080832073ffffffffffffffffffffffffffffffffffffffff8716808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506107d0565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006107d0565b61172c61180c565b61093b8484848461184c565b5f81600381111561174b5761174b611d55565b600160ff919091161b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806107d057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146107d0565b60608261180557611800826119c9565b6107d0565b50806107d0565b611814611a0a565b61184a576040517fd7e6bcf800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b61185461180c565b7f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb360061187f5f30611502565b5073ffffffffffffffffffffffffffffffffffffffff8216156118a8576118a65f83611502565b505b5f5b8451811015611936576118f67fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18683815181106118e9576118e96122a4565b6020026020010151611502565b5061192d7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838683815181106118e9576118e96122a4565b506001016118aa565b505f5b8351811015611981576119787fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638583815181106118e9576118e96122a4565b50600101611939565b5060018101859055604080515f8152602081018790527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15050505050565b8051156119d857805160208201fd5b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611a136116fc565b5468010000000000000000900460ff16919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611a4b575f5ffd5b919050565b5f5f83601f840112611a60575f5ffd5b50813567ffffffffffffffff811115611a77575f5ffd5b602083019150836020828501011115611a8e575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611aab575f5ffd5b611ab488611a28565b965060208801359550604088013567ffffffffffffffff811115611ad6575f5ffd5b611ae28a828b01611a50565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f60208284031215611b14575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610a01575f5ffd5b5f5f5f5f5f5f60a08789031215611b58575f5ffd5b611b6187611a28565b955060208701359450604087013567ffffffffffffffff811115611b83575f5ffd5b611b8f89828a01611a50565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611bba575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff81118282101715611c3557611c35611bc1565b604052919050565b5f82601f830112611c4c575f5ffd5b813567ffffffffffffffff811115611c6657611c66611bc1565b611c9760207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601611bee565b818152846020838601011115611cab575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611cda575f5ffd5b611ce385611a28565b9350611cf160208601611a28565b925060408501359150606085013567ffffffffffffffff811115611d13575f5ffd5b611d1f87828801611c3d565b91505092959194509250565b5f5f60408385031215611d3c575f5ffd5b82359150611d4c60208401611a28565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310611dbb577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f83601f840112611dd1575f5ffd5b50813567ffffffffffffffff811115611de8575f5ffd5b6020830191508360208260051b8501011115611a8e575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611e1a575f5ffd5b893567ffffffffffffffff811115611e30575f5ffd5b611e3c8c828d01611dc1565b909a5098505060208a013567ffffffffffffffff811115611e5b575f5ffd5b611e678c828d01611dc1565b90985096505060408a013567ffffffffffffffff811115611e86575f5ffd5b611e928c828d01611dc1565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611ece575f5ffd5b883567ffffffffffffffff811115611ee4575f5ffd5b611ef08b828c01611dc1565b909950975050602089013567ffffffffffffffff811115611f0f575f5ffd5b611f1b8b828c01611dc1565b909750955050604089013567ffffffffffffffff811115611f3a575f5ffd5b611f468b828c01611dc1565b999c989b509699959896976060870135966080013595509350505050565b5f67ffffffffffffffff821115611f7d57611f7d611bc1565b5060051b60200190565b5f82601f830112611f96575f5ffd5b8135611fa9611fa482611f64565b611bee565b8082825260208201915060208360051b860101925085831115611fca575f5ffd5b602085015b83811015611fe7578035835260209283019201611fcf565b5095945050505050565b5f5f5f5f5f60a08688031215612005575f5ffd5b61200e86611a28565b945061201c60208701611a28565b9350604086013567ffffffffffffffff811115612037575f5ffd5b61204388828901611f87565b935050606086013567ffffffffffffffff81111561205f575f5ffd5b61206b88828901611f87565b925050608086013567ffffffffffffffff811115612087575f5ffd5b61209388828901611c3d565b9150509295509295909350565b5f82601f8301126120af575f5ffd5b81356120bd611fa482611f64565b8082825260208201915060208360051b8601019250858311156120de575f5ffd5b602085015b83811015611fe7576120f481611a28565b8352602092830192016120e3565b5f5f5f5f60808587031215612115575f5ffd5b84359350602085013567ffffffffffffffff811115612132575f5ffd5b61213e878288016120a0565b935050604085013567ffffffffffffffff81111561215a575f5ffd5b612166878288016120a0565b92505061217560608601611a28565b905092959194509250565b5f5f5f5f5f60a08688031215612194575f5ffd5b61219d86611a28565b94506121ab60208701611a28565b93506040860135925060608601359150608086013567ffffffffffffffff811115612087575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff8716815285602082015260a060408201525f61225060a0830186886121d4565b60608301949094525060800152949350505050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f61229a6060830184866121d4565b9695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f602082840312156122e1575f5ffd5b610a0182611a28565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261231d575f5ffd5b83018035915067ffffffffffffffff821115612337575f5ffd5b602001915036819003821315611a8e575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561240f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084840301885281357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18736030181126123c2575f5ffd5b860160208101903567ffffffffffffffff8111156123de575f5ffd5b8036038213156123ec575f5ffd5b6123f78582846121d4565b60209a8b019a90955093909301925050600101612362565b50909695505050505050565b60a080825281018890525f8960c08301825b8b8110156124685773ffffffffffffffffffffffffffffffffffffffff61245384611a28565b1682526020928301929091019060010161242d565b5083810360208501528881527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8911156124a0575f5ffd5b8860051b9150818a602083013701828103602090810160408501526124c8908201878961234b565b60608401959095525050608001529695505050505050565b808201808211156107d0577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818382375f910190815291905056",
}

// DAOTimelock is an auto generated Go binding around an Ethereum contract.
type DAOTimelock struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DAOTimelock) GetABI() abi.ABI {
	return c.abi
}

// NewDAOTimelock creates a new instance of DAOTimelock.
func NewDAOTimelock() *DAOTimelock {
	parsed, err := DAOTimelockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DAOTimelock{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DAOTimelock) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) PackCANCELLERROLE() []byte {
	enc, err := dAOTimelock.abi.Pack("CANCELLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) TryPackCANCELLERROLE() ([]byte, error) {
	return dAOTimelock.abi.Pack("CANCELLER_ROLE")
}

// UnpackCANCELLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) UnpackCANCELLERROLE(data []byte) ([32]byte, error) {
	out, err := dAOTimelock.abi.Unpack("CANCELLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) PackDEFAULTADMINROLE() []byte {
	enc, err := dAOTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dAOTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dAOTimelock.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) PackEXECUTORROLE() []byte {
	enc, err := dAOTimelock.abi.Pack("EXECUTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) TryPackEXECUTORROLE() ([]byte, error) {
	return dAOTimelock.abi.Pack("EXECUTOR_ROLE")
}

// UnpackEXECUTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) UnpackEXECUTORROLE(data []byte) ([32]byte, error) {
	out, err := dAOTimelock.abi.Unpack("EXECUTOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) PackPROPOSERROLE() []byte {
	enc, err := dAOTimelock.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) TryPackPROPOSERROLE() ([]byte, error) {
	return dAOTimelock.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (dAOTimelock *DAOTimelock) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := dAOTimelock.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 id) returns()
func (dAOTimelock *DAOTimelock) PackCancel(id [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("cancel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 id) returns()
func (dAOTimelock *DAOTimelock) TryPackCancel(id [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("cancel", id)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (dAOTimelock *DAOTimelock) PackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (dAOTimelock *DAOTimelock) TryPackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
}

// PackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (dAOTimelock *DAOTimelock) PackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (dAOTimelock *DAOTimelock) TryPackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (dAOTimelock *DAOTimelock) PackGetMinDelay() []byte {
	enc, err := dAOTimelock.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (dAOTimelock *DAOTimelock) TryPackGetMinDelay() ([]byte, error) {
	return dAOTimelock.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (dAOTimelock *DAOTimelock) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := dAOTimelock.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (dAOTimelock *DAOTimelock) PackGetOperationState(id [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("getOperationState", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (dAOTimelock *DAOTimelock) TryPackGetOperationState(id [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("getOperationState", id)
}

// UnpackGetOperationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (dAOTimelock *DAOTimelock) UnpackGetOperationState(data []byte) (uint8, error) {
	out, err := dAOTimelock.abi.Unpack("getOperationState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dAOTimelock *DAOTimelock) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dAOTimelock *DAOTimelock) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dAOTimelock *DAOTimelock) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dAOTimelock.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (dAOTimelock *DAOTimelock) PackGetTimestamp(id [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("getTimestamp", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (dAOTimelock *DAOTimelock) TryPackGetTimestamp(id [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("getTimestamp", id)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (dAOTimelock *DAOTimelock) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := dAOTimelock.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (dAOTimelock *DAOTimelock) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dAOTimelock.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (dAOTimelock *DAOTimelock) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dAOTimelock.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dAOTimelock *DAOTimelock) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dAOTimelock.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dAOTimelock *DAOTimelock) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dAOTimelock.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dAOTimelock *DAOTimelock) UnpackHasRole(data []byte) (bool, error) {
	out, err := dAOTimelock.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (dAOTimelock *DAOTimelock) PackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (dAOTimelock *DAOTimelock) TryPackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
}

// UnpackHashOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (dAOTimelock *DAOTimelock) UnpackHashOperation(data []byte) ([32]byte, error) {
	out, err := dAOTimelock.abi.Unpack("hashOperation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (dAOTimelock *DAOTimelock) PackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (dAOTimelock *DAOTimelock) TryPackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
}

// UnpackHashOperationBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (dAOTimelock *DAOTimelock) UnpackHashOperationBatch(data []byte) ([32]byte, error) {
	out, err := dAOTimelock.abi.Unpack("hashOperationBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c4c7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(uint256 minDelay, address[] proposers, address[] executors, address admin) returns()
func (dAOTimelock *DAOTimelock) PackInitialize(minDelay *big.Int, proposers []common.Address, executors []common.Address, admin common.Address) []byte {
	enc, err := dAOTimelock.abi.Pack("initialize", minDelay, proposers, executors, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c4c7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(uint256 minDelay, address[] proposers, address[] executors, address admin) returns()
func (dAOTimelock *DAOTimelock) TryPackInitialize(minDelay *big.Int, proposers []common.Address, executors []common.Address, admin common.Address) ([]byte, error) {
	return dAOTimelock.abi.Pack("initialize", minDelay, proposers, executors, admin)
}

// PackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) PackIsOperation(id [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("isOperation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) TryPackIsOperation(id [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("isOperation", id)
}

// UnpackIsOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) UnpackIsOperation(data []byte) (bool, error) {
	out, err := dAOTimelock.abi.Unpack("isOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) PackIsOperationDone(id [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("isOperationDone", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) TryPackIsOperationDone(id [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("isOperationDone", id)
}

// UnpackIsOperationDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) UnpackIsOperationDone(data []byte) (bool, error) {
	out, err := dAOTimelock.abi.Unpack("isOperationDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) PackIsOperationPending(id [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("isOperationPending", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) TryPackIsOperationPending(id [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("isOperationPending", id)
}

// UnpackIsOperationPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) UnpackIsOperationPending(data []byte) (bool, error) {
	out, err := dAOTimelock.abi.Unpack("isOperationPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) PackIsOperationReady(id [32]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("isOperationReady", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) TryPackIsOperationReady(id [32]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("isOperationReady", id)
}

// UnpackIsOperationReady is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (dAOTimelock *DAOTimelock) UnpackIsOperationReady(data []byte) (bool, error) {
	out, err := dAOTimelock.abi.Unpack("isOperationReady", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := dAOTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := dAOTimelock.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := dAOTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := dAOTimelock.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := dAOTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (dAOTimelock *DAOTimelock) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := dAOTimelock.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (dAOTimelock *DAOTimelock) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := dAOTimelock.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (dAOTimelock *DAOTimelock) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return dAOTimelock.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dAOTimelock *DAOTimelock) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dAOTimelock.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dAOTimelock *DAOTimelock) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dAOTimelock.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (dAOTimelock *DAOTimelock) PackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := dAOTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (dAOTimelock *DAOTimelock) TryPackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return dAOTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
}

// PackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (dAOTimelock *DAOTimelock) PackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := dAOTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (dAOTimelock *DAOTimelock) TryPackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return dAOTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dAOTimelock *DAOTimelock) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dAOTimelock.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dAOTimelock *DAOTimelock) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dAOTimelock.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dAOTimelock *DAOTimelock) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dAOTimelock.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (dAOTimelock *DAOTimelock) PackUpdateDelay(newDelay *big.Int) []byte {
	enc, err := dAOTimelock.abi.Pack("updateDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (dAOTimelock *DAOTimelock) TryPackUpdateDelay(newDelay *big.Int) ([]byte, error) {
	return dAOTimelock.abi.Pack("updateDelay", newDelay)
}

// DAOTimelockCallExecuted represents a CallExecuted event raised by the DAOTimelock contract.
type DAOTimelockCallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DAOTimelockCallExecutedEventName = "CallExecuted"

// ContractEventName returns the user-defined event name.
func (DAOTimelockCallExecuted) ContractEventName() string {
	return DAOTimelockCallExecutedEventName
}

// UnpackCallExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (dAOTimelock *DAOTimelock) UnpackCallExecutedEvent(log *types.Log) (*DAOTimelockCallExecuted, error) {
	event := "CallExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockCallExecuted)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockCallSalt represents a CallSalt event raised by the DAOTimelock contract.
type DAOTimelockCallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const DAOTimelockCallSaltEventName = "CallSalt"

// ContractEventName returns the user-defined event name.
func (DAOTimelockCallSalt) ContractEventName() string {
	return DAOTimelockCallSaltEventName
}

// UnpackCallSaltEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (dAOTimelock *DAOTimelock) UnpackCallSaltEvent(log *types.Log) (*DAOTimelockCallSalt, error) {
	event := "CallSalt"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockCallSalt)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockCallScheduled represents a CallScheduled event raised by the DAOTimelock contract.
type DAOTimelockCallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DAOTimelockCallScheduledEventName = "CallScheduled"

// ContractEventName returns the user-defined event name.
func (DAOTimelockCallScheduled) ContractEventName() string {
	return DAOTimelockCallScheduledEventName
}

// UnpackCallScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (dAOTimelock *DAOTimelock) UnpackCallScheduledEvent(log *types.Log) (*DAOTimelockCallScheduled, error) {
	event := "CallScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockCallScheduled)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockCancelled represents a Cancelled event raised by the DAOTimelock contract.
type DAOTimelockCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const DAOTimelockCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (DAOTimelockCancelled) ContractEventName() string {
	return DAOTimelockCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (dAOTimelock *DAOTimelock) UnpackCancelledEvent(log *types.Log) (*DAOTimelockCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockCancelled)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockInitialized represents a Initialized event raised by the DAOTimelock contract.
type DAOTimelockInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const DAOTimelockInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DAOTimelockInitialized) ContractEventName() string {
	return DAOTimelockInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (dAOTimelock *DAOTimelock) UnpackInitializedEvent(log *types.Log) (*DAOTimelockInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockInitialized)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockMinDelayChange represents a MinDelayChange event raised by the DAOTimelock contract.
type DAOTimelockMinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DAOTimelockMinDelayChangeEventName = "MinDelayChange"

// ContractEventName returns the user-defined event name.
func (DAOTimelockMinDelayChange) ContractEventName() string {
	return DAOTimelockMinDelayChangeEventName
}

// UnpackMinDelayChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (dAOTimelock *DAOTimelock) UnpackMinDelayChangeEvent(log *types.Log) (*DAOTimelockMinDelayChange, error) {
	event := "MinDelayChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockMinDelayChange)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockRoleAdminChanged represents a RoleAdminChanged event raised by the DAOTimelock contract.
type DAOTimelockRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DAOTimelockRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DAOTimelockRoleAdminChanged) ContractEventName() string {
	return DAOTimelockRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dAOTimelock *DAOTimelock) UnpackRoleAdminChangedEvent(log *types.Log) (*DAOTimelockRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockRoleGranted represents a RoleGranted event raised by the DAOTimelock contract.
type DAOTimelockRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DAOTimelockRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DAOTimelockRoleGranted) ContractEventName() string {
	return DAOTimelockRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dAOTimelock *DAOTimelock) UnpackRoleGrantedEvent(log *types.Log) (*DAOTimelockRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockRoleGranted)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DAOTimelockRoleRevoked represents a RoleRevoked event raised by the DAOTimelock contract.
type DAOTimelockRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DAOTimelockRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DAOTimelockRoleRevoked) ContractEventName() string {
	return DAOTimelockRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dAOTimelock *DAOTimelock) UnpackRoleRevokedEvent(log *types.Log) (*DAOTimelockRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAOTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DAOTimelockRoleRevoked)
	if len(log.Data) > 0 {
		if err := dAOTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAOTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dAOTimelock *DAOTimelock) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["TimelockInsufficientDelay"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackTimelockInsufficientDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["TimelockInvalidOperationLength"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackTimelockInvalidOperationLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["TimelockUnauthorizedCaller"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackTimelockUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["TimelockUnexecutedPredecessor"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackTimelockUnexecutedPredecessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAOTimelock.abi.Errors["TimelockUnexpectedOperationState"].ID.Bytes()[:4]) {
		return dAOTimelock.UnpackTimelockUnexpectedOperationStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DAOTimelockAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DAOTimelock contract.
type DAOTimelockAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DAOTimelockAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dAOTimelock *DAOTimelock) UnpackAccessControlBadConfirmationError(raw []byte) (*DAOTimelockAccessControlBadConfirmation, error) {
	out := new(DAOTimelockAccessControlBadConfirmation)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DAOTimelock contract.
type DAOTimelockAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DAOTimelockAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dAOTimelock *DAOTimelock) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DAOTimelockAccessControlUnauthorizedAccount, error) {
	out := new(DAOTimelockAccessControlUnauthorizedAccount)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockFailedCall represents a FailedCall error raised by the DAOTimelock contract.
type DAOTimelockFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func DAOTimelockFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (dAOTimelock *DAOTimelock) UnpackFailedCallError(raw []byte) (*DAOTimelockFailedCall, error) {
	out := new(DAOTimelockFailedCall)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockInvalidInitialization represents a InvalidInitialization error raised by the DAOTimelock contract.
type DAOTimelockInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func DAOTimelockInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (dAOTimelock *DAOTimelock) UnpackInvalidInitializationError(raw []byte) (*DAOTimelockInvalidInitialization, error) {
	out := new(DAOTimelockInvalidInitialization)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockNotInitializing represents a NotInitializing error raised by the DAOTimelock contract.
type DAOTimelockNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func DAOTimelockNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (dAOTimelock *DAOTimelock) UnpackNotInitializingError(raw []byte) (*DAOTimelockNotInitializing, error) {
	out := new(DAOTimelockNotInitializing)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockTimelockInsufficientDelay represents a TimelockInsufficientDelay error raised by the DAOTimelock contract.
type DAOTimelockTimelockInsufficientDelay struct {
	Delay    *big.Int
	MinDelay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func DAOTimelockTimelockInsufficientDelayErrorID() common.Hash {
	return common.HexToHash("0x543366097fc46a718a4890a59e5216cbbc872f61973a9e2a6666ecccaa1a07ca")
}

// UnpackTimelockInsufficientDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func (dAOTimelock *DAOTimelock) UnpackTimelockInsufficientDelayError(raw []byte) (*DAOTimelockTimelockInsufficientDelay, error) {
	out := new(DAOTimelockTimelockInsufficientDelay)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "TimelockInsufficientDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockTimelockInvalidOperationLength represents a TimelockInvalidOperationLength error raised by the DAOTimelock contract.
type DAOTimelockTimelockInvalidOperationLength struct {
	Targets  *big.Int
	Payloads *big.Int
	Values   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func DAOTimelockTimelockInvalidOperationLengthErrorID() common.Hash {
	return common.HexToHash("0xffb0321166292613ddbe36e2eb9b9b1e8877aa314505f6d35f0f4ae660e8ada3")
}

// UnpackTimelockInvalidOperationLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func (dAOTimelock *DAOTimelock) UnpackTimelockInvalidOperationLengthError(raw []byte) (*DAOTimelockTimelockInvalidOperationLength, error) {
	out := new(DAOTimelockTimelockInvalidOperationLength)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "TimelockInvalidOperationLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockTimelockUnauthorizedCaller represents a TimelockUnauthorizedCaller error raised by the DAOTimelock contract.
type DAOTimelockTimelockUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func DAOTimelockTimelockUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xe2850c5900ceb2d1b367e63ffd96510279f191862fece2dde12a1b1bce580ebd")
}

// UnpackTimelockUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func (dAOTimelock *DAOTimelock) UnpackTimelockUnauthorizedCallerError(raw []byte) (*DAOTimelockTimelockUnauthorizedCaller, error) {
	out := new(DAOTimelockTimelockUnauthorizedCaller)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "TimelockUnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockTimelockUnexecutedPredecessor represents a TimelockUnexecutedPredecessor error raised by the DAOTimelock contract.
type DAOTimelockTimelockUnexecutedPredecessor struct {
	PredecessorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func DAOTimelockTimelockUnexecutedPredecessorErrorID() common.Hash {
	return common.HexToHash("0x90a9a618cfd84aabd2505bb50bbc6c95924a5d4f10d2bf500768fcbf91f51cab")
}

// UnpackTimelockUnexecutedPredecessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func (dAOTimelock *DAOTimelock) UnpackTimelockUnexecutedPredecessorError(raw []byte) (*DAOTimelockTimelockUnexecutedPredecessor, error) {
	out := new(DAOTimelockTimelockUnexecutedPredecessor)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "TimelockUnexecutedPredecessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DAOTimelockTimelockUnexpectedOperationState represents a TimelockUnexpectedOperationState error raised by the DAOTimelock contract.
type DAOTimelockTimelockUnexpectedOperationState struct {
	OperationId    [32]byte
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func DAOTimelockTimelockUnexpectedOperationStateErrorID() common.Hash {
	return common.HexToHash("0x5ead8eb51d1c1b7ef2eb1ef3ec2f009cfba25e924d04ccc853f25803ea40b489")
}

// UnpackTimelockUnexpectedOperationStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func (dAOTimelock *DAOTimelock) UnpackTimelockUnexpectedOperationStateError(raw []byte) (*DAOTimelockTimelockUnexpectedOperationState, error) {
	out := new(DAOTimelockTimelockUnexpectedOperationState)
	if err := dAOTimelock.abi.UnpackIntoInterface(out, "TimelockUnexpectedOperationState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardMetaData contains all meta data concerning the DataBountyBoard contract.
var DataBountyBoardMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAGNITUDE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ERC20_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVIEW_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"addPaymentToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"bounty\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"rewardToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxAccepted\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"ethReward\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenReward\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"mtReward\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"reputation\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"accepted\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"}],\"internalType\":\"structIDataBountyBoard.Bounty\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bountyCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"closeBounty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"escrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"curators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"paymentTokens\",\"type\":\"address[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isCurator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"isPaymentToken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardToken\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"ethReward\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenReward\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"mtReward\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"reputation\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxAccepted\",\"type\":\"uint32\"}],\"internalType\":\"structIDataBountyBoard.BountyParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"postBounty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reputation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCurator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"}],\"name\":\"submission\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"bountyId\",\"type\":\"uint64\"},{\"internalType\":\"enumIDataBountyBoard.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIDataBountyBoard.Submission\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"submissionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReputation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"undistributed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethRefund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenRefund\",\"type\":\"uint256\"}],\"name\":\"BountyClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"rewardToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mtReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxAccepted\",\"type\":\"uint32\"}],\"name\":\"BountyPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CuratorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PaymentTokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"}],\"name\":\"ReputationRaised\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"SubmissionAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"SubmissionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"Submitted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"},{\"internalType\":\"enumIDataBountyBoard.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"BountyAlreadyReviewed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"BountyDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BountyETHTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAccepted\",\"type\":\"uint32\"}],\"name\":\"BountyFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"BountyInvalidDeadline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BountyInvalidMaxAccepted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BountyInvalidReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"BountyIsClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"BountyNotCurator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closableAt\",\"type\":\"uint256\"}],\"name\":\"BountyNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"BountyNotTimelock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"BountyNothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"BountyTokenAlreadyAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"BountyTokenNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BountyTooManyTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"BountyUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"submissionId\",\"type\":\"uint256\"}],\"name\":\"BountyUnknownSubmission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"BountyWrongETH\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BountyZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BountyZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BountyZeroDataHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintToInt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"}]",
	ID:  "d12fb17e53f39924df76f2793f318861c9",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b613325806100d65f395ff3fe6080604052600436106101a4575f3560e01c80636ec02be9116100e7578063c4ad696f11610087578063d4570c1c11610062578063d4570c1c146104f3578063e583524114610512578063f6326fb314610526578063fc0c546a1461052e575f5ffd5b8063c4ad696f1461047b578063d01242f91461048e578063d33219b4146104c2575f5ffd5b8063930eaddc116100c2578063930eaddc146103dd5780639c8c701b146103fc578063b988997f14610428578063b9f7945114610447575f5ffd5b80636ec02be9146103735780637bf08ec814610387578063803ebcc3146103a6575f5ffd5b80634a7dc8e0116101525780636be1320b1161012d5780636be1320b146102d35780636c7b79d4146102f25780636d3036a7146103395780636d75261614610354575f5ffd5b80634a7dc8e0146102815780635203dcda146102a05780635febd8eb146102bf575f5ffd5b8063338b5dea11610182578063338b5dea146102365780633e362c961461025757806342bcf75c1461026b575f5ffd5b8063227882d6146101a857806325181bb0146101dd57806328db827014610209575b5f5ffd5b3480156101b3575f5ffd5b506101c76101c2366004612a78565b61054a565b6040516101d49190612a8f565b60405180910390f35b3480156101e8575f5ffd5b506101fc6101f7366004612c04565b6106fd565b6040516101d49190612c54565b348015610214575f5ffd5b50610228610223366004612c96565b6109eb565b6040519081526020016101d4565b348015610241575f5ffd5b50610255610250366004612d12565b610c2a565b005b348015610262575f5ffd5b50600554610228565b348015610276575f5ffd5b5061022862093a8081565b34801561028c575f5ffd5b5061025561029b366004612d3a565b610cbd565b3480156102ab575f5ffd5b506102556102ba366004612d53565b610cd1565b3480156102ca575f5ffd5b50610228600381565b3480156102de575f5ffd5b506102556102ed366004612d53565b6110a2565b3480156102fd575f5ffd5b5061032961030c366004612d3a565b6001600160a01b03165f908152600b602052604090205460ff1690565b60405190151581526020016101d4565b348015610344575f5ffd5b50610228670de0b6b3a764000081565b34801561035f575f5ffd5b5061025561036e366004612d73565b611160565b34801561037e575f5ffd5b50600654610228565b348015610392575f5ffd5b506102556103a1366004612e03565b61140a565b3480156103b1575f5ffd5b506102286103c0366004612d3a565b6001600160a01b03165f908152600e602052604090206002015490565b3480156103e8575f5ffd5b506103296103f7366004612d3a565b61141c565b348015610407575f5ffd5b5061041b610416366004612a78565b611450565b6040516101d49190612ea2565b348015610433575f5ffd5b50610255610442366004612a78565b61156c565b348015610452575f5ffd5b50610228610461366004612d3a565b6001600160a01b03165f908152600c602052604090205490565b610228610489366004612eeb565b6117fb565b348015610499575f5ffd5b506102286104a8366004612d3a565b6001600160a01b03165f908152600a602052604090205490565b3480156104cd575f5ffd5b506001546001600160a01b03165b6040516001600160a01b0390911681526020016101d4565b3480156104fe575f5ffd5b5061022861050d366004612f23565b611f1c565b34801561051d575f5ffd5b50600754610228565b610255611fca565b348015610539575f5ffd5b505f546001600160a01b03166104db565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091528115806105a8575060055482115b156105e7576040517f1ee35661000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b505f908152600860209081526040918290208251610140810184528154815260018201546001600160a01b0381169382019390935267ffffffffffffffff74010000000000000000000000000000000000000000840481169482019490945263ffffffff7c0100000000000000000000000000000000000000000000000000000000938490048116606083015260028301546fffffffffffffffffffffffffffffffff808216608085015270010000000000000000000000000000000091829004811660a085015260039094015493841660c0840152830490941660e08201527801000000000000000000000000000000000000000000000000820490931661010084015260ff91900416151561012082015290565b60606001600160a01b03821661073f576040517f328b360f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600c60205260409020548367ffffffffffffffff81111561076757610767612f54565b604051908082528060200260200182016040528015610790578160200160208202803683370190505b5091505f5f5b858110156109a8575f8787838181106107b1576107b1612f81565b90506020020160208101906107c69190612d3a565b90506001600160a01b038116158015906107f857506001600160a01b0381165f908152600d602052604090205460ff16155b1561083a576040517ff6bcb6040000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105de565b6001600160a01b0381165f818152600f60209081526040808320338452825280832054938352600e909152812054670de0b6b3a764000090839061088790610882908a612fdb565b611fd6565b6108919190612ff2565b61089b9190613019565b9050805f036108ac575050506109a0565b6108c1610882670de0b6b3a764000083612fdb565b6108cb9083613051565b6001600160a01b0384165f908152600f602090815260408083203384529091529020558651819088908690811061090457610904612f81565b60200260200101818152505060019450826001600160a01b0316886001600160a01b0316336001600160a01b03167f78ad59e64905f392d4f3e6b83867e418a6c6024261a97c0f564d09890d13f9728460405161096391815260200190565b60405180910390a46001600160a01b038316610988576109838882612038565b61099c565b61099c6001600160a01b03841689836120d8565b5050505b600101610796565b50806109e2576040517f3510e8cd0000000000000000000000000000000000000000000000000000000081523360048201526024016105de565b50509392505050565b5f5f6109f68661214c565b600181015490915074010000000000000000000000000000000000000000900467ffffffffffffffff16421115610a895760018101546040517fe766826c000000000000000000000000000000000000000000000000000000008152600481018890527401000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016105de565b84610ac0576040517fab8dccb600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60065f8154610ace90613070565b91829055506040805160808101825233815267ffffffffffffffff8916602082015291935081016001815260209081018790525f84815260098252604090819020835181549385015167ffffffffffffffff1674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009094166001600160a01b039091161792909217808355908301519082907fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000836003811115610bc857610bc8612e3c565b021790555060608201518160010155905050336001600160a01b031686837ff386a8bf1943090f86d7d9c6e6c22e7ce9c3eb8ab0b98e456b8f093faeddc246888888604051610c19939291906130ee565b60405180910390a450949350505050565b6001600160a01b0382161580610c5857506001600160a01b0382165f908152600d602052604090205460ff16155b15610c9a576040517ff6bcb6040000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016105de565b610caf6001600160a01b03831633308461220a565b610cb98282612249565b5050565b610cc5612313565b610cce81612359565b50565b5f610cdb83612581565b805490915074010000000000000000000000000000000000000000900467ffffffffffffffff165f610d0c8261214c565b6003810154600182015491925063ffffffff78010000000000000000000000000000000000000000000000009091048116917c01000000000000000000000000000000000000000000000000000000009004168103610dcb5760018201546040517f3aab5b5e000000000000000000000000000000000000000000000000000000008152600481018590527c010000000000000000000000000000000000000000000000000000000090910463ffffffff1660248201526044016105de565b610dd6816001613110565b60038301805463ffffffff929092167801000000000000000000000000000000000000000000000000027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff90921691909117905583547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167c0200000000000000000000000000000000000000000000000000000000178555600283015460018401545f808052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e380546001600160a01b03958616956fffffffffffffffffffffffffffffffff80871696700100000000000000000000000000000000900416941692859291610eed90849061312c565b90915550508115610f25576001600160a01b0381165f908152600a602052604081208054849290610f1f90849061312c565b90915550505b836001600160a01b0316878b7fa85ef3dd4426003bb6422737340d0229ccada45ace9d10b5f93c1c34a254b45d8c604051610f6291815260200190565b60405180910390a46003860154700100000000000000000000000000000000900467ffffffffffffffff1615610fc0576003860154610fc0908590700100000000000000000000000000000000900467ffffffffffffffff166126b9565b60038601546fffffffffffffffffffffffffffffffff161561106c575f5460038701546040517f40c10f190000000000000000000000000000000000000000000000000000000081526001600160a01b0387811660048301526fffffffffffffffffffffffffffffffff90921660248201529116906340c10f19906044015f604051808303815f87803b158015611055575f5ffd5b505af1158015611067573d5f5f3e3d5ffd5b505050505b8115611086576110866001600160a01b03821685846120d8565b8215611096576110968484612038565b50505050505050505050565b5f6110ac83612581565b80547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167c0300000000000000000000000000000000000000000000000000000000178083556040805186815290519394506001600160a01b03909216927401000000000000000000000000000000000000000090910467ffffffffffffffff169186917f97565b32530be83d02582c803365276d864e2794aa5f85792bf96c1897bee1719181900360200190a4505050565b5f6111696127fa565b805490915060ff68010000000000000000820416159067ffffffffffffffff165f811580156111955750825b90505f8267ffffffffffffffff1660011480156111b15750303b155b9050811580156111bf575080155b156111f6576040517ff92ee8a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b84547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016600117855583156112575784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff16680100000000000000001785555b6001600160a01b038b16158061127457506001600160a01b038a16155b156112ab576040517f328b360f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80546001600160a01b03808e167fffffffffffffffffffffffff000000000000000000000000000000000000000092831617835560018054918e16919092161790556040517fa317c10673baf4f03b3c1041bd5ddbb537d0333a86fec3607c75f9dbb630f48f908290a25f5b868110156113575761134f88888381811061133557611335612f81565b905060200201602081019061134a9190612d3a565b612359565b600101611318565b505f5b8881101561139b576113938a8a8381811061137757611377612f81565b905060200201602081019061138c9190612d3a565b6001612822565b60010161135a565b5083156113fd5784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050505050565b611412612313565b610cb98282612822565b5f6001600160a01b038216158061144a57506001600160a01b0382165f908152600d602052604090205460ff165b92915050565b604080516080810182525f808252602082018190529181018290526060810191909152811580611481575060065482115b156114bb576040517fe58545bb000000000000000000000000000000000000000000000000000000008152600481018390526024016105de565b5f82815260096020908152604091829020825160808101845281546001600160a01b038116825274010000000000000000000000000000000000000000810467ffffffffffffffff1693820193909352929091908301907c0100000000000000000000000000000000000000000000000000000000900460ff16600381111561154657611546612e3c565b600381111561155757611557612e3c565b81526020016001820154815250509050919050565b5f6115768261214c565b6001549091506001600160a01b031633146116095760018101545f906115c29062093a809074010000000000000000000000000000000000000000900467ffffffffffffffff1661313f565b9050804211611607576040517fb678f47300000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016105de565b505b6003810180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c01000000000000000000000000000000000000000000000000000000009081179182905560018301545f9261168d9263ffffffff78010000000000000000000000000000000000000000000000009092048216920416613152565b600283015463ffffffff9190911691505f906116bb906fffffffffffffffffffffffffffffffff1683612fdb565b60028401549091505f906116f59070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1684612fdb565b60018501545f808052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e380549394506001600160a01b03909216928592919061174490849061312c565b9091555050811561177c576001600160a01b0381165f908152600a60205260408120805484929061177690849061312c565b90915550505b604080518481526020810184905287917fa604fc3fbe5fdc4c453ca73c7fec593372683add55e2bbfab2ea7a5fe286eab4910160405180910390a281156117d7576001546117d7906001600160a01b038381169116846120d8565b82156117f3576001546117f3906001600160a01b031684612038565b505050505050565b5f611804612313565b42611816610100840160e0850161316e565b67ffffffffffffffff161161187557611836610100830160e0840161316e565b6040517f8f4639fd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016105de565b61188761012083016101008401613195565b63ffffffff165f036118c5576040517f461c75e700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6118d560a08301608084016131b8565b6fffffffffffffffffffffffffffffffff16155f6118f96060850160408601612d3a565b6001600160a01b0316141415806119a7575061191b60808301606084016131b8565b6fffffffffffffffffffffffffffffffff16158015611959575061194560a08301608084016131b8565b6fffffffffffffffffffffffffffffffff16155b8015611984575061197060c0830160a084016131b8565b6fffffffffffffffffffffffffffffffff16155b80156119a7575061199b60e0830160c0840161316e565b67ffffffffffffffff16155b156119de576040517f9464880500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6119f161012084016101008501613195565b63ffffffff16611a0760808501606086016131b8565b6fffffffffffffffffffffffffffffffff16611a239190612fdb565b9050803414611a67576040517fbe06c67f000000000000000000000000000000000000000000000000000000008152346004820152602481018290526044016105de565b60055f8154611a7590613070565b91829055506040805161014081018252853581529193506020820190611aa19060608701908701612d3a565b6001600160a01b03168152602001611ac0610100860160e0870161316e565b67ffffffffffffffff168152602001611ae161012086016101008701613195565b63ffffffff168152602001611afc60808601606087016131b8565b6fffffffffffffffffffffffffffffffff168152602001611b2360a08601608087016131b8565b6fffffffffffffffffffffffffffffffff168152602001611b4a60c0860160a087016131b8565b6fffffffffffffffffffffffffffffffff168152602001611b7160e0860160c0870161316e565b67ffffffffffffffff90811682525f602080840182905260409384018290528682526008815283822085518155858201516001820180549688015160608901516001600160a01b039093167fffffffff00000000000000000000000000000000000000000000000000000000909816979097177401000000000000000000000000000000000000000097871697909702969096177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000063ffffffff928316810291909117909655608087015160a08801516fffffffffffffffffffffffffffffffff918216700100000000000000000000000000000000918316820217600285015560c08901516003909401805460e08b01516101008c0151610120909c0151969094167fffffffffffffffff000000000000000000000000000000000000000000000000909116179290971602177fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000097909116969096027fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1695909517941515909302939093179055818052600a90527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e38054839290611d8890849061313f565b909155505f9050611da161012085016101008601613195565b63ffffffff16611db760a08601608087016131b8565b6fffffffffffffffffffffffffffffffff16611dd39190612fdb565b90508015611e225780600a5f611def6060880160408901612d3a565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254611e1c919061313f565b90915550505b827f08c83eddb8bdf8035ccb1b6fcd60433c63114278347ae7f391ee17a28e82dbf88535611e5360208801886131e7565b611e6360608a0160408b01612d3a565b611e7360808b0160608c016131b8565b611e8360a08c0160808d016131b8565b611e9360c08d0160a08e016131b8565b611ea360e08e0160c08f0161316e565b8d60e0016020810190611eb6919061316e565b8e610100016020810190611eca9190613195565b604051611ee09a99989796959493929190613248565b60405180910390a28015611f1557611f15333083611f046060890160408a01612d3a565b6001600160a01b031692919061220a565b5050919050565b5f6001600160a01b03821615801590611f4d57506001600160a01b0382165f908152600d602052604090205460ff16155b15611f5957505f61144a565b6001600160a01b038083165f818152600f6020908152604080832094881680845294825280832054938352600e825280832054948352600c909152902054670de0b6b3a764000092611faf916108829190612fdb565b611fb99190612ff2565b611fc39190613019565b9392505050565b611fd45f34612249565b565b5f7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821115612034576040517f24775e06000000000000000000000000000000000000000000000000000000008152600481018390526024016105de565b5090565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612081576040519150601f19603f3d011682016040523d82523d5f602084013e612086565b606091505b50509050806120d3576040517f9e8450ff0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602481018390526044016105de565b505050565b6040516001600160a01b038381166024830152604482018390526120d391859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506128de565b5f81158061215b575060055482115b15612195576040517f1ee35661000000000000000000000000000000000000000000000000000000008152600481018390526024016105de565b505f81815260086020526040902060038101547c0100000000000000000000000000000000000000000000000000000000900460ff1615612205576040517f0d41f4a9000000000000000000000000000000000000000000000000000000008152600481018390526024016105de565b919050565b6040516001600160a01b0384811660248301528381166044830152606482018390526122439186918216906323b872dd90608401612105565b50505050565b805f03612282576040517ff44c073b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6007546001600160a01b0383165f908152600e60205260408120908290036122c25782816002015f8282546122b7919061313f565b909155506122cd9050565b6122cd818484612963565b60405183815233906001600160a01b038616907f22d208dec5e6891323b0fb0464ca6dd1b0891b7f4d7e1de7403aa49d103f92219060200160405180910390a350505050565b6001546001600160a01b03163314611fd4576040517f23c734d70000000000000000000000000000000000000000000000000000000081523360048201526024016105de565b6001600160a01b038116612399576040517f328b360f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f908152600d602052604090205460ff16156123f6576040517ffc4d39fb0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105de565b60015474010000000000000000000000000000000000000000900460ff167ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd8101612470576040517fa9a6ec2a000000000000000000000000000000000000000000000000000000008152600360048201526024016105de565b8160028260ff166003811061248757612487612f81565b0180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790556124c98160016132f8565b6001805460ff9290921674010000000000000000000000000000000000000000027fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff9092169190911781556001600160a01b0383165f818152600d602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016909417909355915190917fa317c10673baf4f03b3c1041bd5ddbb537d0333a86fec3607c75f9dbb630f48f91a25050565b335f908152600b602052604081205460ff166125cb576040517fdb7f8ad60000000000000000000000000000000000000000000000000000000081523360048201526024016105de565b8115806125d9575060065482115b15612613576040517fe58545bb000000000000000000000000000000000000000000000000000000008152600481018390526024016105de565b505f818152600960205260409020600181547c0100000000000000000000000000000000000000000000000000000000900460ff16600381111561265957612659612e3c565b146122055780546040517f0e3e85910000000000000000000000000000000000000000000000000000000081526105de9184917c010000000000000000000000000000000000000000000000000000000090910460ff1690600401613311565b6007546126c75f84846129d0565b60015474010000000000000000000000000000000000000000900460ff165f5b8181101561271f576127176002826003811061270557612705612f81565b01546001600160a01b031686866129d0565b6001016126e7565b5061272a838361313f565b6007556001600160a01b0384165f908152600c602052604081205461275090859061313f565b6001600160a01b0386165f818152600c6020908152604091829020849055815188815290810184905292935090917fb695056a147b888503ce2845a51319c1da43243fbe5a26178bef802f9859aa98910160405180910390a2825f036127f3576127ba5f85612a3c565b5f5b828110156117f3576127eb600282600381106127da576127da612f81565b01546001600160a01b031686612a3c565b6001016127bc565b5050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061144a565b6001600160a01b038216612862576040517f328b360f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f818152600b602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182527f87d9359459d620e39375a6540bc4389ff8d2f305a8258d72d89115ca409c58c3910160405180910390a25050565b5f5f60205f8451602086015f885af1806128fd576040513d5f823e3d81fd5b50505f513d91508115612914578060011415612921565b6001600160a01b0384163b155b15612243576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016105de565b60018301545f9061297c670de0b6b3a764000085612fdb565b612986919061313f565b90505f6129938383613019565b905080855f015f8282546129a7919061313f565b909155506129b790508382612fdb565b6129c1908361312c565b85600101819055505050505050565b6001600160a01b0383165f908152600e60205260409020548015612243576129fb6108828284612fdb565b6001600160a01b038086165f908152600f6020908152604080832093881683529290529081208054909190612a31908490613051565b909155505050505050565b6001600160a01b0382165f908152600e6020526040812060028101549091819003612a675750505050565b5f6002830155612243828285612963565b5f60208284031215612a88575f5ffd5b5035919050565b81518152602080830151610140830191612ab3908401826001600160a01b03169052565b506040830151612acf604084018267ffffffffffffffff169052565b506060830151612ae7606084018263ffffffff169052565b506080830151612b0b60808401826fffffffffffffffffffffffffffffffff169052565b5060a0830151612b2f60a08401826fffffffffffffffffffffffffffffffff169052565b5060c0830151612b5360c08401826fffffffffffffffffffffffffffffffff169052565b5060e0830151612b6f60e084018267ffffffffffffffff169052565b50610100830151612b8961010084018263ffffffff169052565b50610120830151612b9f61012084018215159052565b5092915050565b5f5f83601f840112612bb6575f5ffd5b50813567ffffffffffffffff811115612bcd575f5ffd5b6020830191508360208260051b8501011115612be7575f5ffd5b9250929050565b80356001600160a01b0381168114612205575f5ffd5b5f5f5f60408486031215612c16575f5ffd5b833567ffffffffffffffff811115612c2c575f5ffd5b612c3886828701612ba6565b9094509250612c4b905060208501612bee565b90509250925092565b602080825282518282018190525f918401906040840190835b81811015612c8b578351835260209384019390920191600101612c6d565b509095945050505050565b5f5f5f5f60608587031215612ca9575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115612ccd575f5ffd5b8501601f81018713612cdd575f5ffd5b803567ffffffffffffffff811115612cf3575f5ffd5b876020828401011115612d04575f5ffd5b949793965060200194505050565b5f5f60408385031215612d23575f5ffd5b612d2c83612bee565b946020939093013593505050565b5f60208284031215612d4a575f5ffd5b611fc382612bee565b5f5f60408385031215612d64575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60808789031215612d88575f5ffd5b612d9187612bee565b9550612d9f60208801612bee565b9450604087013567ffffffffffffffff811115612dba575f5ffd5b612dc689828a01612ba6565b909550935050606087013567ffffffffffffffff811115612de5575f5ffd5b612df189828a01612ba6565b979a9699509497509295939492505050565b5f5f60408385031215612e14575f5ffd5b612e1d83612bee565b915060208301358015158114612e31575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60048110612e9e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f6080820190506001600160a01b03835116825267ffffffffffffffff60208401511660208301526040830151612edc6040840182612e69565b50606092830151919092015290565b5f60208284031215612efb575f5ffd5b813567ffffffffffffffff811115612f11575f5ffd5b82016101208185031215611fc3575f5ffd5b5f5f60408385031215612f34575f5ffd5b612f3d83612bee565b9150612f4b60208401612bee565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808202811582820484141761144a5761144a612fae565b8082018281125f83128015821682158216171561301157613011612fae565b505092915050565b5f8261304c577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181035f831280158383131683831282161715612b9f57612b9f612fae565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036130a0576130a0612fae565b5060010190565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f6131076040830184866130a7565b95945050505050565b63ffffffff818116838216019081111561144a5761144a612fae565b8181038181111561144a5761144a612fae565b8082018082111561144a5761144a612fae565b63ffffffff828116828216039081111561144a5761144a612fae565b5f6020828403121561317e575f5ffd5b813567ffffffffffffffff81168114611fc3575f5ffd5b5f602082840312156131a5575f5ffd5b813563ffffffff81168114611fc3575f5ffd5b5f602082840312156131c8575f5ffd5b81356fffffffffffffffffffffffffffffffff81168114611fc3575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261321a575f5ffd5b83018035915067ffffffffffffffff821115613234575f5ffd5b602001915036819003821315612be7575f5ffd5b8a815261012060208201525f61326361012083018b8d6130a7565b90506001600160a01b03891660408301526fffffffffffffffffffffffffffffffff881660608301526fffffffffffffffffffffffffffffffff871660808301526fffffffffffffffffffffffffffffffff861660a083015267ffffffffffffffff851660c083015267ffffffffffffffff841660e083015263ffffffff83166101008301529b9a5050505050505050505050565b60ff818116838216019081111561144a5761144a612fae565b82815260408101611fc36020830184612e6956",
}

// DataBountyBoard is an auto generated Go binding around an Ethereum contract.
type DataBountyBoard struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataBountyBoard) GetABI() abi.ABI {
	return c.abi
}

// NewDataBountyBoard creates a new instance of DataBountyBoard.
func NewDataBountyBoard() *DataBountyBoard {
	parsed, err := DataBountyBoardMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataBountyBoard{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataBountyBoard) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAGNITUDE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d3036a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAGNITUDE() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackMAGNITUDE() []byte {
	enc, err := dataBountyBoard.abi.Pack("MAGNITUDE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAGNITUDE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d3036a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAGNITUDE() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackMAGNITUDE() ([]byte, error) {
	return dataBountyBoard.abi.Pack("MAGNITUDE")
}

// UnpackMAGNITUDE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d3036a7.
//
// Solidity: function MAGNITUDE() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackMAGNITUDE(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("MAGNITUDE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXERC20TOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5febd8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ERC20_TOKENS() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackMAXERC20TOKENS() []byte {
	enc, err := dataBountyBoard.abi.Pack("MAX_ERC20_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXERC20TOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5febd8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ERC20_TOKENS() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackMAXERC20TOKENS() ([]byte, error) {
	return dataBountyBoard.abi.Pack("MAX_ERC20_TOKENS")
}

// UnpackMAXERC20TOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5febd8eb.
//
// Solidity: function MAX_ERC20_TOKENS() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackMAXERC20TOKENS(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("MAX_ERC20_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVIEWPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42bcf75c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVIEW_PERIOD() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackREVIEWPERIOD() []byte {
	enc, err := dataBountyBoard.abi.Pack("REVIEW_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVIEWPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42bcf75c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVIEW_PERIOD() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackREVIEWPERIOD() ([]byte, error) {
	return dataBountyBoard.abi.Pack("REVIEW_PERIOD")
}

// UnpackREVIEWPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42bcf75c.
//
// Solidity: function REVIEW_PERIOD() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackREVIEWPERIOD(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("REVIEW_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5203dcda.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 submissionId, bytes32 reasonHash) returns()
func (dataBountyBoard *DataBountyBoard) PackAccept(submissionId *big.Int, reasonHash [32]byte) []byte {
	enc, err := dataBountyBoard.abi.Pack("accept", submissionId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5203dcda.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 submissionId, bytes32 reasonHash) returns()
func (dataBountyBoard *DataBountyBoard) TryPackAccept(submissionId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return dataBountyBoard.abi.Pack("accept", submissionId, reasonHash)
}

// PackAddPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7dc8e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPaymentToken(address token_) returns()
func (dataBountyBoard *DataBountyBoard) PackAddPaymentToken(token common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("addPaymentToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7dc8e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPaymentToken(address token_) returns()
func (dataBountyBoard *DataBountyBoard) TryPackAddPaymentToken(token common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("addPaymentToken", token)
}

// PackBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x227882d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bounty(uint256 bountyId) view returns((bytes32,address,uint64,uint32,uint128,uint128,uint128,uint64,uint32,bool))
func (dataBountyBoard *DataBountyBoard) PackBounty(bountyId *big.Int) []byte {
	enc, err := dataBountyBoard.abi.Pack("bounty", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x227882d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bounty(uint256 bountyId) view returns((bytes32,address,uint64,uint32,uint128,uint128,uint128,uint64,uint32,bool))
func (dataBountyBoard *DataBountyBoard) TryPackBounty(bountyId *big.Int) ([]byte, error) {
	return dataBountyBoard.abi.Pack("bounty", bountyId)
}

// UnpackBounty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x227882d6.
//
// Solidity: function bounty(uint256 bountyId) view returns((bytes32,address,uint64,uint32,uint128,uint128,uint128,uint64,uint32,bool))
func (dataBountyBoard *DataBountyBoard) UnpackBounty(data []byte) (IDataBountyBoardBounty, error) {
	out, err := dataBountyBoard.abi.Unpack("bounty", data)
	if err != nil {
		return *new(IDataBountyBoardBounty), err
	}
	out0 := *abi.ConvertType(out[0], new(IDataBountyBoardBounty)).(*IDataBountyBoardBounty)
	return out0, nil
}

// PackBountyCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e362c96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bountyCount() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackBountyCount() []byte {
	enc, err := dataBountyBoard.abi.Pack("bountyCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBountyCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e362c96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bountyCount() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackBountyCount() ([]byte, error) {
	return dataBountyBoard.abi.Pack("bountyCount")
}

// UnpackBountyCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e362c96.
//
// Solidity: function bountyCount() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackBountyCount(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("bountyCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25181bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address[] tokens, address to) returns(uint256[] amounts)
func (dataBountyBoard *DataBountyBoard) PackClaim(tokens []common.Address, to common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("claim", tokens, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25181bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address[] tokens, address to) returns(uint256[] amounts)
func (dataBountyBoard *DataBountyBoard) TryPackClaim(tokens []common.Address, to common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("claim", tokens, to)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25181bb0.
//
// Solidity: function claim(address[] tokens, address to) returns(uint256[] amounts)
func (dataBountyBoard *DataBountyBoard) UnpackClaim(data []byte) ([]*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("claim", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4570c1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address account, address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackClaimable(account common.Address, token common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("claimable", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4570c1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address account, address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackClaimable(account common.Address, token common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("claimable", account, token)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4570c1c.
//
// Solidity: function claimable(address account, address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCloseBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb988997f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeBounty(uint256 bountyId) returns()
func (dataBountyBoard *DataBountyBoard) PackCloseBounty(bountyId *big.Int) []byte {
	enc, err := dataBountyBoard.abi.Pack("closeBounty", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb988997f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeBounty(uint256 bountyId) returns()
func (dataBountyBoard *DataBountyBoard) TryPackCloseBounty(bountyId *big.Int) ([]byte, error) {
	return dataBountyBoard.abi.Pack("closeBounty", bountyId)
}

// PackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6326fb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositETH() payable returns()
func (dataBountyBoard *DataBountyBoard) PackDepositETH() []byte {
	enc, err := dataBountyBoard.abi.Pack("depositETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6326fb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositETH() payable returns()
func (dataBountyBoard *DataBountyBoard) TryPackDepositETH() ([]byte, error) {
	return dataBountyBoard.abi.Pack("depositETH")
}

// PackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositToken(address token_, uint256 amount) returns()
func (dataBountyBoard *DataBountyBoard) PackDepositToken(token common.Address, amount *big.Int) []byte {
	enc, err := dataBountyBoard.abi.Pack("depositToken", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositToken(address token_, uint256 amount) returns()
func (dataBountyBoard *DataBountyBoard) TryPackDepositToken(token common.Address, amount *big.Int) ([]byte, error) {
	return dataBountyBoard.abi.Pack("depositToken", token, amount)
}

// PackEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01242f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowed(address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackEscrowed(token common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("escrowed", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01242f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowed(address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackEscrowed(token common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("escrowed", token)
}

// UnpackEscrowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd01242f9.
//
// Solidity: function escrowed(address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackEscrowed(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("escrowed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d752616.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address token_, address timelock_, address[] curators, address[] paymentTokens) returns()
func (dataBountyBoard *DataBountyBoard) PackInitialize(token common.Address, timelock common.Address, curators []common.Address, paymentTokens []common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("initialize", token, timelock, curators, paymentTokens)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d752616.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address token_, address timelock_, address[] curators, address[] paymentTokens) returns()
func (dataBountyBoard *DataBountyBoard) TryPackInitialize(token common.Address, timelock common.Address, curators []common.Address, paymentTokens []common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("initialize", token, timelock, curators, paymentTokens)
}

// PackIsCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c7b79d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCurator(address account) view returns(bool)
func (dataBountyBoard *DataBountyBoard) PackIsCurator(account common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("isCurator", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c7b79d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCurator(address account) view returns(bool)
func (dataBountyBoard *DataBountyBoard) TryPackIsCurator(account common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("isCurator", account)
}

// UnpackIsCurator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c7b79d4.
//
// Solidity: function isCurator(address account) view returns(bool)
func (dataBountyBoard *DataBountyBoard) UnpackIsCurator(data []byte) (bool, error) {
	out, err := dataBountyBoard.abi.Unpack("isCurator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x930eaddc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPaymentToken(address token_) view returns(bool)
func (dataBountyBoard *DataBountyBoard) PackIsPaymentToken(token common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("isPaymentToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x930eaddc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPaymentToken(address token_) view returns(bool)
func (dataBountyBoard *DataBountyBoard) TryPackIsPaymentToken(token common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("isPaymentToken", token)
}

// UnpackIsPaymentToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x930eaddc.
//
// Solidity: function isPaymentToken(address token_) view returns(bool)
func (dataBountyBoard *DataBountyBoard) UnpackIsPaymentToken(data []byte) (bool, error) {
	out, err := dataBountyBoard.abi.Unpack("isPaymentToken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPostBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4ad696f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postBounty((bytes32,string,address,uint128,uint128,uint128,uint64,uint64,uint32) p) payable returns(uint256 bountyId)
func (dataBountyBoard *DataBountyBoard) PackPostBounty(p IDataBountyBoardBountyParams) []byte {
	enc, err := dataBountyBoard.abi.Pack("postBounty", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4ad696f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postBounty((bytes32,string,address,uint128,uint128,uint128,uint64,uint64,uint32) p) payable returns(uint256 bountyId)
func (dataBountyBoard *DataBountyBoard) TryPackPostBounty(p IDataBountyBoardBountyParams) ([]byte, error) {
	return dataBountyBoard.abi.Pack("postBounty", p)
}

// UnpackPostBounty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4ad696f.
//
// Solidity: function postBounty((bytes32,string,address,uint128,uint128,uint128,uint64,uint64,uint32) p) payable returns(uint256 bountyId)
func (dataBountyBoard *DataBountyBoard) UnpackPostBounty(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("postBounty", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be1320b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reject(uint256 submissionId, bytes32 reasonHash) returns()
func (dataBountyBoard *DataBountyBoard) PackReject(submissionId *big.Int, reasonHash [32]byte) []byte {
	enc, err := dataBountyBoard.abi.Pack("reject", submissionId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be1320b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reject(uint256 submissionId, bytes32 reasonHash) returns()
func (dataBountyBoard *DataBountyBoard) TryPackReject(submissionId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return dataBountyBoard.abi.Pack("reject", submissionId, reasonHash)
}

// PackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9f79451.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputation(address account) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackReputation(account common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("reputation", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9f79451.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputation(address account) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackReputation(account common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("reputation", account)
}

// UnpackReputation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9f79451.
//
// Solidity: function reputation(address account) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackReputation(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("reputation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bf08ec8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCurator(address curator, bool allowed) returns()
func (dataBountyBoard *DataBountyBoard) PackSetCurator(curator common.Address, allowed bool) []byte {
	enc, err := dataBountyBoard.abi.Pack("setCurator", curator, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bf08ec8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCurator(address curator, bool allowed) returns()
func (dataBountyBoard *DataBountyBoard) TryPackSetCurator(curator common.Address, allowed bool) ([]byte, error) {
	return dataBountyBoard.abi.Pack("setCurator", curator, allowed)
}

// PackSubmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c8c701b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submission(uint256 submissionId) view returns((address,uint64,uint8,bytes32))
func (dataBountyBoard *DataBountyBoard) PackSubmission(submissionId *big.Int) []byte {
	enc, err := dataBountyBoard.abi.Pack("submission", submissionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c8c701b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submission(uint256 submissionId) view returns((address,uint64,uint8,bytes32))
func (dataBountyBoard *DataBountyBoard) TryPackSubmission(submissionId *big.Int) ([]byte, error) {
	return dataBountyBoard.abi.Pack("submission", submissionId)
}

// UnpackSubmission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c8c701b.
//
// Solidity: function submission(uint256 submissionId) view returns((address,uint64,uint8,bytes32))
func (dataBountyBoard *DataBountyBoard) UnpackSubmission(data []byte) (IDataBountyBoardSubmission, error) {
	out, err := dataBountyBoard.abi.Unpack("submission", data)
	if err != nil {
		return *new(IDataBountyBoardSubmission), err
	}
	out0 := *abi.ConvertType(out[0], new(IDataBountyBoardSubmission)).(*IDataBountyBoardSubmission)
	return out0, nil
}

// PackSubmissionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ec02be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submissionCount() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackSubmissionCount() []byte {
	enc, err := dataBountyBoard.abi.Pack("submissionCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmissionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ec02be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submissionCount() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackSubmissionCount() ([]byte, error) {
	return dataBountyBoard.abi.Pack("submissionCount")
}

// UnpackSubmissionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ec02be9.
//
// Solidity: function submissionCount() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackSubmissionCount(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("submissionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28db8270.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(uint256 bountyId, bytes32 dataHash, string uri) returns(uint256 submissionId)
func (dataBountyBoard *DataBountyBoard) PackSubmit(bountyId *big.Int, dataHash [32]byte, uri string) []byte {
	enc, err := dataBountyBoard.abi.Pack("submit", bountyId, dataHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28db8270.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(uint256 bountyId, bytes32 dataHash, string uri) returns(uint256 submissionId)
func (dataBountyBoard *DataBountyBoard) TryPackSubmit(bountyId *big.Int, dataHash [32]byte, uri string) ([]byte, error) {
	return dataBountyBoard.abi.Pack("submit", bountyId, dataHash, uri)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28db8270.
//
// Solidity: function submit(uint256 bountyId, bytes32 dataHash, string uri) returns(uint256 submissionId)
func (dataBountyBoard *DataBountyBoard) UnpackSubmit(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("submit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (dataBountyBoard *DataBountyBoard) PackTimelock() []byte {
	enc, err := dataBountyBoard.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (dataBountyBoard *DataBountyBoard) TryPackTimelock() ([]byte, error) {
	return dataBountyBoard.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (dataBountyBoard *DataBountyBoard) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := dataBountyBoard.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (dataBountyBoard *DataBountyBoard) PackToken() []byte {
	enc, err := dataBountyBoard.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (dataBountyBoard *DataBountyBoard) TryPackToken() ([]byte, error) {
	return dataBountyBoard.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (dataBountyBoard *DataBountyBoard) UnpackToken(data []byte) (common.Address, error) {
	out, err := dataBountyBoard.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5835241.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReputation() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackTotalReputation() []byte {
	enc, err := dataBountyBoard.abi.Pack("totalReputation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5835241.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReputation() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackTotalReputation() ([]byte, error) {
	return dataBountyBoard.abi.Pack("totalReputation")
}

// UnpackTotalReputation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5835241.
//
// Solidity: function totalReputation() view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackTotalReputation(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("totalReputation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUndistributed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x803ebcc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undistributed(address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) PackUndistributed(token common.Address) []byte {
	enc, err := dataBountyBoard.abi.Pack("undistributed", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndistributed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x803ebcc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undistributed(address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) TryPackUndistributed(token common.Address) ([]byte, error) {
	return dataBountyBoard.abi.Pack("undistributed", token)
}

// UnpackUndistributed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x803ebcc3.
//
// Solidity: function undistributed(address token_) view returns(uint256)
func (dataBountyBoard *DataBountyBoard) UnpackUndistributed(data []byte) (*big.Int, error) {
	out, err := dataBountyBoard.abi.Unpack("undistributed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DataBountyBoardBountyClosed represents a BountyClosed event raised by the DataBountyBoard contract.
type DataBountyBoardBountyClosed struct {
	BountyId    *big.Int
	EthRefund   *big.Int
	TokenRefund *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardBountyClosedEventName = "BountyClosed"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardBountyClosed) ContractEventName() string {
	return DataBountyBoardBountyClosedEventName
}

// UnpackBountyClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BountyClosed(uint256 indexed bountyId, uint256 ethRefund, uint256 tokenRefund)
func (dataBountyBoard *DataBountyBoard) UnpackBountyClosedEvent(log *types.Log) (*DataBountyBoardBountyClosed, error) {
	event := "BountyClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardBountyClosed)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardBountyPosted represents a BountyPosted event raised by the DataBountyBoard contract.
type DataBountyBoardBountyPosted struct {
	BountyId    *big.Int
	SpecHash    [32]byte
	Uri         string
	RewardToken common.Address
	EthReward   *big.Int
	TokenReward *big.Int
	MtReward    *big.Int
	Reputation  *big.Int
	Deadline    uint64
	MaxAccepted uint32
	Raw         *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardBountyPostedEventName = "BountyPosted"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardBountyPosted) ContractEventName() string {
	return DataBountyBoardBountyPostedEventName
}

// UnpackBountyPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BountyPosted(uint256 indexed bountyId, bytes32 specHash, string uri, address rewardToken, uint256 ethReward, uint256 tokenReward, uint256 mtReward, uint256 reputation, uint64 deadline, uint32 maxAccepted)
func (dataBountyBoard *DataBountyBoard) UnpackBountyPostedEvent(log *types.Log) (*DataBountyBoardBountyPosted, error) {
	event := "BountyPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardBountyPosted)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardCuratorSet represents a CuratorSet event raised by the DataBountyBoard contract.
type DataBountyBoardCuratorSet struct {
	Curator common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardCuratorSetEventName = "CuratorSet"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardCuratorSet) ContractEventName() string {
	return DataBountyBoardCuratorSetEventName
}

// UnpackCuratorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CuratorSet(address indexed curator, bool allowed)
func (dataBountyBoard *DataBountyBoard) UnpackCuratorSetEvent(log *types.Log) (*DataBountyBoardCuratorSet, error) {
	event := "CuratorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardCuratorSet)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardInitialized represents a Initialized event raised by the DataBountyBoard contract.
type DataBountyBoardInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardInitialized) ContractEventName() string {
	return DataBountyBoardInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (dataBountyBoard *DataBountyBoard) UnpackInitializedEvent(log *types.Log) (*DataBountyBoardInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardInitialized)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardPaymentTokenAdded represents a PaymentTokenAdded event raised by the DataBountyBoard contract.
type DataBountyBoardPaymentTokenAdded struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardPaymentTokenAddedEventName = "PaymentTokenAdded"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardPaymentTokenAdded) ContractEventName() string {
	return DataBountyBoardPaymentTokenAddedEventName
}

// UnpackPaymentTokenAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentTokenAdded(address indexed token)
func (dataBountyBoard *DataBountyBoard) UnpackPaymentTokenAddedEvent(log *types.Log) (*DataBountyBoardPaymentTokenAdded, error) {
	event := "PaymentTokenAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardPaymentTokenAdded)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardPoolClaimed represents a PoolClaimed event raised by the DataBountyBoard contract.
type DataBountyBoardPoolClaimed struct {
	Account common.Address
	To      common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardPoolClaimedEventName = "PoolClaimed"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardPoolClaimed) ContractEventName() string {
	return DataBountyBoardPoolClaimedEventName
}

// UnpackPoolClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolClaimed(address indexed account, address indexed to, address indexed token, uint256 amount)
func (dataBountyBoard *DataBountyBoard) UnpackPoolClaimedEvent(log *types.Log) (*DataBountyBoardPoolClaimed, error) {
	event := "PoolClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardPoolClaimed)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardPoolDeposited represents a PoolDeposited event raised by the DataBountyBoard contract.
type DataBountyBoardPoolDeposited struct {
	Token  common.Address
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardPoolDepositedEventName = "PoolDeposited"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardPoolDeposited) ContractEventName() string {
	return DataBountyBoardPoolDepositedEventName
}

// UnpackPoolDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolDeposited(address indexed token, address indexed from, uint256 amount)
func (dataBountyBoard *DataBountyBoard) UnpackPoolDepositedEvent(log *types.Log) (*DataBountyBoardPoolDeposited, error) {
	event := "PoolDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardPoolDeposited)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardReputationRaised represents a ReputationRaised event raised by the DataBountyBoard contract.
type DataBountyBoardReputationRaised struct {
	Contributor common.Address
	Amount      *big.Int
	Reputation  *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardReputationRaisedEventName = "ReputationRaised"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardReputationRaised) ContractEventName() string {
	return DataBountyBoardReputationRaisedEventName
}

// UnpackReputationRaisedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationRaised(address indexed contributor, uint256 amount, uint256 reputation)
func (dataBountyBoard *DataBountyBoard) UnpackReputationRaisedEvent(log *types.Log) (*DataBountyBoardReputationRaised, error) {
	event := "ReputationRaised"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardReputationRaised)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardSubmissionAccepted represents a SubmissionAccepted event raised by the DataBountyBoard contract.
type DataBountyBoardSubmissionAccepted struct {
	SubmissionId *big.Int
	BountyId     *big.Int
	Contributor  common.Address
	ReasonHash   [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardSubmissionAcceptedEventName = "SubmissionAccepted"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardSubmissionAccepted) ContractEventName() string {
	return DataBountyBoardSubmissionAcceptedEventName
}

// UnpackSubmissionAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubmissionAccepted(uint256 indexed submissionId, uint256 indexed bountyId, address indexed contributor, bytes32 reasonHash)
func (dataBountyBoard *DataBountyBoard) UnpackSubmissionAcceptedEvent(log *types.Log) (*DataBountyBoardSubmissionAccepted, error) {
	event := "SubmissionAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardSubmissionAccepted)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardSubmissionRejected represents a SubmissionRejected event raised by the DataBountyBoard contract.
type DataBountyBoardSubmissionRejected struct {
	SubmissionId *big.Int
	BountyId     *big.Int
	Contributor  common.Address
	ReasonHash   [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardSubmissionRejectedEventName = "SubmissionRejected"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardSubmissionRejected) ContractEventName() string {
	return DataBountyBoardSubmissionRejectedEventName
}

// UnpackSubmissionRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubmissionRejected(uint256 indexed submissionId, uint256 indexed bountyId, address indexed contributor, bytes32 reasonHash)
func (dataBountyBoard *DataBountyBoard) UnpackSubmissionRejectedEvent(log *types.Log) (*DataBountyBoardSubmissionRejected, error) {
	event := "SubmissionRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardSubmissionRejected)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataBountyBoardSubmitted represents a Submitted event raised by the DataBountyBoard contract.
type DataBountyBoardSubmitted struct {
	SubmissionId *big.Int
	BountyId     *big.Int
	Contributor  common.Address
	DataHash     [32]byte
	Uri          string
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataBountyBoardSubmittedEventName = "Submitted"

// ContractEventName returns the user-defined event name.
func (DataBountyBoardSubmitted) ContractEventName() string {
	return DataBountyBoardSubmittedEventName
}

// UnpackSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Submitted(uint256 indexed submissionId, uint256 indexed bountyId, address indexed contributor, bytes32 dataHash, string uri)
func (dataBountyBoard *DataBountyBoard) UnpackSubmittedEvent(log *types.Log) (*DataBountyBoardSubmitted, error) {
	event := "Submitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataBountyBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataBountyBoardSubmitted)
	if len(log.Data) > 0 {
		if err := dataBountyBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataBountyBoard.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dataBountyBoard *DataBountyBoard) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyAlreadyReviewed"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyAlreadyReviewedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyDeadlinePassed"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyETHTransferFailed"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyETHTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyFull"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyInvalidDeadline"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyInvalidDeadlineError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyInvalidMaxAccepted"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyInvalidMaxAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyInvalidReward"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyInvalidRewardError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyIsClosed"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyIsClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyNotCurator"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyNotCuratorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyNotExpired"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyNotTimelock"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyNotTimelockError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyNothingToClaim"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyTokenAlreadyAccepted"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyTokenAlreadyAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyTokenNotAccepted"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyTokenNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyTooManyTokens"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyTooManyTokensError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyUnknown"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyUnknownSubmission"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyUnknownSubmissionError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyWrongETH"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyWrongETHError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyZeroAddress"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyZeroAmount"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["BountyZeroDataHash"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackBountyZeroDataHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["SafeCastOverflowedUintToInt"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackSafeCastOverflowedUintToIntError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataBountyBoard.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dataBountyBoard.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataBountyBoardBountyAlreadyReviewed represents a BountyAlreadyReviewed error raised by the DataBountyBoard contract.
type DataBountyBoardBountyAlreadyReviewed struct {
	SubmissionId *big.Int
	Status       uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyAlreadyReviewed(uint256 submissionId, uint8 status)
func DataBountyBoardBountyAlreadyReviewedErrorID() common.Hash {
	return common.HexToHash("0x0e3e85912b7c52d82dceebe0c53eb066a4f7ec119371e950e64dbfd42d3fdaa3")
}

// UnpackBountyAlreadyReviewedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyAlreadyReviewed(uint256 submissionId, uint8 status)
func (dataBountyBoard *DataBountyBoard) UnpackBountyAlreadyReviewedError(raw []byte) (*DataBountyBoardBountyAlreadyReviewed, error) {
	out := new(DataBountyBoardBountyAlreadyReviewed)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyAlreadyReviewed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyDeadlinePassed represents a BountyDeadlinePassed error raised by the DataBountyBoard contract.
type DataBountyBoardBountyDeadlinePassed struct {
	BountyId *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyDeadlinePassed(uint256 bountyId, uint64 deadline)
func DataBountyBoardBountyDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xe766826ce5c3ffbdee2af2ef7f2ac84350ba13f4d85d3be661de569ec6dfb55c")
}

// UnpackBountyDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyDeadlinePassed(uint256 bountyId, uint64 deadline)
func (dataBountyBoard *DataBountyBoard) UnpackBountyDeadlinePassedError(raw []byte) (*DataBountyBoardBountyDeadlinePassed, error) {
	out := new(DataBountyBoardBountyDeadlinePassed)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyETHTransferFailed represents a BountyETHTransferFailed error raised by the DataBountyBoard contract.
type DataBountyBoardBountyETHTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyETHTransferFailed(address to, uint256 amount)
func DataBountyBoardBountyETHTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x9e8450ff9e9fc1f1fd7d4f021eecd68ff21fc609ae47e99ee2e91fa1e846bd9c")
}

// UnpackBountyETHTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyETHTransferFailed(address to, uint256 amount)
func (dataBountyBoard *DataBountyBoard) UnpackBountyETHTransferFailedError(raw []byte) (*DataBountyBoardBountyETHTransferFailed, error) {
	out := new(DataBountyBoardBountyETHTransferFailed)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyETHTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyFull represents a BountyFull error raised by the DataBountyBoard contract.
type DataBountyBoardBountyFull struct {
	BountyId    *big.Int
	MaxAccepted uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyFull(uint256 bountyId, uint32 maxAccepted)
func DataBountyBoardBountyFullErrorID() common.Hash {
	return common.HexToHash("0x3aab5b5e0c00c17a7bb77f1ee0241edb4fb4e55776833e42382357134940950f")
}

// UnpackBountyFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyFull(uint256 bountyId, uint32 maxAccepted)
func (dataBountyBoard *DataBountyBoard) UnpackBountyFullError(raw []byte) (*DataBountyBoardBountyFull, error) {
	out := new(DataBountyBoardBountyFull)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyInvalidDeadline represents a BountyInvalidDeadline error raised by the DataBountyBoard contract.
type DataBountyBoardBountyInvalidDeadline struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyInvalidDeadline(uint64 deadline)
func DataBountyBoardBountyInvalidDeadlineErrorID() common.Hash {
	return common.HexToHash("0x8f4639fdc0dbc389c801483ff81b1adb5f8ba0f32d1de8638933d8794370c2a5")
}

// UnpackBountyInvalidDeadlineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyInvalidDeadline(uint64 deadline)
func (dataBountyBoard *DataBountyBoard) UnpackBountyInvalidDeadlineError(raw []byte) (*DataBountyBoardBountyInvalidDeadline, error) {
	out := new(DataBountyBoardBountyInvalidDeadline)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyInvalidDeadline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyInvalidMaxAccepted represents a BountyInvalidMaxAccepted error raised by the DataBountyBoard contract.
type DataBountyBoardBountyInvalidMaxAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyInvalidMaxAccepted()
func DataBountyBoardBountyInvalidMaxAcceptedErrorID() common.Hash {
	return common.HexToHash("0x461c75e78201fe96356227639e709bf181d7f5a4fc5532a734a632e988e818cb")
}

// UnpackBountyInvalidMaxAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyInvalidMaxAccepted()
func (dataBountyBoard *DataBountyBoard) UnpackBountyInvalidMaxAcceptedError(raw []byte) (*DataBountyBoardBountyInvalidMaxAccepted, error) {
	out := new(DataBountyBoardBountyInvalidMaxAccepted)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyInvalidMaxAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyInvalidReward represents a BountyInvalidReward error raised by the DataBountyBoard contract.
type DataBountyBoardBountyInvalidReward struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyInvalidReward()
func DataBountyBoardBountyInvalidRewardErrorID() common.Hash {
	return common.HexToHash("0x9464880553bdc38d67e524fb2a6125a99bcf68655af45beca8fad2348b0b16b7")
}

// UnpackBountyInvalidRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyInvalidReward()
func (dataBountyBoard *DataBountyBoard) UnpackBountyInvalidRewardError(raw []byte) (*DataBountyBoardBountyInvalidReward, error) {
	out := new(DataBountyBoardBountyInvalidReward)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyInvalidReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyIsClosed represents a BountyIsClosed error raised by the DataBountyBoard contract.
type DataBountyBoardBountyIsClosed struct {
	BountyId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyIsClosed(uint256 bountyId)
func DataBountyBoardBountyIsClosedErrorID() common.Hash {
	return common.HexToHash("0x0d41f4a91b70aee12debbc59484d0119ddea6e6bedb79b7f2afcfa12effcd97e")
}

// UnpackBountyIsClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyIsClosed(uint256 bountyId)
func (dataBountyBoard *DataBountyBoard) UnpackBountyIsClosedError(raw []byte) (*DataBountyBoardBountyIsClosed, error) {
	out := new(DataBountyBoardBountyIsClosed)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyIsClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyNotCurator represents a BountyNotCurator error raised by the DataBountyBoard contract.
type DataBountyBoardBountyNotCurator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyNotCurator(address caller)
func DataBountyBoardBountyNotCuratorErrorID() common.Hash {
	return common.HexToHash("0xdb7f8ad65b0bd3e9911070936a9ed062b2e9857c2ea3cb0e22884315cc290718")
}

// UnpackBountyNotCuratorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyNotCurator(address caller)
func (dataBountyBoard *DataBountyBoard) UnpackBountyNotCuratorError(raw []byte) (*DataBountyBoardBountyNotCurator, error) {
	out := new(DataBountyBoardBountyNotCurator)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyNotCurator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyNotExpired represents a BountyNotExpired error raised by the DataBountyBoard contract.
type DataBountyBoardBountyNotExpired struct {
	BountyId   *big.Int
	ClosableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyNotExpired(uint256 bountyId, uint256 closableAt)
func DataBountyBoardBountyNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xb678f4732b07b1971fe8158c30a3b8aee4a60002573a5f2ecaee064d6711d61a")
}

// UnpackBountyNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyNotExpired(uint256 bountyId, uint256 closableAt)
func (dataBountyBoard *DataBountyBoard) UnpackBountyNotExpiredError(raw []byte) (*DataBountyBoardBountyNotExpired, error) {
	out := new(DataBountyBoardBountyNotExpired)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyNotTimelock represents a BountyNotTimelock error raised by the DataBountyBoard contract.
type DataBountyBoardBountyNotTimelock struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyNotTimelock(address caller)
func DataBountyBoardBountyNotTimelockErrorID() common.Hash {
	return common.HexToHash("0x23c734d73472f8f7b7bb60aba712b046d4c964e67d9bb654e6c9b187eed667dd")
}

// UnpackBountyNotTimelockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyNotTimelock(address caller)
func (dataBountyBoard *DataBountyBoard) UnpackBountyNotTimelockError(raw []byte) (*DataBountyBoardBountyNotTimelock, error) {
	out := new(DataBountyBoardBountyNotTimelock)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyNotTimelock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyNothingToClaim represents a BountyNothingToClaim error raised by the DataBountyBoard contract.
type DataBountyBoardBountyNothingToClaim struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyNothingToClaim(address account)
func DataBountyBoardBountyNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x3510e8cdaa8ac1ce415ddca9aeb13f50301ddc9c5366e2e24265ad3533a12db0")
}

// UnpackBountyNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyNothingToClaim(address account)
func (dataBountyBoard *DataBountyBoard) UnpackBountyNothingToClaimError(raw []byte) (*DataBountyBoardBountyNothingToClaim, error) {
	out := new(DataBountyBoardBountyNothingToClaim)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyNothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyTokenAlreadyAccepted represents a BountyTokenAlreadyAccepted error raised by the DataBountyBoard contract.
type DataBountyBoardBountyTokenAlreadyAccepted struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyTokenAlreadyAccepted(address token)
func DataBountyBoardBountyTokenAlreadyAcceptedErrorID() common.Hash {
	return common.HexToHash("0xfc4d39fb8a11d97c1263d0323cb8b8fdfed68443b16729242a5f4a79be88bfa7")
}

// UnpackBountyTokenAlreadyAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyTokenAlreadyAccepted(address token)
func (dataBountyBoard *DataBountyBoard) UnpackBountyTokenAlreadyAcceptedError(raw []byte) (*DataBountyBoardBountyTokenAlreadyAccepted, error) {
	out := new(DataBountyBoardBountyTokenAlreadyAccepted)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyTokenAlreadyAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyTokenNotAccepted represents a BountyTokenNotAccepted error raised by the DataBountyBoard contract.
type DataBountyBoardBountyTokenNotAccepted struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyTokenNotAccepted(address token)
func DataBountyBoardBountyTokenNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0xf6bcb6043a1190f331b0ca47bae847ccd87e09cfa6fe5f4cdcf53d9dbe9cc839")
}

// UnpackBountyTokenNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyTokenNotAccepted(address token)
func (dataBountyBoard *DataBountyBoard) UnpackBountyTokenNotAcceptedError(raw []byte) (*DataBountyBoardBountyTokenNotAccepted, error) {
	out := new(DataBountyBoardBountyTokenNotAccepted)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyTokenNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyTooManyTokens represents a BountyTooManyTokens error raised by the DataBountyBoard contract.
type DataBountyBoardBountyTooManyTokens struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyTooManyTokens(uint256 max)
func DataBountyBoardBountyTooManyTokensErrorID() common.Hash {
	return common.HexToHash("0xa9a6ec2a56decfc8eba6127b4b3236bef6997149dd8174c74012fa83cede1a0a")
}

// UnpackBountyTooManyTokensError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyTooManyTokens(uint256 max)
func (dataBountyBoard *DataBountyBoard) UnpackBountyTooManyTokensError(raw []byte) (*DataBountyBoardBountyTooManyTokens, error) {
	out := new(DataBountyBoardBountyTooManyTokens)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyTooManyTokens", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyUnknown represents a BountyUnknown error raised by the DataBountyBoard contract.
type DataBountyBoardBountyUnknown struct {
	BountyId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyUnknown(uint256 bountyId)
func DataBountyBoardBountyUnknownErrorID() common.Hash {
	return common.HexToHash("0x1ee356618d82f182ec28b5cf67fdce6a0aaf26d781d51acbbaf1dbfc2353891f")
}

// UnpackBountyUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyUnknown(uint256 bountyId)
func (dataBountyBoard *DataBountyBoard) UnpackBountyUnknownError(raw []byte) (*DataBountyBoardBountyUnknown, error) {
	out := new(DataBountyBoardBountyUnknown)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyUnknownSubmission represents a BountyUnknownSubmission error raised by the DataBountyBoard contract.
type DataBountyBoardBountyUnknownSubmission struct {
	SubmissionId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyUnknownSubmission(uint256 submissionId)
func DataBountyBoardBountyUnknownSubmissionErrorID() common.Hash {
	return common.HexToHash("0xe58545bbab5d133aaafcd5139912287de9eeb0d8c4d5bd4ec4b0779d219e8ca0")
}

// UnpackBountyUnknownSubmissionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyUnknownSubmission(uint256 submissionId)
func (dataBountyBoard *DataBountyBoard) UnpackBountyUnknownSubmissionError(raw []byte) (*DataBountyBoardBountyUnknownSubmission, error) {
	out := new(DataBountyBoardBountyUnknownSubmission)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyUnknownSubmission", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyWrongETH represents a BountyWrongETH error raised by the DataBountyBoard contract.
type DataBountyBoardBountyWrongETH struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyWrongETH(uint256 sent, uint256 required)
func DataBountyBoardBountyWrongETHErrorID() common.Hash {
	return common.HexToHash("0xbe06c67ffaa60c8ab1e5627067e64d4ba0939abb9071cce088ead0dd195ded56")
}

// UnpackBountyWrongETHError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyWrongETH(uint256 sent, uint256 required)
func (dataBountyBoard *DataBountyBoard) UnpackBountyWrongETHError(raw []byte) (*DataBountyBoardBountyWrongETH, error) {
	out := new(DataBountyBoardBountyWrongETH)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyWrongETH", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyZeroAddress represents a BountyZeroAddress error raised by the DataBountyBoard contract.
type DataBountyBoardBountyZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyZeroAddress()
func DataBountyBoardBountyZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x328b360f9e45ca39b29d3a80d4618d97f2173854138adb8a64da66513d0403a4")
}

// UnpackBountyZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyZeroAddress()
func (dataBountyBoard *DataBountyBoard) UnpackBountyZeroAddressError(raw []byte) (*DataBountyBoardBountyZeroAddress, error) {
	out := new(DataBountyBoardBountyZeroAddress)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyZeroAmount represents a BountyZeroAmount error raised by the DataBountyBoard contract.
type DataBountyBoardBountyZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyZeroAmount()
func DataBountyBoardBountyZeroAmountErrorID() common.Hash {
	return common.HexToHash("0xf44c073be051aded768878e2473658d2c234aae47dca8ff5d1ecc717710273d9")
}

// UnpackBountyZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyZeroAmount()
func (dataBountyBoard *DataBountyBoard) UnpackBountyZeroAmountError(raw []byte) (*DataBountyBoardBountyZeroAmount, error) {
	out := new(DataBountyBoardBountyZeroAmount)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardBountyZeroDataHash represents a BountyZeroDataHash error raised by the DataBountyBoard contract.
type DataBountyBoardBountyZeroDataHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyZeroDataHash()
func DataBountyBoardBountyZeroDataHashErrorID() common.Hash {
	return common.HexToHash("0xab8dccb68c9e5a1b9b10b4604a02cf7e71992da8e9c95658eed6afb939c87965")
}

// UnpackBountyZeroDataHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyZeroDataHash()
func (dataBountyBoard *DataBountyBoard) UnpackBountyZeroDataHashError(raw []byte) (*DataBountyBoardBountyZeroDataHash, error) {
	out := new(DataBountyBoardBountyZeroDataHash)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "BountyZeroDataHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardInvalidInitialization represents a InvalidInitialization error raised by the DataBountyBoard contract.
type DataBountyBoardInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func DataBountyBoardInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (dataBountyBoard *DataBountyBoard) UnpackInvalidInitializationError(raw []byte) (*DataBountyBoardInvalidInitialization, error) {
	out := new(DataBountyBoardInvalidInitialization)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardNotInitializing represents a NotInitializing error raised by the DataBountyBoard contract.
type DataBountyBoardNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func DataBountyBoardNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (dataBountyBoard *DataBountyBoard) UnpackNotInitializingError(raw []byte) (*DataBountyBoardNotInitializing, error) {
	out := new(DataBountyBoardNotInitializing)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardSafeCastOverflowedUintToInt represents a SafeCastOverflowedUintToInt error raised by the DataBountyBoard contract.
type DataBountyBoardSafeCastOverflowedUintToInt struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func DataBountyBoardSafeCastOverflowedUintToIntErrorID() common.Hash {
	return common.HexToHash("0x24775e0629ae69d78c11bae050651b81820407f300ff750ff2be51e4ce75c37f")
}

// UnpackSafeCastOverflowedUintToIntError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func (dataBountyBoard *DataBountyBoard) UnpackSafeCastOverflowedUintToIntError(raw []byte) (*DataBountyBoardSafeCastOverflowedUintToInt, error) {
	out := new(DataBountyBoardSafeCastOverflowedUintToInt)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintToInt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataBountyBoardSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DataBountyBoard contract.
type DataBountyBoardSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DataBountyBoardSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dataBountyBoard *DataBountyBoard) UnpackSafeERC20FailedOperationError(raw []byte) (*DataBountyBoardSafeERC20FailedOperation, error) {
	out := new(DataBountyBoardSafeERC20FailedOperation)
	if err := dataBountyBoard.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorMetaData contains all meta data concerning the InferenceCoordinator contract.
var InferenceCoordinatorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"modelRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPromptBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fulfilGasOverhead\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"priorityFeeWei\",\"type\":\"uint64\"}],\"internalType\":\"structCoordinatorConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"modelRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPromptBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fulfilGasOverhead\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"priorityFeeWei\",\"type\":\"uint64\"}],\"internalType\":\"structCoordinatorConfig\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sink\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"forwardRevenue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"modelVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasPrepaid\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dataPool\",\"type\":\"address\"}],\"internalType\":\"structInferenceRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"outputUri\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"internalType\":\"structInferenceResult[]\",\"name\":\"results\",\"type\":\"tuple[]\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGuardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"quoteGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"request\",\"outputs\":[{\"components\":[{\"internalType\":\"enumRequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"callbackFailed\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"ethEscrow\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenEscrow\",\"type\":\"uint256\"}],\"internalType\":\"structRequestRecord\",\"name\":\"rec\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"modelVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasPrepaid\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dataPool\",\"type\":\"address\"}],\"internalType\":\"structInferenceRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"requestIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"requestInference\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"requestInferenceWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"requestInferenceWithToken\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"modelVersion\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"resultDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sink\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"revenueOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"transferGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BalanceWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGuardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"GuardianTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGuardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"GuardianTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"revertData\",\"type\":\"bytes\"}],\"name\":\"InferenceCallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"outputUri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"}],\"name\":\"InferenceFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"InferenceRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"modelVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasPrepaid\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dataPool\",\"type\":\"address\"}],\"indexed\":false,\"internalType\":\"structInferenceRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"}],\"name\":\"InferenceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"InferenceResultRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RequestsPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RequestsUnpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sink\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueForwarded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"CoordinatorCallbackGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"CoordinatorDeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"CoordinatorDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"CoordinatorDuplicateSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CoordinatorEmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CoordinatorEmptyPrompt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"CoordinatorFeeAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"CoordinatorFeeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"CoordinatorIneligibleWorker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasNeeded\",\"type\":\"uint256\"}],\"name\":\"CoordinatorInsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"CoordinatorInvalidFeeSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"limit\",\"type\":\"uint32\"}],\"name\":\"CoordinatorInvalidMaxTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"CoordinatorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"CoordinatorMalformedOutput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"CoordinatorMalformedSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"CoordinatorModelInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CoordinatorNotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CoordinatorNotPendingGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"CoordinatorNothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLength\",\"type\":\"uint256\"}],\"name\":\"CoordinatorOutputTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CoordinatorPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLength\",\"type\":\"uint256\"}],\"name\":\"CoordinatorPromptTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"CoordinatorRequestNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"CoordinatorTooFewSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CoordinatorTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"CoordinatorUnderpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"CoordinatorUnorderedSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"CoordinatorWrongPaymentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CoordinatorZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"}]",
	ID:  "b927c48a4c98d133e214ee13319e5807a8",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051614eef380380614eef83398101604081905261002f91610329565b60408101516001600160a01b03811661006157604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006a81610245565b5080516001600160a01b0316158061008d575060208101516001600160a01b0316155b156100ab57604051637d3a1e1160e11b815260040160405180910390fd5b80516001600160a01b03908116608090815260208084015190921660a09081528184015163ffffffff90811660c090815282860151821660e09081528187015183166101009081529087015190921661012052908501516001600160401b03166101405246610160819052604080518082018252601c81527f4d696e6944414f20496e666572656e6365436f6f7264696e61746f7200000000908701528051808201825260018152603160f81b9087015280517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818801527f125d0ba5b2ad3ce85de36135103a1b3eb25a4d6f43b34d0f6f02aa4872e47a6f818301527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201529485019190915230848401528051808503909301835292019091528051910120610180526060810151600280546001600160a01b0319166001600160a01b0390921691821790556040515f907f9fe65984b511eb7998b3cd481cfd80c807fcc7f28721a790d33c87dc9c879485908290a3506103e0565b600180546001600160a01b031916905561025e81610261565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405161012081016001600160401b03811182821017156102df57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160a01b03811681146102fb575f5ffd5b919050565b805163ffffffff811681146102fb575f5ffd5b80516001600160401b03811681146102fb575f5ffd5b5f61012082840312801561033b575f5ffd5b506103446102b0565b61034d836102e5565b815261035b602084016102e5565b602082015261036c604084016102e5565b604082015261037d606084016102e5565b606082015261038e60808401610300565b608082015261039f60a08401610300565b60a08201526103b060c08401610300565b60c08201526103c160e08401610300565b60e08201526103d36101008401610313565b6101008201529392505050565b60805160a05160c05160e0516101005161012051610140516101605161018051614a5d6104925f395f611bc501525f611a9c01525f8181610e480152611e3701525f8181610e180152611e7a01525f8181610df0015261223a01525f8181610dc801528181611be90152611c5001525f8181610da001528181612007015261206201525f8181610d45015261312801525f81816107c001528181610d160152818161124101526120c90152614a5d5ff3fe6080604052600436106101b9575f3560e01c806379502c55116100f25780639cec7b5411610092578063e30c397811610062578063e30c397814610502578063f2fde38b1461051f578063f7888aec1461053e578063f940e38514610582575f5ffd5b80639cec7b5414610472578063a1281a3114610485578063a5f31d61146104a4578063affed0e0146104b8575f5ffd5b806384fbce9f116100cd57806384fbce9f146103d4578063879dfd22146104185780638da5cb5b146104375780638f7ae0b614610453575f5ffd5b806379502c551461038b57806379ba5097146103ac5780638456cb59146103c0575f5ffd5b80635485f4571161015d57806368549945116101385780636854994514610328578063715018a61461033b5780637249fbb61461034f578063762c31ba1461036e575f5ffd5b80635485f457146102a757806359c87d70146102ba5780635c975abb146102e6575f5ffd5b80633644e515116101985780633644e5151461022f5780633f4ba83a14610243578063452a93201461025757806351049c1114610288575f5ffd5b8062c91a00146101bd578063091954cd146101ef5780631cac4ac414610210575b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d7366004613930565b6105a1565b6040519081526020015b60405180910390f35b3480156101fa575f5ffd5b5061020e61020936600461396e565b6105b1565b005b34801561021b575f5ffd5b5061020e61022a366004613989565b610622565b34801561023a575f5ffd5b506101dc61071b565b34801561024e575f5ffd5b5061020e610729565b348015610262575f5ffd5b506002546001600160a01b03165b6040516001600160a01b0390911681526020016101e6565b348015610293575f5ffd5b506101dc6102a2366004613a16565b610785565b6101dc6102b5366004613a93565b610882565b3480156102c5575f5ffd5b506102d96102d4366004613b02565b610983565b6040516101e69190613b46565b3480156102f1575f5ffd5b506001547c0100000000000000000000000000000000000000000000000000000000900460ff1660405190151581526020016101e6565b6101dc610336366004613bd8565b610a8a565b348015610346575f5ffd5b5061020e610aa4565b34801561035a575f5ffd5b5061020e610369366004613b02565b610ab7565b348015610379575f5ffd5b506003546001600160a01b0316610270565b348015610396575f5ffd5b5061039f610cc0565b6040516101e69190613c4f565b3480156103b7575f5ffd5b5061020e610e73565b3480156103cb575f5ffd5b5061020e610ed0565b3480156103df575f5ffd5b506101dc6103ee366004613d31565b6001600160a01b039182165f90815260076020908152604080832093909416825291909152205490565b348015610423575f5ffd5b5061020e610432366004613d31565b610fa1565b348015610442575f5ffd5b505f546001600160a01b0316610270565b34801561045e575f5ffd5b506101dc61046d366004613d68565b611173565b6101dc610480366004613db6565b611206565b348015610490575f5ffd5b506101dc61049f366004613e5e565b611375565b3480156104af575f5ffd5b5061020e611388565b3480156104c3575f5ffd5b5060015474010000000000000000000000000000000000000000900467ffffffffffffffff1660405167ffffffffffffffff90911681526020016101e6565b34801561050d575f5ffd5b506001546001600160a01b0316610270565b34801561052a575f5ffd5b5061020e61053936600461396e565b611440565b348015610549575f5ffd5b506101dc610558366004613d31565b6001600160a01b039182165f90815260066020908152604080832093909416825291909152205490565b34801561058d575f5ffd5b5061020e61059c366004613d31565b6114c8565b5f6105ab826115d0565b92915050565b6105b9611642565b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03838116918217909255600254604051919216907f112d7ce5d0717de1e8d403be44596423dc61e85438d8ba49eaf0d31b1992bce0905f90a350565b61062a611687565b805f819003610665576040517feeb801f500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81610672366010613ea6565b61067e9061a85c613ebd565b6106889190613efd565b90505f5f5b838110156106d6576106c28686838181106106aa576106aa613f10565b90506020028101906106bc9190613f3d565b8461170d565b6106cc9083613ebd565b915060010161068d565b50801561070c57335f90815260066020908152604080832083805290915281208054839290610706908490613ebd565b90915550505b505050610717611a6f565b5050565b5f610724611a99565b905090565b610731611642565b600180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16905560405133907fccbaa05d365f01380c8734f8dce65ad5bc2a9d8548737ef69edc004dce63dd65905f90a2565b5f61078f82611be7565b6040517ffdefad29000000000000000000000000000000000000000000000000000000008152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fdefad29906024015f60405180830381865afa15801561080c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261083391908101906142da565b9050610840858286611c7d565b61084e8160c0015185611de1565b60c0820151519092506001600160a01b031661087a5761086d83611e2b565b6108779083613ebd565b91505b509392505050565b5f5f61089287878787875f611ea9565b90505f8161014001518261012001516108ab9190613ebd565b9050803410156108f5576040517f56f111d9000000000000000000000000000000000000000000000000000000008152600481018290523460248201526044015b60405180910390fd5b6affffffffffffffffffffff81111561094e576040517f25dbf3f1000000000000000000000000000000000000000000000000000000008152600481018290526affffffffffffffffffffff60248201526044016108ec565b61095b82825f8a8a61239c565b925080341115610978576109783361097383346143d5565b6124a4565b505095945050505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f8281526004602052604090205460f881901c6109d082612544565b839060038111156109e3576109e3613b19565b908160038111156109f6576109f6613b19565b90525060088116151560208401526001600160a01b03821660408401525f600184516003811115610a2957610a29613b19565b1490508015610a4a5760a083901c6affffffffffffffffffffff1660608501525b6004821615610a82575f858152600560205260409020546001600160a01b03811660808601528115610a805760a081811c908601525b505b505050919050565b5f610a9987878787878761255e565b979650505050505050565b610aac611642565b610ab55f6128a1565b565b5f818152600460205260409020546001610ad082612544565b6003811115610ae157610ae1613b19565b14610b1b576040517ff700c2a0000000000000000000000000000000000000000000000000000000008152600481018390526024016108ec565b8164ffffffffff81164211610b6c576040517f7ecbe7e60000000000000000000000000000000000000000000000000000000081526004810184905264ffffffffff821660248201526044016108ec565b5f8381526004602052604090207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60f884811c918216600317901b6001600160a01b0385161790915582906affffffffffffffffffffff60a083901c16908115610c08576001600160a01b0383165f90815260066020908152604080832083805290915281208054849290610c02908490613ebd565b90915550505b5f806004831615610c665750505f868152600560209081526040808320546001600160a01b03808816855260068452828520908216855290925282208054919260a084901c92849284929091610c5f908490613ebd565b9091555050505b604080518581526001600160a01b0384811660208301529181018390529086169089907f318e4071bda131a416460b11706a399933233e751c0bc884fd984cde05e51e629060600160405180910390a35050505050505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091526040518061012001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602001610d835f546001600160a01b031690565b6001600160a01b03908116825260025416602082015263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811660408301527f0000000000000000000000000000000000000000000000000000000000000000811660608301527f0000000000000000000000000000000000000000000000000000000000000000811660808301527f00000000000000000000000000000000000000000000000000000000000000001660a082015267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660c090910152919050565b60015433906001600160a01b03168114610ec4576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108ec565b610ecd816128a1565b50565b6002546001600160a01b03163314801590610ef557505f546001600160a01b03163314155b15610f2e576040517f3276bf380000000000000000000000000000000000000000000000000000000081523360048201526024016108ec565b600180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000017905560405133907fe274c4f532d91e556e9421d4e8ff75f30d4a3e51ebfef8d6673e37200f59119d905f90a2565b6001600160a01b038083165f90815260076020908152604080832093851683529290529081205490819003611015576040517fce6874d10000000000000000000000000000000000000000000000000000000081526001600160a01b038085166004830152831660248201526044016108ec565b6001600160a01b038084165f9081526007602090815260408083209386168084529390915281205561109657826001600160a01b031663f6326fb3826040518263ffffffff1660e01b81526004015f604051808303818588803b15801561107a575f5ffd5b505af115801561108c573d5f5f3e3d5ffd5b5050505050611121565b6110aa6001600160a01b03831684836128d2565b6040517f338b5dea0000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301526024820183905284169063338b5dea906044015f604051808303815f87803b15801561110a575f5ffd5b505af115801561111c573d5f5f3e3d5ffd5b505050505b816001600160a01b0316836001600160a01b03167f988cdc9d2e9867a93b9cd7e7cd9979edcb451818e8af0efc4be90a5808eb7b118360405161116691815260200190565b60405180910390a3505050565b5f6111fc61117f611a99565b604080517fef6bdc18af48fa214ed746581611a4e289bb3c2251254b0a3a5c4faa7188005281526020810188905263ffffffff871681830152606081018690526080902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505b9392505050565b6040517ffdefad29000000000000000000000000000000000000000000000000000000008152600481018b90525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063fdefad29906024015f60405180830381865afa158015611285573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526112ac91908101906142da565b60c001515190506001600160a01b03811615611357576040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018890526064810187905260ff8616608482015260a4810185905260c481018490526001600160a01b0382169063d505accf9060e4015f604051808303815f87803b158015611344575f5ffd5b505af1925050508015611355575060015b505b6113658c8c8c8c8c8c61255e565b9c9b505050505050505050505050565b5f61137f82611be7565b6105ab82611e2b565b6003546001600160a01b031633146113ce576040517f9f95b2900000000000000000000000000000000000000000000000000000000081523360048201526024016108ec565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000808216339081179093556003805490911690556040516001600160a01b03909116919082907f9fe65984b511eb7998b3cd481cfd80c807fcc7f28721a790d33c87dc9c879485905f90a350565b611448611642565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556114905f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6001600160a01b038083165f9081526006602090815260408083209385168352929052908120549081900361153c576040517fce6874d10000000000000000000000000000000000000000000000000000000081526001600160a01b038085166004830152831660248201526044016108ec565b6001600160a01b038084165f908152600660209081526040808320938616808452939091528120556115775761157283826124a4565b61158b565b61158b6001600160a01b03831684836129d8565b816001600160a01b0316836001600160a01b03167f50630162af2fe1b3638257703351230fbe331ec0b7368aba0eb78f2dabd03c0c8360405161116691815260200190565b5f6105ab8246306040516020016115e99392919061446e565b60405160208183030381529060405280519060200120836040016020810190611612919061462d565b64ffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000919091161790565b5f546001600160a01b03163314610ab5576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108ec565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156116e0576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610ab560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612a09565b5f5f5a9050835f61171d826115d0565b90505f5f61172b8389612a10565b91509150606082515f036117585761175284868461174d6103408e018e614646565b612d4a565b90935090505b8251156117a557837fb723dff7a7221a62b2bbb075f85614502f0c7f7161003c4f18f19219e47e9c688460405161178f91906146a7565b60405180910390a25f96505050505050506105ab565b5f84815260046020526040902080547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60f882811c919091166002179081901b6001600160a01b03831617909255906117fe878461329f565b857f6eb06c6f5f9e9d5ed26d1dd3c05a7d4637ef5c3232197c664843b66daf64654c8561182f6102e08f018f614646565b8f8061032001906118409190614646565b8960405161185396959493929190614705565b60405180910390a261186b6080880160608901613e5e565b63ffffffff16158015906118945750611887602088018861396e565b6001600160a01b03163b15155b15611a43575f6118a86103208d018d614646565b15905061192f5786856118bf6103208f018f614646565b6040516024016118d29493929190614782565b60408051601f198184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fc304d2c5000000000000000000000000000000000000000000000000000000001790526119a9565b8661193e6102e08e018e614646565b604051602401611950939291906147a1565b60408051601f198184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f3bb3d1fa000000000000000000000000000000000000000000000000000000001790525b90505f806119da896119be60208d018d61396e565b6119ce60808e0160608f01613e5e565b63ffffffff16866134ad565b9150915081611a3f575f89815260046020526040908190206001600160a01b0387166008871760f81b1790555189907ff04cf77e5162211a7b47d60997897fabebd816631194c5f8f65558feb87e0e4f90611a369084906146a7565b60405180910390a25b5050505b611a60611a53602089018961396e565b8861014001358a8d61359b565b9b9a5050505050505050505050565b610ab55f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611707565b5f7f00000000000000000000000000000000000000000000000000000000000000004614611bc25750604080518082018252601c81527f4d696e6944414f20496e666572656e6365436f6f7264696e61746f720000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f125d0ba5b2ad3ce85de36135103a1b3eb25a4d6f43b34d0f6f02aa4872e47a6f818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a0808301919091528351808303909101815260c0909101909252815191012090565b507f000000000000000000000000000000000000000000000000000000000000000090565b7f000000000000000000000000000000000000000000000000000000000000000063ffffffff168163ffffffff161115610ecd576040517f9905958c00000000000000000000000000000000000000000000000000000000815263ffffffff80831660048301527f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108ec565b8160600151611cbb576040517fce8f2c4f000000000000000000000000000000000000000000000000000000008152600481018490526024016108ec565b60a08201516080015163ffffffff82161580611ce257508063ffffffff168263ffffffff16115b15611d29576040517fa1cd253b00000000000000000000000000000000000000000000000000000000815263ffffffff8084166004830152821660248201526044016108ec565b6101008301516040810151602082015182516127109261ffff90811692611d54929082169116613ebd565b611d5e9190613ebd565b1115611d99576040517f774aad88000000000000000000000000000000000000000000000000000000008152600481018690526024016108ec565b83516001600160a01b0316611dda576040517ffa743c2200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b5f8163ffffffff1683604001516fffffffffffffffffffffffffffffffff16611e0a9190613ea6565b83602001516fffffffffffffffffffffffffffffffff166111ff9190613ebd565b5f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016611e62486002613ea6565b611e6c9190613ebd565b611e9f63ffffffff808516907f000000000000000000000000000000000000000000000000000000000000000016613ebd565b6105ab9190613ea6565b611f6960408051610280810182525f80825260208083018290528284018290526060808401839052608080850184905260a0850184905260c0850184905260e08501849052610100850184905261012085018490526101408501849052610160850184905261018085018490526101a085018490526101c085018490526101e0850184905285519081018652838152918201839052938101829052928301529061020082019081525f602082018190526040820181905260609091015290565b6001547c0100000000000000000000000000000000000000000000000000000000900460ff1615611fc6576040517f46d0dbea00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f859003612000576040517fc1ce494300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001685111561208f576040517fc1b6f6dd0000000000000000000000000000000000000000000000000000000081526004810186905263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108ec565b61209883611be7565b6040517ffdefad29000000000000000000000000000000000000000000000000000000008152600481018890525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fdefad29906024015f60405180830381865afa158015612115573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261213c91908101906142da565b9050612149888287611c7d565b60c0810151516001600160a01b03161515831515146121ad5760c0810151516040517f72f183ce000000000000000000000000000000000000000000000000000000008152600481018a90526001600160a01b0390911660248201526044016108ec565b6001805474010000000000000000000000000000000000000000900467ffffffffffffffff16906121df9082906147c3565b600180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff93841602179055338452811660208401526122657f000000000000000000000000000000000000000000000000000000000000000063ffffffff1642613ebd565b64ffffffffff1660408085019190915263ffffffff808716606086015260808086018c9052840151811660a0860152871660c0850152516122a990899089906147e3565b60405190819003902060e084015260c082018051516001600160a01b0316610100850152516122d89087611de1565b6101208401526122e785611e2b565b61014084015260a08201805151610160850152805160200151610180850152516060015163ffffffff166101a084015260e08201515160ff16156123305760e082015151612333565b60015b60ff166101c08401525060e08101516040908101516bffffffffffffffffffffffff166101e084015261010082015161020084015281516001600160a01b0390811661022085015260208301518116610240850152910151166102608201529695505050505050565b5f5f865f85856040516020016123b594939291906147f2565b60408051601f1981840301815291815288015160808901518951610320808501805146610300880190815230835260208089019485207fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001664ffffffffff9098169788175f8181529190912067ffffffffffffffff169091529152855190975094955092937f222816a504926019b0aab15448734a64b65a0f71bea0e2a7503a45be3a4aa9799390829084908990879085a45060f860018a17901b60a08b901b826001600160a01b0316171760045f8881526020019081526020015f2081905550505050505095945050505050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146124ed576040519150601f19603f3d011682016040523d82523d5f602084013e6124f2565b606091505b505090508061253f576040517f3d1dcc2d0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602481018390526044016108ec565b505050565b5f600360f883901c1660038111156105ab576105ab613b19565b5f5f61256f88888888886001611ea9565b610120810151909150838111156125bc576040517f4247ed1500000000000000000000000000000000000000000000000000000000815260048101829052602481018590526044016108ec565b6bffffffffffffffffffffffff811115612617576040517f25dbf3f1000000000000000000000000000000000000000000000000000000008152600481018290526bffffffffffffffffffffffff60248201526044016108ec565b816101400151341015612666576101408201516040517f56f111d900000000000000000000000000000000000000000000000000000000815260048101919091523460248201526044016108ec565b6affffffffffffffffffffff82610140015111156126cb576101408201516040517f25dbf3f100000000000000000000000000000000000000000000000000000000815260048101919091526affffffffffffffffffffff60248201526044016108ec565b6101008201516040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038316906370a0823190602401602060405180830381865afa15801561272e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061275291906149c9565b90506127696001600160a01b038316333086613665565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038516906370a0823190602401602060405180830381865afa1580156127c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127ec91906149c9565b6127f691906143d5565b905083811461283b576040517f56f111d900000000000000000000000000000000000000000000000000000000815260048101859052602481018290526044016108ec565b61284e8586610140015160048e8e61239c565b5f8181526005602052604090206001600160a01b03851660a087901b17905561014086015190965034111561289257612892338661014001513461097391906143d5565b50505050509695505050505050565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610ecd8161369e565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f095ea7b3000000000000000000000000000000000000000000000000000000001790526129518482613705565b6129d2576040516001600160a01b0384811660248301525f60448301526129c891869182169063095ea7b3906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061374e565b6129d2848261374e565b50505050565b6040516001600160a01b0383811660248301526044820183905261253f91859182169063a9059cbb90606401612981565b80825d5050565b60605f60015f85815260046020526040902054612a2c90612544565b6003811115612a3d57612a3d613b19565b14612ab05750506040805160248082018590528251808303909101815260449091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167ff700c2a0000000000000000000000000000000000000000000000000000000001790525f612d43565b5f612ac1606085016040860161462d565b90508064ffffffffff16421115612b5357604080516024810187905264ffffffffff9290921660448084019190915281518084039091018152606490920190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fc2f00c970000000000000000000000000000000000000000000000000000000017905291505f9050612d43565b365f612b636102e0870187614646565b9092509050612b76610320870187614646565b90505f03612cec5761030086013515612c2657604051602481018890527f5b871e0600000000000000000000000000000000000000000000000000000000906044015b60408051601f198184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff000000000000000000000000000000000000000000000000000000009093169290921790915294505f9350612d4392505050565b5f612c396101c088016101a08901613e5e565b63ffffffff16905080821115612ccc5760408051602481018a905260448101939093526064808401929092528051808403909201825260849092019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f9f442a710000000000000000000000000000000000000000000000000000000017905293505f9250612d43915050565b8282604051612cdc9291906147e3565b6040518091039020945050612d3f565b80151580612cfd5750610300860135155b15612d3657604051602481018890527f5b871e060000000000000000000000000000000000000000000000000000000090604401612bb9565b85610300013593505b5050505b9250929050565b606080612d586041846149e0565b15612dd157604080516024810189905260448082018690528251808303909101815260649091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f492a84c7000000000000000000000000000000000000000000000000000000001790529150613295565b5f612ddd604185613efd565b9050612df16101e088016101c089016149f3565b60ff16811015612eb6577f2ccd0918000000000000000000000000000000000000000000000000000000008882612e306101e08b016101c08c016149f3565b6040516024810193909352604483019190915260ff16606482015260840160408051601f198184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff000000000000000000000000000000000000000000000000000000009093169290921790915292506132959050565b5f612f53612ec2611a99565b8a612ed360c08c0160a08d01613e5e565b8a604080517fef6bdc18af48fa214ed746581611a4e289bb3c2251254b0a3a5c4faa718800528152602081019490945263ffffffff92909216838301526060830152608090912090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90508167ffffffffffffffff811115612f6e57612f6e613f79565b604051908082528060200260200182016040528015612f97578160200160208202803683370190505b5092505f5f5b83811015613290575f612fb2848a8a856137d3565b90506001600160a01b03811661306557604051602481018d9052604481018390527f4a69b66a00000000000000000000000000000000000000000000000000000000906064015b60408051601f198184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff00000000000000000000000000000000000000000000000000000000909316929092179091529650613295945050505050565b826001600160a01b0316816001600160a01b0316036130c157604051602481018d90526001600160a01b03821660448201527f62c92c9b0000000000000000000000000000000000000000000000000000000090606401612ff9565b826001600160a01b0316816001600160a01b0316101561312657604051602481018d90526001600160a01b038085166044830152821660648201527fe08f6dea0000000000000000000000000000000000000000000000000000000090608401612ff9565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663202721c7828d61018001358e61016001358f6101e00160208101906131769190614a0e565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e087901b1681526001600160a01b039094166004850152602484019290925260448301526bffffffffffffffffffffffff166064820152608401602060405180830381865afa1580156131f0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132149190614a29565b61325b57604051602481018d90526001600160a01b03821660448201527f6db79b000000000000000000000000000000000000000000000000000000000090606401612ff9565b8086838151811061326e5761326e613f10565b6001600160a01b03909216602092830291909101909101529150600101612f9d565b505050505b9550959350505050565b6101208201355f8190036132b257505050565b5f6132c56101208501610100860161396e565b835190915061020085019083905f906127106132e56102208a0186614a42565b6132f39061ffff1688613ea6565b6132fd9190613efd565b6133079190613efd565b905080156133ad575f5b8651811015613393578160065f89848151811061333057613330613f10565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f876001600160a01b03166001600160a01b031681526020019081526020015f205f8282546133869190613ebd565b9091555050600101613311565b5085516133a09082613ea6565b6133aa90836143d5565b91505b6133f36133c26102c089016102a08a0161396e565b856127106133d66040880160208901614a42565b6133e49061ffff168a613ea6565b6133ee9190613efd565b613804565b6133fd90836143d5565b91506134286134146102e089016102c08a0161396e565b856127106133d66060880160408901614a42565b61343290836143d5565b915081156134a4578160065f6134506102a08b016102808c0161396e565b6001600160a01b03166001600160a01b031681526020019081526020015f205f866001600160a01b03166001600160a01b031681526020019081526020015f205f82825461349e9190613ebd565b90915550505b50505050505050565b5f6060816117706134bf603f87613efd565b6134c99087613ebd565b6134d39190613ebd565b9050805a101561352157865a6040517fb25b19f700000000000000000000000000000000000000000000000000000000815260048101929092526024820152604481018290526064016108ec565b5f5f8551602087015f8a8af1925082613591576101003d81111561354257503d5b8067ffffffffffffffff81111561355b5761355b613f79565b6040519080825280601f01601f191660200182016040528015613585576020820181803683370190505b509250805f602085013e505b5094509492505050565b5f835f036135aa57505f61365d565b6001600160a01b0385165f9081526006602090815260408083208380529091528120549081156135dc57610dac6135e0565b6157e45b845a6135ec90886143d5565b6135f69190613ebd565b6136009190613ebd565b905061360c3a82613ea6565b92508583111561361a578592505b8286111561365a5761362c83876143d5565b6136369083613ebd565b6001600160a01b0388165f9081526006602090815260408083208380529091529020555b50505b949350505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526129d29186918216906323b872dd90608401612981565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f519050828015613744575081156137365780600114613744565b5f866001600160a01b03163b115b9695505050505050565b5f5f60205f8451602086015f885af18061376d576040513d5f823e3d81fd5b50505f513d91508115613784578060011415613791565b6001600160a01b0384163b155b156129d2576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108ec565b5f60418202840180359060208101359060400135831a6137f588828585613868565b50909998505050505050505050565b5f81158061381957506001600160a01b038416155b1561382557505f6111ff565b6001600160a01b038085165f9081526007602090815260408083209387168352929052908120805484929061385b908490613ebd565b9091555091949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156138a157505f91506003905082613926565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156138f2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661391d57505f925060019150829050613926565b92505f91508190505b9450945094915050565b5f6102e0828403128015613942575f5ffd5b509092915050565b6001600160a01b0381168114610ecd575f5ffd5b80356139698161394a565b919050565b5f6020828403121561397e575f5ffd5b81356111ff8161394a565b5f5f6020838503121561399a575f5ffd5b823567ffffffffffffffff8111156139b0575f5ffd5b8301601f810185136139c0575f5ffd5b803567ffffffffffffffff8111156139d6575f5ffd5b8560208260051b84010111156139ea575f5ffd5b6020919091019590945092505050565b63ffffffff81168114610ecd575f5ffd5b8035613969816139fa565b5f5f5f60608486031215613a28575f5ffd5b833592506020840135613a3a816139fa565b91506040840135613a4a816139fa565b809150509250925092565b5f5f83601f840112613a65575f5ffd5b50813567ffffffffffffffff811115613a7c575f5ffd5b602083019150836020828501011115612d43575f5ffd5b5f5f5f5f5f60808688031215613aa7575f5ffd5b85359450602086013567ffffffffffffffff811115613ac4575f5ffd5b613ad088828901613a55565b9095509350506040860135613ae4816139fa565b91506060860135613af4816139fa565b809150509295509295909350565b5f60208284031215613b12575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b815160c082019060048110613b82577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b808352506020830151151560208301526001600160a01b036040840151166040830152606083015160608301526080830151613bc960808401826001600160a01b03169052565b5060a092830151919092015290565b5f5f5f5f5f5f60a08789031215613bed575f5ffd5b86359550602087013567ffffffffffffffff811115613c0a575f5ffd5b613c1689828a01613a55565b9096509450506040870135613c2a816139fa565b92506060870135613c3a816139fa565b95989497509295919493608090920135925050565b5f610120820190506001600160a01b0383511682526001600160a01b0360208401511660208301526040830151613c9160408401826001600160a01b03169052565b506060830151613cac60608401826001600160a01b03169052565b506080830151613cc4608084018263ffffffff169052565b5060a0830151613cdc60a084018263ffffffff169052565b5060c0830151613cf460c084018263ffffffff169052565b5060e0830151613d0c60e084018263ffffffff169052565b50610100830151613d2a61010084018267ffffffffffffffff169052565b5092915050565b5f5f60408385031215613d42575f5ffd5b8235613d4d8161394a565b91506020830135613d5d8161394a565b809150509250929050565b5f5f5f60608486031215613d7a575f5ffd5b833592506020840135613d8c816139fa565b929592945050506040919091013590565b60ff81168114610ecd575f5ffd5b803561396981613d9d565b5f5f5f5f5f5f5f5f5f5f6101208b8d031215613dd0575f5ffd5b8a35995060208b013567ffffffffffffffff811115613ded575f5ffd5b613df98d828e01613a55565b909a5098505060408b0135613e0d816139fa565b965060608b0135613e1d816139fa565b955060808b0135945060a08b0135935060c08b0135613e3b81613d9d565b999c989b50969995989497939650919460e0810135936101009091013592509050565b5f60208284031215613e6e575f5ffd5b81356111ff816139fa565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176105ab576105ab613e79565b808201808211156105ab576105ab613e79565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82613f0b57613f0b613ed0565b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffca1833603018112613f6f575f5ffd5b9190910192915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405160c0810167ffffffffffffffff81118282101715613fc957613fc9613f79565b60405290565b6040516060810167ffffffffffffffff81118282101715613fc957613fc9613f79565b604051610120810167ffffffffffffffff81118282101715613fc957613fc9613f79565b604051601f8201601f1916810167ffffffffffffffff8111828210171561403f5761403f613f79565b604052919050565b80516139698161394a565b80518015158114613969575f5ffd5b8051613969816139fa565b67ffffffffffffffff81168114610ecd575f5ffd5b80516139698161406c565b5f60c0828403121561409c575f5ffd5b6140a4613fa6565b8251815260208084015190820152604083015190915067ffffffffffffffff8111156140ce575f5ffd5b8201601f810184136140de575f5ffd5b805167ffffffffffffffff8111156140f8576140f8613f79565b61410b6020601f19601f84011601614016565b81815285602083850101111561411f575f5ffd5b8160208401602083015e5f6020838301015280604085015250505061414660608301614061565b606082015261415760808301614061565b608082015261416860a08301614081565b60a082015292915050565b80516fffffffffffffffffffffffffffffffff81168114613969575f5ffd5b5f606082840312156141a2575f5ffd5b6141aa613fcf565b905081516141b78161394a565b81526141c560208301614173565b60208201526141d660408301614173565b604082015292915050565b6bffffffffffffffffffffffff81168114610ecd575f5ffd5b5f6060828403121561420a575f5ffd5b614212613fcf565b9050815161421f81613d9d565b8152602082015161422f81613d9d565b602082015260408201516141d6816141e1565b61ffff81168114610ecd575f5ffd5b5f60808284031215614261575f5ffd5b6040516080810167ffffffffffffffff8111828210171561428457614284613f79565b8060405250809150825161429781614242565b815260208301516142a781614242565b602082015260408301516142ba81614242565b604082015260608301516142cd81614242565b6060919091015292915050565b5f602082840312156142ea575f5ffd5b815167ffffffffffffffff811115614300575f5ffd5b82016102008185031215614312575f5ffd5b61431a613ff2565b61432382614047565b815261433160208301614047565b602082015261434260408301614047565b604082015261435360608301614052565b606082015261436460808301614061565b608082015260a082015167ffffffffffffffff811115614382575f5ffd5b61438e8682850161408c565b60a0830152506143a18560c08401614192565b60c08201526143b48561012084016141fa565b60e08201526143c7856101808401614251565b610100820152949350505050565b818103818111156105ab576105ab613e79565b80356139698161406c565b803564ffffffffff81168114613969575f5ffd5b8035613969816141e1565b803561441d81614242565b61ffff168252602081013561443181614242565b61ffff166020830152604081013561444881614242565b61ffff166040830152606081013561445f81614242565b61ffff81166060840152505050565b610320810161448d826144808761395e565b6001600160a01b03169052565b614499602086016143e8565b67ffffffffffffffff1660208301526144b4604086016143f3565b64ffffffffff1660408301526144cc60608601613a0b565b63ffffffff166060830152608085810135908301526144ed60a08601613a0b565b63ffffffff1660a083015261450460c08601613a0b565b63ffffffff1660c083015260e08581013590830152614526610100860161395e565b6001600160a01b0316610100830152610120858101359083015261014080860135908301526101608086013590830152610180808601359083015261456e6101a08601613a0b565b63ffffffff166101a08301526145876101c08601613dab565b60ff166101c083015261459d6101e08601614407565b6bffffffffffffffffffffffff166101e08301526145c2610200808401908701614412565b6145cf610280860161395e565b6001600160a01b03166102808301526145eb6102a0860161395e565b6001600160a01b03166102a08301526146076102c0860161395e565b6001600160a01b039081166102c08401526102e08301859052831661030083015261365d565b5f6020828403121561463d575f5ffd5b6111ff826143f3565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614679575f5ffd5b83018035915067ffffffffffffffff821115614693575f5ffd5b602001915036819003821315612d43575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b868152608060208201525f61471e6080830187896146dc565b82810360408401526147318186886146dc565b8381036060850152845180825260208087019350909101905f5b818110156147725783516001600160a01b031683526020938401939092019160010161474b565b50909a9950505050505050505050565b848152836020820152606060408201525f6137446060830184866146dc565b838152604060208201525f6147ba6040830184866146dc565b95945050505050565b67ffffffffffffffff81811683821601908111156105ab576105ab613e79565b818382375f9101908152919050565b84516001600160a01b031681525f602086015161481b602084018267ffffffffffffffff169052565b506040860151614834604084018264ffffffffff169052565b50606086015161484c606084018263ffffffff169052565b506080860151608083015260a086015161486e60a084018263ffffffff169052565b5060c086015161488660c084018263ffffffff169052565b5060e086015160e08301526101008601516148ad6101008401826001600160a01b03169052565b506101208601516101208301526101408601516101408301526101608601516101608301526101808601516101808301526101a08601516148f76101a084018263ffffffff169052565b506101c086015161490e6101c084018260ff169052565b506101e08601516149306101e08401826bffffffffffffffffffffffff169052565b5061020086015161497661020084018261ffff815116825261ffff602082015116602083015261ffff604082015116604083015261ffff60608201511660608301525050565b506102208601516001600160a01b0390811661028084015261024087015181166102a0840152610260870151166102c08301526102e08201859052610320610300830181905261374490830184866146dc565b5f602082840312156149d9575f5ffd5b5051919050565b5f826149ee576149ee613ed0565b500690565b5f60208284031215614a03575f5ffd5b81356111ff81613d9d565b5f60208284031215614a1e575f5ffd5b81356111ff816141e1565b5f60208284031215614a39575f5ffd5b6111ff82614052565b5f60208284031215614a52575f5ffd5b81356111ff8161424256",
}

// InferenceCoordinator is an auto generated Go binding around an Ethereum contract.
type InferenceCoordinator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InferenceCoordinator) GetABI() abi.ABI {
	return c.abi
}

// NewInferenceCoordinator creates a new instance of InferenceCoordinator.
func NewInferenceCoordinator() *InferenceCoordinator {
	parsed, err := InferenceCoordinatorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InferenceCoordinator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InferenceCoordinator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,address,address,uint32,uint32,uint32,uint32,uint64) cfg) returns()
func (inferenceCoordinator *InferenceCoordinator) PackConstructor(cfg CoordinatorConfig) []byte {
	enc, err := inferenceCoordinator.abi.Pack("", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) PackDOMAINSEPARATOR() []byte {
	enc, err := inferenceCoordinator.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := inferenceCoordinator.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f31d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptGuardian() returns()
func (inferenceCoordinator *InferenceCoordinator) PackAcceptGuardian() []byte {
	enc, err := inferenceCoordinator.abi.Pack("acceptGuardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f31d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptGuardian() returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackAcceptGuardian() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("acceptGuardian")
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (inferenceCoordinator *InferenceCoordinator) PackAcceptOwnership() []byte {
	enc, err := inferenceCoordinator.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackAcceptOwnership() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("acceptOwnership")
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7888aec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, address token) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) PackBalanceOf(account common.Address, token common.Address) []byte {
	enc, err := inferenceCoordinator.abi.Pack("balanceOf", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7888aec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, address token) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) TryPackBalanceOf(account common.Address, token common.Address) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("balanceOf", account, token)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7888aec.
//
// Solidity: function balanceOf(address account, address token) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := inferenceCoordinator.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((address,address,address,address,uint32,uint32,uint32,uint32,uint64))
func (inferenceCoordinator *InferenceCoordinator) PackConfig() []byte {
	enc, err := inferenceCoordinator.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((address,address,address,address,uint32,uint32,uint32,uint32,uint64))
func (inferenceCoordinator *InferenceCoordinator) TryPackConfig() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((address,address,address,address,uint32,uint32,uint32,uint32,uint64))
func (inferenceCoordinator *InferenceCoordinator) UnpackConfig(data []byte) (CoordinatorConfig, error) {
	out, err := inferenceCoordinator.abi.Unpack("config", data)
	if err != nil {
		return *new(CoordinatorConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(CoordinatorConfig)).(*CoordinatorConfig)
	return out0, nil
}

// PackForwardRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x879dfd22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forwardRevenue(address sink, address token) returns()
func (inferenceCoordinator *InferenceCoordinator) PackForwardRevenue(sink common.Address, token common.Address) []byte {
	enc, err := inferenceCoordinator.abi.Pack("forwardRevenue", sink, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForwardRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x879dfd22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forwardRevenue(address sink, address token) returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackForwardRevenue(sink common.Address, token common.Address) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("forwardRevenue", sink, token)
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cac4ac4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill(((address,uint64,uint40,uint32,uint256,uint32,uint32,bytes32,address,uint256,uint256,bytes32,bytes32,uint32,uint8,uint96,(uint16,uint16,uint16,uint16),address,address,address),bytes,bytes32,string,bytes)[] results) returns()
func (inferenceCoordinator *InferenceCoordinator) PackFulfill(results []InferenceResult) []byte {
	enc, err := inferenceCoordinator.abi.Pack("fulfill", results)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cac4ac4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill(((address,uint64,uint40,uint32,uint256,uint32,uint32,bytes32,address,uint256,uint256,bytes32,bytes32,uint32,uint8,uint96,(uint16,uint16,uint16,uint16),address,address,address),bytes,bytes32,string,bytes)[] results) returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackFulfill(results []InferenceResult) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("fulfill", results)
}

// PackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardian() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) PackGuardian() []byte {
	enc, err := inferenceCoordinator.abi.Pack("guardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardian() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) TryPackGuardian() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := inferenceCoordinator.abi.Unpack("guardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce() view returns(uint64)
func (inferenceCoordinator *InferenceCoordinator) PackNonce() []byte {
	enc, err := inferenceCoordinator.abi.Pack("nonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce() view returns(uint64)
func (inferenceCoordinator *InferenceCoordinator) TryPackNonce() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("nonce")
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaffed0e0.
//
// Solidity: function nonce() view returns(uint64)
func (inferenceCoordinator *InferenceCoordinator) UnpackNonce(data []byte) (uint64, error) {
	out, err := inferenceCoordinator.abi.Unpack("nonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) PackOwner() []byte {
	enc, err := inferenceCoordinator.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) TryPackOwner() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) UnpackOwner(data []byte) (common.Address, error) {
	out, err := inferenceCoordinator.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (inferenceCoordinator *InferenceCoordinator) PackPause() []byte {
	enc, err := inferenceCoordinator.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackPause() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (inferenceCoordinator *InferenceCoordinator) PackPaused() []byte {
	enc, err := inferenceCoordinator.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (inferenceCoordinator *InferenceCoordinator) TryPackPaused() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (inferenceCoordinator *InferenceCoordinator) UnpackPaused(data []byte) (bool, error) {
	out, err := inferenceCoordinator.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x762c31ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingGuardian() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) PackPendingGuardian() []byte {
	enc, err := inferenceCoordinator.abi.Pack("pendingGuardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x762c31ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingGuardian() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) TryPackPendingGuardian() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("pendingGuardian")
}

// UnpackPendingGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x762c31ba.
//
// Solidity: function pendingGuardian() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) UnpackPendingGuardian(data []byte) (common.Address, error) {
	out, err := inferenceCoordinator.abi.Unpack("pendingGuardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) PackPendingOwner() []byte {
	enc, err := inferenceCoordinator.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) TryPackPendingOwner() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (inferenceCoordinator *InferenceCoordinator) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := inferenceCoordinator.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51049c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote(uint256 modelId, uint32 maxTokens, uint32 callbackGasLimit) view returns(uint256 fee)
func (inferenceCoordinator *InferenceCoordinator) PackQuote(modelId *big.Int, maxTokens uint32, callbackGasLimit uint32) []byte {
	enc, err := inferenceCoordinator.abi.Pack("quote", modelId, maxTokens, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51049c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote(uint256 modelId, uint32 maxTokens, uint32 callbackGasLimit) view returns(uint256 fee)
func (inferenceCoordinator *InferenceCoordinator) TryPackQuote(modelId *big.Int, maxTokens uint32, callbackGasLimit uint32) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("quote", modelId, maxTokens, callbackGasLimit)
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51049c11.
//
// Solidity: function quote(uint256 modelId, uint32 maxTokens, uint32 callbackGasLimit) view returns(uint256 fee)
func (inferenceCoordinator *InferenceCoordinator) UnpackQuote(data []byte) (*big.Int, error) {
	out, err := inferenceCoordinator.abi.Unpack("quote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1281a31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteGas(uint32 callbackGasLimit) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) PackQuoteGas(callbackGasLimit uint32) []byte {
	enc, err := inferenceCoordinator.abi.Pack("quoteGas", callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1281a31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteGas(uint32 callbackGasLimit) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) TryPackQuoteGas(callbackGasLimit uint32) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("quoteGas", callbackGasLimit)
}

// UnpackQuoteGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1281a31.
//
// Solidity: function quoteGas(uint32 callbackGasLimit) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) UnpackQuoteGas(data []byte) (*big.Int, error) {
	out, err := inferenceCoordinator.abi.Unpack("quoteGas", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 requestId) returns()
func (inferenceCoordinator *InferenceCoordinator) PackRefund(requestId [32]byte) []byte {
	enc, err := inferenceCoordinator.abi.Pack("refund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 requestId) returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackRefund(requestId [32]byte) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("refund", requestId)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (inferenceCoordinator *InferenceCoordinator) PackRenounceOwnership() []byte {
	enc, err := inferenceCoordinator.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackRenounceOwnership() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("renounceOwnership")
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59c87d70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32 requestId) view returns((uint8,bool,address,uint256,address,uint256) rec)
func (inferenceCoordinator *InferenceCoordinator) PackRequest(requestId [32]byte) []byte {
	enc, err := inferenceCoordinator.abi.Pack("request", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59c87d70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32 requestId) view returns((uint8,bool,address,uint256,address,uint256) rec)
func (inferenceCoordinator *InferenceCoordinator) TryPackRequest(requestId [32]byte) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("request", requestId)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59c87d70.
//
// Solidity: function request(bytes32 requestId) view returns((uint8,bool,address,uint256,address,uint256) rec)
func (inferenceCoordinator *InferenceCoordinator) UnpackRequest(data []byte) (RequestRecord, error) {
	out, err := inferenceCoordinator.abi.Unpack("request", data)
	if err != nil {
		return *new(RequestRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(RequestRecord)).(*RequestRecord)
	return out0, nil
}

// PackRequestIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c91a00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestIdOf((address,uint64,uint40,uint32,uint256,uint32,uint32,bytes32,address,uint256,uint256,bytes32,bytes32,uint32,uint8,uint96,(uint16,uint16,uint16,uint16),address,address,address) req) view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) PackRequestIdOf(req InferenceRequest) []byte {
	enc, err := inferenceCoordinator.abi.Pack("requestIdOf", req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c91a00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestIdOf((address,uint64,uint40,uint32,uint256,uint32,uint32,bytes32,address,uint256,uint256,bytes32,bytes32,uint32,uint8,uint96,(uint16,uint16,uint16,uint16),address,address,address) req) view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) TryPackRequestIdOf(req InferenceRequest) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("requestIdOf", req)
}

// UnpackRequestIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00c91a00.
//
// Solidity: function requestIdOf((address,uint64,uint40,uint32,uint256,uint32,uint32,bytes32,address,uint256,uint256,bytes32,bytes32,uint32,uint8,uint96,(uint16,uint16,uint16,uint16),address,address,address) req) view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) UnpackRequestIdOf(data []byte) ([32]byte, error) {
	out, err := inferenceCoordinator.abi.Unpack("requestIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5485f457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInference(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit) payable returns(bytes32 requestId)
func (inferenceCoordinator *InferenceCoordinator) PackRequestInference(modelId *big.Int, prompt []byte, maxTokens uint32, callbackGasLimit uint32) []byte {
	enc, err := inferenceCoordinator.abi.Pack("requestInference", modelId, prompt, maxTokens, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5485f457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInference(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit) payable returns(bytes32 requestId)
func (inferenceCoordinator *InferenceCoordinator) TryPackRequestInference(modelId *big.Int, prompt []byte, maxTokens uint32, callbackGasLimit uint32) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("requestInference", modelId, prompt, maxTokens, callbackGasLimit)
}

// UnpackRequestInference is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5485f457.
//
// Solidity: function requestInference(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit) payable returns(bytes32 requestId)
func (inferenceCoordinator *InferenceCoordinator) UnpackRequestInference(data []byte) ([32]byte, error) {
	out, err := inferenceCoordinator.abi.Unpack("requestInference", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequestInferenceWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cec7b54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInferenceWithPermit(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit, uint256 maxFee, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) payable returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) PackRequestInferenceWithPermit(modelId *big.Int, prompt []byte, maxTokens uint32, callbackGasLimit uint32, maxFee *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := inferenceCoordinator.abi.Pack("requestInferenceWithPermit", modelId, prompt, maxTokens, callbackGasLimit, maxFee, permitDeadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInferenceWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cec7b54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInferenceWithPermit(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit, uint256 maxFee, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) payable returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) TryPackRequestInferenceWithPermit(modelId *big.Int, prompt []byte, maxTokens uint32, callbackGasLimit uint32, maxFee *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("requestInferenceWithPermit", modelId, prompt, maxTokens, callbackGasLimit, maxFee, permitDeadline, v, r, s)
}

// UnpackRequestInferenceWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cec7b54.
//
// Solidity: function requestInferenceWithPermit(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit, uint256 maxFee, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) payable returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) UnpackRequestInferenceWithPermit(data []byte) ([32]byte, error) {
	out, err := inferenceCoordinator.abi.Unpack("requestInferenceWithPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequestInferenceWithToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68549945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInferenceWithToken(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit, uint256 maxFee) payable returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) PackRequestInferenceWithToken(modelId *big.Int, prompt []byte, maxTokens uint32, callbackGasLimit uint32, maxFee *big.Int) []byte {
	enc, err := inferenceCoordinator.abi.Pack("requestInferenceWithToken", modelId, prompt, maxTokens, callbackGasLimit, maxFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInferenceWithToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68549945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInferenceWithToken(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit, uint256 maxFee) payable returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) TryPackRequestInferenceWithToken(modelId *big.Int, prompt []byte, maxTokens uint32, callbackGasLimit uint32, maxFee *big.Int) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("requestInferenceWithToken", modelId, prompt, maxTokens, callbackGasLimit, maxFee)
}

// UnpackRequestInferenceWithToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68549945.
//
// Solidity: function requestInferenceWithToken(uint256 modelId, bytes prompt, uint32 maxTokens, uint32 callbackGasLimit, uint256 maxFee) payable returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) UnpackRequestInferenceWithToken(data []byte) ([32]byte, error) {
	out, err := inferenceCoordinator.abi.Unpack("requestInferenceWithToken", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f7ae0b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultDigest(bytes32 requestId, uint32 modelVersion, bytes32 outputHash) view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) PackResultDigest(requestId [32]byte, modelVersion uint32, outputHash [32]byte) []byte {
	enc, err := inferenceCoordinator.abi.Pack("resultDigest", requestId, modelVersion, outputHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f7ae0b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultDigest(bytes32 requestId, uint32 modelVersion, bytes32 outputHash) view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) TryPackResultDigest(requestId [32]byte, modelVersion uint32, outputHash [32]byte) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("resultDigest", requestId, modelVersion, outputHash)
}

// UnpackResultDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f7ae0b6.
//
// Solidity: function resultDigest(bytes32 requestId, uint32 modelVersion, bytes32 outputHash) view returns(bytes32)
func (inferenceCoordinator *InferenceCoordinator) UnpackResultDigest(data []byte) ([32]byte, error) {
	out, err := inferenceCoordinator.abi.Unpack("resultDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRevenueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84fbce9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revenueOf(address sink, address token) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) PackRevenueOf(sink common.Address, token common.Address) []byte {
	enc, err := inferenceCoordinator.abi.Pack("revenueOf", sink, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevenueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84fbce9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revenueOf(address sink, address token) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) TryPackRevenueOf(sink common.Address, token common.Address) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("revenueOf", sink, token)
}

// UnpackRevenueOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84fbce9f.
//
// Solidity: function revenueOf(address sink, address token) view returns(uint256)
func (inferenceCoordinator *InferenceCoordinator) UnpackRevenueOf(data []byte) (*big.Int, error) {
	out, err := inferenceCoordinator.abi.Unpack("revenueOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x091954cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferGuardian(address newGuardian) returns()
func (inferenceCoordinator *InferenceCoordinator) PackTransferGuardian(newGuardian common.Address) []byte {
	enc, err := inferenceCoordinator.abi.Pack("transferGuardian", newGuardian)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x091954cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferGuardian(address newGuardian) returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackTransferGuardian(newGuardian common.Address) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("transferGuardian", newGuardian)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (inferenceCoordinator *InferenceCoordinator) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := inferenceCoordinator.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (inferenceCoordinator *InferenceCoordinator) PackUnpause() []byte {
	enc, err := inferenceCoordinator.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackUnpause() ([]byte, error) {
	return inferenceCoordinator.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940e385.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address account, address token) returns()
func (inferenceCoordinator *InferenceCoordinator) PackWithdraw(account common.Address, token common.Address) []byte {
	enc, err := inferenceCoordinator.abi.Pack("withdraw", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940e385.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address account, address token) returns()
func (inferenceCoordinator *InferenceCoordinator) TryPackWithdraw(account common.Address, token common.Address) ([]byte, error) {
	return inferenceCoordinator.abi.Pack("withdraw", account, token)
}

// InferenceCoordinatorBalanceWithdrawn represents a BalanceWithdrawn event raised by the InferenceCoordinator contract.
type InferenceCoordinatorBalanceWithdrawn struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorBalanceWithdrawnEventName = "BalanceWithdrawn"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorBalanceWithdrawn) ContractEventName() string {
	return InferenceCoordinatorBalanceWithdrawnEventName
}

// UnpackBalanceWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BalanceWithdrawn(address indexed account, address indexed token, uint256 amount)
func (inferenceCoordinator *InferenceCoordinator) UnpackBalanceWithdrawnEvent(log *types.Log) (*InferenceCoordinatorBalanceWithdrawn, error) {
	event := "BalanceWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorBalanceWithdrawn)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorGuardianTransferStarted represents a GuardianTransferStarted event raised by the InferenceCoordinator contract.
type InferenceCoordinatorGuardianTransferStarted struct {
	PreviousGuardian common.Address
	NewGuardian      common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorGuardianTransferStartedEventName = "GuardianTransferStarted"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorGuardianTransferStarted) ContractEventName() string {
	return InferenceCoordinatorGuardianTransferStartedEventName
}

// UnpackGuardianTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianTransferStarted(address indexed previousGuardian, address indexed newGuardian)
func (inferenceCoordinator *InferenceCoordinator) UnpackGuardianTransferStartedEvent(log *types.Log) (*InferenceCoordinatorGuardianTransferStarted, error) {
	event := "GuardianTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorGuardianTransferStarted)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorGuardianTransferred represents a GuardianTransferred event raised by the InferenceCoordinator contract.
type InferenceCoordinatorGuardianTransferred struct {
	PreviousGuardian common.Address
	NewGuardian      common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorGuardianTransferredEventName = "GuardianTransferred"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorGuardianTransferred) ContractEventName() string {
	return InferenceCoordinatorGuardianTransferredEventName
}

// UnpackGuardianTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianTransferred(address indexed previousGuardian, address indexed newGuardian)
func (inferenceCoordinator *InferenceCoordinator) UnpackGuardianTransferredEvent(log *types.Log) (*InferenceCoordinatorGuardianTransferred, error) {
	event := "GuardianTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorGuardianTransferred)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorInferenceCallbackFailed represents a InferenceCallbackFailed event raised by the InferenceCoordinator contract.
type InferenceCoordinatorInferenceCallbackFailed struct {
	RequestId  [32]byte
	RevertData []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorInferenceCallbackFailedEventName = "InferenceCallbackFailed"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorInferenceCallbackFailed) ContractEventName() string {
	return InferenceCoordinatorInferenceCallbackFailedEventName
}

// UnpackInferenceCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceCallbackFailed(bytes32 indexed requestId, bytes revertData)
func (inferenceCoordinator *InferenceCoordinator) UnpackInferenceCallbackFailedEvent(log *types.Log) (*InferenceCoordinatorInferenceCallbackFailed, error) {
	event := "InferenceCallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorInferenceCallbackFailed)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorInferenceFulfilled represents a InferenceFulfilled event raised by the InferenceCoordinator contract.
type InferenceCoordinatorInferenceFulfilled struct {
	RequestId  [32]byte
	OutputHash [32]byte
	Output     []byte
	OutputUri  string
	Workers    []common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorInferenceFulfilledEventName = "InferenceFulfilled"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorInferenceFulfilled) ContractEventName() string {
	return InferenceCoordinatorInferenceFulfilledEventName
}

// UnpackInferenceFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceFulfilled(bytes32 indexed requestId, bytes32 outputHash, bytes output, string outputUri, address[] workers)
func (inferenceCoordinator *InferenceCoordinator) UnpackInferenceFulfilledEvent(log *types.Log) (*InferenceCoordinatorInferenceFulfilled, error) {
	event := "InferenceFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorInferenceFulfilled)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorInferenceRefunded represents a InferenceRefunded event raised by the InferenceCoordinator contract.
type InferenceCoordinatorInferenceRefunded struct {
	RequestId   [32]byte
	Requester   common.Address
	EthAmount   *big.Int
	Token       common.Address
	TokenAmount *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorInferenceRefundedEventName = "InferenceRefunded"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorInferenceRefunded) ContractEventName() string {
	return InferenceCoordinatorInferenceRefundedEventName
}

// UnpackInferenceRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRefunded(bytes32 indexed requestId, address indexed requester, uint256 ethAmount, address token, uint256 tokenAmount)
func (inferenceCoordinator *InferenceCoordinator) UnpackInferenceRefundedEvent(log *types.Log) (*InferenceCoordinatorInferenceRefunded, error) {
	event := "InferenceRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorInferenceRefunded)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorInferenceRequested represents a InferenceRequested event raised by the InferenceCoordinator contract.
type InferenceCoordinatorInferenceRequested struct {
	RequestId [32]byte
	ModelId   *big.Int
	Requester common.Address
	Request   InferenceRequest
	Seed      uint64
	Prompt    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorInferenceRequestedEventName = "InferenceRequested"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorInferenceRequested) ContractEventName() string {
	return InferenceCoordinatorInferenceRequestedEventName
}

// UnpackInferenceRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRequested(bytes32 indexed requestId, uint256 indexed modelId, address indexed requester, (address,uint64,uint40,uint32,uint256,uint32,uint32,bytes32,address,uint256,uint256,bytes32,bytes32,uint32,uint8,uint96,(uint16,uint16,uint16,uint16),address,address,address) request, uint64 seed, bytes prompt)
func (inferenceCoordinator *InferenceCoordinator) UnpackInferenceRequestedEvent(log *types.Log) (*InferenceCoordinatorInferenceRequested, error) {
	event := "InferenceRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorInferenceRequested)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorInferenceResultRejected represents a InferenceResultRejected event raised by the InferenceCoordinator contract.
type InferenceCoordinatorInferenceResultRejected struct {
	RequestId [32]byte
	Reason    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorInferenceResultRejectedEventName = "InferenceResultRejected"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorInferenceResultRejected) ContractEventName() string {
	return InferenceCoordinatorInferenceResultRejectedEventName
}

// UnpackInferenceResultRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceResultRejected(bytes32 indexed requestId, bytes reason)
func (inferenceCoordinator *InferenceCoordinator) UnpackInferenceResultRejectedEvent(log *types.Log) (*InferenceCoordinatorInferenceResultRejected, error) {
	event := "InferenceResultRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorInferenceResultRejected)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the InferenceCoordinator contract.
type InferenceCoordinatorOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorOwnershipTransferStarted) ContractEventName() string {
	return InferenceCoordinatorOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (inferenceCoordinator *InferenceCoordinator) UnpackOwnershipTransferStartedEvent(log *types.Log) (*InferenceCoordinatorOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorOwnershipTransferred represents a OwnershipTransferred event raised by the InferenceCoordinator contract.
type InferenceCoordinatorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorOwnershipTransferred) ContractEventName() string {
	return InferenceCoordinatorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (inferenceCoordinator *InferenceCoordinator) UnpackOwnershipTransferredEvent(log *types.Log) (*InferenceCoordinatorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorRequestsPaused represents a RequestsPaused event raised by the InferenceCoordinator contract.
type InferenceCoordinatorRequestsPaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorRequestsPausedEventName = "RequestsPaused"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorRequestsPaused) ContractEventName() string {
	return InferenceCoordinatorRequestsPausedEventName
}

// UnpackRequestsPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestsPaused(address indexed by)
func (inferenceCoordinator *InferenceCoordinator) UnpackRequestsPausedEvent(log *types.Log) (*InferenceCoordinatorRequestsPaused, error) {
	event := "RequestsPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorRequestsPaused)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorRequestsUnpaused represents a RequestsUnpaused event raised by the InferenceCoordinator contract.
type InferenceCoordinatorRequestsUnpaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorRequestsUnpausedEventName = "RequestsUnpaused"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorRequestsUnpaused) ContractEventName() string {
	return InferenceCoordinatorRequestsUnpausedEventName
}

// UnpackRequestsUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestsUnpaused(address indexed by)
func (inferenceCoordinator *InferenceCoordinator) UnpackRequestsUnpausedEvent(log *types.Log) (*InferenceCoordinatorRequestsUnpaused, error) {
	event := "RequestsUnpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorRequestsUnpaused)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceCoordinatorRevenueForwarded represents a RevenueForwarded event raised by the InferenceCoordinator contract.
type InferenceCoordinatorRevenueForwarded struct {
	Sink   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const InferenceCoordinatorRevenueForwardedEventName = "RevenueForwarded"

// ContractEventName returns the user-defined event name.
func (InferenceCoordinatorRevenueForwarded) ContractEventName() string {
	return InferenceCoordinatorRevenueForwardedEventName
}

// UnpackRevenueForwardedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueForwarded(address indexed sink, address indexed token, uint256 amount)
func (inferenceCoordinator *InferenceCoordinator) UnpackRevenueForwardedEvent(log *types.Log) (*InferenceCoordinatorRevenueForwarded, error) {
	event := "RevenueForwarded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceCoordinator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceCoordinatorRevenueForwarded)
	if len(log.Data) > 0 {
		if err := inferenceCoordinator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceCoordinator.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (inferenceCoordinator *InferenceCoordinator) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorCallbackGasTooHigh"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorCallbackGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorDeadlineNotPassed"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorDeadlinePassed"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorDuplicateSigner"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorDuplicateSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorEmptyBatch"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorEmptyPrompt"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorEmptyPromptError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorFeeAboveMax"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorFeeAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorFeeTooLarge"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorFeeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorIneligibleWorker"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorIneligibleWorkerError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorInsufficientGas"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorInvalidFeeSplit"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorInvalidFeeSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorInvalidMaxTokens"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorInvalidMaxTokensError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorInvalidSignature"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorMalformedOutput"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorMalformedOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorMalformedSignatures"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorMalformedSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorModelInactive"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorModelInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorNotGuardian"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorNotPendingGuardian"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorNotPendingGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorNothingToWithdraw"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorOutputTooLong"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorOutputTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorPaused"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorPromptTooLong"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorPromptTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorRequestNotPending"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorRequestNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorTooFewSignatures"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorTooFewSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorTransferFailed"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorUnderpaid"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorUnderpaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorUnorderedSigners"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorUnorderedSignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorWrongPaymentToken"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorWrongPaymentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["CoordinatorZeroAddress"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackCoordinatorZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceCoordinator.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return inferenceCoordinator.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InferenceCoordinatorCoordinatorCallbackGasTooHigh represents a CoordinatorCallbackGasTooHigh error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorCallbackGasTooHigh struct {
	CallbackGasLimit    uint32
	MaxCallbackGasLimit uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorCallbackGasTooHigh(uint32 callbackGasLimit, uint32 maxCallbackGasLimit)
func InferenceCoordinatorCoordinatorCallbackGasTooHighErrorID() common.Hash {
	return common.HexToHash("0x9905958cce9f51628833b70ac5fbcb276e7a6b37facc07f47d75674bdcc6f778")
}

// UnpackCoordinatorCallbackGasTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorCallbackGasTooHigh(uint32 callbackGasLimit, uint32 maxCallbackGasLimit)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorCallbackGasTooHighError(raw []byte) (*InferenceCoordinatorCoordinatorCallbackGasTooHigh, error) {
	out := new(InferenceCoordinatorCoordinatorCallbackGasTooHigh)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorCallbackGasTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorDeadlineNotPassed represents a CoordinatorDeadlineNotPassed error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorDeadlineNotPassed struct {
	RequestId [32]byte
	Deadline  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorDeadlineNotPassed(bytes32 requestId, uint40 deadline)
func InferenceCoordinatorCoordinatorDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0x7ecbe7e634133c13f5c569a5e902c1eb0b85fcd8a52ff8b88662ab2e6a852b12")
}

// UnpackCoordinatorDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorDeadlineNotPassed(bytes32 requestId, uint40 deadline)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorDeadlineNotPassedError(raw []byte) (*InferenceCoordinatorCoordinatorDeadlineNotPassed, error) {
	out := new(InferenceCoordinatorCoordinatorDeadlineNotPassed)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorDeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorDeadlinePassed represents a CoordinatorDeadlinePassed error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorDeadlinePassed struct {
	RequestId [32]byte
	Deadline  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorDeadlinePassed(bytes32 requestId, uint40 deadline)
func InferenceCoordinatorCoordinatorDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xc2f00c976586a6620b5be531899462f0d178b9108718b76bc727bc4ba693d1b1")
}

// UnpackCoordinatorDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorDeadlinePassed(bytes32 requestId, uint40 deadline)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorDeadlinePassedError(raw []byte) (*InferenceCoordinatorCoordinatorDeadlinePassed, error) {
	out := new(InferenceCoordinatorCoordinatorDeadlinePassed)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorDuplicateSigner represents a CoordinatorDuplicateSigner error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorDuplicateSigner struct {
	RequestId [32]byte
	Worker    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorDuplicateSigner(bytes32 requestId, address worker)
func InferenceCoordinatorCoordinatorDuplicateSignerErrorID() common.Hash {
	return common.HexToHash("0x62c92c9b0adeb0a4d635b8618473c625100e1dc9dd8a817d0508e91288df83a4")
}

// UnpackCoordinatorDuplicateSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorDuplicateSigner(bytes32 requestId, address worker)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorDuplicateSignerError(raw []byte) (*InferenceCoordinatorCoordinatorDuplicateSigner, error) {
	out := new(InferenceCoordinatorCoordinatorDuplicateSigner)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorDuplicateSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorEmptyBatch represents a CoordinatorEmptyBatch error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorEmptyBatch()
func InferenceCoordinatorCoordinatorEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xeeb801f527d0498cfe525537a05c0b15361522ae6d208409dfb33394a3eb1c11")
}

// UnpackCoordinatorEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorEmptyBatch()
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorEmptyBatchError(raw []byte) (*InferenceCoordinatorCoordinatorEmptyBatch, error) {
	out := new(InferenceCoordinatorCoordinatorEmptyBatch)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorEmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorEmptyPrompt represents a CoordinatorEmptyPrompt error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorEmptyPrompt struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorEmptyPrompt()
func InferenceCoordinatorCoordinatorEmptyPromptErrorID() common.Hash {
	return common.HexToHash("0xc1ce494380e514a6888b19e0c8701b1c512097ddf607edabd10780f9e621f10c")
}

// UnpackCoordinatorEmptyPromptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorEmptyPrompt()
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorEmptyPromptError(raw []byte) (*InferenceCoordinatorCoordinatorEmptyPrompt, error) {
	out := new(InferenceCoordinatorCoordinatorEmptyPrompt)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorEmptyPrompt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorFeeAboveMax represents a CoordinatorFeeAboveMax error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorFeeAboveMax struct {
	Fee    *big.Int
	MaxFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorFeeAboveMax(uint256 fee, uint256 maxFee)
func InferenceCoordinatorCoordinatorFeeAboveMaxErrorID() common.Hash {
	return common.HexToHash("0x4247ed15d13a61b6b095a48b49652dcdcd174c7afd100d9e5b77af8cc181ab1d")
}

// UnpackCoordinatorFeeAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorFeeAboveMax(uint256 fee, uint256 maxFee)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorFeeAboveMaxError(raw []byte) (*InferenceCoordinatorCoordinatorFeeAboveMax, error) {
	out := new(InferenceCoordinatorCoordinatorFeeAboveMax)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorFeeAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorFeeTooLarge represents a CoordinatorFeeTooLarge error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorFeeTooLarge struct {
	Fee    *big.Int
	MaxFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorFeeTooLarge(uint256 fee, uint256 maxFee)
func InferenceCoordinatorCoordinatorFeeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x25dbf3f116cf4c034118d11a74340bde552819ab9bff5d0834319214c7088d8b")
}

// UnpackCoordinatorFeeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorFeeTooLarge(uint256 fee, uint256 maxFee)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorFeeTooLargeError(raw []byte) (*InferenceCoordinatorCoordinatorFeeTooLarge, error) {
	out := new(InferenceCoordinatorCoordinatorFeeTooLarge)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorFeeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorIneligibleWorker represents a CoordinatorIneligibleWorker error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorIneligibleWorker struct {
	RequestId [32]byte
	Worker    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorIneligibleWorker(bytes32 requestId, address worker)
func InferenceCoordinatorCoordinatorIneligibleWorkerErrorID() common.Hash {
	return common.HexToHash("0x6db79b00baf9ce3d034ea2c2f6660d48e40877cf855f2560cd88bb924e9d159b")
}

// UnpackCoordinatorIneligibleWorkerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorIneligibleWorker(bytes32 requestId, address worker)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorIneligibleWorkerError(raw []byte) (*InferenceCoordinatorCoordinatorIneligibleWorker, error) {
	out := new(InferenceCoordinatorCoordinatorIneligibleWorker)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorIneligibleWorker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorInsufficientGas represents a CoordinatorInsufficientGas error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorInsufficientGas struct {
	RequestId [32]byte
	GasLeft   *big.Int
	GasNeeded *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorInsufficientGas(bytes32 requestId, uint256 gasLeft, uint256 gasNeeded)
func InferenceCoordinatorCoordinatorInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0xb25b19f7d02269b7613045928170ec84b19aeae71ad51045d81c883ce7a06e43")
}

// UnpackCoordinatorInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorInsufficientGas(bytes32 requestId, uint256 gasLeft, uint256 gasNeeded)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorInsufficientGasError(raw []byte) (*InferenceCoordinatorCoordinatorInsufficientGas, error) {
	out := new(InferenceCoordinatorCoordinatorInsufficientGas)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorInsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorInvalidFeeSplit represents a CoordinatorInvalidFeeSplit error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorInvalidFeeSplit struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorInvalidFeeSplit(uint256 modelId)
func InferenceCoordinatorCoordinatorInvalidFeeSplitErrorID() common.Hash {
	return common.HexToHash("0x774aad8834a22d134a24c6612040ea2dabdee8b1d6dae770ae5e63068f93b4b3")
}

// UnpackCoordinatorInvalidFeeSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorInvalidFeeSplit(uint256 modelId)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorInvalidFeeSplitError(raw []byte) (*InferenceCoordinatorCoordinatorInvalidFeeSplit, error) {
	out := new(InferenceCoordinatorCoordinatorInvalidFeeSplit)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorInvalidFeeSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorInvalidMaxTokens represents a CoordinatorInvalidMaxTokens error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorInvalidMaxTokens struct {
	MaxTokens uint32
	Limit     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorInvalidMaxTokens(uint32 maxTokens, uint32 limit)
func InferenceCoordinatorCoordinatorInvalidMaxTokensErrorID() common.Hash {
	return common.HexToHash("0xa1cd253ba257a6d453003a596244776c308bb7864180640b0c3c172f4bda572b")
}

// UnpackCoordinatorInvalidMaxTokensError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorInvalidMaxTokens(uint32 maxTokens, uint32 limit)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorInvalidMaxTokensError(raw []byte) (*InferenceCoordinatorCoordinatorInvalidMaxTokens, error) {
	out := new(InferenceCoordinatorCoordinatorInvalidMaxTokens)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorInvalidMaxTokens", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorInvalidSignature represents a CoordinatorInvalidSignature error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorInvalidSignature struct {
	RequestId [32]byte
	Index     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorInvalidSignature(bytes32 requestId, uint256 index)
func InferenceCoordinatorCoordinatorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x4a69b66a2283c01f58601432a8c6bd5b8bc38053432a5ab8d77fea92cace053b")
}

// UnpackCoordinatorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorInvalidSignature(bytes32 requestId, uint256 index)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorInvalidSignatureError(raw []byte) (*InferenceCoordinatorCoordinatorInvalidSignature, error) {
	out := new(InferenceCoordinatorCoordinatorInvalidSignature)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorMalformedOutput represents a CoordinatorMalformedOutput error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorMalformedOutput struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorMalformedOutput(bytes32 requestId)
func InferenceCoordinatorCoordinatorMalformedOutputErrorID() common.Hash {
	return common.HexToHash("0x5b871e06a937c338c0e3dafb3a897de3f4be446f03fd2265b7552bdc6b97e031")
}

// UnpackCoordinatorMalformedOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorMalformedOutput(bytes32 requestId)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorMalformedOutputError(raw []byte) (*InferenceCoordinatorCoordinatorMalformedOutput, error) {
	out := new(InferenceCoordinatorCoordinatorMalformedOutput)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorMalformedOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorMalformedSignatures represents a CoordinatorMalformedSignatures error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorMalformedSignatures struct {
	RequestId [32]byte
	Length    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorMalformedSignatures(bytes32 requestId, uint256 length)
func InferenceCoordinatorCoordinatorMalformedSignaturesErrorID() common.Hash {
	return common.HexToHash("0x492a84c701945bada0c7c46926e5cf78521176fc2a1e988ed38aedf5a3b1e558")
}

// UnpackCoordinatorMalformedSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorMalformedSignatures(bytes32 requestId, uint256 length)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorMalformedSignaturesError(raw []byte) (*InferenceCoordinatorCoordinatorMalformedSignatures, error) {
	out := new(InferenceCoordinatorCoordinatorMalformedSignatures)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorMalformedSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorModelInactive represents a CoordinatorModelInactive error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorModelInactive struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorModelInactive(uint256 modelId)
func InferenceCoordinatorCoordinatorModelInactiveErrorID() common.Hash {
	return common.HexToHash("0xce8f2c4f2d96c4f90864870c5a67c1e186812dbd39f62a5312f29bb898189fae")
}

// UnpackCoordinatorModelInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorModelInactive(uint256 modelId)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorModelInactiveError(raw []byte) (*InferenceCoordinatorCoordinatorModelInactive, error) {
	out := new(InferenceCoordinatorCoordinatorModelInactive)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorModelInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorNotGuardian represents a CoordinatorNotGuardian error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorNotGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorNotGuardian(address caller)
func InferenceCoordinatorCoordinatorNotGuardianErrorID() common.Hash {
	return common.HexToHash("0x3276bf3862c1304e531496abd0520c3e736dcc7c3786b1c1a6f11a2cbcf3f18f")
}

// UnpackCoordinatorNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorNotGuardian(address caller)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorNotGuardianError(raw []byte) (*InferenceCoordinatorCoordinatorNotGuardian, error) {
	out := new(InferenceCoordinatorCoordinatorNotGuardian)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorNotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorNotPendingGuardian represents a CoordinatorNotPendingGuardian error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorNotPendingGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorNotPendingGuardian(address caller)
func InferenceCoordinatorCoordinatorNotPendingGuardianErrorID() common.Hash {
	return common.HexToHash("0x9f95b2906501dba15070ac21332ce4ab0a12464e3684ca3903dc6b692b1a7cdf")
}

// UnpackCoordinatorNotPendingGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorNotPendingGuardian(address caller)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorNotPendingGuardianError(raw []byte) (*InferenceCoordinatorCoordinatorNotPendingGuardian, error) {
	out := new(InferenceCoordinatorCoordinatorNotPendingGuardian)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorNotPendingGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorNothingToWithdraw represents a CoordinatorNothingToWithdraw error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorNothingToWithdraw struct {
	Account common.Address
	Token   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorNothingToWithdraw(address account, address token)
func InferenceCoordinatorCoordinatorNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xce6874d1d22a5426b25c561ac67073d03cedc0e6ea4e197c918edfd8f5955813")
}

// UnpackCoordinatorNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorNothingToWithdraw(address account, address token)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorNothingToWithdrawError(raw []byte) (*InferenceCoordinatorCoordinatorNothingToWithdraw, error) {
	out := new(InferenceCoordinatorCoordinatorNothingToWithdraw)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorNothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorOutputTooLong represents a CoordinatorOutputTooLong error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorOutputTooLong struct {
	RequestId [32]byte
	Length    *big.Int
	MaxLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorOutputTooLong(bytes32 requestId, uint256 length, uint256 maxLength)
func InferenceCoordinatorCoordinatorOutputTooLongErrorID() common.Hash {
	return common.HexToHash("0x9f442a71090c9c4b3a32c40cade177b34edcbd70c92884861479394a9f9f32cd")
}

// UnpackCoordinatorOutputTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorOutputTooLong(bytes32 requestId, uint256 length, uint256 maxLength)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorOutputTooLongError(raw []byte) (*InferenceCoordinatorCoordinatorOutputTooLong, error) {
	out := new(InferenceCoordinatorCoordinatorOutputTooLong)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorOutputTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorPaused represents a CoordinatorPaused error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorPaused()
func InferenceCoordinatorCoordinatorPausedErrorID() common.Hash {
	return common.HexToHash("0x46d0dbea16076d987d489f02e608133d2beb7eaa0ccbee4eabed620006aa9b92")
}

// UnpackCoordinatorPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorPaused()
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorPausedError(raw []byte) (*InferenceCoordinatorCoordinatorPaused, error) {
	out := new(InferenceCoordinatorCoordinatorPaused)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorPromptTooLong represents a CoordinatorPromptTooLong error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorPromptTooLong struct {
	Length    *big.Int
	MaxLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorPromptTooLong(uint256 length, uint256 maxLength)
func InferenceCoordinatorCoordinatorPromptTooLongErrorID() common.Hash {
	return common.HexToHash("0xc1b6f6dd62d63dfd8ce746315db4d4b77bae53494eb40b0caffbbb9350cf98fc")
}

// UnpackCoordinatorPromptTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorPromptTooLong(uint256 length, uint256 maxLength)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorPromptTooLongError(raw []byte) (*InferenceCoordinatorCoordinatorPromptTooLong, error) {
	out := new(InferenceCoordinatorCoordinatorPromptTooLong)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorPromptTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorRequestNotPending represents a CoordinatorRequestNotPending error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorRequestNotPending struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorRequestNotPending(bytes32 requestId)
func InferenceCoordinatorCoordinatorRequestNotPendingErrorID() common.Hash {
	return common.HexToHash("0xf700c2a0612d9902611af7602b2d2e7a8bd26c910367a7268fcee41734cf1a94")
}

// UnpackCoordinatorRequestNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorRequestNotPending(bytes32 requestId)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorRequestNotPendingError(raw []byte) (*InferenceCoordinatorCoordinatorRequestNotPending, error) {
	out := new(InferenceCoordinatorCoordinatorRequestNotPending)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorRequestNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorTooFewSignatures represents a CoordinatorTooFewSignatures error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorTooFewSignatures struct {
	RequestId [32]byte
	Count     *big.Int
	K         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorTooFewSignatures(bytes32 requestId, uint256 count, uint256 k)
func InferenceCoordinatorCoordinatorTooFewSignaturesErrorID() common.Hash {
	return common.HexToHash("0x2ccd0918b4b4ea2dada96703423f374aefa9cdd6276b30ca6336e9794c9c70dd")
}

// UnpackCoordinatorTooFewSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorTooFewSignatures(bytes32 requestId, uint256 count, uint256 k)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorTooFewSignaturesError(raw []byte) (*InferenceCoordinatorCoordinatorTooFewSignatures, error) {
	out := new(InferenceCoordinatorCoordinatorTooFewSignatures)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorTooFewSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorTransferFailed represents a CoordinatorTransferFailed error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorTransferFailed(address to, uint256 amount)
func InferenceCoordinatorCoordinatorTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x3d1dcc2deceaa59085e2276c44ad59fa4d2205c26b93dd3377c9137413d726b4")
}

// UnpackCoordinatorTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorTransferFailed(address to, uint256 amount)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorTransferFailedError(raw []byte) (*InferenceCoordinatorCoordinatorTransferFailed, error) {
	out := new(InferenceCoordinatorCoordinatorTransferFailed)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorUnderpaid represents a CoordinatorUnderpaid error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorUnderpaid struct {
	Required *big.Int
	Paid     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorUnderpaid(uint256 required, uint256 paid)
func InferenceCoordinatorCoordinatorUnderpaidErrorID() common.Hash {
	return common.HexToHash("0x56f111d9c7ba0d1fff04c8215823ac6d12ef1193e1b00908cb1ce3d81b117620")
}

// UnpackCoordinatorUnderpaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorUnderpaid(uint256 required, uint256 paid)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorUnderpaidError(raw []byte) (*InferenceCoordinatorCoordinatorUnderpaid, error) {
	out := new(InferenceCoordinatorCoordinatorUnderpaid)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorUnderpaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorUnorderedSigners represents a CoordinatorUnorderedSigners error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorUnorderedSigners struct {
	RequestId [32]byte
	Previous  common.Address
	Worker    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorUnorderedSigners(bytes32 requestId, address previous, address worker)
func InferenceCoordinatorCoordinatorUnorderedSignersErrorID() common.Hash {
	return common.HexToHash("0xe08f6dea65eed5c28235286837d379ff3e96b5cecd154d9f4eb1ce7cd6453d1c")
}

// UnpackCoordinatorUnorderedSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorUnorderedSigners(bytes32 requestId, address previous, address worker)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorUnorderedSignersError(raw []byte) (*InferenceCoordinatorCoordinatorUnorderedSigners, error) {
	out := new(InferenceCoordinatorCoordinatorUnorderedSigners)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorUnorderedSigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorWrongPaymentToken represents a CoordinatorWrongPaymentToken error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorWrongPaymentToken struct {
	ModelId *big.Int
	Token   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorWrongPaymentToken(uint256 modelId, address token)
func InferenceCoordinatorCoordinatorWrongPaymentTokenErrorID() common.Hash {
	return common.HexToHash("0x72f183cece1ff97df14d9bcf8ddf4c997766001cd23f480716b5fb0b4a6c2562")
}

// UnpackCoordinatorWrongPaymentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorWrongPaymentToken(uint256 modelId, address token)
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorWrongPaymentTokenError(raw []byte) (*InferenceCoordinatorCoordinatorWrongPaymentToken, error) {
	out := new(InferenceCoordinatorCoordinatorWrongPaymentToken)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorWrongPaymentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorCoordinatorZeroAddress represents a CoordinatorZeroAddress error raised by the InferenceCoordinator contract.
type InferenceCoordinatorCoordinatorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoordinatorZeroAddress()
func InferenceCoordinatorCoordinatorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xfa743c22fcb6582ac5166958e51c23034bbb8118f42d13f874dfe964f5329ad1")
}

// UnpackCoordinatorZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoordinatorZeroAddress()
func (inferenceCoordinator *InferenceCoordinator) UnpackCoordinatorZeroAddressError(raw []byte) (*InferenceCoordinatorCoordinatorZeroAddress, error) {
	out := new(InferenceCoordinatorCoordinatorZeroAddress)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "CoordinatorZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the InferenceCoordinator contract.
type InferenceCoordinatorOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func InferenceCoordinatorOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (inferenceCoordinator *InferenceCoordinator) UnpackOwnableInvalidOwnerError(raw []byte) (*InferenceCoordinatorOwnableInvalidOwner, error) {
	out := new(InferenceCoordinatorOwnableInvalidOwner)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the InferenceCoordinator contract.
type InferenceCoordinatorOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func InferenceCoordinatorOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (inferenceCoordinator *InferenceCoordinator) UnpackOwnableUnauthorizedAccountError(raw []byte) (*InferenceCoordinatorOwnableUnauthorizedAccount, error) {
	out := new(InferenceCoordinatorOwnableUnauthorizedAccount)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the InferenceCoordinator contract.
type InferenceCoordinatorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func InferenceCoordinatorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (inferenceCoordinator *InferenceCoordinator) UnpackReentrancyGuardReentrantCallError(raw []byte) (*InferenceCoordinatorReentrancyGuardReentrantCall, error) {
	out := new(InferenceCoordinatorReentrancyGuardReentrantCall)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceCoordinatorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the InferenceCoordinator contract.
type InferenceCoordinatorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func InferenceCoordinatorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (inferenceCoordinator *InferenceCoordinator) UnpackSafeERC20FailedOperationError(raw []byte) (*InferenceCoordinatorSafeERC20FailedOperation, error) {
	out := new(InferenceCoordinatorSafeERC20FailedOperation)
	if err := inferenceCoordinator.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenMetaData contains all meta data concerning the ManagementToken contract.
var ManagementTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bountyBoard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bountyMintBudget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"timelock\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bountyBoard\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bountyMintBudget\",\"type\":\"uint96\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"internalType\":\"structIManagementToken.TokenInit\",\"name\":\"init\",\"type\":\"tuple\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"}],\"name\":\"setBountyMintBudget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AutoDelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"BountyMintBudgetSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budgetLeft\",\"type\":\"uint256\"}],\"name\":\"BountyMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amounts\",\"type\":\"uint256\"}],\"name\":\"ManagementTokenAllocationMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"ManagementTokenBountyBudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ManagementTokenNotTimelock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ManagementTokenUnauthorizedMinter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ManagementTokenZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"}]",
	ID:  "4d6abca608bbc393cf97d7f826ebd1771d",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6133bc806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101db575f3560e01c806370a0823111610109578063bfe109281161009e578063d505accf1161006e578063d505accf146104aa578063dd62ed3e146104bd578063f1127ed814610514578063ff3c1d7514610566575f5ffd5b8063bfe1092814610463578063c3cda52014610474578063c879954014610487578063d33219b41461049a575f5ffd5b806391ddadf4116100d957806391ddadf41461041657806395d89b41146104355780639ab24eb01461043d578063a9059cbb14610450575f5ffd5b806370a08231146103c25780637ecebe00146103d557806384b0196e146103e85780638e539e8c14610403575f5ffd5b80633a46b1a81161017f5780634bf5d7e91161014f5780634bf5d7e914610304578063587cde1e1461033d5780635c19a95c146103875780636fcfff451461039a575f5ffd5b80633a46b1a8146102a457806340c10f19146102b757806342966c68146102cc57806345674e2d146102df575f5ffd5b806318160ddd116101ba57806318160ddd1461025357806323b872dd1461027a578063313ce5671461028d5780633644e5151461029c575f5ffd5b8062967882146101df57806306fdde031461021b578063095ea7b314610230575b5f5ffd5b5f547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff165b6040519081526020015b60405180910390f35b610223610579565b6040516102129190612c95565b61024361023e366004612cc2565b610631565b6040519015158152602001610212565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0254610208565b610243610288366004612cea565b61064a565b60405160128152602001610212565b61020861066d565b6102086102b2366004612cc2565b61067b565b6102ca6102c5366004612cc2565b6106ec565b005b6102ca6102da366004612d24565b61086b565b6001546001600160a01b03165b6040516001600160a01b039091168152602001610212565b60408051808201909152600e81527f6d6f64653d74696d657374616d700000000000000000000000000000000000006020820152610223565b6102ec61034b366004612d3b565b6001600160a01b039081165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0060205260409020541690565b6102ca610395366004612d3b565b610878565b6103ad6103a8366004612d3b565b610883565b60405163ffffffff9091168152602001610212565b6102086103d0366004612d3b565b61088d565b6102086103e3366004612d3b565b6108d0565b6103f06108da565b6040516102129796959493929190612d54565b610208610411366004612d24565b6109d4565b61041e610a2f565b60405165ffffffffffff9091168152602001610212565b610223610a38565b61020861044b366004612d3b565b610a89565b61024361045e366004612cc2565b610aea565b6002546001600160a01b03166102ec565b6102ca610482366004612e16565b610af7565b6102ca610495366004612e6a565b610bcc565b5f546001600160a01b03166102ec565b6102ca6104b8366004612e95565b610c82565b6102086104cb366004612efb565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b610527610522366004612f2c565b610e09565b60408051825165ffffffffffff16815260209283015179ffffffffffffffffffffffffffffffffffffffffffffffffffff169281019290925201610212565b6102ca610574366004612f69565b610e2d565b60605f7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace005b90508060030180546105af90612fa1565b80601f01602080910402602001604051908101604052809291908181526020018280546105db90612fa1565b80156106265780601f106105fd57610100808354040283529160200191610626565b820191905f5260205f20905b81548152906001019060200180831161060957829003601f168201915b505050505091505090565b5f3361063e8185856113d9565b60019150505b92915050565b5f336106578582856113eb565b6106628585856114be565b506001949350505050565b5f61067661154d565b905090565b5f7fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d006106c86106a984611556565b6001600160a01b0386165f9081526001840160205260409020906115bd565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b6001546001600160a01b03163303610818575f547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff168082111561077c576040517f6c7ad59d000000000000000000000000000000000000000000000000000000008152600481018390526bffffffffffffffffffffffff821660248201526044015b60405180910390fd5b5f80546bffffffffffffffffffffffff9284900392831674010000000000000000000000000000000000000000026001600160a01b039091161790556107c28383611683565b604080518381526bffffffffffffffffffffffff831660208201526001600160a01b038516917fcab38d7d1cde18de46d070403d6b5bb1e6d8c15f670b7ae4208b54d8749bfed6910160405180910390a2505050565b5f546001600160a01b03163303610837576108338282611683565b5050565b6040517f8e76d980000000000000000000000000000000000000000000000000000000008152336004820152602401610773565b61087533826116d0565b50565b33610833818361171d565b5f61064482611806565b5f807f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace005b6001600160a01b039093165f9081526020939093525050604090205490565b5f61064482611868565b5f60608082808083817fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100805490915015801561091857506001810154155b61097e576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f4549503731323a20556e696e697469616c697a656400000000000000000000006044820152606401610773565b610986611872565b61098e6118c3565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009c939b5091995046985030975095509350915050565b5f7fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d00610a0c610a0284611556565b60028301906115bd565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169392505050565b5f6106766118ec565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060917f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00916105af90612fa1565b6001600160a01b0381165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d01602052604081207fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0090610a0c906118f6565b5f3361063e8185856114be565b83421115610b34576040517f4683af0e00000000000000000000000000000000000000000000000000000000815260048101859052602401610773565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610bad90610ba59060a00160405160208183030381529060405280519060200120611943565b85858561198a565b9050610bb981876119b6565b610bc3818861171d565b50505050505050565b5f546001600160a01b03163314610c11576040517f2436c2ea000000000000000000000000000000000000000000000000000000008152336004820152602401610773565b5f80546001600160a01b0316740100000000000000000000000000000000000000006bffffffffffffffffffffffff8416908102919091179091556040519081527f4636d69ba88ad78c6853556165003cfe2bd2d127f8e99cebb63b3a92e279380e9060200160405180910390a150565b83421115610cbf576040517f6279130200000000000000000000000000000000000000000000000000000000815260048101859052602401610773565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610d298c6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f610d8382611943565b90505f610d928287878761198a565b9050896001600160a01b0316816001600160a01b031614610df2576040517f4b800e460000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301528b166024820152604401610773565b610dfd8a8a8a6113d9565b50505050505050505050565b604080518082019091525f8082526020820152610e268383611a40565b9392505050565b5f610e36611abc565b805490915060ff68010000000000000000820416159067ffffffffffffffff165f81158015610e625750825b90505f8267ffffffffffffffff166001148015610e7e5750303b155b905081158015610e8c575080155b15610ec3576040517ff92ee8a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b84547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001660011785558315610f245784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff16680100000000000000001785555b5f610f356060880160408901612d3b565b6001600160a01b03161480610f6157505f610f566080880160608901612d3b565b6001600160a01b0316145b80610f8357505f610f7860a0880160808901612d3b565b6001600160a01b0316145b15610fba576040517f849eb6f600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610fc760e087018761301f565b9050610fd660c088018861301f565b90501461103557610fea60c087018761301f565b9050610ff960e088018861301f565b6040517f3ada91060000000000000000000000000000000000000000000000000000000081526004810193909352602483015250604401610773565b6110bc611042878061308a565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061108392505050602089018961308a565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611ae492505050565b6111026110c9878061308a565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611af692505050565b61110a611b3d565b61111a6060870160408801612d3b565b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790556111616080870160608801612d3b565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790556111a960a0870160808801612d3b565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790556111f160c0870160a08801612e6a565b5f80546bffffffffffffffffffffffff9290921674010000000000000000000000000000000000000000026001600160a01b039092169190911790557f4636d69ba88ad78c6853556165003cfe2bd2d127f8e99cebb63b3a92e279380e61125e60c0880160a08901612e6a565b6040516bffffffffffffffffffffffff909116815260200160405180910390a15f5b61128d60c088018861301f565b905081101561136f575f6112a460c089018961301f565b838181106112b4576112b46130eb565b90506020020160208101906112c99190612d3b565b6001600160a01b031603611309576040517f849eb6f600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61136761131960c089018961301f565b83818110611329576113296130eb565b905060200201602081019061133e9190612d3b565b61134b60e08a018a61301f565b8481811061135b5761135b6130eb565b90506020020135611683565b600101611280565b5083156113d15784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b6113e68383836001611b47565b505050565b6001600160a01b038381165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156114b857818110156114aa576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810182905260448101839052606401610773565b6114b884848484035f611b47565b50505050565b6001600160a01b038316611500576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610773565b6001600160a01b038216611542576040517fec442f050000000000000000000000000000000000000000000000000000000081525f6004820152602401610773565b6113e6838383611c70565b5f610676611db5565b5f5f611560610a2f565b90508065ffffffffffff1683106115b4576040517fecd3f81e0000000000000000000000000000000000000000000000000000000081526004810184905265ffffffffffff82166024820152604401610773565b610e2683611e28565b81545f9081816005811115611619575f6115d684611e77565b6115e09085613145565b5f8881526020902090915081015465ffffffffffff908116908716101561160957809150611617565b611614816001613158565b92505b505b5f61162687878585611fdc565b905080156116765761164a8761163d600184613145565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16611678565b5f5b979650505050505050565b6001600160a01b0382166116c5576040517fec442f050000000000000000000000000000000000000000000000000000000081525f6004820152602401610773565b6108335f8383611c70565b6001600160a01b038216611712576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610773565b610833825f83611c70565b7fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d005f61177f846001600160a01b039081165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0060205260409020541690565b6001600160a01b038581165f8181526020869052604080822080547fffffffffffffffffffffffff000000000000000000000000000000000000000016898616908117909155905194955093928516927f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46114b881846118018761203b565b612045565b6001600160a01b0381165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0160205260408120547fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0090610e269061221a565b5f61064482612263565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100916105af90612fa1565b60605f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10061059e565b5f61067642611e28565b80545f90801561193b5761190f8361163d600184613145565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610e26565b5f9392505050565b5f61064461194f61154d565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f61199a8888888861228b565b9250925092506119aa8282612371565b50909695505050505050565b6001600160a01b0382165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb00602052604090208054600181019091558181146113e6576040517f752d88c00000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604401610773565b6040805180820182525f80825260208083018290526001600160a01b03861682527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d019052919091207fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0090611ab49084612474565b949350505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610644565b611aec6124f7565b6108338282612535565b611afe6124f7565b610875816040518060400160405280600181526020017f3100000000000000000000000000000000000000000000000000000000000000815250612598565b611b456124f7565b565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace006001600160a01b038516611baa576040517fe602df050000000000000000000000000000000000000000000000000000000081525f6004820152602401610773565b6001600160a01b038416611bec576040517f94280d620000000000000000000000000000000000000000000000000000000081525f6004820152602401610773565b6001600160a01b038086165f90815260018301602090815260408083209388168352929052208390558115611c6957836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92585604051611c6091815260200190565b60405180910390a35b5050505050565b6001600160a01b03821615801590611cbe57506001600160a01b038281165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d00602052604090205416155b15611d0157611ccd828361171d565b6040516001600160a01b038316907f0175ae47da8b5437103c0096c9dc8856f3ebf22fbfc2e452ac8a079cc285f795905f90a25b8015801590611d225750816001600160a01b0316836001600160a01b031614155b15611daa576002546040517f677ba3d30000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301528481166024830152604482018490529091169063677ba3d3906064015f604051808303815f87803b158015611d93575f5ffd5b505af1158015611da5573d5f5f3e3d5ffd5b505050505b6113e683838361260a565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f611ddf6126ad565b611de7612728565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b5f65ffffffffffff821115611e73576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610773565b5090565b5f60018211611e84575090565b8160017001000000000000000000000000000000008210611eaa5760809190911c9060401b5b680100000000000000008210611ec55760409190911c9060201b5b6401000000008210611edc5760209190911c9060101b5b620100008210611ef15760109190911c9060081b5b6101008210611f055760089190911c9060041b5b60108210611f185760049190911c9060021b5b60048210611f245760011b5b600302600190811c90818581611f3c57611f3c61316b565b048201901c90506001818581611f5457611f5461316b565b048201901c90506001818581611f6c57611f6c61316b565b048201901c90506001818581611f8457611f8461316b565b048201901c90506001818581611f9c57611f9c61316b565b048201901c90506001818581611fb457611fb461316b565b048201901c9050611fd3818581611fcd57611fcd61316b565b04821190565b90039392505050565b5f5b81831015612033575f611ff1848461277d565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff16111561201f5780925061202d565b61202a816001613158565b93505b50611fde565b509392505050565b5f6106448261088d565b7fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d006001600160a01b038481169084161480159061208157505f82115b156114b8576001600160a01b03841615612150576001600160a01b0384165f908152600182016020526040812081906120c5906127976120c0876127a2565b612801565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16915079ffffffffffffffffffffffffffffffffffffffffffffffffffff169150856001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051612145929190918252602082015260400190565b60405180910390a250505b6001600160a01b038316156114b8576001600160a01b0383165f9081526001820160205260408120819061218a906128396120c0876127a2565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16915079ffffffffffffffffffffffffffffffffffffffffffffffffffff169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724838360405161220a929190918252602082015260400190565b60405180910390a2505050505050565b5f63ffffffff821115611e73576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526020600482015260248101839052604401610773565b5f807f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006108b1565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156122c457505f91506003905082612367565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612315573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b03811661235e57505f925060019150829050612367565b92505f91508190505b9450945094915050565b5f82600381111561238457612384613198565b0361238d575050565b60018260038111156123a1576123a1613198565b036123d8576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156123ec576123ec613198565b03612426576040517ffce698f700000000000000000000000000000000000000000000000000000000815260048101829052602401610773565b600382600381111561243a5761243a613198565b03610833576040517fd78bce0c00000000000000000000000000000000000000000000000000000000815260048101829052602401610773565b604080518082019091525f8082526020820152825f018263ffffffff16815481106124a1576124a16130eb565b5f9182526020918290206040805180820190915291015465ffffffffffff811682526601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16918101919091529392505050565b6124ff612844565b611b45576040517fd7e6bcf800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61253d6124f7565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace007f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036125898482613209565b50600481016114b88382613209565b6125a06124f7565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1026125ec8482613209565b50600381016125fb8382613209565b505f8082556001909101555050565b612615838383612862565b6001600160a01b0383166126a2575f61264c7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace025490565b90506bffffffffffffffffffffffff8082111561269f576040517f1cb15d260000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610773565b50505b6113e68383836129c7565b5f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100816126d8611872565b8051909150156126f057805160209091012092915050565b815480156126ff579392505050565b7fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470935050505090565b5f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100816127536118c3565b80519091501561276b57805160209091012092915050565b600182015480156126ff579392505050565b5f61278b6002848418613320565b610e2690848416613158565b5f610e268284613358565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff821115611e73576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d0600482015260248101839052604401610773565b5f5f61282c61280e610a2f565b61282461281a886118f6565b868863ffffffff16565b879190612a80565b915091505b935093915050565b5f610e26828461338a565b5f61284d611abc565b5468010000000000000000900460ff16919050565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace006001600160a01b0384166128af5781816002015f8282546128a49190613158565b909155506129389050565b6001600160a01b0384165f908152602082905260409020548281101561291a576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b03861660048201526024810182905260448101849052606401610773565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b038316612956576002810180548390039055612974565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040516129b991815260200190565b60405180910390a350505050565b7fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d006001600160a01b038416612a0c57612a09816002016128396120c0856127a2565b50505b6001600160a01b038316612a3057612a2d816002016127976120c0856127a2565b50505b6001600160a01b038481165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0060205260408082205486841683529120546114b892918216911684612045565b5f8061282c85858582545f9081908015612bd9575f612aa48761163d600185613145565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612b16576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612b6557825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355612bcb565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061283192505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081612831565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f610e266020830184612c49565b80356001600160a01b0381168114612cbd575f5ffd5b919050565b5f5f60408385031215612cd3575f5ffd5b612cdc83612ca7565b946020939093013593505050565b5f5f5f60608486031215612cfc575f5ffd5b612d0584612ca7565b9250612d1360208501612ca7565b929592945050506040919091013590565b5f60208284031215612d34575f5ffd5b5035919050565b5f60208284031215612d4b575f5ffd5b610e2682612ca7565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612d8e60e0830189612c49565b8281036040840152612da08189612c49565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612df5578351835260209384019390920191600101612dd7565b50909b9a5050505050505050505050565b803560ff81168114612cbd575f5ffd5b5f5f5f5f5f5f60c08789031215612e2b575f5ffd5b612e3487612ca7565b95506020870135945060408701359350612e5060608801612e06565b9598949750929560808101359460a0909101359350915050565b5f60208284031215612e7a575f5ffd5b81356bffffffffffffffffffffffff81168114610e26575f5ffd5b5f5f5f5f5f5f5f60e0888a031215612eab575f5ffd5b612eb488612ca7565b9650612ec260208901612ca7565b95506040880135945060608801359350612ede60808901612e06565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215612f0c575f5ffd5b612f1583612ca7565b9150612f2360208401612ca7565b90509250929050565b5f5f60408385031215612f3d575f5ffd5b612f4683612ca7565b9150602083013563ffffffff81168114612f5e575f5ffd5b809150509250929050565b5f60208284031215612f79575f5ffd5b813567ffffffffffffffff811115612f8f575f5ffd5b82016101008185031215610e26575f5ffd5b600181811c90821680612fb557607f821691505b602082108103612fec577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613052575f5ffd5b83018035915067ffffffffffffffff82111561306c575f5ffd5b6020019150600581901b3603821315613083575f5ffd5b9250929050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126130bd575f5ffd5b83018035915067ffffffffffffffff8211156130d7575f5ffd5b602001915036819003821315613083575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561064457610644613118565b8082018082111561064457610644613118565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b601f8211156113e657805f5260205f20601f840160051c810160208510156131ea5750805b601f840160051c820191505b81811015611c69575f81556001016131f6565b815167ffffffffffffffff81111561322357613223612ff2565b613237816132318454612fa1565b846131c5565b6020601f821160018114613288575f83156132525750848201515b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178455611c69565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b828110156132d557878501518255602094850194600190920191016132b5565b508482101561331157868401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b60f8161c191681555b50505050600190811b01905550565b5f82613353577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff828116828216039081111561064457610644613118565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff81811683821601908111156106445761064461311856",
}

// ManagementToken is an auto generated Go binding around an Ethereum contract.
type ManagementToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ManagementToken) GetABI() abi.ABI {
	return c.abi
}

// NewManagementToken creates a new instance of ManagementToken.
func NewManagementToken() *ManagementToken {
	parsed, err := ManagementTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ManagementToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ManagementToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (managementToken *ManagementToken) PackCLOCKMODE() []byte {
	enc, err := managementToken.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (managementToken *ManagementToken) TryPackCLOCKMODE() ([]byte, error) {
	return managementToken.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (managementToken *ManagementToken) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := managementToken.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (managementToken *ManagementToken) PackDOMAINSEPARATOR() []byte {
	enc, err := managementToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (managementToken *ManagementToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return managementToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (managementToken *ManagementToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := managementToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (managementToken *ManagementToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := managementToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (managementToken *ManagementToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return managementToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (managementToken *ManagementToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (managementToken *ManagementToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := managementToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (managementToken *ManagementToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (managementToken *ManagementToken) UnpackApprove(data []byte) (bool, error) {
	out, err := managementToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (managementToken *ManagementToken) PackBalanceOf(account common.Address) []byte {
	enc, err := managementToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (managementToken *ManagementToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return managementToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (managementToken *ManagementToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBountyBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45674e2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bountyBoard() view returns(address)
func (managementToken *ManagementToken) PackBountyBoard() []byte {
	enc, err := managementToken.abi.Pack("bountyBoard")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBountyBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45674e2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bountyBoard() view returns(address)
func (managementToken *ManagementToken) TryPackBountyBoard() ([]byte, error) {
	return managementToken.abi.Pack("bountyBoard")
}

// UnpackBountyBoard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45674e2d.
//
// Solidity: function bountyBoard() view returns(address)
func (managementToken *ManagementToken) UnpackBountyBoard(data []byte) (common.Address, error) {
	out, err := managementToken.abi.Unpack("bountyBoard", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBountyMintBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00967882.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bountyMintBudget() view returns(uint256)
func (managementToken *ManagementToken) PackBountyMintBudget() []byte {
	enc, err := managementToken.abi.Pack("bountyMintBudget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBountyMintBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00967882.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bountyMintBudget() view returns(uint256)
func (managementToken *ManagementToken) TryPackBountyMintBudget() ([]byte, error) {
	return managementToken.abi.Pack("bountyMintBudget")
}

// UnpackBountyMintBudget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00967882.
//
// Solidity: function bountyMintBudget() view returns(uint256)
func (managementToken *ManagementToken) UnpackBountyMintBudget(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("bountyMintBudget", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (managementToken *ManagementToken) PackBurn(amount *big.Int) []byte {
	enc, err := managementToken.abi.Pack("burn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount) returns()
func (managementToken *ManagementToken) TryPackBurn(amount *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("burn", amount)
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (managementToken *ManagementToken) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := managementToken.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (managementToken *ManagementToken) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return managementToken.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (managementToken *ManagementToken) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := managementToken.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (managementToken *ManagementToken) PackClock() []byte {
	enc, err := managementToken.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (managementToken *ManagementToken) TryPackClock() ([]byte, error) {
	return managementToken.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (managementToken *ManagementToken) UnpackClock(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (managementToken *ManagementToken) PackDecimals() []byte {
	enc, err := managementToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (managementToken *ManagementToken) TryPackDecimals() ([]byte, error) {
	return managementToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (managementToken *ManagementToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := managementToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (managementToken *ManagementToken) PackDelegate(delegatee common.Address) []byte {
	enc, err := managementToken.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (managementToken *ManagementToken) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return managementToken.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (managementToken *ManagementToken) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := managementToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (managementToken *ManagementToken) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return managementToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (managementToken *ManagementToken) PackDelegates(account common.Address) []byte {
	enc, err := managementToken.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (managementToken *ManagementToken) TryPackDelegates(account common.Address) ([]byte, error) {
	return managementToken.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (managementToken *ManagementToken) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := managementToken.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDistributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe10928.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributor() view returns(address)
func (managementToken *ManagementToken) PackDistributor() []byte {
	enc, err := managementToken.abi.Pack("distributor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe10928.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributor() view returns(address)
func (managementToken *ManagementToken) TryPackDistributor() ([]byte, error) {
	return managementToken.abi.Pack("distributor")
}

// UnpackDistributor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (managementToken *ManagementToken) UnpackDistributor(data []byte) (common.Address, error) {
	out, err := managementToken.abi.Unpack("distributor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (managementToken *ManagementToken) PackEip712Domain() []byte {
	enc, err := managementToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (managementToken *ManagementToken) TryPackEip712Domain() ([]byte, error) {
	return managementToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (managementToken *ManagementToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := managementToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (managementToken *ManagementToken) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := managementToken.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (managementToken *ManagementToken) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (managementToken *ManagementToken) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (managementToken *ManagementToken) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := managementToken.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (managementToken *ManagementToken) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (managementToken *ManagementToken) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (managementToken *ManagementToken) PackGetVotes(account common.Address) []byte {
	enc, err := managementToken.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (managementToken *ManagementToken) TryPackGetVotes(account common.Address) ([]byte, error) {
	return managementToken.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (managementToken *ManagementToken) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff3c1d75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize((string,string,address,address,address,uint96,address[],uint256[]) init) returns()
func (managementToken *ManagementToken) PackInitialize(init IManagementTokenTokenInit) []byte {
	enc, err := managementToken.abi.Pack("initialize", init)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff3c1d75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize((string,string,address,address,address,uint96,address[],uint256[]) init) returns()
func (managementToken *ManagementToken) TryPackInitialize(init IManagementTokenTokenInit) ([]byte, error) {
	return managementToken.abi.Pack("initialize", init)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (managementToken *ManagementToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := managementToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (managementToken *ManagementToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (managementToken *ManagementToken) PackName() []byte {
	enc, err := managementToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (managementToken *ManagementToken) TryPackName() ([]byte, error) {
	return managementToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (managementToken *ManagementToken) UnpackName(data []byte) (string, error) {
	out, err := managementToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (managementToken *ManagementToken) PackNonces(owner common.Address) []byte {
	enc, err := managementToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (managementToken *ManagementToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return managementToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (managementToken *ManagementToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (managementToken *ManagementToken) PackNumCheckpoints(account common.Address) []byte {
	enc, err := managementToken.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (managementToken *ManagementToken) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return managementToken.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (managementToken *ManagementToken) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := managementToken.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (managementToken *ManagementToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := managementToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (managementToken *ManagementToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return managementToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSetBountyMintBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8799540.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBountyMintBudget(uint96 budget) returns()
func (managementToken *ManagementToken) PackSetBountyMintBudget(budget *big.Int) []byte {
	enc, err := managementToken.abi.Pack("setBountyMintBudget", budget)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBountyMintBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8799540.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBountyMintBudget(uint96 budget) returns()
func (managementToken *ManagementToken) TryPackSetBountyMintBudget(budget *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("setBountyMintBudget", budget)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (managementToken *ManagementToken) PackSymbol() []byte {
	enc, err := managementToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (managementToken *ManagementToken) TryPackSymbol() ([]byte, error) {
	return managementToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (managementToken *ManagementToken) UnpackSymbol(data []byte) (string, error) {
	out, err := managementToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (managementToken *ManagementToken) PackTimelock() []byte {
	enc, err := managementToken.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (managementToken *ManagementToken) TryPackTimelock() ([]byte, error) {
	return managementToken.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (managementToken *ManagementToken) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := managementToken.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (managementToken *ManagementToken) PackTotalSupply() []byte {
	enc, err := managementToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (managementToken *ManagementToken) TryPackTotalSupply() ([]byte, error) {
	return managementToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (managementToken *ManagementToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := managementToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (managementToken *ManagementToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := managementToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (managementToken *ManagementToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (managementToken *ManagementToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := managementToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (managementToken *ManagementToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := managementToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (managementToken *ManagementToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return managementToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (managementToken *ManagementToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := managementToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ManagementTokenApproval represents a Approval event raised by the ManagementToken contract.
type ManagementTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ManagementTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ManagementTokenApproval) ContractEventName() string {
	return ManagementTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (managementToken *ManagementToken) UnpackApprovalEvent(log *types.Log) (*ManagementTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenApproval)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenAutoDelegated represents a AutoDelegated event raised by the ManagementToken contract.
type ManagementTokenAutoDelegated struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ManagementTokenAutoDelegatedEventName = "AutoDelegated"

// ContractEventName returns the user-defined event name.
func (ManagementTokenAutoDelegated) ContractEventName() string {
	return ManagementTokenAutoDelegatedEventName
}

// UnpackAutoDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AutoDelegated(address indexed account)
func (managementToken *ManagementToken) UnpackAutoDelegatedEvent(log *types.Log) (*ManagementTokenAutoDelegated, error) {
	event := "AutoDelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenAutoDelegated)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenBountyMintBudgetSet represents a BountyMintBudgetSet event raised by the ManagementToken contract.
type ManagementTokenBountyMintBudgetSet struct {
	Budget *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ManagementTokenBountyMintBudgetSetEventName = "BountyMintBudgetSet"

// ContractEventName returns the user-defined event name.
func (ManagementTokenBountyMintBudgetSet) ContractEventName() string {
	return ManagementTokenBountyMintBudgetSetEventName
}

// UnpackBountyMintBudgetSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BountyMintBudgetSet(uint256 budget)
func (managementToken *ManagementToken) UnpackBountyMintBudgetSetEvent(log *types.Log) (*ManagementTokenBountyMintBudgetSet, error) {
	event := "BountyMintBudgetSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenBountyMintBudgetSet)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenBountyMinted represents a BountyMinted event raised by the ManagementToken contract.
type ManagementTokenBountyMinted struct {
	To         common.Address
	Amount     *big.Int
	BudgetLeft *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ManagementTokenBountyMintedEventName = "BountyMinted"

// ContractEventName returns the user-defined event name.
func (ManagementTokenBountyMinted) ContractEventName() string {
	return ManagementTokenBountyMintedEventName
}

// UnpackBountyMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BountyMinted(address indexed to, uint256 amount, uint256 budgetLeft)
func (managementToken *ManagementToken) UnpackBountyMintedEvent(log *types.Log) (*ManagementTokenBountyMinted, error) {
	event := "BountyMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenBountyMinted)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenDelegateChanged represents a DelegateChanged event raised by the ManagementToken contract.
type ManagementTokenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const ManagementTokenDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (ManagementTokenDelegateChanged) ContractEventName() string {
	return ManagementTokenDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (managementToken *ManagementToken) UnpackDelegateChangedEvent(log *types.Log) (*ManagementTokenDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenDelegateChanged)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenDelegateVotesChanged represents a DelegateVotesChanged event raised by the ManagementToken contract.
type ManagementTokenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ManagementTokenDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (ManagementTokenDelegateVotesChanged) ContractEventName() string {
	return ManagementTokenDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (managementToken *ManagementToken) UnpackDelegateVotesChangedEvent(log *types.Log) (*ManagementTokenDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the ManagementToken contract.
type ManagementTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ManagementTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ManagementTokenEIP712DomainChanged) ContractEventName() string {
	return ManagementTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (managementToken *ManagementToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*ManagementTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenInitialized represents a Initialized event raised by the ManagementToken contract.
type ManagementTokenInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ManagementTokenInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ManagementTokenInitialized) ContractEventName() string {
	return ManagementTokenInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (managementToken *ManagementToken) UnpackInitializedEvent(log *types.Log) (*ManagementTokenInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenInitialized)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagementTokenTransfer represents a Transfer event raised by the ManagementToken contract.
type ManagementTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ManagementTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ManagementTokenTransfer) ContractEventName() string {
	return ManagementTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (managementToken *ManagementToken) UnpackTransferEvent(log *types.Log) (*ManagementTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != managementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagementTokenTransfer)
	if len(log.Data) > 0 {
		if err := managementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range managementToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (managementToken *ManagementToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], managementToken.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return managementToken.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return managementToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return managementToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return managementToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return managementToken.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return managementToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return managementToken.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ManagementTokenAllocationMismatch"].ID.Bytes()[:4]) {
		return managementToken.UnpackManagementTokenAllocationMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ManagementTokenBountyBudgetExceeded"].ID.Bytes()[:4]) {
		return managementToken.UnpackManagementTokenBountyBudgetExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ManagementTokenNotTimelock"].ID.Bytes()[:4]) {
		return managementToken.UnpackManagementTokenNotTimelockError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ManagementTokenUnauthorizedMinter"].ID.Bytes()[:4]) {
		return managementToken.UnpackManagementTokenUnauthorizedMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["ManagementTokenZeroAddress"].ID.Bytes()[:4]) {
		return managementToken.UnpackManagementTokenZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return managementToken.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return managementToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], managementToken.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return managementToken.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ManagementTokenCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the ManagementToken contract.
type ManagementTokenCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func ManagementTokenCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (managementToken *ManagementToken) UnpackCheckpointUnorderedInsertionError(raw []byte) (*ManagementTokenCheckpointUnorderedInsertion, error) {
	out := new(ManagementTokenCheckpointUnorderedInsertion)
	if err := managementToken.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the ManagementToken contract.
type ManagementTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func ManagementTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (managementToken *ManagementToken) UnpackECDSAInvalidSignatureError(raw []byte) (*ManagementTokenECDSAInvalidSignature, error) {
	out := new(ManagementTokenECDSAInvalidSignature)
	if err := managementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the ManagementToken contract.
type ManagementTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func ManagementTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (managementToken *ManagementToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*ManagementTokenECDSAInvalidSignatureLength, error) {
	out := new(ManagementTokenECDSAInvalidSignatureLength)
	if err := managementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the ManagementToken contract.
type ManagementTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func ManagementTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (managementToken *ManagementToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*ManagementTokenECDSAInvalidSignatureS, error) {
	out := new(ManagementTokenECDSAInvalidSignatureS)
	if err := managementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the ManagementToken contract.
type ManagementTokenERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func ManagementTokenERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (managementToken *ManagementToken) UnpackERC20ExceededSafeSupplyError(raw []byte) (*ManagementTokenERC20ExceededSafeSupply, error) {
	out := new(ManagementTokenERC20ExceededSafeSupply)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ManagementToken contract.
type ManagementTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ManagementTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (managementToken *ManagementToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ManagementTokenERC20InsufficientAllowance, error) {
	out := new(ManagementTokenERC20InsufficientAllowance)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ManagementToken contract.
type ManagementTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ManagementTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (managementToken *ManagementToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ManagementTokenERC20InsufficientBalance, error) {
	out := new(ManagementTokenERC20InsufficientBalance)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ManagementToken contract.
type ManagementTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ManagementTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (managementToken *ManagementToken) UnpackERC20InvalidApproverError(raw []byte) (*ManagementTokenERC20InvalidApprover, error) {
	out := new(ManagementTokenERC20InvalidApprover)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ManagementToken contract.
type ManagementTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ManagementTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (managementToken *ManagementToken) UnpackERC20InvalidReceiverError(raw []byte) (*ManagementTokenERC20InvalidReceiver, error) {
	out := new(ManagementTokenERC20InvalidReceiver)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ManagementToken contract.
type ManagementTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ManagementTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (managementToken *ManagementToken) UnpackERC20InvalidSenderError(raw []byte) (*ManagementTokenERC20InvalidSender, error) {
	out := new(ManagementTokenERC20InvalidSender)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ManagementToken contract.
type ManagementTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ManagementTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (managementToken *ManagementToken) UnpackERC20InvalidSpenderError(raw []byte) (*ManagementTokenERC20InvalidSpender, error) {
	out := new(ManagementTokenERC20InvalidSpender)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the ManagementToken contract.
type ManagementTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func ManagementTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (managementToken *ManagementToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*ManagementTokenERC2612ExpiredSignature, error) {
	out := new(ManagementTokenERC2612ExpiredSignature)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the ManagementToken contract.
type ManagementTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func ManagementTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (managementToken *ManagementToken) UnpackERC2612InvalidSignerError(raw []byte) (*ManagementTokenERC2612InvalidSigner, error) {
	out := new(ManagementTokenERC2612InvalidSigner)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC5805FutureLookup represents a ERC5805FutureLookup error raised by the ManagementToken contract.
type ManagementTokenERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func ManagementTokenERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (managementToken *ManagementToken) UnpackERC5805FutureLookupError(raw []byte) (*ManagementTokenERC5805FutureLookup, error) {
	out := new(ManagementTokenERC5805FutureLookup)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the ManagementToken contract.
type ManagementTokenERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func ManagementTokenERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (managementToken *ManagementToken) UnpackERC6372InconsistentClockError(raw []byte) (*ManagementTokenERC6372InconsistentClock, error) {
	out := new(ManagementTokenERC6372InconsistentClock)
	if err := managementToken.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the ManagementToken contract.
type ManagementTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func ManagementTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (managementToken *ManagementToken) UnpackInvalidAccountNonceError(raw []byte) (*ManagementTokenInvalidAccountNonce, error) {
	out := new(ManagementTokenInvalidAccountNonce)
	if err := managementToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenInvalidInitialization represents a InvalidInitialization error raised by the ManagementToken contract.
type ManagementTokenInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ManagementTokenInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (managementToken *ManagementToken) UnpackInvalidInitializationError(raw []byte) (*ManagementTokenInvalidInitialization, error) {
	out := new(ManagementTokenInvalidInitialization)
	if err := managementToken.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenManagementTokenAllocationMismatch represents a ManagementTokenAllocationMismatch error raised by the ManagementToken contract.
type ManagementTokenManagementTokenAllocationMismatch struct {
	Holders *big.Int
	Amounts *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManagementTokenAllocationMismatch(uint256 holders, uint256 amounts)
func ManagementTokenManagementTokenAllocationMismatchErrorID() common.Hash {
	return common.HexToHash("0x3ada91068e1127ffed5735a68f21e211e4a4391bf65db5ef16805147006e2a33")
}

// UnpackManagementTokenAllocationMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManagementTokenAllocationMismatch(uint256 holders, uint256 amounts)
func (managementToken *ManagementToken) UnpackManagementTokenAllocationMismatchError(raw []byte) (*ManagementTokenManagementTokenAllocationMismatch, error) {
	out := new(ManagementTokenManagementTokenAllocationMismatch)
	if err := managementToken.abi.UnpackIntoInterface(out, "ManagementTokenAllocationMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenManagementTokenBountyBudgetExceeded represents a ManagementTokenBountyBudgetExceeded error raised by the ManagementToken contract.
type ManagementTokenManagementTokenBountyBudgetExceeded struct {
	Amount *big.Int
	Budget *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManagementTokenBountyBudgetExceeded(uint256 amount, uint256 budget)
func ManagementTokenManagementTokenBountyBudgetExceededErrorID() common.Hash {
	return common.HexToHash("0x6c7ad59d5a9706e31f67dfcc138c06bfa03a5c5334ad3e4fdf6f27035db1b2eb")
}

// UnpackManagementTokenBountyBudgetExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManagementTokenBountyBudgetExceeded(uint256 amount, uint256 budget)
func (managementToken *ManagementToken) UnpackManagementTokenBountyBudgetExceededError(raw []byte) (*ManagementTokenManagementTokenBountyBudgetExceeded, error) {
	out := new(ManagementTokenManagementTokenBountyBudgetExceeded)
	if err := managementToken.abi.UnpackIntoInterface(out, "ManagementTokenBountyBudgetExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenManagementTokenNotTimelock represents a ManagementTokenNotTimelock error raised by the ManagementToken contract.
type ManagementTokenManagementTokenNotTimelock struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManagementTokenNotTimelock(address caller)
func ManagementTokenManagementTokenNotTimelockErrorID() common.Hash {
	return common.HexToHash("0x2436c2ea363030324d29c8a059a670d04d602ac6d0ec81a337c157755c267231")
}

// UnpackManagementTokenNotTimelockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManagementTokenNotTimelock(address caller)
func (managementToken *ManagementToken) UnpackManagementTokenNotTimelockError(raw []byte) (*ManagementTokenManagementTokenNotTimelock, error) {
	out := new(ManagementTokenManagementTokenNotTimelock)
	if err := managementToken.abi.UnpackIntoInterface(out, "ManagementTokenNotTimelock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenManagementTokenUnauthorizedMinter represents a ManagementTokenUnauthorizedMinter error raised by the ManagementToken contract.
type ManagementTokenManagementTokenUnauthorizedMinter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManagementTokenUnauthorizedMinter(address caller)
func ManagementTokenManagementTokenUnauthorizedMinterErrorID() common.Hash {
	return common.HexToHash("0x8e76d98063d60d5efd19bddb60d6683ef41d93cd7a382fb48bd4beec645c3687")
}

// UnpackManagementTokenUnauthorizedMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManagementTokenUnauthorizedMinter(address caller)
func (managementToken *ManagementToken) UnpackManagementTokenUnauthorizedMinterError(raw []byte) (*ManagementTokenManagementTokenUnauthorizedMinter, error) {
	out := new(ManagementTokenManagementTokenUnauthorizedMinter)
	if err := managementToken.abi.UnpackIntoInterface(out, "ManagementTokenUnauthorizedMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenManagementTokenZeroAddress represents a ManagementTokenZeroAddress error raised by the ManagementToken contract.
type ManagementTokenManagementTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManagementTokenZeroAddress()
func ManagementTokenManagementTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x849eb6f6e25595e1dc4e9364e225b23416dc234e1d152d3d479258722e642bdb")
}

// UnpackManagementTokenZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManagementTokenZeroAddress()
func (managementToken *ManagementToken) UnpackManagementTokenZeroAddressError(raw []byte) (*ManagementTokenManagementTokenZeroAddress, error) {
	out := new(ManagementTokenManagementTokenZeroAddress)
	if err := managementToken.abi.UnpackIntoInterface(out, "ManagementTokenZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenNotInitializing represents a NotInitializing error raised by the ManagementToken contract.
type ManagementTokenNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ManagementTokenNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (managementToken *ManagementToken) UnpackNotInitializingError(raw []byte) (*ManagementTokenNotInitializing, error) {
	out := new(ManagementTokenNotInitializing)
	if err := managementToken.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ManagementToken contract.
type ManagementTokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ManagementTokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (managementToken *ManagementToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ManagementTokenSafeCastOverflowedUintDowncast, error) {
	out := new(ManagementTokenSafeCastOverflowedUintDowncast)
	if err := managementToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagementTokenVotesExpiredSignature represents a VotesExpiredSignature error raised by the ManagementToken contract.
type ManagementTokenVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func ManagementTokenVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (managementToken *ManagementToken) UnpackVotesExpiredSignatureError(raw []byte) (*ManagementTokenVotesExpiredSignature, error) {
	out := new(ManagementTokenVotesExpiredSignature)
	if err := managementToken.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MiniDAOFactoryMetaData contains all meta data concerning the MiniDAOFactory contract.
var MiniDAOFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"timelock\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bountyBoard\",\"type\":\"address\"}],\"internalType\":\"structIMiniDAOFactory.Implementations\",\"name\":\"impl\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint96\",\"name\":\"bountyMintBudget\",\"type\":\"uint96\"},{\"internalType\":\"uint48\",\"name\":\"votingDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timelockDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"streamPeriod\",\"type\":\"uint40\"},{\"internalType\":\"address[]\",\"name\":\"curators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"paymentTokens\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"}],\"internalType\":\"structIMiniDAOFactory.DAOConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"createDAO\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"timelock\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bountyBoard\",\"type\":\"address\"}],\"internalType\":\"structIMiniDAOFactory.DAOAddresses\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implementations\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"timelock\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bountyBoard\",\"type\":\"address\"}],\"internalType\":\"structIMiniDAOFactory.Implementations\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"timelock\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"bountyBoard\",\"type\":\"address\"}],\"name\":\"DAOCreated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FactoryZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"}]",
	ID:  "72442c3967723a8024f784afdfb6a29dab",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161153138038061153183398101604081905261002f91610120565b6001600160a01b038216158061004d575080516001600160a01b0316155b80610063575060208101516001600160a01b0316155b80610079575060408101516001600160a01b0316155b8061008f575060608101516001600160a01b0316155b806100a5575060808101516001600160a01b0316155b156100c357604051632bc3b66b60e11b815260040160405180910390fd5b6001600160a01b0391821660809081528151831660a0526020820151831660c0526040820151831660e0526060820151831661010052015116610120526101dd565b80516001600160a01b038116811461011b575f5ffd5b919050565b5f5f82840360c0811215610132575f5ffd5b61013b84610105565b925060a0601f198201121561014e575f5ffd5b5060405160a081016001600160401b038111828210171561017d57634e487b7160e01b5f52604160045260245ffd5b60405261018c60208501610105565b815261019a60408501610105565b60208201526101ab60608501610105565b60408201526101bc60808501610105565b60608201526101cd60a08501610105565b6080820152809150509250929050565b60805160a05160c05160e05161010051610120516112e661024b5f395f818161016d01526103f001525f818161013101526103ac01525f818160f5015261036801525f818160b9015261032401525f8181607d01526102e301525f818161027c015261056001526112e65ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806330e9012c146100435780637b103999146102625780638e60bf24146102a6575b5f5ffd5b6101aa6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16815250905090565b60405161025991905f60a08201905073ffffffffffffffffffffffffffffffffffffffff835116825273ffffffffffffffffffffffffffffffffffffffff602084015116602083015273ffffffffffffffffffffffffffffffffffffffff604084015116604083015273ffffffffffffffffffffffffffffffffffffffff606084015116606083015273ffffffffffffffffffffffffffffffffffffffff608084015116608083015292915050565b60405180910390f35b60405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610259565b6101aa6102b4366004610c39565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526103077f00000000000000000000000000000000000000000000000000000000000000006106bd565b73ffffffffffffffffffffffffffffffffffffffff1681526103487f00000000000000000000000000000000000000000000000000000000000000006106bd565b73ffffffffffffffffffffffffffffffffffffffff16602082015261038c7f00000000000000000000000000000000000000000000000000000000000000006106bd565b73ffffffffffffffffffffffffffffffffffffffff1660408201526103d07f00000000000000000000000000000000000000000000000000000000000000006106bd565b73ffffffffffffffffffffffffffffffffffffffff1660608201526104147f00000000000000000000000000000000000000000000000000000000000000006106bd565b73ffffffffffffffffffffffffffffffffffffffff908116608083015260608201518251602084015191909216916314d1ad1b9161045a61016087016101408801610c78565b610468610180880188610c9c565b6040518663ffffffff1660e01b8152600401610488959493929190610d60565b5f604051808303815f87803b15801561049f575f5ffd5b505af11580156104b1573d5f5f3e3d5ffd5b50505060808201518251602084015173ffffffffffffffffffffffffffffffffffffffff9092169250636d752616916104ee610160870187610c9c565b6104fc610180890189610c9c565b6040518763ffffffff1660e01b815260040161051d96959493929190610dc3565b5f604051808303815f87803b158015610534575f5ffd5b505af1158015610546573d5f5f3e3d5ffd5b5050505061055482826106ce565b61055e8282610907565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663ca01aed9826020015183606001518460800151866101a0016040518563ffffffff1660e01b81526004016105cd9493929190610e44565b5f604051808303815f87803b1580156105e4575f5ffd5b505af11580156105f6573d5f5f3e3d5ffd5b50505050805f015173ffffffffffffffffffffffffffffffffffffffff16816020015173ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff167fc034090d4d74284cdf97d3d0b5a7167bb55c5e2c2a1227ae7419c44fabf1f3ac8460400151856060015186608001516040516106b09392919073ffffffffffffffffffffffffffffffffffffffff93841681529183166020830152909116604082015260600190565b60405180910390a4919050565b5f6106c8825f610b62565b92915050565b805160408051610100810190915273ffffffffffffffffffffffffffffffffffffffff9091169063ff3c1d7590806107068680610ecb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525060209081019061074e90870187610ecb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508152602001846020015173ffffffffffffffffffffffffffffffffffffffff168152602001846080015173ffffffffffffffffffffffffffffffffffffffff168152602001846060015173ffffffffffffffffffffffffffffffffffffffff1681526020018560800160208101906108089190610f2c565b6bffffffffffffffffffffffff1681526020016108286040870187610c9c565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050509082525060200161086b6060870187610c9c565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050509152506040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526108d69190600401611019565b5f604051808303815f87803b1580156108ed575f5ffd5b505af11580156108ff573d5f5f3e3d5ffd5b505050505050565b604080820151815160e0810190925273ffffffffffffffffffffffffffffffffffffffff169063bb171c2f908061093e8680610ecb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250845173ffffffffffffffffffffffffffffffffffffffff9081166020808401919091528601511660408201526060016109b360c0870160a08801611179565b65ffffffffffff1681526020016109d060e0870160c0880161119e565b63ffffffff1681526020018560e0013581526020018561010001358152506040518263ffffffff1660e01b8152600401610a0a91906111c1565b5f604051808303815f87803b158015610a21575f5ffd5b505af1158015610a33573d5f5f3e3d5ffd5b505f925060019150610a429050565b604051908082528060200260200182016040528015610a6b578160200160208202803683370190505b5090508160400151815f81518110610a8557610a85611267565b73ffffffffffffffffffffffffffffffffffffffff92909216602092830291909101909101526040805160018082528183019092525f9181602001602082028036833750505060208401516040517fc4c4c7b300000000000000000000000000000000000000000000000000000000815291925073ffffffffffffffffffffffffffffffffffffffff169063c4c4c7b390610b2f9061012088013590869086905f90600401611294565b5f604051808303815f87803b158015610b46575f5ffd5b505af1158015610b58573d5f5f3e3d5ffd5b5050505050505050565b5f81471015610baa576040517fcf4791810000000000000000000000000000000000000000000000000000000081524760048201526024810183905260440160405180910390fd5b763d602d80600a3d3981f3363d3d373d3d3d363d730000008360601b60e81c175f526e5af43d82803e903d91602b57fd5bf38360781b176020526037600983f0905073ffffffffffffffffffffffffffffffffffffffff81166106c8576040517fb06ebf3d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215610c49575f5ffd5b813567ffffffffffffffff811115610c5f575f5ffd5b82016102208185031215610c71575f5ffd5b9392505050565b5f60208284031215610c88575f5ffd5b813564ffffffffff81168114610c71575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610ccf575f5ffd5b83018035915067ffffffffffffffff821115610ce9575f5ffd5b6020019150600581901b3603821315610d00575f5ffd5b9250929050565b8183526020830192505f815f5b84811015610d5657813573ffffffffffffffffffffffffffffffffffffffff8116808214610d40575f5ffd5b8752506020958601959190910190600101610d14565b5093949350505050565b73ffffffffffffffffffffffffffffffffffffffff8616815273ffffffffffffffffffffffffffffffffffffffff8516602082015264ffffffffff84166040820152608060608201525f610db8608083018486610d07565b979650505050505050565b73ffffffffffffffffffffffffffffffffffffffff8716815273ffffffffffffffffffffffffffffffffffffffff86166020820152608060408201525f610e0e608083018688610d07565b8281036060840152610e21818587610d07565b9998505050505050505050565b803561ffff81168114610e3f575f5ffd5b919050565b73ffffffffffffffffffffffffffffffffffffffff858116825284811660208301528316604082015260e0810161ffff610e7d84610e2e565b16606083015261ffff610e9260208501610e2e565b16608083015261ffff610ea760408501610e2e565b1660a083015261ffff610ebc60608501610e2e565b1660c083015295945050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610efe575f5ffd5b83018035915067ffffffffffffffff821115610f18575f5ffd5b602001915036819003821315610d00575f5ffd5b5f60208284031215610f3c575f5ffd5b81356bffffffffffffffffffffffff81168114610c71575f5ffd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f8151808452602084019350602083015f5b82811015610d5657815173ffffffffffffffffffffffffffffffffffffffff16865260209586019590910190600101610fb5565b5f8151808452602084019350602083015f5b82811015610d56578151865260209586019590910190600101610ffb565b602081525f82516101006020840152611036610120840182610f57565b905060208401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160408501526110718282610f57565b915050604084015161109b606085018273ffffffffffffffffffffffffffffffffffffffff169052565b50606084015173ffffffffffffffffffffffffffffffffffffffff8116608085015250608084015173ffffffffffffffffffffffffffffffffffffffff811660a08501525060a08401516bffffffffffffffffffffffff811660c08501525060c08401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160e08501526111338282610fa3565b91505060e08401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0848303016101008501526111708282610fe9565b95945050505050565b5f60208284031215611189575f5ffd5b813565ffffffffffff81168114610c71575f5ffd5b5f602082840312156111ae575f5ffd5b813563ffffffff81168114610c71575f5ffd5b602081525f825160e060208401526111dd610100840182610f57565b905073ffffffffffffffffffffffffffffffffffffffff602085015116604084015273ffffffffffffffffffffffffffffffffffffffff604085015116606084015265ffffffffffff6060850151166080840152608084015161124860a085018263ffffffff169052565b5060a084015160c084015260c084015160e08401528091505092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b848152608060208201525f6112ac6080830186610fa3565b82810360408401526112be8186610fa3565b91505073ffffffffffffffffffffffffffffffffffffffff831660608301529594505050505056",
}

// MiniDAOFactory is an auto generated Go binding around an Ethereum contract.
type MiniDAOFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MiniDAOFactory) GetABI() abi.ABI {
	return c.abi
}

// NewMiniDAOFactory creates a new instance of MiniDAOFactory.
func NewMiniDAOFactory() *MiniDAOFactory {
	parsed, err := MiniDAOFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MiniDAOFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MiniDAOFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, (address,address,address,address,address) impl) returns()
func (miniDAOFactory *MiniDAOFactory) PackConstructor(registry_ common.Address, impl IMiniDAOFactoryImplementations) []byte {
	enc, err := miniDAOFactory.abi.Pack("", registry_, impl)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreateDAO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e60bf24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDAO((string,string,address[],uint256[],uint96,uint48,uint32,uint256,uint256,uint256,uint40,address[],address[],(uint16,uint16,uint16,uint16)) c) returns((address,address,address,address,address) d)
func (miniDAOFactory *MiniDAOFactory) PackCreateDAO(c IMiniDAOFactoryDAOConfig) []byte {
	enc, err := miniDAOFactory.abi.Pack("createDAO", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDAO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e60bf24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDAO((string,string,address[],uint256[],uint96,uint48,uint32,uint256,uint256,uint256,uint40,address[],address[],(uint16,uint16,uint16,uint16)) c) returns((address,address,address,address,address) d)
func (miniDAOFactory *MiniDAOFactory) TryPackCreateDAO(c IMiniDAOFactoryDAOConfig) ([]byte, error) {
	return miniDAOFactory.abi.Pack("createDAO", c)
}

// UnpackCreateDAO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e60bf24.
//
// Solidity: function createDAO((string,string,address[],uint256[],uint96,uint48,uint32,uint256,uint256,uint256,uint40,address[],address[],(uint16,uint16,uint16,uint16)) c) returns((address,address,address,address,address) d)
func (miniDAOFactory *MiniDAOFactory) UnpackCreateDAO(data []byte) (IMiniDAOFactoryDAOAddresses, error) {
	out, err := miniDAOFactory.abi.Unpack("createDAO", data)
	if err != nil {
		return *new(IMiniDAOFactoryDAOAddresses), err
	}
	out0 := *abi.ConvertType(out[0], new(IMiniDAOFactoryDAOAddresses)).(*IMiniDAOFactoryDAOAddresses)
	return out0, nil
}

// PackImplementations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e9012c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implementations() view returns((address,address,address,address,address))
func (miniDAOFactory *MiniDAOFactory) PackImplementations() []byte {
	enc, err := miniDAOFactory.abi.Pack("implementations")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplementations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e9012c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implementations() view returns((address,address,address,address,address))
func (miniDAOFactory *MiniDAOFactory) TryPackImplementations() ([]byte, error) {
	return miniDAOFactory.abi.Pack("implementations")
}

// UnpackImplementations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30e9012c.
//
// Solidity: function implementations() view returns((address,address,address,address,address))
func (miniDAOFactory *MiniDAOFactory) UnpackImplementations(data []byte) (IMiniDAOFactoryImplementations, error) {
	out, err := miniDAOFactory.abi.Unpack("implementations", data)
	if err != nil {
		return *new(IMiniDAOFactoryImplementations), err
	}
	out0 := *abi.ConvertType(out[0], new(IMiniDAOFactoryImplementations)).(*IMiniDAOFactoryImplementations)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (miniDAOFactory *MiniDAOFactory) PackRegistry() []byte {
	enc, err := miniDAOFactory.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (miniDAOFactory *MiniDAOFactory) TryPackRegistry() ([]byte, error) {
	return miniDAOFactory.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (miniDAOFactory *MiniDAOFactory) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := miniDAOFactory.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// MiniDAOFactoryDAOCreated represents a DAOCreated event raised by the MiniDAOFactory contract.
type MiniDAOFactoryDAOCreated struct {
	Creator     common.Address
	Timelock    common.Address
	Token       common.Address
	Governor    common.Address
	Distributor common.Address
	BountyBoard common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const MiniDAOFactoryDAOCreatedEventName = "DAOCreated"

// ContractEventName returns the user-defined event name.
func (MiniDAOFactoryDAOCreated) ContractEventName() string {
	return MiniDAOFactoryDAOCreatedEventName
}

// UnpackDAOCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DAOCreated(address indexed creator, address indexed timelock, address indexed token, address governor, address distributor, address bountyBoard)
func (miniDAOFactory *MiniDAOFactory) UnpackDAOCreatedEvent(log *types.Log) (*MiniDAOFactoryDAOCreated, error) {
	event := "DAOCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != miniDAOFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MiniDAOFactoryDAOCreated)
	if len(log.Data) > 0 {
		if err := miniDAOFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range miniDAOFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (miniDAOFactory *MiniDAOFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], miniDAOFactory.abi.Errors["FactoryZeroAddress"].ID.Bytes()[:4]) {
		return miniDAOFactory.UnpackFactoryZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], miniDAOFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return miniDAOFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], miniDAOFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return miniDAOFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MiniDAOFactoryFactoryZeroAddress represents a FactoryZeroAddress error raised by the MiniDAOFactory contract.
type MiniDAOFactoryFactoryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FactoryZeroAddress()
func MiniDAOFactoryFactoryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x57876cd623898da2ee3fcccda760ad5a58b338598d72ac73e6c7f08896569dfb")
}

// UnpackFactoryZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FactoryZeroAddress()
func (miniDAOFactory *MiniDAOFactory) UnpackFactoryZeroAddressError(raw []byte) (*MiniDAOFactoryFactoryZeroAddress, error) {
	out := new(MiniDAOFactoryFactoryZeroAddress)
	if err := miniDAOFactory.abi.UnpackIntoInterface(out, "FactoryZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MiniDAOFactoryFailedDeployment represents a FailedDeployment error raised by the MiniDAOFactory contract.
type MiniDAOFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func MiniDAOFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (miniDAOFactory *MiniDAOFactory) UnpackFailedDeploymentError(raw []byte) (*MiniDAOFactoryFailedDeployment, error) {
	out := new(MiniDAOFactoryFailedDeployment)
	if err := miniDAOFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MiniDAOFactoryInsufficientBalance represents a InsufficientBalance error raised by the MiniDAOFactory contract.
type MiniDAOFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func MiniDAOFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (miniDAOFactory *MiniDAOFactory) UnpackInsufficientBalanceError(raw []byte) (*MiniDAOFactoryInsufficientBalance, error) {
	out := new(MiniDAOFactoryInsufficientBalance)
	if err := miniDAOFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"min\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"max\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REDUNDANCY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"}],\"name\":\"activateVersion\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"dao\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"dataPool\",\"type\":\"address\"}],\"internalType\":\"structIModelRegistry.DAO\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isRegistrar\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dao\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"activeVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"versionCount\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"}],\"internalType\":\"structVerificationPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"baseFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perTokenFee\",\"type\":\"uint128\"}],\"internalType\":\"structPrice\",\"name\":\"price\",\"type\":\"tuple\"}],\"internalType\":\"structIModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"modelTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dataPool\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"}],\"internalType\":\"structModelVersion\",\"name\":\"activeVersion\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"baseFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perTokenFee\",\"type\":\"uint128\"}],\"internalType\":\"structPrice\",\"name\":\"price\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"}],\"internalType\":\"structVerificationPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"}],\"internalType\":\"structModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"}],\"name\":\"modelVersion\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"}],\"internalType\":\"structModelVersion\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"}],\"internalType\":\"structModelVersion\",\"name\":\"version\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"activate\",\"type\":\"bool\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dataPool\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"}],\"name\":\"registerDAO\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"}],\"internalType\":\"structModelVersion\",\"name\":\"version\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"baseFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perTokenFee\",\"type\":\"uint128\"}],\"internalType\":\"structPrice\",\"name\":\"price\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"}],\"internalType\":\"structVerificationPolicy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"}],\"name\":\"setFeeSplit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"setPaused\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"}],\"internalType\":\"structVerificationPolicy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"setPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"baseFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perTokenFee\",\"type\":\"uint128\"}],\"internalType\":\"structPrice\",\"name\":\"price\",\"type\":\"tuple\"}],\"name\":\"setPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRegistrar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"min\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"max\",\"type\":\"tuple\"}],\"name\":\"setSplitBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"splitBounds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structFeeSplit\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"}],\"name\":\"ActiveVersionChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"distributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataPool\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"}],\"name\":\"DAORegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structFeeSplit\",\"name\":\"split\",\"type\":\"tuple\"}],\"name\":\"FeeSplitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"ModelPausedSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minWorkerStake\",\"type\":\"uint96\"}],\"indexed\":false,\"internalType\":\"structVerificationPolicy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"PolicySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"baseFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perTokenFee\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structPrice\",\"name\":\"price\",\"type\":\"tuple\"}],\"name\":\"PriceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RegistrarSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structFeeSplit\",\"name\":\"min\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"workersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"holdersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataPoolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structFeeSplit\",\"name\":\"max\",\"type\":\"tuple\"}],\"name\":\"SplitBoundsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxOutputBytes\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"RegistryDAOAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"}],\"name\":\"RegistryInvalidPolicy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryInvalidSplitBounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryInvalidVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"RegistryNotDAO\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"RegistryNotModelOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"RegistryNotRegistrar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"RegistryPausedUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"RegistryPaymentTokenNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RegistrySplitOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"}],\"name\":\"RegistrySplitSum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"RegistryUnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"}],\"name\":\"RegistryUnknownVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"}],\"name\":\"RegistryVersionAlreadyActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryZeroAddress\",\"type\":\"error\"}]",
	ID:  "2f2577d607a41b4de14e9b32f8108ff81e",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161359f38038061359f83398101604081905261002e916103f3565b826001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610078565b506100708282610094565b5050506104df565b600180546001600160a01b031916905561009181610305565b50565b5f826060015161ffff16836040015161ffff16846020015161ffff16855f015161ffff166100c29190610443565b6100cc9190610443565b6100d69190610443565b90505f826060015161ffff16836040015161ffff16846020015161ffff16855f015161ffff166101069190610443565b6101109190610443565b61011a9190610443565b8351855191925061ffff908116911611806101445750826020015161ffff16846020015161ffff16115b8061015e5750826040015161ffff16846040015161ffff16115b806101785750826060015161ffff16846060015161ffff16115b80610184575061271082115b80610190575061271081105b156101ae5760405163d8e35a6b60e01b815260040160405180910390fd5b8360025f820151815f015f6101000a81548161ffff021916908361ffff1602179055506020820151815f0160026101000a81548161ffff021916908361ffff1602179055506040820151815f0160046101000a81548161ffff021916908361ffff1602179055506060820151815f0160066101000a81548161ffff021916908361ffff1602179055509050508260035f820151815f015f6101000a81548161ffff021916908361ffff1602179055506020820151815f0160026101000a81548161ffff021916908361ffff1602179055506040820151815f0160046101000a81548161ffff021916908361ffff1602179055506060820151815f0160066101000a81548161ffff021916908361ffff1602179055509050507fd4ff40057df69ef286d2a9da677f4953c1fb3b3af4a78d61bde719518ea15edd84846040516102f7929190610468565b60405180910390a150505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b805161ffff81168114610365575f5ffd5b919050565b5f6080828403121561037a575f5ffd5b604051608081016001600160401b03811182821017156103a857634e487b7160e01b5f52604160045260245ffd5b6040529050806103b783610354565b81526103c560208401610354565b60208201526103d660408401610354565b60408201526103e760608401610354565b60608201525092915050565b5f5f5f6101208486031215610406575f5ffd5b83516001600160a01b038116811461041c575f5ffd5b925061042b856020860161036a565b915061043a8560a0860161036a565b90509250925092565b8082018082111561046257634e487b7160e01b5f52601160045260245ffd5b92915050565b61010081016104a8828561ffff815116825261ffff602082015116602083015261ffff604082015116604083015261ffff60608201511660608301525050565b825161ffff90811660808401526020840151811660a08401526040840151811660c084015260608401511660e08301529392505050565b6130b3806104ec5f395ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c8063c1bf1dcf116100dd578063dbd79f1e11610088578063f2fde38b11610063578063f2fde38b14610432578063f49ed93b14610445578063fdefad291461046d575f5ffd5b8063dbd79f1e146103ee578063e30c39781461040e578063e7e802941461041f575f5ffd5b8063ca01aed9116100b8578063ca01aed91461038d578063d5db72eb146103a0578063daff97b5146103db575f5ffd5b8063c1bf1dcf14610358578063c6a645fe1461036b578063c778e3c514610373575f5ffd5b806379ba50971161013d5780638da5cb5b116101185780638da5cb5b1461030e578063a31bf4ba14610332578063adec82ec14610345575f5ffd5b806379ba5097146102e05780637f0519ce146102e85780637f63c5f0146102fb575f5ffd5b80634c5770d91161016d5780634c5770d9146102955780634d817d8b146102b5578063715018a6146102d6575f5ffd5b806322830af414610193578063249d39e9146101bc5780632ec46b90146101d8575b5f5ffd5b6101a66101a1366004612237565b61048d565b6040516101b39190612252565b60405180910390f35b6101c561271081565b60405161ffff90911681526020016101b3565b60408051608080820183525f80835260208084018290528385018290526060938401829052845180840186528281528082018390528086018390528401919091528351808301855260025461ffff8082168352620100008083048216848601526401000000008084048316858a015266010000000000009384900483168589015288519687018952600354808416885291820483169587019590955293840481168588015292049091169282019290925291516101b392906122c1565b6102a86102a3366004612336565b610550565b6040516101b3919061234d565b6102c86102c3366004612439565b610722565b6040519081526020016101b3565b6102de610863565b005b6102de610876565b6102de6102f63660046124a5565b6108d3565b6102de6103093660046124d2565b610945565b5f546001600160a01b03165b6040516001600160a01b0390911681526020016101b3565b6102de6103403660046124fc565b610ad6565b6102de6103533660046124fc565b610b4a565b6102de61036636600461252b565b610ba1565b6004546102c8565b61037b601081565b60405160ff90911681526020016101b3565b6102de61039b366004612562565b610c5e565b6103cb6103ae366004612237565b6001600160a01b03165f9081526005602052604090205460ff1690565b60405190151581526020016101b3565b6102de6103e93660046125ba565b610f09565b6104016103fc3660046124d2565b611003565b6040516101b39190612694565b6001546001600160a01b031661031a565b6102de61042d3660046126a6565b611231565b6102de610440366004612237565b611263565b6104586104533660046126d1565b6112eb565b60405163ffffffff90911681526020016101b3565b61048061047b366004612336565b61130a565b6040516101b39190612728565b6104cd60408051606080820183525f8083528351608081018552818152602081810183905294810182905291820152909182019081525f60209091015290565b506001600160a01b039081165f908152600660209081526040918290208251606080820185528254861682528451608081018652600184015461ffff808216835262010000820481168388015264010000000082048116838901526601000000000000909104169181019190915292810192909252600201549092169082015290565b6040805160c0810182525f80825260208083018290528284018290526060808401839052845180820186528381528083018490528086018490526080850152845190810185528281529081018290529283015260a08101919091525f82815260076020908152604091829020825160c08101845281546001600160a01b03808216835274010000000000000000000000000000000000000000820463ffffffff908116848701527801000000000000000000000000000000000000000000000000830416838701527c010000000000000000000000000000000000000000000000000000000090910460ff90811615156060808501919091528651808201885260018601548084168252610100810490931681880152620100009092046bffffffffffffffffffffffff16828801526080840191909152855190810186526002840154821681526003909301546fffffffffffffffffffffffffffffffff8082169585019590955270010000000000000000000000000000000090049093169382019390935260a083015281511661071c576040517fa87c914e000000000000000000000000000000000000000000000000000000008152600481018490526024015b60405180910390fd5b92915050565b5f5f61072d3361165c565b905061073981856116bf565b61074283611871565b60045f815461075090612899565b91829055505f81815260076020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001633178155909250846002820161079c82826128ed565b50849050600182016107ae82826129b2565b5050604051339084907f74934a3b6deb545c78da2a085e7ef6730b428766680d71e0e5ee66780943ea02905f90a3827f8258fd14937791f0ce6c259aab024e9578a41d070c92c401da307d39fcdc22268660405161080c9190612a81565b60405180910390a2827fd6dae401ba1f419c9c96432e5d4d94ed0175c538a51e5dc3648c0e913dea1979856040516108449190612aed565b60405180910390a26108598382886001611946565b5050509392505050565b61086b611c44565b6108745f611c89565b565b60015433906001600160a01b031681146108c7576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610713565b6108d081611c89565b50565b5f6108dd3361165c565b90506108f66108f136849003840184612b7c565b611cba565b81600182016109058282612c01565b505060405133907f06cd3c32164e537a18fa3b19a1e33dd222e6b447f5c934b07c84a4b3acc46ed490610939908590612d6e565b60405180910390a25050565b5f61094f83611e24565b905063ffffffff8216158061098a5750805463ffffffff78010000000000000000000000000000000000000000000000009091048116908316115b156109d0576040517f050758430000000000000000000000000000000000000000000000000000000081526004810184905263ffffffff83166024820152604401610713565b805463ffffffff74010000000000000000000000000000000000000000909104811690831603610a3b576040517f45d62af90000000000000000000000000000000000000000000000000000000081526004810184905263ffffffff83166024820152604401610713565b80547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000063ffffffff84169081029190911782555f84815260086020908152604080832084845282529182902054915191825285917f034cf5a39292884b2ab1d17c6c90fa7f0eb8ffecf1a958a91d54a1bdc2c12ddf910160405180910390a3505050565b5f610ae083611e24565b335f908152600660205260409020909150610afb90836116bf565b8160028201610b0a82826128ed565b905050827f8258fd14937791f0ce6c259aab024e9578a41d070c92c401da307d39fcdc222683604051610b3d9190612a81565b60405180910390a2505050565b5f610b5483611e24565b9050610b5f82611871565b8160018201610b6e82826129b2565b905050827fd6dae401ba1f419c9c96432e5d4d94ed0175c538a51e5dc3648c0e913dea197983604051610b3d9190612aed565b610ba9611c44565b6001600160a01b038216610be9576040517f6ca1fdd700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f8181526005602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182527fb5e93f625be9cf4b25a2f505df040e38bd35ed584b62730dd64b7eaf145e8c6e9101610939565b335f9081526005602052604090205460ff16610ca8576040517f8d4523ee000000000000000000000000000000000000000000000000000000008152336004820152602401610713565b6001600160a01b0384161580610cc557506001600160a01b038316155b80610cd757506001600160a01b038216155b15610d0e576040517f6ca1fdd700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038481165f908152600660205260409020541615610d6a576040517fca9e0ae20000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610713565b610d7c6108f136839003830183612b7c565b6040518060600160405280846001600160a01b0316815260200182803603810190610da79190612b7c565b81526001600160a01b038085166020928301528681165f81815260068452604090819020855181549085167fffffffffffffffffffffffff0000000000000000000000000000000000000000918216178255868601518051600184018054988301518387015160609094015161ffff9081166601000000000000027fffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff95821664010000000002959095167fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff92821662010000027fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000909c1691909416179990991798909816171790955594810151600290950180549590931694909316939093179055517fdc91b6a8f191fe2706a2c8369378c735d16b6dd84d8e7109630b0ab2b32526c190610efb90869086908690612d7c565b60405180910390a250505050565b5f610f1383611e24565b80549091508215157c010000000000000000000000000000000000000000000000000000000090910460ff16151503610f83576040517fb2197731000000000000000000000000000000000000000000000000000000008152600481018490528215156024820152604401610713565b80547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000083151590810291909117825560405190815283907fdbb9917c7137b151e0cb334584a312bb7ee4e24d29f4c67450af08f1d665e7e190602001610b3d565b61104d6040518060c001604052805f81526020015f8152602001606081526020015f63ffffffff1681526020015f63ffffffff1681526020015f67ffffffffffffffff1681525090565b5f83815260076020526040902080546001600160a01b031661109e576040517fa87c914e00000000000000000000000000000000000000000000000000000000815260048101859052602401610713565b63ffffffff831615806110d75750805463ffffffff78010000000000000000000000000000000000000000000000009091048116908416115b1561111d576040517f050758430000000000000000000000000000000000000000000000000000000081526004810185905263ffffffff84166024820152604401610713565b5f84815260086020908152604080832063ffffffff87168452825291829020825160c08101845281548152600182015492810192909252600281018054929391929184019161116b90612da9565b80601f016020809104026020016040519081016040528092919081815260200182805461119790612da9565b80156111e25780601f106111b9576101008083540402835291602001916111e2565b820191905f5260205f20905b8154815290600101906020018083116111c557829003601f168201915b50505091835250506003919091015463ffffffff8082166020840152640100000000820416604083015268010000000000000000900467ffffffffffffffff1660609091015291505092915050565b611239611c44565b61125f61124b36849003840184612b7c565b61125a36849003840184612b7c565b611ec1565b5050565b61126b611c44565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556112b35f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f611300846112f986611e24565b8585611946565b90505b9392505050565b60408051610120810182525f808252602080830182905282840182905260608084018390526080808501849052855160c0808201885285825281850186905281880184905281840186905281830186905260a080830187905287019190915286518084018852858152808501869052808801869052908601528551808301875284815280840185905280870185905260e086015285519081018652838152808301849052808601849052908101839052610100840152848252600790529190912080546001600160a01b0316806113e2575050919050565b6001600160a01b038181165f81815260066020908152604080832087549489528054861689840152600280820154909616898301527c0100000000000000000000000000000000000000000000000000000000850460ff161560608a01527401000000000000000000000000000000000000000090940463ffffffff166080890181905289845260088352818420818552835292819020815160c08101835281548152600182015493810193909352948501805494959394929392918401916114aa90612da9565b80601f01602080910402602001604051908101604052809291908181526020018280546114d690612da9565b80156115215780601f106114f857610100808354040283529160200191611521565b820191905f5260205f20905b81548152906001019060200180831161150457829003601f168201915b505050918352505060039182015463ffffffff8082166020808501919091526401000000008084049092166040808601919091526801000000000000000090930467ffffffffffffffff1660609485015260a08b01959095528151808401835260028a01546001600160a01b03168152938901546fffffffffffffffffffffffffffffffff80821686880152700100000000000000000000000000000000909104168483015260c08a01939093528051808301825260019889015460ff80821683526101008083049091168388015262010000918290046bffffffffffffffffffffffff168385015260e08c01929092528251608081018452979099015461ffff80821689529981048a1695880195909552928404881690860152660100000000000090920490951690830152509183019190915250919050565b6001600160a01b038082165f90815260066020526040902080549091166116ba576040517fc26fa83d0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610713565b919050565b5f6116cd6020830183612237565b6001600160a01b0316036116df575050565b81546001600160a01b031663930eaddc6116fc6020840184612237565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015611756573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061177a9190612df4565b1580611821575060028201546001600160a01b031663930eaddc6117a16020840184612237565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa1580156117fb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061181f9190612df4565b155b1561125f576118336020820182612237565b6040517f0a7311a70000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610713565b6118816040820160208301612e0f565b60ff1615806118a25750601061189d6040830160208401612e0f565b60ff16115b806118ba57506118b56020820182612e0f565b60ff16155b806118e557506118d06040820160208301612e0f565b60ff166118e06020830183612e0f565b60ff16115b156108d0576118f76020820182612e0f565b6119076040830160208401612e0f565b6040517f86eeec2e00000000000000000000000000000000000000000000000000000000815260ff928316600482015291166024820152604401610713565b5f8235158061195757506020830135155b8061196e575061196a6040840184612e2a565b1590505b8061198c57506119846080840160608501612e92565b63ffffffff16155b806119aa57506119a260a0840160808501612e92565b63ffffffff16155b156119e1576040517fb045605900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83548490601890611a13907801000000000000000000000000000000000000000000000000900463ffffffff16612eab565b825463ffffffff8083166101009490940a848102910219909116179092555f8781526008602090815260408083209383529281529082902086358155908601356001820155919250611a6790850185612e2a565b6002830191611a77919083612f1b565b50611a886080850160608601612e92565b6003820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff92909216919091179055611acf60a0850160808601612e92565b6003820180547fffffffffffffffffffffffffffffffff000000000000000000000000ffffffff1664010000000063ffffffff938416027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1617680100000000000000004267ffffffffffffffff16021790558216867f5114f087b1d6d29006548501c6b3407c1b79994aacf72ef30c847f5fc65a272186356020880135611b7a60408a018a612e2a565b611b8a60808c0160608d01612e92565b611b9a60a08d0160808e01612e92565b604051611bac96959493929190613031565b60405180910390a38215611c3b5784547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000063ffffffff84169081029190911786556040518535815287907f034cf5a39292884b2ab1d17c6c90fa7f0eb8ffecf1a958a91d54a1bdc2c12ddf9060200160405180910390a35b50949350505050565b5f546001600160a01b03163314610874576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610713565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556108d08161214b565b5f816060015161ffff16826040015161ffff16836020015161ffff16845f015161ffff16611ce891906130a0565b611cf291906130a0565b611cfc91906130a0565b90506127108114611d3c576040517fce4bf1e800000000000000000000000000000000000000000000000000000000815260048101829052602401610713565b604080516080808201835260025461ffff80821684526201000080830482166020808701919091526401000000008085048416878901526601000000000000948590048416606080890191909152885196870189526003548086168089529481048616938801939093529082048416978601979097529290920416938201939093528451825192939192611dd3925f9291906121b2565b611dec60018560200151846020015184602001516121b2565b611e0560028560400151846040015184604001516121b2565b611e1e60038560600151846060015184606001516121b2565b50505050565b5f81815260076020526040902080546001600160a01b0316611e75576040517fa87c914e00000000000000000000000000000000000000000000000000000000815260048101839052602401610713565b80546001600160a01b031633146116ba576040517f15267aa000000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610713565b5f826060015161ffff16836040015161ffff16846020015161ffff16855f015161ffff16611eef91906130a0565b611ef991906130a0565b611f0391906130a0565b90505f826060015161ffff16836040015161ffff16846020015161ffff16855f015161ffff16611f3391906130a0565b611f3d91906130a0565b611f4791906130a0565b8351855191925061ffff90811691161180611f715750826020015161ffff16846020015161ffff16115b80611f8b5750826040015161ffff16846040015161ffff16115b80611fa55750826060015161ffff16846060015161ffff16115b80611fb1575061271082115b80611fbd575061271081105b15611ff4576040517fd8e35a6b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8360025f820151815f015f6101000a81548161ffff021916908361ffff1602179055506020820151815f0160026101000a81548161ffff021916908361ffff1602179055506040820151815f0160046101000a81548161ffff021916908361ffff1602179055506060820151815f0160066101000a81548161ffff021916908361ffff1602179055509050508260035f820151815f015f6101000a81548161ffff021916908361ffff1602179055506020820151815f0160026101000a81548161ffff021916908361ffff1602179055506040820151815f0160046101000a81548161ffff021916908361ffff1602179055506060820151815f0160066101000a81548161ffff021916908361ffff1602179055509050507fd4ff40057df69ef286d2a9da677f4953c1fb3b3af4a78d61bde719518ea15edd848460405161213d9291906122c1565b60405180910390a150505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b8161ffff168361ffff1610806121cf57508061ffff168361ffff16115b15611e1e576040517f5e24e4b60000000000000000000000000000000000000000000000000000000081526004810185905261ffff8085166024830152808416604483015282166064820152608401610713565b6001600160a01b03811681146108d0575f5ffd5b5f60208284031215612247575f5ffd5b813561130381612223565b81516001600160a01b0316815260208083015160c08301916122a79084018261ffff815116825261ffff602082015116602083015261ffff604082015116604083015261ffff60608201511660608301525050565b506001600160a01b0360408401511660a083015292915050565b6101008101612301828561ffff815116825261ffff602082015116602083015261ffff604082015116604083015261ffff60608201511660608301525050565b825161ffff90811660808401526020840151811660a08401526040840151811660c084015260608401511660e0830152611303565b5f60208284031215612346575f5ffd5b5035919050565b5f610140820190506001600160a01b03835116825263ffffffff602084015116602083015263ffffffff604084015116604083015260608301511515606083015260808301516123cb608084018260ff815116825260ff60208201511660208301526bffffffffffffffffffffffff60408201511660408301525050565b5060a083015180516001600160a01b031660e084015260208101516fffffffffffffffffffffffffffffffff9081166101008501526040820151166101208401525092915050565b5f60c08284031215612423575f5ffd5b50919050565b5f60608284031215612423575f5ffd5b5f5f5f60e0848603121561244b575f5ffd5b833567ffffffffffffffff811115612461575f5ffd5b61246d86828701612413565b93505061247d8560208601612429565b915061248c8560808601612429565b90509250925092565b5f60808284031215612423575f5ffd5b5f608082840312156124b5575f5ffd5b6113038383612495565b803563ffffffff811681146116ba575f5ffd5b5f5f604083850312156124e3575f5ffd5b823591506124f3602084016124bf565b90509250929050565b5f5f6080838503121561250d575f5ffd5b823591506124f38460208501612429565b80151581146108d0575f5ffd5b5f5f6040838503121561253c575f5ffd5b823561254781612223565b915060208301356125578161251e565b809150509250929050565b5f5f5f5f60e08587031215612575575f5ffd5b843561258081612223565b9350602085013561259081612223565b925060408501356125a081612223565b91506125af8660608701612495565b905092959194509250565b5f5f604083850312156125cb575f5ffd5b8235915060208301356125578161251e565b80518252602081015160208301525f604082015160c0604085015280518060c0860152806020830160e087015e5f60e082870101526060840151915061262b606086018363ffffffff169052565b60808401519150612644608086018363ffffffff169052565b60a0840151915061266160a086018367ffffffffffffffff169052565b601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0169390930160e0019392505050565b602081525f61130360208301846125dd565b5f5f61010083850312156126b8575f5ffd5b6126c28484612495565b91506124f38460808501612495565b5f5f5f606084860312156126e3575f5ffd5b83359250602084013567ffffffffffffffff811115612700575f5ffd5b61270c86828701612413565b925050604084013561271d8161251e565b809150509250925092565b602081526127426020820183516001600160a01b03169052565b5f602083015161275d60408401826001600160a01b03169052565b5060408301516001600160a01b0381166060840152506060830151801515608084015250608083015163ffffffff811660a08401525060a083015161020060c08401526127ae6102208401826125dd565b60c085015180516001600160a01b031660e086015260208101516fffffffffffffffffffffffffffffffff9081166101008701526040820151166101208601529091505060e0840151805160ff90811661014086015260208201511661016085015260408101516bffffffffffffffffffffffff1661018085015250610100840151805161ffff9081166101a0860152602082015181166101c0860152604082015181166101e0860152606082015116610200850152509392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036128c9576128c961286c565b5060010190565b6fffffffffffffffffffffffffffffffff811681146108d0575f5ffd5b81356128f881612223565b6001600160a01b0381167fffffffffffffffffffffffff0000000000000000000000000000000000000000835416178255506020820135612938816128d0565b6040830135612946816128d0565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000008160801b166fffffffffffffffffffffffffffffffff831617600184015550505050565b60ff811681146108d0575f5ffd5b6bffffffffffffffffffffffff811681146108d0575f5ffd5b81356129bd8161298b565b60ff811690508154817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00821617835560208401356129fa8161298b565b61ff008160081b16905080837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00008416171784556040850135612a3b81612999565b6dffffffffffffffffffffffff00008160101b16847fffffffffffffffffffffffffffffffffffff00000000000000000000000000008516178317178555505050505050565b606081018235612a9081612223565b6001600160a01b031682526020830135612aa9816128d0565b6fffffffffffffffffffffffffffffffff1660208301526040830135612ace816128d0565b6fffffffffffffffffffffffffffffffff811660408401525092915050565b606081018235612afc8161298b565b60ff1682526020830135612b0f8161298b565b60ff1660208301526040830135612b2581612999565b6bffffffffffffffffffffffff811660408401525092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b61ffff811681146108d0575f5ffd5b5f6080828403128015612b8d575f5ffd5b506040516080810167ffffffffffffffff81118282101715612bb157612bb1612b40565b6040528235612bbf81612b6d565b81526020830135612bcf81612b6d565b60208201526040830135612be281612b6d565b60408201526060830135612bf581612b6d565b60608201529392505050565b8135612c0c81612b6d565b61ffff811690508154817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000082161783556020840135612c4a81612b6d565b63ffff00008160101b16905080837fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008416171784556040850135612c8d81612b6d565b65ffff000000008160201b16847fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000008516178317178555505050505f6060830135612cd681612b6d565b82547fffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff1660309190911b67ffff00000000000016179091555050565b8035612d1d81612b6d565b61ffff1682526020810135612d3181612b6d565b61ffff1660208301526040810135612d4881612b6d565b61ffff1660408301526060810135612d5f81612b6d565b61ffff81166060840152505050565b6080810161071c8284612d12565b6001600160a01b0384811682528316602082015260c08101612da16040830184612d12565b949350505050565b600181811c90821680612dbd57607f821691505b602082108103612423577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5f60208284031215612e04575f5ffd5b81516113038161251e565b5f60208284031215612e1f575f5ffd5b81356113038161298b565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612e5d575f5ffd5b83018035915067ffffffffffffffff821115612e77575f5ffd5b602001915036819003821315612e8b575f5ffd5b9250929050565b5f60208284031215612ea2575f5ffd5b611303826124bf565b5f63ffffffff821663ffffffff8103612ec657612ec661286c565b60010192915050565b601f821115612f1657805f5260205f20601f840160051c81016020851015612ef45750805b601f840160051c820191505b81811015612f13575f8155600101612f00565b50505b505050565b67ffffffffffffffff831115612f3357612f33612b40565b612f4783612f418354612da9565b83612ecf565b5f601f841160018114612f97575f8515612f615750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355612f13565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015612fe45786850135825560209485019460019092019101612fc4565b508682101561301f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b86815285602082015260a060408201528360a0820152838560c08301375f60c085830181019190915263ffffffff9384166060830152919092166080830152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019392505050565b8082018082111561071c5761071c61286c56",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, (uint16,uint16,uint16,uint16) min, (uint16,uint16,uint16,uint16) max) returns()
func (modelRegistry *ModelRegistry) PackConstructor(owner_ common.Address, min FeeSplit, max FeeSplit) []byte {
	enc, err := modelRegistry.abi.Pack("", owner_, min, max)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint16)
func (modelRegistry *ModelRegistry) PackBPS() []byte {
	enc, err := modelRegistry.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint16)
func (modelRegistry *ModelRegistry) TryPackBPS() ([]byte, error) {
	return modelRegistry.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (modelRegistry *ModelRegistry) UnpackBPS(data []byte) (uint16, error) {
	out, err := modelRegistry.abi.Unpack("BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXREDUNDANCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc778e3c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REDUNDANCY() view returns(uint8)
func (modelRegistry *ModelRegistry) PackMAXREDUNDANCY() []byte {
	enc, err := modelRegistry.abi.Pack("MAX_REDUNDANCY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREDUNDANCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc778e3c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REDUNDANCY() view returns(uint8)
func (modelRegistry *ModelRegistry) TryPackMAXREDUNDANCY() ([]byte, error) {
	return modelRegistry.abi.Pack("MAX_REDUNDANCY")
}

// UnpackMAXREDUNDANCY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc778e3c5.
//
// Solidity: function MAX_REDUNDANCY() view returns(uint8)
func (modelRegistry *ModelRegistry) UnpackMAXREDUNDANCY(data []byte) (uint8, error) {
	out, err := modelRegistry.abi.Unpack("MAX_REDUNDANCY", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (modelRegistry *ModelRegistry) PackAcceptOwnership() []byte {
	enc, err := modelRegistry.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (modelRegistry *ModelRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return modelRegistry.abi.Pack("acceptOwnership")
}

// PackActivateVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f63c5f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateVersion(uint256 modelId, uint32 version) returns()
func (modelRegistry *ModelRegistry) PackActivateVersion(modelId *big.Int, version uint32) []byte {
	enc, err := modelRegistry.abi.Pack("activateVersion", modelId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f63c5f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateVersion(uint256 modelId, uint32 version) returns()
func (modelRegistry *ModelRegistry) TryPackActivateVersion(modelId *big.Int, version uint32) ([]byte, error) {
	return modelRegistry.abi.Pack("activateVersion", modelId, version)
}

// PackDao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22830af4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dao(address treasury) view returns((address,(uint16,uint16,uint16,uint16),address))
func (modelRegistry *ModelRegistry) PackDao(treasury common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("dao", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22830af4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dao(address treasury) view returns((address,(uint16,uint16,uint16,uint16),address))
func (modelRegistry *ModelRegistry) TryPackDao(treasury common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("dao", treasury)
}

// UnpackDao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22830af4.
//
// Solidity: function dao(address treasury) view returns((address,(uint16,uint16,uint16,uint16),address))
func (modelRegistry *ModelRegistry) UnpackDao(data []byte) (IModelRegistryDAO, error) {
	out, err := modelRegistry.abi.Unpack("dao", data)
	if err != nil {
		return *new(IModelRegistryDAO), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryDAO)).(*IModelRegistryDAO)
	return out0, nil
}

// PackIsRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5db72eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRegistrar(address account) view returns(bool)
func (modelRegistry *ModelRegistry) PackIsRegistrar(account common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("isRegistrar", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5db72eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRegistrar(address account) view returns(bool)
func (modelRegistry *ModelRegistry) TryPackIsRegistrar(account common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("isRegistrar", account)
}

// UnpackIsRegistrar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5db72eb.
//
// Solidity: function isRegistrar(address account) view returns(bool)
func (modelRegistry *ModelRegistry) UnpackIsRegistrar(data []byte) (bool, error) {
	out, err := modelRegistry.abi.Unpack("isRegistrar", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(uint256 modelId) view returns((address,uint32,uint32,bool,(uint8,uint8,uint96),(address,uint128,uint128)))
func (modelRegistry *ModelRegistry) PackModel(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("model", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model(uint256 modelId) view returns((address,uint32,uint32,bool,(uint8,uint8,uint96),(address,uint128,uint128)))
func (modelRegistry *ModelRegistry) TryPackModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 modelId) view returns((address,uint32,uint32,bool,(uint8,uint8,uint96),(address,uint128,uint128)))
func (modelRegistry *ModelRegistry) UnpackModel(data []byte) (IModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("model", data)
	if err != nil {
		return *new(IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryModel)).(*IModelRegistryModel)
	return out0, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) PackModelCount() []byte {
	enc, err := modelRegistry.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackModelCount() ([]byte, error) {
	return modelRegistry.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModelTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdefad29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelTerms(uint256 modelId) view returns((address,address,address,bool,uint32,(bytes32,bytes32,string,uint32,uint32,uint64),(address,uint128,uint128),(uint8,uint8,uint96),(uint16,uint16,uint16,uint16)) terms)
func (modelRegistry *ModelRegistry) PackModelTerms(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("modelTerms", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdefad29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelTerms(uint256 modelId) view returns((address,address,address,bool,uint32,(bytes32,bytes32,string,uint32,uint32,uint64),(address,uint128,uint128),(uint8,uint8,uint96),(uint16,uint16,uint16,uint16)) terms)
func (modelRegistry *ModelRegistry) TryPackModelTerms(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("modelTerms", modelId)
}

// UnpackModelTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdefad29.
//
// Solidity: function modelTerms(uint256 modelId) view returns((address,address,address,bool,uint32,(bytes32,bytes32,string,uint32,uint32,uint64),(address,uint128,uint128),(uint8,uint8,uint96),(uint16,uint16,uint16,uint16)) terms)
func (modelRegistry *ModelRegistry) UnpackModelTerms(data []byte) (ModelTerms, error) {
	out, err := modelRegistry.abi.Unpack("modelTerms", data)
	if err != nil {
		return *new(ModelTerms), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelTerms)).(*ModelTerms)
	return out0, nil
}

// PackModelVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd79f1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelVersion(uint256 modelId, uint32 version) view returns((bytes32,bytes32,string,uint32,uint32,uint64))
func (modelRegistry *ModelRegistry) PackModelVersion(modelId *big.Int, version uint32) []byte {
	enc, err := modelRegistry.abi.Pack("modelVersion", modelId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd79f1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelVersion(uint256 modelId, uint32 version) view returns((bytes32,bytes32,string,uint32,uint32,uint64))
func (modelRegistry *ModelRegistry) TryPackModelVersion(modelId *big.Int, version uint32) ([]byte, error) {
	return modelRegistry.abi.Pack("modelVersion", modelId, version)
}

// UnpackModelVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbd79f1e.
//
// Solidity: function modelVersion(uint256 modelId, uint32 version) view returns((bytes32,bytes32,string,uint32,uint32,uint64))
func (modelRegistry *ModelRegistry) UnpackModelVersion(data []byte) (ModelVersion, error) {
	out, err := modelRegistry.abi.Unpack("modelVersion", data)
	if err != nil {
		return *new(ModelVersion), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelVersion)).(*ModelVersion)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) PackOwner() []byte {
	enc, err := modelRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) TryPackOwner() ([]byte, error) {
	return modelRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (modelRegistry *ModelRegistry) PackPendingOwner() []byte {
	enc, err := modelRegistry.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (modelRegistry *ModelRegistry) TryPackPendingOwner() ([]byte, error) {
	return modelRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (modelRegistry *ModelRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf49ed93b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(uint256 modelId, (bytes32,bytes32,string,uint32,uint32,uint64) version, bool activate) returns(uint32)
func (modelRegistry *ModelRegistry) PackPublishVersion(modelId *big.Int, version ModelVersion, activate bool) []byte {
	enc, err := modelRegistry.abi.Pack("publishVersion", modelId, version, activate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf49ed93b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(uint256 modelId, (bytes32,bytes32,string,uint32,uint32,uint64) version, bool activate) returns(uint32)
func (modelRegistry *ModelRegistry) TryPackPublishVersion(modelId *big.Int, version ModelVersion, activate bool) ([]byte, error) {
	return modelRegistry.abi.Pack("publishVersion", modelId, version, activate)
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf49ed93b.
//
// Solidity: function publishVersion(uint256 modelId, (bytes32,bytes32,string,uint32,uint32,uint64) version, bool activate) returns(uint32)
func (modelRegistry *ModelRegistry) UnpackPublishVersion(data []byte) (uint32, error) {
	out, err := modelRegistry.abi.Unpack("publishVersion", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRegisterDAO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca01aed9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerDAO(address treasury, address distributor, address dataPool, (uint16,uint16,uint16,uint16) split) returns()
func (modelRegistry *ModelRegistry) PackRegisterDAO(treasury common.Address, distributor common.Address, dataPool common.Address, split FeeSplit) []byte {
	enc, err := modelRegistry.abi.Pack("registerDAO", treasury, distributor, dataPool, split)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterDAO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca01aed9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerDAO(address treasury, address distributor, address dataPool, (uint16,uint16,uint16,uint16) split) returns()
func (modelRegistry *ModelRegistry) TryPackRegisterDAO(treasury common.Address, distributor common.Address, dataPool common.Address, split FeeSplit) ([]byte, error) {
	return modelRegistry.abi.Pack("registerDAO", treasury, distributor, dataPool, split)
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d817d8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel((bytes32,bytes32,string,uint32,uint32,uint64) version, (address,uint128,uint128) price, (uint8,uint8,uint96) policy) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegisterModel(version ModelVersion, price Price, policy VerificationPolicy) []byte {
	enc, err := modelRegistry.abi.Pack("registerModel", version, price, policy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d817d8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel((bytes32,bytes32,string,uint32,uint32,uint64) version, (address,uint128,uint128) price, (uint8,uint8,uint96) policy) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegisterModel(version ModelVersion, price Price, policy VerificationPolicy) ([]byte, error) {
	return modelRegistry.abi.Pack("registerModel", version, price, policy)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d817d8b.
//
// Solidity: function registerModel((bytes32,bytes32,string,uint32,uint32,uint64) version, (address,uint128,uint128) price, (uint8,uint8,uint96) policy) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackRegisterModel(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("registerModel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (modelRegistry *ModelRegistry) PackRenounceOwnership() []byte {
	enc, err := modelRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (modelRegistry *ModelRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return modelRegistry.abi.Pack("renounceOwnership")
}

// PackSetFeeSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f0519ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeSplit((uint16,uint16,uint16,uint16) split) returns()
func (modelRegistry *ModelRegistry) PackSetFeeSplit(split FeeSplit) []byte {
	enc, err := modelRegistry.abi.Pack("setFeeSplit", split)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f0519ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeSplit((uint16,uint16,uint16,uint16) split) returns()
func (modelRegistry *ModelRegistry) TryPackSetFeeSplit(split FeeSplit) ([]byte, error) {
	return modelRegistry.abi.Pack("setFeeSplit", split)
}

// PackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaff97b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaused(uint256 modelId, bool paused) returns()
func (modelRegistry *ModelRegistry) PackSetPaused(modelId *big.Int, paused bool) []byte {
	enc, err := modelRegistry.abi.Pack("setPaused", modelId, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaff97b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPaused(uint256 modelId, bool paused) returns()
func (modelRegistry *ModelRegistry) TryPackSetPaused(modelId *big.Int, paused bool) ([]byte, error) {
	return modelRegistry.abi.Pack("setPaused", modelId, paused)
}

// PackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadec82ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPolicy(uint256 modelId, (uint8,uint8,uint96) policy) returns()
func (modelRegistry *ModelRegistry) PackSetPolicy(modelId *big.Int, policy VerificationPolicy) []byte {
	enc, err := modelRegistry.abi.Pack("setPolicy", modelId, policy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadec82ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPolicy(uint256 modelId, (uint8,uint8,uint96) policy) returns()
func (modelRegistry *ModelRegistry) TryPackSetPolicy(modelId *big.Int, policy VerificationPolicy) ([]byte, error) {
	return modelRegistry.abi.Pack("setPolicy", modelId, policy)
}

// PackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa31bf4ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPrice(uint256 modelId, (address,uint128,uint128) price) returns()
func (modelRegistry *ModelRegistry) PackSetPrice(modelId *big.Int, price Price) []byte {
	enc, err := modelRegistry.abi.Pack("setPrice", modelId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa31bf4ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPrice(uint256 modelId, (address,uint128,uint128) price) returns()
func (modelRegistry *ModelRegistry) TryPackSetPrice(modelId *big.Int, price Price) ([]byte, error) {
	return modelRegistry.abi.Pack("setPrice", modelId, price)
}

// PackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1bf1dcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRegistrar(address registrar, bool allowed) returns()
func (modelRegistry *ModelRegistry) PackSetRegistrar(registrar common.Address, allowed bool) []byte {
	enc, err := modelRegistry.abi.Pack("setRegistrar", registrar, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1bf1dcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRegistrar(address registrar, bool allowed) returns()
func (modelRegistry *ModelRegistry) TryPackSetRegistrar(registrar common.Address, allowed bool) ([]byte, error) {
	return modelRegistry.abi.Pack("setRegistrar", registrar, allowed)
}

// PackSetSplitBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e80294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSplitBounds((uint16,uint16,uint16,uint16) min, (uint16,uint16,uint16,uint16) max) returns()
func (modelRegistry *ModelRegistry) PackSetSplitBounds(min FeeSplit, max FeeSplit) []byte {
	enc, err := modelRegistry.abi.Pack("setSplitBounds", min, max)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSplitBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e80294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSplitBounds((uint16,uint16,uint16,uint16) min, (uint16,uint16,uint16,uint16) max) returns()
func (modelRegistry *ModelRegistry) TryPackSetSplitBounds(min FeeSplit, max FeeSplit) ([]byte, error) {
	return modelRegistry.abi.Pack("setSplitBounds", min, max)
}

// PackSplitBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ec46b90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function splitBounds() view returns((uint16,uint16,uint16,uint16), (uint16,uint16,uint16,uint16))
func (modelRegistry *ModelRegistry) PackSplitBounds() []byte {
	enc, err := modelRegistry.abi.Pack("splitBounds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplitBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ec46b90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function splitBounds() view returns((uint16,uint16,uint16,uint16), (uint16,uint16,uint16,uint16))
func (modelRegistry *ModelRegistry) TryPackSplitBounds() ([]byte, error) {
	return modelRegistry.abi.Pack("splitBounds")
}

// SplitBoundsOutput serves as a container for the return parameters of contract
// method SplitBounds.
type SplitBoundsOutput struct {
	Arg0 FeeSplit
	Arg1 FeeSplit
}

// UnpackSplitBounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ec46b90.
//
// Solidity: function splitBounds() view returns((uint16,uint16,uint16,uint16), (uint16,uint16,uint16,uint16))
func (modelRegistry *ModelRegistry) UnpackSplitBounds(data []byte) (SplitBoundsOutput, error) {
	out, err := modelRegistry.abi.Unpack("splitBounds", data)
	outstruct := new(SplitBoundsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(FeeSplit)).(*FeeSplit)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(FeeSplit)).(*FeeSplit)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (modelRegistry *ModelRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (modelRegistry *ModelRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("transferOwnership", newOwner)
}

// ModelRegistryActiveVersionChanged represents a ActiveVersionChanged event raised by the ModelRegistry contract.
type ModelRegistryActiveVersionChanged struct {
	ModelId     *big.Int
	Version     uint32
	WeightsHash [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelRegistryActiveVersionChangedEventName = "ActiveVersionChanged"

// ContractEventName returns the user-defined event name.
func (ModelRegistryActiveVersionChanged) ContractEventName() string {
	return ModelRegistryActiveVersionChangedEventName
}

// UnpackActiveVersionChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ActiveVersionChanged(uint256 indexed modelId, uint32 indexed version, bytes32 weightsHash)
func (modelRegistry *ModelRegistry) UnpackActiveVersionChangedEvent(log *types.Log) (*ModelRegistryActiveVersionChanged, error) {
	event := "ActiveVersionChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryActiveVersionChanged)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryDAORegistered represents a DAORegistered event raised by the ModelRegistry contract.
type ModelRegistryDAORegistered struct {
	Treasury    common.Address
	Distributor common.Address
	DataPool    common.Address
	Split       FeeSplit
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelRegistryDAORegisteredEventName = "DAORegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryDAORegistered) ContractEventName() string {
	return ModelRegistryDAORegisteredEventName
}

// UnpackDAORegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DAORegistered(address indexed treasury, address distributor, address dataPool, (uint16,uint16,uint16,uint16) split)
func (modelRegistry *ModelRegistry) UnpackDAORegisteredEvent(log *types.Log) (*ModelRegistryDAORegistered, error) {
	event := "DAORegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryDAORegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryFeeSplitSet represents a FeeSplitSet event raised by the ModelRegistry contract.
type ModelRegistryFeeSplitSet struct {
	Treasury common.Address
	Split    FeeSplit
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelRegistryFeeSplitSetEventName = "FeeSplitSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryFeeSplitSet) ContractEventName() string {
	return ModelRegistryFeeSplitSetEventName
}

// UnpackFeeSplitSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeSplitSet(address indexed treasury, (uint16,uint16,uint16,uint16) split)
func (modelRegistry *ModelRegistry) UnpackFeeSplitSetEvent(log *types.Log) (*ModelRegistryFeeSplitSet, error) {
	event := "FeeSplitSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryFeeSplitSet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryModelPausedSet represents a ModelPausedSet event raised by the ModelRegistry contract.
type ModelRegistryModelPausedSet struct {
	ModelId *big.Int
	Paused  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelPausedSetEventName = "ModelPausedSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelPausedSet) ContractEventName() string {
	return ModelRegistryModelPausedSetEventName
}

// UnpackModelPausedSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelPausedSet(uint256 indexed modelId, bool paused)
func (modelRegistry *ModelRegistry) UnpackModelPausedSetEvent(log *types.Log) (*ModelRegistryModelPausedSet, error) {
	event := "ModelPausedSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelPausedSet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId  *big.Int
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed treasury)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ModelRegistryOwnershipTransferStarted) ContractEventName() string {
	return ModelRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ModelRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelRegistryOwnershipTransferred) ContractEventName() string {
	return ModelRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ModelRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryPolicySet represents a PolicySet event raised by the ModelRegistry contract.
type ModelRegistryPolicySet struct {
	ModelId *big.Int
	Policy  VerificationPolicy
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryPolicySetEventName = "PolicySet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryPolicySet) ContractEventName() string {
	return ModelRegistryPolicySetEventName
}

// UnpackPolicySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicySet(uint256 indexed modelId, (uint8,uint8,uint96) policy)
func (modelRegistry *ModelRegistry) UnpackPolicySetEvent(log *types.Log) (*ModelRegistryPolicySet, error) {
	event := "PolicySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryPolicySet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryPriceSet represents a PriceSet event raised by the ModelRegistry contract.
type ModelRegistryPriceSet struct {
	ModelId *big.Int
	Price   Price
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryPriceSetEventName = "PriceSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryPriceSet) ContractEventName() string {
	return ModelRegistryPriceSetEventName
}

// UnpackPriceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceSet(uint256 indexed modelId, (address,uint128,uint128) price)
func (modelRegistry *ModelRegistry) UnpackPriceSetEvent(log *types.Log) (*ModelRegistryPriceSet, error) {
	event := "PriceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryPriceSet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryRegistrarSet represents a RegistrarSet event raised by the ModelRegistry contract.
type ModelRegistryRegistrarSet struct {
	Registrar common.Address
	Allowed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const ModelRegistryRegistrarSetEventName = "RegistrarSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryRegistrarSet) ContractEventName() string {
	return ModelRegistryRegistrarSetEventName
}

// UnpackRegistrarSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrarSet(address indexed registrar, bool allowed)
func (modelRegistry *ModelRegistry) UnpackRegistrarSetEvent(log *types.Log) (*ModelRegistryRegistrarSet, error) {
	event := "RegistrarSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryRegistrarSet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistrySplitBoundsSet represents a SplitBoundsSet event raised by the ModelRegistry contract.
type ModelRegistrySplitBoundsSet struct {
	Min FeeSplit
	Max FeeSplit
	Raw *types.Log // Blockchain specific contextual infos
}

const ModelRegistrySplitBoundsSetEventName = "SplitBoundsSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistrySplitBoundsSet) ContractEventName() string {
	return ModelRegistrySplitBoundsSetEventName
}

// UnpackSplitBoundsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SplitBoundsSet((uint16,uint16,uint16,uint16) min, (uint16,uint16,uint16,uint16) max)
func (modelRegistry *ModelRegistry) UnpackSplitBoundsSetEvent(log *types.Log) (*ModelRegistrySplitBoundsSet, error) {
	event := "SplitBoundsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistrySplitBoundsSet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryVersionPublished represents a VersionPublished event raised by the ModelRegistry contract.
type ModelRegistryVersionPublished struct {
	ModelId            *big.Int
	Version            uint32
	WeightsHash        [32]byte
	RuntimeMeasurement [32]byte
	Uri                string
	MaxOutputBytes     uint32
	MaxTokens          uint32
	Raw                *types.Log // Blockchain specific contextual infos
}

const ModelRegistryVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (ModelRegistryVersionPublished) ContractEventName() string {
	return ModelRegistryVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(uint256 indexed modelId, uint32 indexed version, bytes32 weightsHash, bytes32 runtimeMeasurement, string uri, uint32 maxOutputBytes, uint32 maxTokens)
func (modelRegistry *ModelRegistry) UnpackVersionPublishedEvent(log *types.Log) (*ModelRegistryVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryVersionPublished)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryDAOAlreadyRegistered"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryDAOAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryInvalidPolicy"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryInvalidPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryInvalidSplitBounds"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryInvalidSplitBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryInvalidVersion"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryInvalidVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryNotDAO"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryNotDAOError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryNotModelOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryNotModelOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryNotRegistrar"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryNotRegistrarError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryPausedUnchanged"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryPausedUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryPaymentTokenNotAccepted"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryPaymentTokenNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistrySplitOutOfBounds"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistrySplitOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistrySplitSum"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistrySplitSumError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryUnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryUnknownVersion"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryVersionAlreadyActive"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryVersionAlreadyActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["RegistryZeroAddress"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackRegistryZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ModelRegistry contract.
type ModelRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ModelRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (modelRegistry *ModelRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ModelRegistryOwnableInvalidOwner, error) {
	out := new(ModelRegistryOwnableInvalidOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ModelRegistry contract.
type ModelRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ModelRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (modelRegistry *ModelRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ModelRegistryOwnableUnauthorizedAccount, error) {
	out := new(ModelRegistryOwnableUnauthorizedAccount)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryDAOAlreadyRegistered represents a RegistryDAOAlreadyRegistered error raised by the ModelRegistry contract.
type ModelRegistryRegistryDAOAlreadyRegistered struct {
	Treasury common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryDAOAlreadyRegistered(address treasury)
func ModelRegistryRegistryDAOAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0xca9e0ae25d626d7f44e900720e6d3a41d29d17f19b464c357607258d60569aca")
}

// UnpackRegistryDAOAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryDAOAlreadyRegistered(address treasury)
func (modelRegistry *ModelRegistry) UnpackRegistryDAOAlreadyRegisteredError(raw []byte) (*ModelRegistryRegistryDAOAlreadyRegistered, error) {
	out := new(ModelRegistryRegistryDAOAlreadyRegistered)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryDAOAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryInvalidPolicy represents a RegistryInvalidPolicy error raised by the ModelRegistry contract.
type ModelRegistryRegistryInvalidPolicy struct {
	K uint8
	N uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryInvalidPolicy(uint8 k, uint8 n)
func ModelRegistryRegistryInvalidPolicyErrorID() common.Hash {
	return common.HexToHash("0x86eeec2e94cf938fca2e257a6e2d19110abc76faa8d1e1ecb75c704706b497f2")
}

// UnpackRegistryInvalidPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryInvalidPolicy(uint8 k, uint8 n)
func (modelRegistry *ModelRegistry) UnpackRegistryInvalidPolicyError(raw []byte) (*ModelRegistryRegistryInvalidPolicy, error) {
	out := new(ModelRegistryRegistryInvalidPolicy)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryInvalidPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryInvalidSplitBounds represents a RegistryInvalidSplitBounds error raised by the ModelRegistry contract.
type ModelRegistryRegistryInvalidSplitBounds struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryInvalidSplitBounds()
func ModelRegistryRegistryInvalidSplitBoundsErrorID() common.Hash {
	return common.HexToHash("0xd8e35a6b15c2ef62d58c2f116a6f56cf2ecd568ff4e0dc04699cd7702ee1af8c")
}

// UnpackRegistryInvalidSplitBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryInvalidSplitBounds()
func (modelRegistry *ModelRegistry) UnpackRegistryInvalidSplitBoundsError(raw []byte) (*ModelRegistryRegistryInvalidSplitBounds, error) {
	out := new(ModelRegistryRegistryInvalidSplitBounds)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryInvalidSplitBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryInvalidVersion represents a RegistryInvalidVersion error raised by the ModelRegistry contract.
type ModelRegistryRegistryInvalidVersion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryInvalidVersion()
func ModelRegistryRegistryInvalidVersionErrorID() common.Hash {
	return common.HexToHash("0xb045605970381770b435f32d26ad6915c76a6249530092eb13130d46ea639710")
}

// UnpackRegistryInvalidVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryInvalidVersion()
func (modelRegistry *ModelRegistry) UnpackRegistryInvalidVersionError(raw []byte) (*ModelRegistryRegistryInvalidVersion, error) {
	out := new(ModelRegistryRegistryInvalidVersion)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryInvalidVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryNotDAO represents a RegistryNotDAO error raised by the ModelRegistry contract.
type ModelRegistryRegistryNotDAO struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryNotDAO(address caller)
func ModelRegistryRegistryNotDAOErrorID() common.Hash {
	return common.HexToHash("0xc26fa83d9ec966d6a8552fc6a2d4fa6dec1410bca8352f8fe497a24738cddf0c")
}

// UnpackRegistryNotDAOError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryNotDAO(address caller)
func (modelRegistry *ModelRegistry) UnpackRegistryNotDAOError(raw []byte) (*ModelRegistryRegistryNotDAO, error) {
	out := new(ModelRegistryRegistryNotDAO)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryNotDAO", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryNotModelOwner represents a RegistryNotModelOwner error raised by the ModelRegistry contract.
type ModelRegistryRegistryNotModelOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryNotModelOwner(uint256 modelId, address caller)
func ModelRegistryRegistryNotModelOwnerErrorID() common.Hash {
	return common.HexToHash("0x15267aa033dd9988de3f2d0933d367880923e078335c995d70ace5d3c389abe0")
}

// UnpackRegistryNotModelOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryNotModelOwner(uint256 modelId, address caller)
func (modelRegistry *ModelRegistry) UnpackRegistryNotModelOwnerError(raw []byte) (*ModelRegistryRegistryNotModelOwner, error) {
	out := new(ModelRegistryRegistryNotModelOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryNotModelOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryNotRegistrar represents a RegistryNotRegistrar error raised by the ModelRegistry contract.
type ModelRegistryRegistryNotRegistrar struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryNotRegistrar(address caller)
func ModelRegistryRegistryNotRegistrarErrorID() common.Hash {
	return common.HexToHash("0x8d4523eed197ff380d755b41a0041d3a67395fdf4d0deb2aac9556743003ca88")
}

// UnpackRegistryNotRegistrarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryNotRegistrar(address caller)
func (modelRegistry *ModelRegistry) UnpackRegistryNotRegistrarError(raw []byte) (*ModelRegistryRegistryNotRegistrar, error) {
	out := new(ModelRegistryRegistryNotRegistrar)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryNotRegistrar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryPausedUnchanged represents a RegistryPausedUnchanged error raised by the ModelRegistry contract.
type ModelRegistryRegistryPausedUnchanged struct {
	ModelId *big.Int
	Paused  bool
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryPausedUnchanged(uint256 modelId, bool paused)
func ModelRegistryRegistryPausedUnchangedErrorID() common.Hash {
	return common.HexToHash("0xb219773149f753ea66008073bb63ad94eb24b5ef5559ae874dd7a9b728a5a8d7")
}

// UnpackRegistryPausedUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryPausedUnchanged(uint256 modelId, bool paused)
func (modelRegistry *ModelRegistry) UnpackRegistryPausedUnchangedError(raw []byte) (*ModelRegistryRegistryPausedUnchanged, error) {
	out := new(ModelRegistryRegistryPausedUnchanged)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryPausedUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryPaymentTokenNotAccepted represents a RegistryPaymentTokenNotAccepted error raised by the ModelRegistry contract.
type ModelRegistryRegistryPaymentTokenNotAccepted struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryPaymentTokenNotAccepted(address token)
func ModelRegistryRegistryPaymentTokenNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0a7311a794a2f6a1f5dc255ab71f842ca1aff3e4cc5292c5a5d370cb79454b3e")
}

// UnpackRegistryPaymentTokenNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryPaymentTokenNotAccepted(address token)
func (modelRegistry *ModelRegistry) UnpackRegistryPaymentTokenNotAcceptedError(raw []byte) (*ModelRegistryRegistryPaymentTokenNotAccepted, error) {
	out := new(ModelRegistryRegistryPaymentTokenNotAccepted)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryPaymentTokenNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistrySplitOutOfBounds represents a RegistrySplitOutOfBounds error raised by the ModelRegistry contract.
type ModelRegistryRegistrySplitOutOfBounds struct {
	Index *big.Int
	Bps   *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistrySplitOutOfBounds(uint256 index, uint256 bps, uint256 min, uint256 max)
func ModelRegistryRegistrySplitOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x5e24e4b651439a20988a0553d001c71312a266045ea8e5cfeeaeff14de6417b1")
}

// UnpackRegistrySplitOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistrySplitOutOfBounds(uint256 index, uint256 bps, uint256 min, uint256 max)
func (modelRegistry *ModelRegistry) UnpackRegistrySplitOutOfBoundsError(raw []byte) (*ModelRegistryRegistrySplitOutOfBounds, error) {
	out := new(ModelRegistryRegistrySplitOutOfBounds)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistrySplitOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistrySplitSum represents a RegistrySplitSum error raised by the ModelRegistry contract.
type ModelRegistryRegistrySplitSum struct {
	Sum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistrySplitSum(uint256 sum)
func ModelRegistryRegistrySplitSumErrorID() common.Hash {
	return common.HexToHash("0xce4bf1e8e209e631fcf4e0046f61a0723939e8773f4565927e3be501c25a98f2")
}

// UnpackRegistrySplitSumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistrySplitSum(uint256 sum)
func (modelRegistry *ModelRegistry) UnpackRegistrySplitSumError(raw []byte) (*ModelRegistryRegistrySplitSum, error) {
	out := new(ModelRegistryRegistrySplitSum)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistrySplitSum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryUnknownModel represents a RegistryUnknownModel error raised by the ModelRegistry contract.
type ModelRegistryRegistryUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryUnknownModel(uint256 modelId)
func ModelRegistryRegistryUnknownModelErrorID() common.Hash {
	return common.HexToHash("0xa87c914e9fcbf69866f1d7383b803eaf57072c1d69d7a6ca2f95191cc0c97490")
}

// UnpackRegistryUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryUnknownModel(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackRegistryUnknownModelError(raw []byte) (*ModelRegistryRegistryUnknownModel, error) {
	out := new(ModelRegistryRegistryUnknownModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryUnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryUnknownVersion represents a RegistryUnknownVersion error raised by the ModelRegistry contract.
type ModelRegistryRegistryUnknownVersion struct {
	ModelId *big.Int
	Version uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryUnknownVersion(uint256 modelId, uint32 version)
func ModelRegistryRegistryUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0x05075843376f64160e21531925e531d9be9913b468482343604922f39def74e3")
}

// UnpackRegistryUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryUnknownVersion(uint256 modelId, uint32 version)
func (modelRegistry *ModelRegistry) UnpackRegistryUnknownVersionError(raw []byte) (*ModelRegistryRegistryUnknownVersion, error) {
	out := new(ModelRegistryRegistryUnknownVersion)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryUnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryVersionAlreadyActive represents a RegistryVersionAlreadyActive error raised by the ModelRegistry contract.
type ModelRegistryRegistryVersionAlreadyActive struct {
	ModelId *big.Int
	Version uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryVersionAlreadyActive(uint256 modelId, uint32 version)
func ModelRegistryRegistryVersionAlreadyActiveErrorID() common.Hash {
	return common.HexToHash("0x45d62af9739c536663ca053e829bcf31449d99a6b883a05bcace3cc99346975e")
}

// UnpackRegistryVersionAlreadyActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryVersionAlreadyActive(uint256 modelId, uint32 version)
func (modelRegistry *ModelRegistry) UnpackRegistryVersionAlreadyActiveError(raw []byte) (*ModelRegistryRegistryVersionAlreadyActive, error) {
	out := new(ModelRegistryRegistryVersionAlreadyActive)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryVersionAlreadyActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryRegistryZeroAddress represents a RegistryZeroAddress error raised by the ModelRegistry contract.
type ModelRegistryRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryZeroAddress()
func ModelRegistryRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x6ca1fdd76c98cd3ab9f5610bab487619a18f37e906af4665e3263e9fe2f331f6")
}

// UnpackRegistryZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryZeroAddress()
func (modelRegistry *ModelRegistry) UnpackRegistryZeroAddressError(raw []byte) (*ModelRegistryRegistryZeroAddress, error) {
	out := new(ModelRegistryRegistryZeroAddress)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "RegistryZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorMetaData contains all meta data concerning the RevenueDistributor contract.
var RevenueDistributorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAGNITUDE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ERC20_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STREAM_PERIOD\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_STREAM_PERIOD\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"addPaymentToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"streamPeriod_\",\"type\":\"uint40\"},{\"internalType\":\"address[]\",\"name\":\"paymentTokens_\",\"type\":\"address[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"isPaymentToken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"onTokenTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paymentTokens\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint40\",\"name\":\"period\",\"type\":\"uint40\"}],\"name\":\"setStreamPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"stream\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"remaining\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"finish\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"lastUpdate\",\"type\":\"uint40\"},{\"internalType\":\"uint160\",\"name\":\"accPerShare\",\"type\":\"uint160\"},{\"internalType\":\"uint96\",\"name\":\"dust\",\"type\":\"uint96\"}],\"internalType\":\"structIRevenueDistributor.Stream\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"streamPeriod\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"streaming\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finish\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PaymentTokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"StreamPeriodSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DistributorETHTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"DistributorNotTimelock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"DistributorNotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"DistributorNothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DistributorStreamPeriodOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"DistributorTokenAlreadyAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"DistributorTokenNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DistributorTooManyTokens\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DistributorZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DistributorZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintToInt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"}]",
	ID:  "5b5f79c612caea42704cd5bf95e90c33d5",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61240f806100d65f395ff3fe60806040526004361061013d575f3560e01c806363676d4f116100bb578063c203204a11610071578063d4570c1c11610057578063d4570c1c1461040d578063f6326fb31461042c578063fc0c546a14610434575f5ffd5b8063c203204a14610345578063d33219b4146103dc575f5ffd5b80636d3036a7116100a15780636d3036a7146102c8578063742f5306146102e3578063930eaddc14610316575f5ffd5b806363676d4f14610294578063677ba3d3146102a9575f5ffd5b8063338b5dea116101105780634a7dc8e0116100f65780634a7dc8e0146102355780635febd8eb146102545780636248996414610268575f5ffd5b8063338b5dea146101f757806344b2b82714610216575f5ffd5b8063047fc9aa1461014157806314d1ad1b1461018957806325181bb0146101aa57806325ef180d146101d6575b5f5ffd5b34801561014c575f5ffd5b505f547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff165b6040519081526020015b60405180910390f35b348015610194575f5ffd5b506101a86101a3366004612025565b610450565b005b3480156101b5575f5ffd5b506101c96101c4366004612096565b6106c4565b60405161018091906120e6565b3480156101e1575f5ffd5b506101ea610afa565b6040516101809190612128565b348015610202575f5ffd5b506101a8610211366004612168565b610bdb565b348015610221575f5ffd5b506101a8610230366004612190565b610c6e565b348015610240575f5ffd5b506101a861024f3660046121b0565b610c82565b34801561025f575f5ffd5b50610176600381565b348015610273575f5ffd5b5061027e6276a70081565b60405164ffffffffff9091168152602001610180565b34801561029f575f5ffd5b5061027e610e1081565b3480156102b4575f5ffd5b506101a86102c33660046121c9565b610c93565b3480156102d3575f5ffd5b50610176670de0b6b3a764000081565b3480156102ee575f5ffd5b5060015474010000000000000000000000000000000000000000900464ffffffffff1661027e565b348015610321575f5ffd5b506103356103303660046121b0565b610e42565b6040519015158152602001610180565b348015610350575f5ffd5b5061036461035f3660046121b0565b610e76565b60405161018091905f60a0820190506fffffffffffffffffffffffffffffffff835116825264ffffffffff602084015116602083015264ffffffffff60408401511660408301526001600160a01b0360608401511660608301526bffffffffffffffffffffffff608084015116608083015292915050565b3480156103e7575f5ffd5b506001546001600160a01b03165b6040516001600160a01b039091168152602001610180565b348015610418575f5ffd5b50610176610427366004612203565b610f75565b6101a861116c565b34801561043f575f5ffd5b505f546001600160a01b03166103f5565b5f610459611178565b805490915060ff68010000000000000000820416159067ffffffffffffffff165f811580156104855750825b90505f8267ffffffffffffffff1660011480156104a15750303b155b9050811580156104af575080155b156104e6576040517ff92ee8a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b84547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016600117855583156105475784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff16680100000000000000001785555b6001600160a01b038a16158061056457506001600160a01b038916155b1561059b576040517f93c318d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80546001600160a01b03808d167fffffffffffffffffffffffff00000000000000000000000000000000000000009283161790925560018054928c16929091169190911790556105eb886111a0565b6040515f907fa317c10673baf4f03b3c1041bd5ddbb537d0333a86fec3607c75f9dbb630f48f908290a25f5b868110156106565761064e88888381811061063457610634612234565b905060200201602081019061064991906121b0565b611295565b600101610617565b5083156106b85784547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050565b60606001600160a01b038216610706576040517f93c318d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80546040517f70a082310000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b03821692740100000000000000000000000000000000000000009092046bffffffffffffffffffffffff16919083906370a0823190602401602060405180830381865afa15801561078f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107b39190612261565b90508567ffffffffffffffff8111156107ce576107ce612278565b6040519080825280602002602001820160405280156107f7578160200160208202803683370190505b5093505f5f5b87811015610ab5575f89898381811061081857610818612234565b905060200201602081019061082d91906121b0565b90506001600160a01b0381161580159061085f57506001600160a01b0381165f9081526005602052604090205460ff16155b156108a6576040517fc33f815e0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b038181165f90815260066020908152604091829020825160a08101845281546fffffffffffffffffffffffffffffffff81168252700100000000000000000000000000000000810464ffffffffff9081169483019490945275010000000000000000000000000000000000000000009004909216928201929092526001909101549182166060820152740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff16608082015261096c81876114c7565b506001600160a01b038083165f90815260076020908152604080832033845290915281205460608401519092670de0b6b3a76400009184916109b8916109b391168b6122d2565b6116b8565b6109c291906122e9565b6109cc9190612310565b9050805f036109de5750505050610aad565b6109f36109b3670de0b6b3a7640000836122d2565b6109fd9083612348565b6001600160a01b0385165f908152600760209081526040808320338452909152902055895181908b9087908110610a3657610a36612234565b60200260200101818152505060019550836001600160a01b03168b6001600160a01b0316336001600160a01b03167f913c992353dc81b7a8ba31496c484e9b6306bd2f6c509a649a38fdf5e1c953b284604051610a9591815260200190565b60405180910390a4610aa8848c8361171a565b505050505b6001016107fd565b5080610aef576040517f2bdbd80400000000000000000000000000000000000000000000000000000000815233600482015260240161089d565b505050509392505050565b6001805460609179010000000000000000000000000000000000000000000000000090910460ff1690610b2e90829061236e565b67ffffffffffffffff811115610b4657610b46612278565b604051908082528060200260200182016040528015610b6f578160200160208202803683370190505b5091505f5b81811015610bd65760028160038110610b8f57610b8f612234565b01546001600160a01b031683610ba683600161236e565b81518110610bb657610bb6612234565b6001600160a01b0390921660209283029190910190910152600101610b74565b505090565b6001600160a01b0382161580610c0957506001600160a01b0382165f9081526005602052604090205460ff16155b15610c4b576040517fc33f815e0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260240161089d565b610c606001600160a01b0383163330846117e2565b610c6a828261185e565b5050565b610c76611b42565b610c7f816111a0565b50565b610c8a611b42565b610c7f81611295565b5f546001600160a01b038116907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff16338214610d01576040517f5cbdcd9900000000000000000000000000000000000000000000000000000000815233600482015260240161089d565b610d1c5f868686856bffffffffffffffffffffffff16611b88565b600154790100000000000000000000000000000000000000000000000000900460ff165f5b81811015610d8957610d8160028260038110610d5f57610d5f612234565b01546001600160a01b03168888886bffffffffffffffffffffffff8816611b88565b600101610d41565b506001600160a01b038616610de457610db0846bffffffffffffffffffffffff841661236e565b5f60146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff160217905550610e3a565b6001600160a01b038516610e3a57610e0a846bffffffffffffffffffffffff8416612381565b5f60146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055505b505050505050565b5f6001600160a01b0382161580610e7057506001600160a01b0382165f9081526005602052604090205460ff165b92915050565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b038082165f908152600660209081526040808320815160a08101835281546fffffffffffffffffffffffffffffffff8116825264ffffffffff700100000000000000000000000000000000820481169583019590955275010000000000000000000000000000000000000000009004909316918301919091526001015492831660608201526bffffffffffffffffffffffff74010000000000000000000000000000000000000000938490048116608083015291549092610f6f92849291909104166114c7565b50919050565b5f6001600160a01b03821615801590610fa657506001600160a01b0382165f9081526005602052604090205460ff16155b15610fb257505f610e70565b6001600160a01b038083165f908152600660209081526040808320815160a08101835281546fffffffffffffffffffffffffffffffff8116825264ffffffffff700100000000000000000000000000000000820481169583019590955275010000000000000000000000000000000000000000009004909316918301919091526001015492831660608201526bffffffffffffffffffffffff7401000000000000000000000000000000000000000093849004811660808301529154909261108092849291909104166114c7565b505f80546040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b038781166004830152909116906370a0823190602401602060405180830381865afa1580156110e2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111069190612261565b6001600160a01b038086165f9081526007602090815260408083208a851684529091529020546060850151929350670de0b6b3a764000092909161114f916109b39116856122d2565b61115991906122e9565b6111639190612310565b95945050505050565b6111765f3461185e565b565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610e70565b610e1064ffffffffff821610806111c057506276a70064ffffffffff8216115b15611211576040517f9489218200000000000000000000000000000000000000000000000000000000815264ffffffffff82166004820152610e1060248201526276a700604482015260640161089d565b600180547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000064ffffffffff8416908102919091179091556040519081527f32dab3f665cafbadc39cd7f1f8608557d59442f7e2199c5e941b9a2f0ab4e4a79060200160405180910390a150565b6001600160a01b0381166112d5576040517f93c318d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f9081526005602052604090205460ff1615611332576040517f0e8b22290000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260240161089d565b600154790100000000000000000000000000000000000000000000000000900460ff167ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd81016113b1576040517f278d09e20000000000000000000000000000000000000000000000000000000081526003600482015260240161089d565b8160028260ff16600381106113c8576113c8612234565b0180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039290921691909117905561140a816001612394565b6001805460ff92909216790100000000000000000000000000000000000000000000000000027fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff9092169190911781556001600160a01b0383165f8181526005602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016909417909355915190917fa317c10673baf4f03b3c1041bd5ddbb537d0333a86fec3607c75f9dbb630f48f91a25050565b81515f9042906fffffffffffffffffffffffffffffffff1615806114fc57508064ffffffffff16846040015164ffffffffff16145b1561150a575f915050610e70565b825f0361155057604084015161152090826123ad565b8460200181815161153191906123ca565b64ffffffffff9081169091529190911660408501525060019050610e70565b5f846020015164ffffffffff168264ffffffffff1610156115ca578460400151856020015161157f91906123ad565b64ffffffffff1685604001518361159691906123ad565b86516115bb9164ffffffffff16906fffffffffffffffffffffffffffffffff166122d2565b6115c59190612310565b6115df565b84516fffffffffffffffffffffffffffffffff165b905080855f018181516115f291906123e7565b6fffffffffffffffffffffffffffffffff1690525064ffffffffff8216604086015260808501515f906bffffffffffffffffffffffff1661163b670de0b6b3a7640000846122d2565b611645919061236e565b90505f6116528683612310565b90506116758188606001516001600160a01b0316611670919061236e565b611e57565b6001600160a01b0316606088015261168d86826122d2565b6116979083612381565b6bffffffffffffffffffffffff166080880152506001935050505092915050565b5f7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821115611716576040517f24775e060000000000000000000000000000000000000000000000000000000081526004810183905260240161089d565b5090565b6001600160a01b0383166117c9575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611771576040519150601f19603f3d011682016040523d82523d5f602084013e611776565b606091505b50509050806117c3576040517f78667a0c0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810183905260440161089d565b50505050565b6117dd6001600160a01b0384168383611ea3565b505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526117c39186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611ed4565b805f03611897576040517fe41093af00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038083165f908152600660209081526040808320815160a08101835281546fffffffffffffffffffffffffffffffff8116825264ffffffffff700100000000000000000000000000000000820481169583019590955275010000000000000000000000000000000000000000009004909316918301919091526001015492831660608201526bffffffffffffffffffffffff7401000000000000000000000000000000000000000093849004811660808301529154909261196592849291909104166114c7565b506001545f906119949074010000000000000000000000000000000000000000900464ffffffffff16426123ca565b90506119bf83835f01516fffffffffffffffffffffffffffffffff166119ba919061236e565b611f59565b6fffffffffffffffffffffffffffffffff908116835264ffffffffff808316602080860191825242831660408088019182526001600160a01b03808b165f818152600690955293829020895181549651945188167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff95909816700100000000000000000000000000000000027fffffffffffffffffffffff000000000000000000000000000000000000000000909716988116989098179590951792909216949094178355606087015160808801516bffffffffffffffffffffffff167401000000000000000000000000000000000000000002911617600190920191909155905133927f8bab6aed5a508937051a144e61d6e61336834a66aaee250a00613ae6f744c42291611b3491889187909283526fffffffffffffffffffffffffffffffff91909116602083015264ffffffffff16604082015260600190565b60405180910390a350505050565b6001546001600160a01b03163314611176576040517f8ebca0c800000000000000000000000000000000000000000000000000000000815233600482015260240161089d565b6001600160a01b0385165f90815260066020526040812080549091906fffffffffffffffffffffffffffffffff1615611d88576040805160a08101825283546fffffffffffffffffffffffffffffffff8116825264ffffffffff7001000000000000000000000000000000008204811660208401527501000000000000000000000000000000000000000000909104169181019190915260018301546001600160a01b03811660608301526bffffffffffffffffffffffff74010000000000000000000000000000000000000000909104166080820152611c6981856114c7565b15611d74576001600160a01b038881165f908152600660209081526040918290208451815492860151938601516fffffffffffffffffffffffffffffffff9091167fffffffffffffffffffffff0000000000000000000000000000000000000000009093169290921770010000000000000000000000000000000064ffffffffff94851602177fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff1675010000000000000000000000000000000000000000009390921692909202178155606083015160808401519216740100000000000000000000000000000000000000006bffffffffffffffffffffffff90931692909202919091176001909101555b606001516001600160a01b03169050611d98565b5060018101546001600160a01b03165b805f03611da6575050611e50565b5f611db46109b383876122d2565b90506001600160a01b03871615611e01576001600160a01b038089165f908152600760209081526040808320938b1683529290529081208054839290611dfb9084906122e9565b90915550505b6001600160a01b03861615611e4c576001600160a01b038089165f908152600760209081526040808320938a1683529290529081208054839290611e46908490612348565b90915550505b5050505b5050505050565b5f6001600160a01b03821115611716576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260a060048201526024810183905260440161089d565b6040516001600160a01b038381166024830152604482018390526117dd91859182169063a9059cbb90606401611817565b5f5f60205f8451602086015f885af180611ef3576040513d5f823e3d81fd5b50505f513d91508115611f0a578060011415611f17565b6001600160a01b0384163b155b156117c3576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161089d565b5f6fffffffffffffffffffffffffffffffff821115611716576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152608060048201526024810183905260440161089d565b80356001600160a01b0381168114611fc4575f5ffd5b919050565b803564ffffffffff81168114611fc4575f5ffd5b5f5f83601f840112611fed575f5ffd5b50813567ffffffffffffffff811115612004575f5ffd5b6020830191508360208260051b850101111561201e575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612039575f5ffd5b61204286611fae565b945061205060208701611fae565b935061205e60408701611fc9565b9250606086013567ffffffffffffffff811115612079575f5ffd5b61208588828901611fdd565b969995985093965092949392505050565b5f5f5f604084860312156120a8575f5ffd5b833567ffffffffffffffff8111156120be575f5ffd5b6120ca86828701611fdd565b90945092506120dd905060208501611fae565b90509250925092565b602080825282518282018190525f918401906040840190835b8181101561211d5783518352602093840193909201916001016120ff565b509095945050505050565b602080825282518282018190525f918401906040840190835b8181101561211d5783516001600160a01b0316835260209384019390920191600101612141565b5f5f60408385031215612179575f5ffd5b61218283611fae565b946020939093013593505050565b5f602082840312156121a0575f5ffd5b6121a982611fc9565b9392505050565b5f602082840312156121c0575f5ffd5b6121a982611fae565b5f5f5f606084860312156121db575f5ffd5b6121e484611fae565b92506121f260208501611fae565b929592945050506040919091013590565b5f5f60408385031215612214575f5ffd5b61221d83611fae565b915061222b60208401611fae565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215612271575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082028115828204841417610e7057610e706122a5565b8082018281125f831280158216821582161715612308576123086122a5565b505092915050565b5f82612343577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181035f831280158383131683831282161715612367576123676122a5565b5092915050565b80820180821115610e7057610e706122a5565b81810381811115610e7057610e706122a5565b60ff8181168382160190811115610e7057610e706122a5565b64ffffffffff8281168282160390811115610e7057610e706122a5565b64ffffffffff8181168382160190811115610e7057610e706122a5565b6fffffffffffffffffffffffffffffffff8281168282160390811115610e7057610e706122a556",
}

// RevenueDistributor is an auto generated Go binding around an Ethereum contract.
type RevenueDistributor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RevenueDistributor) GetABI() abi.ABI {
	return c.abi
}

// NewRevenueDistributor creates a new instance of RevenueDistributor.
func NewRevenueDistributor() *RevenueDistributor {
	parsed, err := RevenueDistributorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RevenueDistributor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RevenueDistributor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAGNITUDE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d3036a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAGNITUDE() view returns(uint256)
func (revenueDistributor *RevenueDistributor) PackMAGNITUDE() []byte {
	enc, err := revenueDistributor.abi.Pack("MAGNITUDE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAGNITUDE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d3036a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAGNITUDE() view returns(uint256)
func (revenueDistributor *RevenueDistributor) TryPackMAGNITUDE() ([]byte, error) {
	return revenueDistributor.abi.Pack("MAGNITUDE")
}

// UnpackMAGNITUDE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d3036a7.
//
// Solidity: function MAGNITUDE() view returns(uint256)
func (revenueDistributor *RevenueDistributor) UnpackMAGNITUDE(data []byte) (*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("MAGNITUDE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXERC20TOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5febd8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ERC20_TOKENS() view returns(uint256)
func (revenueDistributor *RevenueDistributor) PackMAXERC20TOKENS() []byte {
	enc, err := revenueDistributor.abi.Pack("MAX_ERC20_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXERC20TOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5febd8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ERC20_TOKENS() view returns(uint256)
func (revenueDistributor *RevenueDistributor) TryPackMAXERC20TOKENS() ([]byte, error) {
	return revenueDistributor.abi.Pack("MAX_ERC20_TOKENS")
}

// UnpackMAXERC20TOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5febd8eb.
//
// Solidity: function MAX_ERC20_TOKENS() view returns(uint256)
func (revenueDistributor *RevenueDistributor) UnpackMAXERC20TOKENS(data []byte) (*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("MAX_ERC20_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSTREAMPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62489964.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STREAM_PERIOD() view returns(uint40)
func (revenueDistributor *RevenueDistributor) PackMAXSTREAMPERIOD() []byte {
	enc, err := revenueDistributor.abi.Pack("MAX_STREAM_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTREAMPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62489964.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STREAM_PERIOD() view returns(uint40)
func (revenueDistributor *RevenueDistributor) TryPackMAXSTREAMPERIOD() ([]byte, error) {
	return revenueDistributor.abi.Pack("MAX_STREAM_PERIOD")
}

// UnpackMAXSTREAMPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62489964.
//
// Solidity: function MAX_STREAM_PERIOD() view returns(uint40)
func (revenueDistributor *RevenueDistributor) UnpackMAXSTREAMPERIOD(data []byte) (*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("MAX_STREAM_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINSTREAMPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63676d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_STREAM_PERIOD() view returns(uint40)
func (revenueDistributor *RevenueDistributor) PackMINSTREAMPERIOD() []byte {
	enc, err := revenueDistributor.abi.Pack("MIN_STREAM_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSTREAMPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63676d4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_STREAM_PERIOD() view returns(uint40)
func (revenueDistributor *RevenueDistributor) TryPackMINSTREAMPERIOD() ([]byte, error) {
	return revenueDistributor.abi.Pack("MIN_STREAM_PERIOD")
}

// UnpackMINSTREAMPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63676d4f.
//
// Solidity: function MIN_STREAM_PERIOD() view returns(uint40)
func (revenueDistributor *RevenueDistributor) UnpackMINSTREAMPERIOD(data []byte) (*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("MIN_STREAM_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7dc8e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPaymentToken(address token_) returns()
func (revenueDistributor *RevenueDistributor) PackAddPaymentToken(token common.Address) []byte {
	enc, err := revenueDistributor.abi.Pack("addPaymentToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7dc8e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPaymentToken(address token_) returns()
func (revenueDistributor *RevenueDistributor) TryPackAddPaymentToken(token common.Address) ([]byte, error) {
	return revenueDistributor.abi.Pack("addPaymentToken", token)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25181bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address[] tokens, address to) returns(uint256[] amounts)
func (revenueDistributor *RevenueDistributor) PackClaim(tokens []common.Address, to common.Address) []byte {
	enc, err := revenueDistributor.abi.Pack("claim", tokens, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25181bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address[] tokens, address to) returns(uint256[] amounts)
func (revenueDistributor *RevenueDistributor) TryPackClaim(tokens []common.Address, to common.Address) ([]byte, error) {
	return revenueDistributor.abi.Pack("claim", tokens, to)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25181bb0.
//
// Solidity: function claim(address[] tokens, address to) returns(uint256[] amounts)
func (revenueDistributor *RevenueDistributor) UnpackClaim(data []byte) ([]*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("claim", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4570c1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address account, address token_) view returns(uint256)
func (revenueDistributor *RevenueDistributor) PackClaimable(account common.Address, token common.Address) []byte {
	enc, err := revenueDistributor.abi.Pack("claimable", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4570c1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address account, address token_) view returns(uint256)
func (revenueDistributor *RevenueDistributor) TryPackClaimable(account common.Address, token common.Address) ([]byte, error) {
	return revenueDistributor.abi.Pack("claimable", account, token)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4570c1c.
//
// Solidity: function claimable(address account, address token_) view returns(uint256)
func (revenueDistributor *RevenueDistributor) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6326fb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositETH() payable returns()
func (revenueDistributor *RevenueDistributor) PackDepositETH() []byte {
	enc, err := revenueDistributor.abi.Pack("depositETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6326fb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositETH() payable returns()
func (revenueDistributor *RevenueDistributor) TryPackDepositETH() ([]byte, error) {
	return revenueDistributor.abi.Pack("depositETH")
}

// PackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositToken(address token_, uint256 amount) returns()
func (revenueDistributor *RevenueDistributor) PackDepositToken(token common.Address, amount *big.Int) []byte {
	enc, err := revenueDistributor.abi.Pack("depositToken", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositToken(address token_, uint256 amount) returns()
func (revenueDistributor *RevenueDistributor) TryPackDepositToken(token common.Address, amount *big.Int) ([]byte, error) {
	return revenueDistributor.abi.Pack("depositToken", token, amount)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14d1ad1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address token_, address timelock_, uint40 streamPeriod_, address[] paymentTokens_) returns()
func (revenueDistributor *RevenueDistributor) PackInitialize(token common.Address, timelock common.Address, streamPeriod *big.Int, paymentTokens []common.Address) []byte {
	enc, err := revenueDistributor.abi.Pack("initialize", token, timelock, streamPeriod, paymentTokens)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14d1ad1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address token_, address timelock_, uint40 streamPeriod_, address[] paymentTokens_) returns()
func (revenueDistributor *RevenueDistributor) TryPackInitialize(token common.Address, timelock common.Address, streamPeriod *big.Int, paymentTokens []common.Address) ([]byte, error) {
	return revenueDistributor.abi.Pack("initialize", token, timelock, streamPeriod, paymentTokens)
}

// PackIsPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x930eaddc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPaymentToken(address token_) view returns(bool)
func (revenueDistributor *RevenueDistributor) PackIsPaymentToken(token common.Address) []byte {
	enc, err := revenueDistributor.abi.Pack("isPaymentToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x930eaddc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPaymentToken(address token_) view returns(bool)
func (revenueDistributor *RevenueDistributor) TryPackIsPaymentToken(token common.Address) ([]byte, error) {
	return revenueDistributor.abi.Pack("isPaymentToken", token)
}

// UnpackIsPaymentToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x930eaddc.
//
// Solidity: function isPaymentToken(address token_) view returns(bool)
func (revenueDistributor *RevenueDistributor) UnpackIsPaymentToken(data []byte) (bool, error) {
	out, err := revenueDistributor.abi.Unpack("isPaymentToken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnTokenTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x677ba3d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTokenTransfer(address from, address to, uint256 amount) returns()
func (revenueDistributor *RevenueDistributor) PackOnTokenTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := revenueDistributor.abi.Pack("onTokenTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTokenTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x677ba3d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTokenTransfer(address from, address to, uint256 amount) returns()
func (revenueDistributor *RevenueDistributor) TryPackOnTokenTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return revenueDistributor.abi.Pack("onTokenTransfer", from, to, amount)
}

// PackPaymentTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25ef180d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paymentTokens() view returns(address[] list)
func (revenueDistributor *RevenueDistributor) PackPaymentTokens() []byte {
	enc, err := revenueDistributor.abi.Pack("paymentTokens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaymentTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25ef180d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paymentTokens() view returns(address[] list)
func (revenueDistributor *RevenueDistributor) TryPackPaymentTokens() ([]byte, error) {
	return revenueDistributor.abi.Pack("paymentTokens")
}

// UnpackPaymentTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25ef180d.
//
// Solidity: function paymentTokens() view returns(address[] list)
func (revenueDistributor *RevenueDistributor) UnpackPaymentTokens(data []byte) ([]common.Address, error) {
	out, err := revenueDistributor.abi.Unpack("paymentTokens", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackSetStreamPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44b2b827.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStreamPeriod(uint40 period) returns()
func (revenueDistributor *RevenueDistributor) PackSetStreamPeriod(period *big.Int) []byte {
	enc, err := revenueDistributor.abi.Pack("setStreamPeriod", period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStreamPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44b2b827.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStreamPeriod(uint40 period) returns()
func (revenueDistributor *RevenueDistributor) TryPackSetStreamPeriod(period *big.Int) ([]byte, error) {
	return revenueDistributor.abi.Pack("setStreamPeriod", period)
}

// PackStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc203204a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stream(address token_) view returns((uint128,uint40,uint40,uint160,uint96) s)
func (revenueDistributor *RevenueDistributor) PackStream(token common.Address) []byte {
	enc, err := revenueDistributor.abi.Pack("stream", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc203204a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stream(address token_) view returns((uint128,uint40,uint40,uint160,uint96) s)
func (revenueDistributor *RevenueDistributor) TryPackStream(token common.Address) ([]byte, error) {
	return revenueDistributor.abi.Pack("stream", token)
}

// UnpackStream is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc203204a.
//
// Solidity: function stream(address token_) view returns((uint128,uint40,uint40,uint160,uint96) s)
func (revenueDistributor *RevenueDistributor) UnpackStream(data []byte) (IRevenueDistributorStream, error) {
	out, err := revenueDistributor.abi.Unpack("stream", data)
	if err != nil {
		return *new(IRevenueDistributorStream), err
	}
	out0 := *abi.ConvertType(out[0], new(IRevenueDistributorStream)).(*IRevenueDistributorStream)
	return out0, nil
}

// PackStreamPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x742f5306.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function streamPeriod() view returns(uint40)
func (revenueDistributor *RevenueDistributor) PackStreamPeriod() []byte {
	enc, err := revenueDistributor.abi.Pack("streamPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStreamPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x742f5306.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function streamPeriod() view returns(uint40)
func (revenueDistributor *RevenueDistributor) TryPackStreamPeriod() ([]byte, error) {
	return revenueDistributor.abi.Pack("streamPeriod")
}

// UnpackStreamPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x742f5306.
//
// Solidity: function streamPeriod() view returns(uint40)
func (revenueDistributor *RevenueDistributor) UnpackStreamPeriod(data []byte) (*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("streamPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x047fc9aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supply() view returns(uint256)
func (revenueDistributor *RevenueDistributor) PackSupply() []byte {
	enc, err := revenueDistributor.abi.Pack("supply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x047fc9aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supply() view returns(uint256)
func (revenueDistributor *RevenueDistributor) TryPackSupply() ([]byte, error) {
	return revenueDistributor.abi.Pack("supply")
}

// UnpackSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x047fc9aa.
//
// Solidity: function supply() view returns(uint256)
func (revenueDistributor *RevenueDistributor) UnpackSupply(data []byte) (*big.Int, error) {
	out, err := revenueDistributor.abi.Unpack("supply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (revenueDistributor *RevenueDistributor) PackTimelock() []byte {
	enc, err := revenueDistributor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (revenueDistributor *RevenueDistributor) TryPackTimelock() ([]byte, error) {
	return revenueDistributor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (revenueDistributor *RevenueDistributor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := revenueDistributor.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (revenueDistributor *RevenueDistributor) PackToken() []byte {
	enc, err := revenueDistributor.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (revenueDistributor *RevenueDistributor) TryPackToken() ([]byte, error) {
	return revenueDistributor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (revenueDistributor *RevenueDistributor) UnpackToken(data []byte) (common.Address, error) {
	out, err := revenueDistributor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RevenueDistributorClaimed represents a Claimed event raised by the RevenueDistributor contract.
type RevenueDistributorClaimed struct {
	Account common.Address
	To      common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RevenueDistributorClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (RevenueDistributorClaimed) ContractEventName() string {
	return RevenueDistributorClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, address indexed to, address indexed token, uint256 amount)
func (revenueDistributor *RevenueDistributor) UnpackClaimedEvent(log *types.Log) (*RevenueDistributorClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueDistributorClaimed)
	if len(log.Data) > 0 {
		if err := revenueDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RevenueDistributorDeposited represents a Deposited event raised by the RevenueDistributor contract.
type RevenueDistributorDeposited struct {
	Token     common.Address
	From      common.Address
	Amount    *big.Int
	Streaming *big.Int
	Finish    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RevenueDistributorDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (RevenueDistributorDeposited) ContractEventName() string {
	return RevenueDistributorDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed token, address indexed from, uint256 amount, uint256 streaming, uint256 finish)
func (revenueDistributor *RevenueDistributor) UnpackDepositedEvent(log *types.Log) (*RevenueDistributorDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueDistributorDeposited)
	if len(log.Data) > 0 {
		if err := revenueDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RevenueDistributorInitialized represents a Initialized event raised by the RevenueDistributor contract.
type RevenueDistributorInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const RevenueDistributorInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (RevenueDistributorInitialized) ContractEventName() string {
	return RevenueDistributorInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (revenueDistributor *RevenueDistributor) UnpackInitializedEvent(log *types.Log) (*RevenueDistributorInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueDistributorInitialized)
	if len(log.Data) > 0 {
		if err := revenueDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RevenueDistributorPaymentTokenAdded represents a PaymentTokenAdded event raised by the RevenueDistributor contract.
type RevenueDistributorPaymentTokenAdded struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const RevenueDistributorPaymentTokenAddedEventName = "PaymentTokenAdded"

// ContractEventName returns the user-defined event name.
func (RevenueDistributorPaymentTokenAdded) ContractEventName() string {
	return RevenueDistributorPaymentTokenAddedEventName
}

// UnpackPaymentTokenAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentTokenAdded(address indexed token)
func (revenueDistributor *RevenueDistributor) UnpackPaymentTokenAddedEvent(log *types.Log) (*RevenueDistributorPaymentTokenAdded, error) {
	event := "PaymentTokenAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueDistributorPaymentTokenAdded)
	if len(log.Data) > 0 {
		if err := revenueDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RevenueDistributorStreamPeriodSet represents a StreamPeriodSet event raised by the RevenueDistributor contract.
type RevenueDistributorStreamPeriodSet struct {
	Period *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RevenueDistributorStreamPeriodSetEventName = "StreamPeriodSet"

// ContractEventName returns the user-defined event name.
func (RevenueDistributorStreamPeriodSet) ContractEventName() string {
	return RevenueDistributorStreamPeriodSetEventName
}

// UnpackStreamPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamPeriodSet(uint256 period)
func (revenueDistributor *RevenueDistributor) UnpackStreamPeriodSetEvent(log *types.Log) (*RevenueDistributorStreamPeriodSet, error) {
	event := "StreamPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueDistributorStreamPeriodSet)
	if len(log.Data) > 0 {
		if err := revenueDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (revenueDistributor *RevenueDistributor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorETHTransferFailed"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorETHTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorNotTimelock"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorNotTimelockError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorNotToken"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorNotTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorNothingToClaim"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorStreamPeriodOutOfRange"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorStreamPeriodOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorTokenAlreadyAccepted"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorTokenAlreadyAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorTokenNotAccepted"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorTokenNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorTooManyTokens"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorTooManyTokensError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorZeroAddress"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["DistributorZeroAmount"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackDistributorZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["SafeCastOverflowedUintToInt"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackSafeCastOverflowedUintToIntError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueDistributor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return revenueDistributor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RevenueDistributorDistributorETHTransferFailed represents a DistributorETHTransferFailed error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorETHTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorETHTransferFailed(address to, uint256 amount)
func RevenueDistributorDistributorETHTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x78667a0c5f49729dd32d641388a7a9215943ec07c1ad64ee36976cc3623fb079")
}

// UnpackDistributorETHTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorETHTransferFailed(address to, uint256 amount)
func (revenueDistributor *RevenueDistributor) UnpackDistributorETHTransferFailedError(raw []byte) (*RevenueDistributorDistributorETHTransferFailed, error) {
	out := new(RevenueDistributorDistributorETHTransferFailed)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorETHTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorNotTimelock represents a DistributorNotTimelock error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorNotTimelock struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorNotTimelock(address caller)
func RevenueDistributorDistributorNotTimelockErrorID() common.Hash {
	return common.HexToHash("0x8ebca0c8d5acde72e8e9a51d67d38dce1ccec328dbfeb0da0ee0c2de6ccbc6c2")
}

// UnpackDistributorNotTimelockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorNotTimelock(address caller)
func (revenueDistributor *RevenueDistributor) UnpackDistributorNotTimelockError(raw []byte) (*RevenueDistributorDistributorNotTimelock, error) {
	out := new(RevenueDistributorDistributorNotTimelock)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorNotTimelock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorNotToken represents a DistributorNotToken error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorNotToken struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorNotToken(address caller)
func RevenueDistributorDistributorNotTokenErrorID() common.Hash {
	return common.HexToHash("0x5cbdcd99372a9cd41dded2b9800bc73a9f573e7db5f93399ba52402a745262fc")
}

// UnpackDistributorNotTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorNotToken(address caller)
func (revenueDistributor *RevenueDistributor) UnpackDistributorNotTokenError(raw []byte) (*RevenueDistributorDistributorNotToken, error) {
	out := new(RevenueDistributorDistributorNotToken)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorNotToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorNothingToClaim represents a DistributorNothingToClaim error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorNothingToClaim struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorNothingToClaim(address account)
func RevenueDistributorDistributorNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x2bdbd804073c963582e0f1ee0c223b2f37d9f5c54534ad6b0b0dbab17b02078d")
}

// UnpackDistributorNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorNothingToClaim(address account)
func (revenueDistributor *RevenueDistributor) UnpackDistributorNothingToClaimError(raw []byte) (*RevenueDistributorDistributorNothingToClaim, error) {
	out := new(RevenueDistributorDistributorNothingToClaim)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorNothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorStreamPeriodOutOfRange represents a DistributorStreamPeriodOutOfRange error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorStreamPeriodOutOfRange struct {
	Period *big.Int
	Min    *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorStreamPeriodOutOfRange(uint256 period, uint256 min, uint256 max)
func RevenueDistributorDistributorStreamPeriodOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94892182bc0ef9d82d6575d8d10d542dfd61817b2eab14581c255ed2f48e79cb")
}

// UnpackDistributorStreamPeriodOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorStreamPeriodOutOfRange(uint256 period, uint256 min, uint256 max)
func (revenueDistributor *RevenueDistributor) UnpackDistributorStreamPeriodOutOfRangeError(raw []byte) (*RevenueDistributorDistributorStreamPeriodOutOfRange, error) {
	out := new(RevenueDistributorDistributorStreamPeriodOutOfRange)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorStreamPeriodOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorTokenAlreadyAccepted represents a DistributorTokenAlreadyAccepted error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorTokenAlreadyAccepted struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorTokenAlreadyAccepted(address token)
func RevenueDistributorDistributorTokenAlreadyAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0e8b22290d63acc491f1e6d5d1a1e38ade31476886dc25f7308113b6762eb268")
}

// UnpackDistributorTokenAlreadyAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorTokenAlreadyAccepted(address token)
func (revenueDistributor *RevenueDistributor) UnpackDistributorTokenAlreadyAcceptedError(raw []byte) (*RevenueDistributorDistributorTokenAlreadyAccepted, error) {
	out := new(RevenueDistributorDistributorTokenAlreadyAccepted)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorTokenAlreadyAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorTokenNotAccepted represents a DistributorTokenNotAccepted error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorTokenNotAccepted struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorTokenNotAccepted(address token)
func RevenueDistributorDistributorTokenNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0xc33f815ebc0a6f0797a1d58390e975789ff1d02fd129547c812c499f03d9cd02")
}

// UnpackDistributorTokenNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorTokenNotAccepted(address token)
func (revenueDistributor *RevenueDistributor) UnpackDistributorTokenNotAcceptedError(raw []byte) (*RevenueDistributorDistributorTokenNotAccepted, error) {
	out := new(RevenueDistributorDistributorTokenNotAccepted)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorTokenNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorTooManyTokens represents a DistributorTooManyTokens error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorTooManyTokens struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorTooManyTokens(uint256 max)
func RevenueDistributorDistributorTooManyTokensErrorID() common.Hash {
	return common.HexToHash("0x278d09e2773b3ee481f49dfa3dca7d6211468d61ab78c1fb6a8fbd3ba5ff5bb1")
}

// UnpackDistributorTooManyTokensError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorTooManyTokens(uint256 max)
func (revenueDistributor *RevenueDistributor) UnpackDistributorTooManyTokensError(raw []byte) (*RevenueDistributorDistributorTooManyTokens, error) {
	out := new(RevenueDistributorDistributorTooManyTokens)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorTooManyTokens", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorZeroAddress represents a DistributorZeroAddress error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorZeroAddress()
func RevenueDistributorDistributorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x93c318d65c12d501dc829d4e1cbd93198b75313bd1a59c792333b3a2d51871b3")
}

// UnpackDistributorZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorZeroAddress()
func (revenueDistributor *RevenueDistributor) UnpackDistributorZeroAddressError(raw []byte) (*RevenueDistributorDistributorZeroAddress, error) {
	out := new(RevenueDistributorDistributorZeroAddress)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorDistributorZeroAmount represents a DistributorZeroAmount error raised by the RevenueDistributor contract.
type RevenueDistributorDistributorZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributorZeroAmount()
func RevenueDistributorDistributorZeroAmountErrorID() common.Hash {
	return common.HexToHash("0xe41093afa1c9260c04fb5a0a33a8f4cda57e8d75d3c6dc8daddad60f3d946bda")
}

// UnpackDistributorZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributorZeroAmount()
func (revenueDistributor *RevenueDistributor) UnpackDistributorZeroAmountError(raw []byte) (*RevenueDistributorDistributorZeroAmount, error) {
	out := new(RevenueDistributorDistributorZeroAmount)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "DistributorZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorInvalidInitialization represents a InvalidInitialization error raised by the RevenueDistributor contract.
type RevenueDistributorInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func RevenueDistributorInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (revenueDistributor *RevenueDistributor) UnpackInvalidInitializationError(raw []byte) (*RevenueDistributorInvalidInitialization, error) {
	out := new(RevenueDistributorInvalidInitialization)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorNotInitializing represents a NotInitializing error raised by the RevenueDistributor contract.
type RevenueDistributorNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func RevenueDistributorNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (revenueDistributor *RevenueDistributor) UnpackNotInitializingError(raw []byte) (*RevenueDistributorNotInitializing, error) {
	out := new(RevenueDistributorNotInitializing)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the RevenueDistributor contract.
type RevenueDistributorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RevenueDistributorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (revenueDistributor *RevenueDistributor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RevenueDistributorSafeCastOverflowedUintDowncast, error) {
	out := new(RevenueDistributorSafeCastOverflowedUintDowncast)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorSafeCastOverflowedUintToInt represents a SafeCastOverflowedUintToInt error raised by the RevenueDistributor contract.
type RevenueDistributorSafeCastOverflowedUintToInt struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func RevenueDistributorSafeCastOverflowedUintToIntErrorID() common.Hash {
	return common.HexToHash("0x24775e0629ae69d78c11bae050651b81820407f300ff750ff2be51e4ce75c37f")
}

// UnpackSafeCastOverflowedUintToIntError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func (revenueDistributor *RevenueDistributor) UnpackSafeCastOverflowedUintToIntError(raw []byte) (*RevenueDistributorSafeCastOverflowedUintToInt, error) {
	out := new(RevenueDistributorSafeCastOverflowedUintToInt)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintToInt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueDistributorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RevenueDistributor contract.
type RevenueDistributorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RevenueDistributorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (revenueDistributor *RevenueDistributor) UnpackSafeERC20FailedOperationError(raw []byte) (*RevenueDistributorSafeERC20FailedOperation, error) {
	out := new(RevenueDistributorSafeERC20FailedOperation)
	if err := revenueDistributor.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryMetaData contains all meta data concerning the WorkerRegistry contract.
var WorkerRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"minStake_\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"reporterBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hardwareClass\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"verifierSignature\",\"type\":\"bytes\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hardwareClass\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attestationVerifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"beginUnbonding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"}],\"name\":\"isEligible\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"isTrustedCoordinator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hardwareClass\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"verifierSignature\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setAttestationVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"setCoordinatorTrust\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setSlashRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"modelVersion\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHashA\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signatureA\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"outputHashB\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signatureB\",\"type\":\"bytes\"}],\"name\":\"slashEquivocation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"worker\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEndsAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hardwareClass\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"}],\"internalType\":\"structWorkerInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AttestationVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"CoordinatorTrustSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SlashClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"SlashRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hardwareClass\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"}],\"name\":\"WorkerAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtimeMeasurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hardwareClass\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"}],\"name\":\"WorkerRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"WorkerSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"WorkerStakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingEndsAt\",\"type\":\"uint64\"}],\"name\":\"WorkerUnbondingStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WorkerWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"WorkerAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"WorkerInvalidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"WorkerInvalidReporterShare\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"WorkerInvalidStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"WorkerIsSlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"WorkerNotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"WorkerNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEndsAt\",\"type\":\"uint64\"}],\"name\":\"WorkerNotUnbonded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"WorkerNothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"WorkerSameOutput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attested\",\"type\":\"address\"}],\"name\":\"WorkerSignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signerA\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signerB\",\"type\":\"address\"}],\"name\":\"WorkerSignersDiffer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"recordIssuedAt\",\"type\":\"uint64\"}],\"name\":\"WorkerStaleAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WorkerTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEndsAt\",\"type\":\"uint64\"}],\"name\":\"WorkerUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"WorkerUnknownCoordinator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WorkerZeroAddress\",\"type\":\"error\"}]",
	ID:  "760c8d087c7fd0a317c44e820d48413bb2",
	Bin: "0x610120604052348015610010575f5ffd5b506040516128a63803806128a683398101604081905261002f916102b3565b846001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100678161022d565b506001600160a01b03841661008f576040516304a2707160e11b815260040160405180910390fd5b6127108161ffff1611156100bc57604051635843f68d60e11b815261ffff82166004820152602401610055565b600280546001600160a01b038087166001600160a01b03199283161790925560038054928816929091169190911790556001600160401b0383166080526001600160601b03821660a05261ffff811660c0524660e0526101b9604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc5843a1b6f627035b8c64c6ae625c3680751274bf5fda16105284864fb9514d4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610100526040516001600160a01b038516907fb5bc375d8d9cdc50d28b117610d40da6f72965e7bb31e96abc329c0cc9d2445f905f90a26040516001600160a01b038616907fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a2505050505061033b565b600180546001600160a01b031916905561024681610249565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b03811681146102ae575f5ffd5b919050565b5f5f5f5f5f60a086880312156102c7575f5ffd5b6102d086610298565b94506102de60208701610298565b60408701519094506001600160401b03811681146102fa575f5ffd5b60608701519093506001600160601b0381168114610316575f5ffd5b608087015190925061ffff8116811461032d575f5ffd5b809150509295509295909350565b60805160a05160c05160e0516101005161250b61039b5f395f61097d01525f6108a901525f818161038e015261111901525f8181610283015281816106d3015281816116c3015261174801525f818161059e0152610804015261250b5ff3fe6080604052600436106101a4575f3560e01c80638b69c810116100e7578063d7653f6f11610087578063dbe9f16b11610062578063dbe9f16b146105c8578063e30c3978146105db578063f2fde38b146105f8578063ffb58d7a14610617575f5ffd5b8063d7653f6f14610499578063da80535514610567578063db7dd35a14610584575f5ffd5b8063b4b3c5a0116100c2578063b4b3c5a014610407578063bae7d38f14610424578063c23a5cea1461045b578063c6e7865a1461047a575f5ffd5b80638b69c8101461037a5780638da5cb5b146103b857806393205643146103e8575f5ffd5b80633d3185be116101525780636020d2d81161012d5780636020d2d814610314578063715018a61461033357806379ba50971461034757806382f6f6081461035b575f5ffd5b80633d3185be146102ad578063402914f5146102cc5780634e71d92d14610300575f5ffd5b806331e3251e1161018257806331e3251e146102325780633644e51514610251578063375b3c0a14610265575f5ffd5b806307090c1f146101a857806310767904146101ee578063202721c714610203575b5f5ffd5b3480156101b3575f5ffd5b506101db7fef37e6898d993e53292650092a74777f685b47e1605cb71184482bca0b72017b81565b6040519081526020015b60405180910390f35b6102016101fc3660046120a0565b610636565b005b34801561020e575f5ffd5b5061022261021d3660046120c2565b61077e565b60405190151581526020016101e5565b34801561023d575f5ffd5b5061020161024c3660046120a0565b6107f2565b34801561025c575f5ffd5b506101db6108a6565b348015610270575f5ffd5b506040516bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016101e5565b3480156102b8575f5ffd5b506102016102c73660046120a0565b61099f565b3480156102d7575f5ffd5b506101db6102e63660046120a0565b6001600160a01b03165f9081526006602052604090205490565b34801561030b575f5ffd5b50610201610a48565b34801561031f575f5ffd5b506101db61032e366004612110565b610aeb565b34801561033e575f5ffd5b50610201610b99565b348015610352575f5ffd5b50610201610bac565b348015610366575f5ffd5b506102016103753660046120a0565b610c06565b348015610385575f5ffd5b5060405161ffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016101e5565b3480156103c3575f5ffd5b505f546001600160a01b03165b6040516001600160a01b0390911681526020016101e5565b3480156103f3575f5ffd5b5061020161040236600461216f565b610caf565b348015610412575f5ffd5b506002546001600160a01b03166103d0565b34801561042f575f5ffd5b5061022261043e3660046120a0565b6001600160a01b03165f9081526005602052604090205460ff1690565b348015610466575f5ffd5b506102016104753660046120a0565b61125a565b348015610485575f5ffd5b50610201610494366004612228565b611416565b3480156104a4575f5ffd5b506104b86104b33660046120a0565b6114da565b6040516101e591905f610140820190506001600160a01b0383511682526bffffffffffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015260608301511515606083015260808301516001600160a01b038151166080840152602081015160a0840152604081015160c0840152606081015160e0840152608081015161010084015267ffffffffffffffff60a0820151166101208401525092915050565b348015610572575f5ffd5b506003546001600160a01b03166103d0565b34801561058f575f5ffd5b5060405167ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016101e5565b6102016105d6366004612263565b6115b7565b3480156105e6575f5ffd5b506001546001600160a01b03166103d0565b348015610603575f5ffd5b506102016106123660046120a0565b611808565b348015610622575f5ffd5b50610201610631366004612263565b611890565b5f610640826119a3565b80549091505f906106789034907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff166122e0565b905034158061069257506bffffffffffffffffffffffff81115b15610705576040517f53281997000000000000000000000000000000000000000000000000000000008152600481018290526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201526044015b60405180910390fd5b81546001600160a01b03908116740100000000000000000000000000000000000000006bffffffffffffffffffffffff8416021783556040805134815260208101849052918516917f8ac1d2b560d15b62021e285bc933628774ad0fde6694557243af44d045cd790b91015b60405180910390a2505050565b6001600160a01b0384165f908152600460205260408120600181015480158015906107b457505f86815260208690526040902081145b80156107e7575081547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff168411155b979650505050505050565b5f6107fc826119a3565b90505f6108297f0000000000000000000000000000000000000000000000000000000000000000426122f3565b6002830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091555f60018501556040519081529091506001600160a01b038416907f570211b9267db11129e45aa4add8b8c1c8256f14ae218039ea0deaf47a68bc9d90602001610771565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461097a57610975604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc5843a1b6f627035b8c64c6ae625c3680751274bf5fda16105284864fb9514d4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b6109a7611a1c565b6001600160a01b0381166109e7576040517f0944e0e200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b335f9081526006602052604081205490819003610a93576040517ff878be870000000000000000000000000000000000000000000000000000000081523360048201526024016106fc565b335f8181526006602052604080822091909155517f4456923965e23f8eae43a34943101139d3120f4b8d1aab4d681615eae76fc2aa90610ad69084815260200190565b60405180910390a2610ae83382611a61565b50565b5f5f7fef37e6898d993e53292650092a74777f685b47e1605cb71184482bca0b72017b83604051602001610b20929190612389565b604051602081830303815290604052805190602001209050610b406108a6565b6040517f1901000000000000000000000000000000000000000000000000000000000000602082015260228101919091526042810182905260620160405160208183030381529060405280519060200120915050919050565b610ba1611a1c565b610baa5f611b01565b565b60015433906001600160a01b03168114610bfd576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016106fc565b610ae881611b01565b610c0e611a1c565b6001600160a01b038116610c4e576040517f0944e0e200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fb5bc375d8d9cdc50d28b117610d40da6f72965e7bb31e96abc329c0cc9d2445f905f90a250565b6001600160a01b0389165f9081526005602052604090205460ff16610d0b576040517fb55299aa0000000000000000000000000000000000000000000000000000000081526001600160a01b038a1660048201526024016106fc565b828603610d47576040517f39437180000000000000000000000000000000000000000000000000000000008152600481018790526024016106fc565b604080518082018252601c81527f4d696e6944414f20496e666572656e6365436f6f7264696e61746f720000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f125d0ba5b2ad3ce85de36135103a1b3eb25a4d6f43b34d0f6f02aa4872e47a6f818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b038c1660a0808301919091528351808303909101815260c090910190925281519101205f90604080517fef6bdc18af48fa214ed746581611a4e289bb3c2251254b0a3a5c4faa718800528152602081018c905263ffffffff8b1681830152606081018a90526080902090517f19010000000000000000000000000000000000000000000000000000000000008152600281018390526022810191909152604290209091505f90610f0f9088888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b3292505050565b604080517fef6bdc18af48fa214ed746581611a4e289bb3c2251254b0a3a5c4faa718800528152602081018d905263ffffffff8c1681830152606081018890526080902090517f19010000000000000000000000000000000000000000000000000000000000008152600281018590526022810191909152604290209091505f90610fcf9086868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b3292505050565b9050806001600160a01b0316826001600160a01b03161461102f576040517f691b2ae40000000000000000000000000000000000000000000000000000000081526001600160a01b038084166004830152821660248201526044016106fc565b6001600160a01b0382165f908152600460205260409020600281015468010000000000000000900460ff161561109c576040517f8e46662a0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016106fc565b80546001600160a01b03166110e8576040517fcb9a70eb0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016106fc565b80547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff165f6127106111427f000000000000000000000000000000000000000000000000000000000000000061ffff168461239d565b61114c91906123b4565b6002840180547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff166801000000000000000017905583546001600160a01b031684555f6001850155905080156111c057335f90815260066020526040812080548392906111ba9084906122e0565b90915550505b80821115611201576111d281836123ec565b6003546001600160a01b03165f90815260066020526040812080549091906111fb9084906122e0565b90915550505b60408051838152602081018390528f9133916001600160a01b038916917fb482f66bf017bcd4df3f6546db1f50918313690b6765e77a9b6d4579315c2fd1910160405180910390a4505050505050505050505050505050565b5f61126482611b5c565b600281015490915067ffffffffffffffff1680158061128c57508067ffffffffffffffff1642105b156112de576040517f1a12aabe0000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015267ffffffffffffffff821660248201526044016106fc565b81546001600160a01b038481165f818152600460208190526040808320838155600181018490556002810180547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000001690556003810180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690559182018390556005820183905560068201839055600782019290925560080180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055516bffffffffffffffffffffffff740100000000000000000000000000000000000000008504169392909216918291907f8d607bbdd93c38fb29379d6acfb5e916f513f6e301c5a0626d61574ca521a2d3906113fd9086815260200190565b60405180910390a361140f8183611a61565b5050505050565b61141e611a1c565b6001600160a01b03821661145e576040517f0944e0e200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f8181526005602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182527f6b0fdc7b08d33af5eedb2fb8a9a5e0558df00393eaedac5bbc469c1c3846cd94910160405180910390a25050565b6114e2611ffb565b6001600160a01b039182165f90815260046020818152604092839020805480871686527401000000000000000000000000000000000000000090046bffffffffffffffffffffffff1685830152600281015467ffffffffffffffff808216878701526801000000000000000090910460ff161515606080880191909152855160c08101875260038401549098168852938201549287019290925260058101549386019390935260068301549185019190915260078201546080808601919091526008909201541660a084015281019190915290565b5f6115c560208501856120a0565b90506001600160a01b038116611607576040517f0944e0e200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f908152600460205260409020600281015468010000000000000000900460ff1615611674576040517f8e46662a0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016106fc565b80546001600160a01b0316156116c1576040517f07cbd5da0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016106fc565b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1634108061170857506bffffffffffffffffffffffff34115b15611775576040517f532819970000000000000000000000000000000000000000000000000000000081523460048201526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201526044016106fc565b611780858585611c64565b6bffffffffffffffffffffffff34167401000000000000000000000000000000000000000002331781556117b48186611d31565b336001600160a01b0316826001600160a01b03167f7287f58b64827f3f6797d749f8e887bbdacfb667adfe5dd5e752e90fae1ee3e234886040516117f9929190612389565b60405180910390a35050505050565b611810611a1c565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556118585f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f61189e60208501856120a0565b90505f6118aa826119a3565b600881015490915067ffffffffffffffff166118cc60c0870160a088016123ff565b67ffffffffffffffff161161194657816118ec60c0870160a088016123ff565b60088301546040517f7f83ee2e0000000000000000000000000000000000000000000000000000000081526001600160a01b03909316600484015267ffffffffffffffff91821660248401521660448201526064016106fc565b611951858585611c64565b61195b8186611d31565b816001600160a01b03167f3e61a8ae4d06ab75dca6c5356520d004c29311a002e72fafcbcbec14ac85feee86604051611994919061241a565b60405180910390a25050505050565b5f6119ad82611b5c565b600281015490915067ffffffffffffffff1615611a175760028101546040517ff339fb790000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015267ffffffffffffffff90911660248201526044016106fc565b919050565b5f546001600160a01b03163314610baa576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016106fc565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611aaa576040519150601f19603f3d011682016040523d82523d5f602084013e611aaf565b606091505b5050905080611afc576040517f59eaa1c20000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602481018390526044016106fc565b505050565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610ae881611d5e565b5f5f5f5f611b408686611dc5565b925092509250611b508282611e0e565b50909150505b92915050565b6001600160a01b038082165f9081526004602052604090208054909116611bba576040517fcb9a70eb0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016106fc565b80546001600160a01b03163314611c0e576040517f538f12e40000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201523360248201526044016106fc565b600281015468010000000000000000900460ff1615611a17576040517f8e46662a0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016106fc565b5f5f611cad611c7286610aeb565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611dc592505050565b5090925090505f816003811115611cc657611cc6612428565b141580611ce157506002546001600160a01b03838116911614155b1561140f57611cf360208601866120a0565b6040517f13bab35d0000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016106fc565b8060038301611d408282612455565b50506020818101355f90815260409283013590915220600190910155565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f5f8351604103611dfc576020840151604085015160608601515f1a611dee88828585611f15565b955095509550505050611e07565b505081515f91506002905b9250925092565b5f826003811115611e2157611e21612428565b03611e2a575050565b6001826003811115611e3e57611e3e612428565b03611e75576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002826003811115611e8957611e89612428565b03611ec3576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016106fc565b6003826003811115611ed757611ed7612428565b03611f11576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016106fc565b5050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115611f4e57505f91506003905082611ff1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611f9f573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116611fe857505f925060019150829050611ff1565b92505f91508190505b9450945094915050565b6040518060a001604052805f6001600160a01b031681526020015f6bffffffffffffffffffffffff1681526020015f67ffffffffffffffff1681526020015f151581526020016120876040518060c001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f67ffffffffffffffff1681525090565b905290565b6001600160a01b0381168114610ae8575f5ffd5b5f602082840312156120b0575f5ffd5b81356120bb8161208c565b9392505050565b5f5f5f5f608085870312156120d5575f5ffd5b84356120e08161208c565b966020860135965060408601359560600135945092505050565b5f60c0828403121561210a575f5ffd5b50919050565b5f60c08284031215612120575f5ffd5b6120bb83836120fa565b5f5f83601f84011261213a575f5ffd5b50813567ffffffffffffffff811115612151575f5ffd5b602083019150836020828501011115612168575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60e08a8c031215612187575f5ffd5b89356121928161208c565b985060208a0135975060408a013563ffffffff811681146121b1575f5ffd5b965060608a0135955060808a013567ffffffffffffffff8111156121d3575f5ffd5b6121df8c828d0161212a565b90965094505060a08a0135925060c08a013567ffffffffffffffff811115612205575f5ffd5b6122118c828d0161212a565b915080935050809150509295985092959850929598565b5f5f60408385031215612239575f5ffd5b82356122448161208c565b915060208301358015158114612258575f5ffd5b809150509250929050565b5f5f5f60e08486031215612275575f5ffd5b61227f85856120fa565b925060c084013567ffffffffffffffff81111561229a575f5ffd5b6122a68682870161212a565b9497909650939450505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115611b5657611b566122b3565b67ffffffffffffffff8181168382160190811115611b5657611b566122b3565b67ffffffffffffffff81168114610ae8575f5ffd5b80356123338161208c565b6001600160a01b031682526020818101359083015260408082013590830152606080820135908301526080808201359083015260a081013561237481612313565b67ffffffffffffffff811660a0840152505050565b82815260e081016120bb6020830184612328565b8082028115828204841417611b5657611b566122b3565b5f826123e7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b81810381811115611b5657611b566122b3565b5f6020828403121561240f575f5ffd5b81356120bb81612313565b60c08101611b568284612328565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b81356124608161208c565b81547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0391909116178155602082013560018201556040820135600282015560608201356003820155608082013560048201555f60a08301356124ca81612313565b80915060058301915067ffffffffffffffff81167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008354161782555050505056",
}

// WorkerRegistry is an auto generated Go binding around an Ethereum contract.
type WorkerRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WorkerRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewWorkerRegistry creates a new instance of WorkerRegistry.
func NewWorkerRegistry() *WorkerRegistry {
	parsed, err := WorkerRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WorkerRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WorkerRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address verifier, uint64 unbondingDelay_, uint96 minStake_, uint16 reporterBps_) returns()
func (workerRegistry *WorkerRegistry) PackConstructor(owner_ common.Address, verifier common.Address, unbondingDelay_ uint64, minStake_ *big.Int, reporterBps_ uint16) []byte {
	enc, err := workerRegistry.abi.Pack("", owner_, verifier, unbondingDelay_, minStake_, reporterBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (workerRegistry *WorkerRegistry) PackATTESTATIONTYPEHASH() []byte {
	enc, err := workerRegistry.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (workerRegistry *WorkerRegistry) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return workerRegistry.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (workerRegistry *WorkerRegistry) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := workerRegistry.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (workerRegistry *WorkerRegistry) PackDOMAINSEPARATOR() []byte {
	enc, err := workerRegistry.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (workerRegistry *WorkerRegistry) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return workerRegistry.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (workerRegistry *WorkerRegistry) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := workerRegistry.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (workerRegistry *WorkerRegistry) PackAcceptOwnership() []byte {
	enc, err := workerRegistry.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (workerRegistry *WorkerRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return workerRegistry.abi.Pack("acceptOwnership")
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10767904.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake(address signer) payable returns()
func (workerRegistry *WorkerRegistry) PackAddStake(signer common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("addStake", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10767904.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake(address signer) payable returns()
func (workerRegistry *WorkerRegistry) TryPackAddStake(signer common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("addStake", signer)
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffb58d7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest((address,bytes32,bytes32,bytes32,bytes32,uint64) attestation, bytes verifierSignature) returns()
func (workerRegistry *WorkerRegistry) PackAttest(attestation Attestation, verifierSignature []byte) []byte {
	enc, err := workerRegistry.abi.Pack("attest", attestation, verifierSignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffb58d7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest((address,bytes32,bytes32,bytes32,bytes32,uint64) attestation, bytes verifierSignature) returns()
func (workerRegistry *WorkerRegistry) TryPackAttest(attestation Attestation, verifierSignature []byte) ([]byte, error) {
	return workerRegistry.abi.Pack("attest", attestation, verifierSignature)
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6020d2d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest((address,bytes32,bytes32,bytes32,bytes32,uint64) attestation) view returns(bytes32)
func (workerRegistry *WorkerRegistry) PackAttestationDigest(attestation Attestation) []byte {
	enc, err := workerRegistry.abi.Pack("attestationDigest", attestation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6020d2d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest((address,bytes32,bytes32,bytes32,bytes32,uint64) attestation) view returns(bytes32)
func (workerRegistry *WorkerRegistry) TryPackAttestationDigest(attestation Attestation) ([]byte, error) {
	return workerRegistry.abi.Pack("attestationDigest", attestation)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6020d2d8.
//
// Solidity: function attestationDigest((address,bytes32,bytes32,bytes32,bytes32,uint64) attestation) view returns(bytes32)
func (workerRegistry *WorkerRegistry) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := workerRegistry.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAttestationVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4b3c5a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationVerifier() view returns(address)
func (workerRegistry *WorkerRegistry) PackAttestationVerifier() []byte {
	enc, err := workerRegistry.abi.Pack("attestationVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4b3c5a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationVerifier() view returns(address)
func (workerRegistry *WorkerRegistry) TryPackAttestationVerifier() ([]byte, error) {
	return workerRegistry.abi.Pack("attestationVerifier")
}

// UnpackAttestationVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4b3c5a0.
//
// Solidity: function attestationVerifier() view returns(address)
func (workerRegistry *WorkerRegistry) UnpackAttestationVerifier(data []byte) (common.Address, error) {
	out, err := workerRegistry.abi.Unpack("attestationVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBeginUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e3251e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginUnbonding(address signer) returns()
func (workerRegistry *WorkerRegistry) PackBeginUnbonding(signer common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("beginUnbonding", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e3251e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginUnbonding(address signer) returns()
func (workerRegistry *WorkerRegistry) TryPackBeginUnbonding(signer common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("beginUnbonding", signer)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (workerRegistry *WorkerRegistry) PackClaim() []byte {
	enc, err := workerRegistry.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (workerRegistry *WorkerRegistry) TryPackClaim() ([]byte, error) {
	return workerRegistry.abi.Pack("claim")
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address account) view returns(uint256)
func (workerRegistry *WorkerRegistry) PackClaimable(account common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("claimable", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address account) view returns(uint256)
func (workerRegistry *WorkerRegistry) TryPackClaimable(account common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("claimable", account)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402914f5.
//
// Solidity: function claimable(address account) view returns(uint256)
func (workerRegistry *WorkerRegistry) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := workerRegistry.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsEligible is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x202721c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isEligible(address signer, bytes32 runtimeMeasurement, bytes32 weightsHash, uint256 minStake_) view returns(bool)
func (workerRegistry *WorkerRegistry) PackIsEligible(signer common.Address, runtimeMeasurement [32]byte, weightsHash [32]byte, minStake *big.Int) []byte {
	enc, err := workerRegistry.abi.Pack("isEligible", signer, runtimeMeasurement, weightsHash, minStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsEligible is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x202721c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isEligible(address signer, bytes32 runtimeMeasurement, bytes32 weightsHash, uint256 minStake_) view returns(bool)
func (workerRegistry *WorkerRegistry) TryPackIsEligible(signer common.Address, runtimeMeasurement [32]byte, weightsHash [32]byte, minStake *big.Int) ([]byte, error) {
	return workerRegistry.abi.Pack("isEligible", signer, runtimeMeasurement, weightsHash, minStake)
}

// UnpackIsEligible is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x202721c7.
//
// Solidity: function isEligible(address signer, bytes32 runtimeMeasurement, bytes32 weightsHash, uint256 minStake_) view returns(bool)
func (workerRegistry *WorkerRegistry) UnpackIsEligible(data []byte) (bool, error) {
	out, err := workerRegistry.abi.Unpack("isEligible", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsTrustedCoordinator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbae7d38f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTrustedCoordinator(address coordinator) view returns(bool)
func (workerRegistry *WorkerRegistry) PackIsTrustedCoordinator(coordinator common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("isTrustedCoordinator", coordinator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTrustedCoordinator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbae7d38f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTrustedCoordinator(address coordinator) view returns(bool)
func (workerRegistry *WorkerRegistry) TryPackIsTrustedCoordinator(coordinator common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("isTrustedCoordinator", coordinator)
}

// UnpackIsTrustedCoordinator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbae7d38f.
//
// Solidity: function isTrustedCoordinator(address coordinator) view returns(bool)
func (workerRegistry *WorkerRegistry) UnpackIsTrustedCoordinator(data []byte) (bool, error) {
	out, err := workerRegistry.abi.Unpack("isTrustedCoordinator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint96)
func (workerRegistry *WorkerRegistry) PackMinStake() []byte {
	enc, err := workerRegistry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint96)
func (workerRegistry *WorkerRegistry) TryPackMinStake() ([]byte, error) {
	return workerRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint96)
func (workerRegistry *WorkerRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := workerRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (workerRegistry *WorkerRegistry) PackOwner() []byte {
	enc, err := workerRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (workerRegistry *WorkerRegistry) TryPackOwner() ([]byte, error) {
	return workerRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (workerRegistry *WorkerRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := workerRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (workerRegistry *WorkerRegistry) PackPendingOwner() []byte {
	enc, err := workerRegistry.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (workerRegistry *WorkerRegistry) TryPackPendingOwner() ([]byte, error) {
	return workerRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (workerRegistry *WorkerRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := workerRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe9f16b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register((address,bytes32,bytes32,bytes32,bytes32,uint64) attestation, bytes verifierSignature) payable returns()
func (workerRegistry *WorkerRegistry) PackRegister(attestation Attestation, verifierSignature []byte) []byte {
	enc, err := workerRegistry.abi.Pack("register", attestation, verifierSignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe9f16b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register((address,bytes32,bytes32,bytes32,bytes32,uint64) attestation, bytes verifierSignature) payable returns()
func (workerRegistry *WorkerRegistry) TryPackRegister(attestation Attestation, verifierSignature []byte) ([]byte, error) {
	return workerRegistry.abi.Pack("register", attestation, verifierSignature)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (workerRegistry *WorkerRegistry) PackRenounceOwnership() []byte {
	enc, err := workerRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (workerRegistry *WorkerRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return workerRegistry.abi.Pack("renounceOwnership")
}

// PackReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b69c810.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reporterBps() view returns(uint16)
func (workerRegistry *WorkerRegistry) PackReporterBps() []byte {
	enc, err := workerRegistry.abi.Pack("reporterBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b69c810.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reporterBps() view returns(uint16)
func (workerRegistry *WorkerRegistry) TryPackReporterBps() ([]byte, error) {
	return workerRegistry.abi.Pack("reporterBps")
}

// UnpackReporterBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b69c810.
//
// Solidity: function reporterBps() view returns(uint16)
func (workerRegistry *WorkerRegistry) UnpackReporterBps(data []byte) (uint16, error) {
	out, err := workerRegistry.abi.Unpack("reporterBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSetAttestationVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82f6f608.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttestationVerifier(address verifier) returns()
func (workerRegistry *WorkerRegistry) PackSetAttestationVerifier(verifier common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("setAttestationVerifier", verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttestationVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82f6f608.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttestationVerifier(address verifier) returns()
func (workerRegistry *WorkerRegistry) TryPackSetAttestationVerifier(verifier common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("setAttestationVerifier", verifier)
}

// PackSetCoordinatorTrust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e7865a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCoordinatorTrust(address coordinator, bool trusted) returns()
func (workerRegistry *WorkerRegistry) PackSetCoordinatorTrust(coordinator common.Address, trusted bool) []byte {
	enc, err := workerRegistry.abi.Pack("setCoordinatorTrust", coordinator, trusted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCoordinatorTrust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e7865a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCoordinatorTrust(address coordinator, bool trusted) returns()
func (workerRegistry *WorkerRegistry) TryPackSetCoordinatorTrust(coordinator common.Address, trusted bool) ([]byte, error) {
	return workerRegistry.abi.Pack("setCoordinatorTrust", coordinator, trusted)
}

// PackSetSlashRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d3185be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlashRecipient(address recipient) returns()
func (workerRegistry *WorkerRegistry) PackSetSlashRecipient(recipient common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("setSlashRecipient", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlashRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d3185be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlashRecipient(address recipient) returns()
func (workerRegistry *WorkerRegistry) TryPackSetSlashRecipient(recipient common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("setSlashRecipient", recipient)
}

// PackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93205643.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashEquivocation(address coordinator, bytes32 requestId, uint32 modelVersion, bytes32 outputHashA, bytes signatureA, bytes32 outputHashB, bytes signatureB) returns()
func (workerRegistry *WorkerRegistry) PackSlashEquivocation(coordinator common.Address, requestId [32]byte, modelVersion uint32, outputHashA [32]byte, signatureA []byte, outputHashB [32]byte, signatureB []byte) []byte {
	enc, err := workerRegistry.abi.Pack("slashEquivocation", coordinator, requestId, modelVersion, outputHashA, signatureA, outputHashB, signatureB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93205643.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashEquivocation(address coordinator, bytes32 requestId, uint32 modelVersion, bytes32 outputHashA, bytes signatureA, bytes32 outputHashB, bytes signatureB) returns()
func (workerRegistry *WorkerRegistry) TryPackSlashEquivocation(coordinator common.Address, requestId [32]byte, modelVersion uint32, outputHashA [32]byte, signatureA []byte, outputHashB [32]byte, signatureB []byte) ([]byte, error) {
	return workerRegistry.abi.Pack("slashEquivocation", coordinator, requestId, modelVersion, outputHashA, signatureA, outputHashB, signatureB)
}

// PackSlashRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda805355.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashRecipient() view returns(address)
func (workerRegistry *WorkerRegistry) PackSlashRecipient() []byte {
	enc, err := workerRegistry.abi.Pack("slashRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda805355.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashRecipient() view returns(address)
func (workerRegistry *WorkerRegistry) TryPackSlashRecipient() ([]byte, error) {
	return workerRegistry.abi.Pack("slashRecipient")
}

// UnpackSlashRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda805355.
//
// Solidity: function slashRecipient() view returns(address)
func (workerRegistry *WorkerRegistry) UnpackSlashRecipient(data []byte) (common.Address, error) {
	out, err := workerRegistry.abi.Unpack("slashRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (workerRegistry *WorkerRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (workerRegistry *WorkerRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (workerRegistry *WorkerRegistry) PackUnbondingDelay() []byte {
	enc, err := workerRegistry.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (workerRegistry *WorkerRegistry) TryPackUnbondingDelay() ([]byte, error) {
	return workerRegistry.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (workerRegistry *WorkerRegistry) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := workerRegistry.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc23a5cea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake(address signer) returns()
func (workerRegistry *WorkerRegistry) PackWithdrawStake(signer common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("withdrawStake", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc23a5cea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake(address signer) returns()
func (workerRegistry *WorkerRegistry) TryPackWithdrawStake(signer common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("withdrawStake", signer)
}

// PackWorker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7653f6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function worker(address signer) view returns((address,uint96,uint64,bool,(address,bytes32,bytes32,bytes32,bytes32,uint64)) info)
func (workerRegistry *WorkerRegistry) PackWorker(signer common.Address) []byte {
	enc, err := workerRegistry.abi.Pack("worker", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7653f6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function worker(address signer) view returns((address,uint96,uint64,bool,(address,bytes32,bytes32,bytes32,bytes32,uint64)) info)
func (workerRegistry *WorkerRegistry) TryPackWorker(signer common.Address) ([]byte, error) {
	return workerRegistry.abi.Pack("worker", signer)
}

// UnpackWorker is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7653f6f.
//
// Solidity: function worker(address signer) view returns((address,uint96,uint64,bool,(address,bytes32,bytes32,bytes32,bytes32,uint64)) info)
func (workerRegistry *WorkerRegistry) UnpackWorker(data []byte) (WorkerInfo, error) {
	out, err := workerRegistry.abi.Unpack("worker", data)
	if err != nil {
		return *new(WorkerInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(WorkerInfo)).(*WorkerInfo)
	return out0, nil
}

// WorkerRegistryAttestationVerifierSet represents a AttestationVerifierSet event raised by the WorkerRegistry contract.
type WorkerRegistryAttestationVerifierSet struct {
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryAttestationVerifierSetEventName = "AttestationVerifierSet"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryAttestationVerifierSet) ContractEventName() string {
	return WorkerRegistryAttestationVerifierSetEventName
}

// UnpackAttestationVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationVerifierSet(address indexed verifier)
func (workerRegistry *WorkerRegistry) UnpackAttestationVerifierSetEvent(log *types.Log) (*WorkerRegistryAttestationVerifierSet, error) {
	event := "AttestationVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryAttestationVerifierSet)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryCoordinatorTrustSet represents a CoordinatorTrustSet event raised by the WorkerRegistry contract.
type WorkerRegistryCoordinatorTrustSet struct {
	Coordinator common.Address
	Trusted     bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryCoordinatorTrustSetEventName = "CoordinatorTrustSet"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryCoordinatorTrustSet) ContractEventName() string {
	return WorkerRegistryCoordinatorTrustSetEventName
}

// UnpackCoordinatorTrustSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CoordinatorTrustSet(address indexed coordinator, bool trusted)
func (workerRegistry *WorkerRegistry) UnpackCoordinatorTrustSetEvent(log *types.Log) (*WorkerRegistryCoordinatorTrustSet, error) {
	event := "CoordinatorTrustSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryCoordinatorTrustSet)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the WorkerRegistry contract.
type WorkerRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryOwnershipTransferStarted) ContractEventName() string {
	return WorkerRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (workerRegistry *WorkerRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*WorkerRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the WorkerRegistry contract.
type WorkerRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryOwnershipTransferred) ContractEventName() string {
	return WorkerRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (workerRegistry *WorkerRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*WorkerRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistrySlashClaimed represents a SlashClaimed event raised by the WorkerRegistry contract.
type WorkerRegistrySlashClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WorkerRegistrySlashClaimedEventName = "SlashClaimed"

// ContractEventName returns the user-defined event name.
func (WorkerRegistrySlashClaimed) ContractEventName() string {
	return WorkerRegistrySlashClaimedEventName
}

// UnpackSlashClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlashClaimed(address indexed account, uint256 amount)
func (workerRegistry *WorkerRegistry) UnpackSlashClaimedEvent(log *types.Log) (*WorkerRegistrySlashClaimed, error) {
	event := "SlashClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistrySlashClaimed)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistrySlashRecipientSet represents a SlashRecipientSet event raised by the WorkerRegistry contract.
type WorkerRegistrySlashRecipientSet struct {
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const WorkerRegistrySlashRecipientSetEventName = "SlashRecipientSet"

// ContractEventName returns the user-defined event name.
func (WorkerRegistrySlashRecipientSet) ContractEventName() string {
	return WorkerRegistrySlashRecipientSetEventName
}

// UnpackSlashRecipientSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlashRecipientSet(address indexed recipient)
func (workerRegistry *WorkerRegistry) UnpackSlashRecipientSetEvent(log *types.Log) (*WorkerRegistrySlashRecipientSet, error) {
	event := "SlashRecipientSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistrySlashRecipientSet)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryWorkerAttested represents a WorkerAttested event raised by the WorkerRegistry contract.
type WorkerRegistryWorkerAttested struct {
	Signer      common.Address
	Attestation Attestation
	Raw         *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryWorkerAttestedEventName = "WorkerAttested"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryWorkerAttested) ContractEventName() string {
	return WorkerRegistryWorkerAttestedEventName
}

// UnpackWorkerAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerAttested(address indexed signer, (address,bytes32,bytes32,bytes32,bytes32,uint64) attestation)
func (workerRegistry *WorkerRegistry) UnpackWorkerAttestedEvent(log *types.Log) (*WorkerRegistryWorkerAttested, error) {
	event := "WorkerAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryWorkerAttested)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryWorkerRegistered represents a WorkerRegistered event raised by the WorkerRegistry contract.
type WorkerRegistryWorkerRegistered struct {
	Signer      common.Address
	Operator    common.Address
	Stake       *big.Int
	Attestation Attestation
	Raw         *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryWorkerRegisteredEventName = "WorkerRegistered"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryWorkerRegistered) ContractEventName() string {
	return WorkerRegistryWorkerRegisteredEventName
}

// UnpackWorkerRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerRegistered(address indexed signer, address indexed operator, uint256 stake, (address,bytes32,bytes32,bytes32,bytes32,uint64) attestation)
func (workerRegistry *WorkerRegistry) UnpackWorkerRegisteredEvent(log *types.Log) (*WorkerRegistryWorkerRegistered, error) {
	event := "WorkerRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryWorkerRegistered)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryWorkerSlashed represents a WorkerSlashed event raised by the WorkerRegistry contract.
type WorkerRegistryWorkerSlashed struct {
	Signer    common.Address
	Reporter  common.Address
	RequestId [32]byte
	Stake     *big.Int
	Reward    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryWorkerSlashedEventName = "WorkerSlashed"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryWorkerSlashed) ContractEventName() string {
	return WorkerRegistryWorkerSlashedEventName
}

// UnpackWorkerSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerSlashed(address indexed signer, address indexed reporter, bytes32 indexed requestId, uint256 stake, uint256 reward)
func (workerRegistry *WorkerRegistry) UnpackWorkerSlashedEvent(log *types.Log) (*WorkerRegistryWorkerSlashed, error) {
	event := "WorkerSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryWorkerSlashed)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryWorkerStakeAdded represents a WorkerStakeAdded event raised by the WorkerRegistry contract.
type WorkerRegistryWorkerStakeAdded struct {
	Signer common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryWorkerStakeAddedEventName = "WorkerStakeAdded"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryWorkerStakeAdded) ContractEventName() string {
	return WorkerRegistryWorkerStakeAddedEventName
}

// UnpackWorkerStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerStakeAdded(address indexed signer, uint256 amount, uint256 stake)
func (workerRegistry *WorkerRegistry) UnpackWorkerStakeAddedEvent(log *types.Log) (*WorkerRegistryWorkerStakeAdded, error) {
	event := "WorkerStakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryWorkerStakeAdded)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryWorkerUnbondingStarted represents a WorkerUnbondingStarted event raised by the WorkerRegistry contract.
type WorkerRegistryWorkerUnbondingStarted struct {
	Signer          common.Address
	UnbondingEndsAt uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryWorkerUnbondingStartedEventName = "WorkerUnbondingStarted"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryWorkerUnbondingStarted) ContractEventName() string {
	return WorkerRegistryWorkerUnbondingStartedEventName
}

// UnpackWorkerUnbondingStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerUnbondingStarted(address indexed signer, uint64 unbondingEndsAt)
func (workerRegistry *WorkerRegistry) UnpackWorkerUnbondingStartedEvent(log *types.Log) (*WorkerRegistryWorkerUnbondingStarted, error) {
	event := "WorkerUnbondingStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryWorkerUnbondingStarted)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerRegistryWorkerWithdrawn represents a WorkerWithdrawn event raised by the WorkerRegistry contract.
type WorkerRegistryWorkerWithdrawn struct {
	Signer   common.Address
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const WorkerRegistryWorkerWithdrawnEventName = "WorkerWithdrawn"

// ContractEventName returns the user-defined event name.
func (WorkerRegistryWorkerWithdrawn) ContractEventName() string {
	return WorkerRegistryWorkerWithdrawnEventName
}

// UnpackWorkerWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerWithdrawn(address indexed signer, address indexed operator, uint256 amount)
func (workerRegistry *WorkerRegistry) UnpackWorkerWithdrawnEvent(log *types.Log) (*WorkerRegistryWorkerWithdrawn, error) {
	event := "WorkerWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerRegistryWorkerWithdrawn)
	if len(log.Data) > 0 {
		if err := workerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (workerRegistry *WorkerRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerAlreadyRegistered"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerInvalidAttestation"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerInvalidAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerInvalidReporterShare"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerInvalidReporterShareError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerInvalidStake"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerInvalidStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerIsSlashed"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerIsSlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerNotOperator"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerNotRegistered"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerNotUnbonded"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerNotUnbondedError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerNothingToClaim"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerSameOutput"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerSameOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerSignerMismatch"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerSignerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerSignersDiffer"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerSignersDifferError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerStaleAttestation"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerStaleAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerTransferFailed"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerUnbonding"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerUnknownCoordinator"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerUnknownCoordinatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerRegistry.abi.Errors["WorkerZeroAddress"].ID.Bytes()[:4]) {
		return workerRegistry.UnpackWorkerZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WorkerRegistryECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the WorkerRegistry contract.
type WorkerRegistryECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func WorkerRegistryECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (workerRegistry *WorkerRegistry) UnpackECDSAInvalidSignatureError(raw []byte) (*WorkerRegistryECDSAInvalidSignature, error) {
	out := new(WorkerRegistryECDSAInvalidSignature)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the WorkerRegistry contract.
type WorkerRegistryECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func WorkerRegistryECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (workerRegistry *WorkerRegistry) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*WorkerRegistryECDSAInvalidSignatureLength, error) {
	out := new(WorkerRegistryECDSAInvalidSignatureLength)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the WorkerRegistry contract.
type WorkerRegistryECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func WorkerRegistryECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (workerRegistry *WorkerRegistry) UnpackECDSAInvalidSignatureSError(raw []byte) (*WorkerRegistryECDSAInvalidSignatureS, error) {
	out := new(WorkerRegistryECDSAInvalidSignatureS)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the WorkerRegistry contract.
type WorkerRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func WorkerRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (workerRegistry *WorkerRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*WorkerRegistryOwnableInvalidOwner, error) {
	out := new(WorkerRegistryOwnableInvalidOwner)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the WorkerRegistry contract.
type WorkerRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func WorkerRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (workerRegistry *WorkerRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*WorkerRegistryOwnableUnauthorizedAccount, error) {
	out := new(WorkerRegistryOwnableUnauthorizedAccount)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerAlreadyRegistered represents a WorkerAlreadyRegistered error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerAlreadyRegistered struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerAlreadyRegistered(address signer)
func WorkerRegistryWorkerAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x07cbd5dabba77b27359f590e0b3955e4f75ff5d9e4a5077f3f02def68712f1ba")
}

// UnpackWorkerAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerAlreadyRegistered(address signer)
func (workerRegistry *WorkerRegistry) UnpackWorkerAlreadyRegisteredError(raw []byte) (*WorkerRegistryWorkerAlreadyRegistered, error) {
	out := new(WorkerRegistryWorkerAlreadyRegistered)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerInvalidAttestation represents a WorkerInvalidAttestation error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerInvalidAttestation struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerInvalidAttestation(address signer)
func WorkerRegistryWorkerInvalidAttestationErrorID() common.Hash {
	return common.HexToHash("0x13bab35d3c193f3f5ed9ce7e7c4d30ff44309b842bd39bbd3685d4ed24951909")
}

// UnpackWorkerInvalidAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerInvalidAttestation(address signer)
func (workerRegistry *WorkerRegistry) UnpackWorkerInvalidAttestationError(raw []byte) (*WorkerRegistryWorkerInvalidAttestation, error) {
	out := new(WorkerRegistryWorkerInvalidAttestation)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerInvalidAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerInvalidReporterShare represents a WorkerInvalidReporterShare error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerInvalidReporterShare struct {
	Bps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerInvalidReporterShare(uint16 bps)
func WorkerRegistryWorkerInvalidReporterShareErrorID() common.Hash {
	return common.HexToHash("0xb087ed1a35e3232237103c16aaeb7b858c5137ba76376f66c1ef0511fa6bc290")
}

// UnpackWorkerInvalidReporterShareError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerInvalidReporterShare(uint16 bps)
func (workerRegistry *WorkerRegistry) UnpackWorkerInvalidReporterShareError(raw []byte) (*WorkerRegistryWorkerInvalidReporterShare, error) {
	out := new(WorkerRegistryWorkerInvalidReporterShare)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerInvalidReporterShare", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerInvalidStake represents a WorkerInvalidStake error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerInvalidStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerInvalidStake(uint256 stake, uint256 minStake)
func WorkerRegistryWorkerInvalidStakeErrorID() common.Hash {
	return common.HexToHash("0x53281997815fc40bd0e1bd481127a3744fe2d88591eb0cda876b570e511c9977")
}

// UnpackWorkerInvalidStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerInvalidStake(uint256 stake, uint256 minStake)
func (workerRegistry *WorkerRegistry) UnpackWorkerInvalidStakeError(raw []byte) (*WorkerRegistryWorkerInvalidStake, error) {
	out := new(WorkerRegistryWorkerInvalidStake)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerInvalidStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerIsSlashed represents a WorkerIsSlashed error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerIsSlashed struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerIsSlashed(address signer)
func WorkerRegistryWorkerIsSlashedErrorID() common.Hash {
	return common.HexToHash("0x8e46662a539eb9f68023314fe422724c3d44e4e6427473e07fa6adf7a3c40ded")
}

// UnpackWorkerIsSlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerIsSlashed(address signer)
func (workerRegistry *WorkerRegistry) UnpackWorkerIsSlashedError(raw []byte) (*WorkerRegistryWorkerIsSlashed, error) {
	out := new(WorkerRegistryWorkerIsSlashed)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerIsSlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerNotOperator represents a WorkerNotOperator error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerNotOperator struct {
	Signer common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerNotOperator(address signer, address caller)
func WorkerRegistryWorkerNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x538f12e473cac2158d7adcbf57902d05fd74ea9e0f9259265665ec3e4689961d")
}

// UnpackWorkerNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerNotOperator(address signer, address caller)
func (workerRegistry *WorkerRegistry) UnpackWorkerNotOperatorError(raw []byte) (*WorkerRegistryWorkerNotOperator, error) {
	out := new(WorkerRegistryWorkerNotOperator)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerNotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerNotRegistered represents a WorkerNotRegistered error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerNotRegistered struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerNotRegistered(address signer)
func WorkerRegistryWorkerNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xcb9a70eb14d544de8659f196478cffe49873fbba2d97634ba28d4ca9b3ed529b")
}

// UnpackWorkerNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerNotRegistered(address signer)
func (workerRegistry *WorkerRegistry) UnpackWorkerNotRegisteredError(raw []byte) (*WorkerRegistryWorkerNotRegistered, error) {
	out := new(WorkerRegistryWorkerNotRegistered)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerNotUnbonded represents a WorkerNotUnbonded error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerNotUnbonded struct {
	Signer          common.Address
	UnbondingEndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerNotUnbonded(address signer, uint64 unbondingEndsAt)
func WorkerRegistryWorkerNotUnbondedErrorID() common.Hash {
	return common.HexToHash("0x1a12aabe782669eadcbb30f84349f3e28dc176870114d541b2899fc7214c686a")
}

// UnpackWorkerNotUnbondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerNotUnbonded(address signer, uint64 unbondingEndsAt)
func (workerRegistry *WorkerRegistry) UnpackWorkerNotUnbondedError(raw []byte) (*WorkerRegistryWorkerNotUnbonded, error) {
	out := new(WorkerRegistryWorkerNotUnbonded)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerNotUnbonded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerNothingToClaim represents a WorkerNothingToClaim error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerNothingToClaim struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerNothingToClaim(address account)
func WorkerRegistryWorkerNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xf878be873ca56ecdb2a7458d343df24627b6f72748154ee7011f3080a1ab01cf")
}

// UnpackWorkerNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerNothingToClaim(address account)
func (workerRegistry *WorkerRegistry) UnpackWorkerNothingToClaimError(raw []byte) (*WorkerRegistryWorkerNothingToClaim, error) {
	out := new(WorkerRegistryWorkerNothingToClaim)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerNothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerSameOutput represents a WorkerSameOutput error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerSameOutput struct {
	OutputHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerSameOutput(bytes32 outputHash)
func WorkerRegistryWorkerSameOutputErrorID() common.Hash {
	return common.HexToHash("0x394371801c09f5d2d027053bc519789a8e0fdd499d88eca601be349243192280")
}

// UnpackWorkerSameOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerSameOutput(bytes32 outputHash)
func (workerRegistry *WorkerRegistry) UnpackWorkerSameOutputError(raw []byte) (*WorkerRegistryWorkerSameOutput, error) {
	out := new(WorkerRegistryWorkerSameOutput)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerSameOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerSignerMismatch represents a WorkerSignerMismatch error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerSignerMismatch struct {
	Signer   common.Address
	Attested common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerSignerMismatch(address signer, address attested)
func WorkerRegistryWorkerSignerMismatchErrorID() common.Hash {
	return common.HexToHash("0x2a0d9ebe25beb71cb09d3295562ee9119fe0b1fc5b23ee68790615a4c3466e77")
}

// UnpackWorkerSignerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerSignerMismatch(address signer, address attested)
func (workerRegistry *WorkerRegistry) UnpackWorkerSignerMismatchError(raw []byte) (*WorkerRegistryWorkerSignerMismatch, error) {
	out := new(WorkerRegistryWorkerSignerMismatch)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerSignerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerSignersDiffer represents a WorkerSignersDiffer error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerSignersDiffer struct {
	SignerA common.Address
	SignerB common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerSignersDiffer(address signerA, address signerB)
func WorkerRegistryWorkerSignersDifferErrorID() common.Hash {
	return common.HexToHash("0x691b2ae4727c75cf26356f18a3a1c9348b6400dc11a89dc5f4db952ffec5c654")
}

// UnpackWorkerSignersDifferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerSignersDiffer(address signerA, address signerB)
func (workerRegistry *WorkerRegistry) UnpackWorkerSignersDifferError(raw []byte) (*WorkerRegistryWorkerSignersDiffer, error) {
	out := new(WorkerRegistryWorkerSignersDiffer)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerSignersDiffer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerStaleAttestation represents a WorkerStaleAttestation error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerStaleAttestation struct {
	Signer         common.Address
	IssuedAt       uint64
	RecordIssuedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerStaleAttestation(address signer, uint64 issuedAt, uint64 recordIssuedAt)
func WorkerRegistryWorkerStaleAttestationErrorID() common.Hash {
	return common.HexToHash("0x7f83ee2e89e8ec55fc9659591a3f4c0aeea2354c424877255955a8392c4f261b")
}

// UnpackWorkerStaleAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerStaleAttestation(address signer, uint64 issuedAt, uint64 recordIssuedAt)
func (workerRegistry *WorkerRegistry) UnpackWorkerStaleAttestationError(raw []byte) (*WorkerRegistryWorkerStaleAttestation, error) {
	out := new(WorkerRegistryWorkerStaleAttestation)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerStaleAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerTransferFailed represents a WorkerTransferFailed error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerTransferFailed(address to, uint256 amount)
func WorkerRegistryWorkerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x59eaa1c215c7f9d96c48500a3aacb5bd7da6964cb06b61a3e70e48d26dbf3bfb")
}

// UnpackWorkerTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerTransferFailed(address to, uint256 amount)
func (workerRegistry *WorkerRegistry) UnpackWorkerTransferFailedError(raw []byte) (*WorkerRegistryWorkerTransferFailed, error) {
	out := new(WorkerRegistryWorkerTransferFailed)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerUnbonding represents a WorkerUnbonding error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerUnbonding struct {
	Signer          common.Address
	UnbondingEndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerUnbonding(address signer, uint64 unbondingEndsAt)
func WorkerRegistryWorkerUnbondingErrorID() common.Hash {
	return common.HexToHash("0xf339fb79fb9d57f48be7f2b6709efd1639e4e9752e1136489fe585a9fbea58ae")
}

// UnpackWorkerUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerUnbonding(address signer, uint64 unbondingEndsAt)
func (workerRegistry *WorkerRegistry) UnpackWorkerUnbondingError(raw []byte) (*WorkerRegistryWorkerUnbonding, error) {
	out := new(WorkerRegistryWorkerUnbonding)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerUnknownCoordinator represents a WorkerUnknownCoordinator error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerUnknownCoordinator struct {
	Coordinator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerUnknownCoordinator(address coordinator)
func WorkerRegistryWorkerUnknownCoordinatorErrorID() common.Hash {
	return common.HexToHash("0xb55299aa66a958fd6fd7bcef4932f28fc538bcec74cf44f20d3375db875fad40")
}

// UnpackWorkerUnknownCoordinatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerUnknownCoordinator(address coordinator)
func (workerRegistry *WorkerRegistry) UnpackWorkerUnknownCoordinatorError(raw []byte) (*WorkerRegistryWorkerUnknownCoordinator, error) {
	out := new(WorkerRegistryWorkerUnknownCoordinator)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerUnknownCoordinator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerRegistryWorkerZeroAddress represents a WorkerZeroAddress error raised by the WorkerRegistry contract.
type WorkerRegistryWorkerZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerZeroAddress()
func WorkerRegistryWorkerZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x0944e0e217d0d43862076eaa5a5ec0f4f01569944d76d23f1784fbc585a62ae7")
}

// UnpackWorkerZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerZeroAddress()
func (workerRegistry *WorkerRegistry) UnpackWorkerZeroAddressError(raw []byte) (*WorkerRegistryWorkerZeroAddress, error) {
	out := new(WorkerRegistryWorkerZeroAddress)
	if err := workerRegistry.abi.UnpackIntoInterface(out, "WorkerZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
