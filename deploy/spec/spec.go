// Package spec reads the declarative description of a MiniDAO (dao.yaml) that
// `minidao deploy dao` turns into one createDAO transaction and a few
// governance set-up calls. It checks every field and names the field and the
// line of anything wrong. It does not talk to a chain.
package spec

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"
)

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("invalid DAO spec")

// DAO is a MiniDAO to deploy.
type DAO struct {
	Name        string       `yaml:"name"`
	Symbol      string       `yaml:"symbol"`
	Allocations []Allocation `yaml:"allocations"`
	Governance  Governance   `yaml:"governance"`
	Split       Split        `yaml:"revenue_split"`
	Models      []Model      `yaml:"models"`
	Curators    []string     `yaml:"curators"`
	Bounties    []Bounty     `yaml:"bounties"`
	// MintBudget is how much MT the bounty board may mint for accepted data.
	MintBudget Amount `yaml:"bounty_mint_budget"`

	// Dir is the folder of the spec file; relative weights paths resolve there.
	Dir string `yaml:"-"`
	// lines maps a field path such as "models[0].weights" to its line.
	lines map[string]int
}

// Allocation is an initial MT balance.
type Allocation struct {
	Address string `yaml:"address"`
	Amount  Amount `yaml:"amount"`
}

// Governance holds the Governor and timelock settings, in seconds (the token's clock is a timestamp).
type Governance struct {
	VotingDelay       uint64 `yaml:"voting_delay"`
	VotingPeriod      uint64 `yaml:"voting_period"`
	TimelockDelay     uint64 `yaml:"timelock_delay"`
	QuorumPercent     uint64 `yaml:"quorum_percent"`
	ProposalThreshold Amount `yaml:"proposal_threshold"`
	// RevenueStreamPeriod is how long the RevenueDistributor streams each
	// deposit to holders (anti-sniping); 0 means one day.
	RevenueStreamPeriod uint64 `yaml:"revenue_stream_period"`
}

// Split is the fee split in basis points; the four shares sum to 10,000.
type Split struct {
	Workers  uint16 `yaml:"workers"`
	Holders  uint16 `yaml:"holders"`
	DataPool uint16 `yaml:"data_pool"`
	Treasury uint16 `yaml:"treasury"`
}

// Model is one model the DAO registers, with its first version.
type Model struct {
	Name               string       `yaml:"name"`
	Weights            string       `yaml:"weights"` // a GGUF file: its sha256 is the weightsHash
	URI                string       `yaml:"uri"`
	RuntimeMeasurement string       `yaml:"runtime_measurement"` // 0x-prefixed 32 bytes
	MaxOutputBytes     uint32       `yaml:"max_output_bytes"`
	MaxTokens          uint32       `yaml:"max_tokens"`
	Price              Price        `yaml:"price"`
	Verification       Verification `yaml:"verification"`
}

// Price is what one request costs: base_fee + per_token_fee × maxTokens, in wei
// of ETH, or of an ERC-20 when token is set.
type Price struct {
	Token       string `yaml:"token"`
	BaseFee     Amount `yaml:"base_fee"`
	PerTokenFee Amount `yaml:"per_token_fee"`
}

// Verification is the model's redundancy policy: k equal answers out of n workers.
type Verification struct {
	K              uint8  `yaml:"k"`
	N              uint8  `yaml:"n"`
	MinWorkerStake Amount `yaml:"min_worker_stake"`
}

// Bounty is a data bounty posted at creation.
type Bounty struct {
	SpecURI        string `yaml:"spec_uri"`
	RewardETH      Amount `yaml:"reward_eth"`
	RewardMT       Amount `yaml:"reward_mt"`
	MaxSubmissions uint32 `yaml:"max_submissions"`
	Duration       uint64 `yaml:"duration"` // seconds until the deadline
}

// Amount is a non-negative integer in base units. In YAML it is a number or a
// string with an optional unit: "1.5 ether", "20 gwei", "1000e18".
type Amount struct{ *big.Int }

// UnmarshalYAML parses an amount.
func (a *Amount) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseAmount(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	a.Int = v
	return nil
}

// Big returns the amount, zero when unset.
func (a Amount) Big() *big.Int {
	if a.Int == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.Int)
}

var units = map[string]int{"wei": 0, "gwei": 9, "ether": 18, "eth": 18, "mt": 18}

// ParseAmount reads "123", "1.5 ether", "20 gwei", "1000e18" or "1_000".
func ParseAmount(s string) (*big.Int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	exp := 0
	if f := strings.Fields(s); len(f) == 2 {
		e, ok := units[strings.ToLower(f[1])]
		if !ok {
			return nil, fmt.Errorf("amount %q: unknown unit %q (wei, gwei, ether)", s, f[1])
		}
		s, exp = f[0], e
	}
	if i := strings.IndexAny(s, "eE"); i > 0 {
		var e int
		if _, err := fmt.Sscanf(s[i+1:], "%d", &e); err != nil || e < 0 || e > 77 {
			return nil, fmt.Errorf("amount %q: bad exponent", s)
		}
		s, exp = s[:i], exp+e
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("amount %q: not a non-negative number", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("amount %q: not a whole number of base units", s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// Load reads and checks a spec file.
func Load(path string) (*DAO, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	d, err := Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	d.Dir = filepath.Dir(path)
	return d, nil
}

// Parse decodes a spec, rejecting unknown fields, and validates it.
func Parse(r io.Reader) (*DAO, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	var d DAO
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true) // a misspelt key is an error, not a silent default
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	d.lines = map[string]int{}
	indexLines(&root, "", d.lines)
	if err := d.validate(); err != nil {
		return nil, err
	}
	return &d, nil
}

// indexLines records the line of every mapping key and sequence item.
func indexLines(n *yaml.Node, path string, lines map[string]int) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			indexLines(c, path, lines)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := n.Content[i].Value
			if path != "" {
				p = path + "." + p
			}
			lines[p] = n.Content[i].Line
			indexLines(n.Content[i+1], p, lines)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i)
			lines[p] = c.Line
			indexLines(c, p, lines)
		}
	}
}

// fieldErr names a field and its line (or the line of its closest parent).
func (d *DAO) fieldErr(field, format string, args ...any) error {
	line, p := 0, field
	for p != "" {
		if l, ok := d.lines[p]; ok {
			line = l
			break
		}
		if i := strings.LastIndexAny(p, ".["); i > 0 {
			p = p[:i]
		} else {
			break
		}
	}
	msg := fmt.Sprintf(format, args...)
	if line > 0 {
		return fmt.Errorf("%w: line %d: %s: %s", ErrInvalid, line, field, msg)
	}
	return fmt.Errorf("%w: %s: %s", ErrInvalid, field, msg)
}

func (d *DAO) validate() error {
	if strings.TrimSpace(d.Name) == "" {
		return d.fieldErr("name", "required")
	}
	if strings.TrimSpace(d.Symbol) == "" || len(d.Symbol) > 11 {
		return d.fieldErr("symbol", "required, at most 11 characters")
	}
	if len(d.Allocations) == 0 {
		return d.fieldErr("allocations", "at least one initial holder is required (governance needs votes)")
	}
	for i, a := range d.Allocations {
		f := fmt.Sprintf("allocations[%d]", i)
		if !common.IsHexAddress(a.Address) || common.HexToAddress(a.Address) == (common.Address{}) {
			return d.fieldErr(f+".address", "%q is not a non-zero 0x address", a.Address)
		}
		if a.Amount.Big().Sign() == 0 {
			return d.fieldErr(f+".amount", "must be greater than zero")
		}
	}
	g := d.Governance
	if g.VotingPeriod == 0 {
		return d.fieldErr("governance.voting_period", "must be greater than zero seconds")
	}
	if g.QuorumPercent == 0 || g.QuorumPercent > 100 {
		return d.fieldErr("governance.quorum_percent", "%d is not within 1..100", g.QuorumPercent)
	}
	s := d.Split
	if sum := int(s.Workers) + int(s.Holders) + int(s.DataPool) + int(s.Treasury); sum != 10_000 {
		return d.fieldErr("revenue_split", "shares sum to %d basis points, want 10000", sum)
	}
	if len(d.Models) == 0 {
		return d.fieldErr("models", "at least one model is required")
	}
	for i, m := range d.Models {
		if err := d.validateModel(i, m); err != nil {
			return err
		}
	}
	for i, c := range d.Curators {
		if !common.IsHexAddress(c) || common.HexToAddress(c) == (common.Address{}) {
			return d.fieldErr(fmt.Sprintf("curators[%d]", i), "%q is not a non-zero 0x address", c)
		}
	}
	for i, b := range d.Bounties {
		f := fmt.Sprintf("bounties[%d]", i)
		if b.SpecURI == "" {
			return d.fieldErr(f+".spec_uri", "required")
		}
		if b.RewardETH.Big().Sign() == 0 && b.RewardMT.Big().Sign() == 0 {
			return d.fieldErr(f, "needs a reward: reward_eth and/or reward_mt")
		}
		if b.MaxSubmissions == 0 {
			return d.fieldErr(f+".max_submissions", "must be at least 1")
		}
		if b.Duration == 0 {
			return d.fieldErr(f+".duration", "must be greater than zero seconds")
		}
	}
	return nil
}

func (d *DAO) validateModel(i int, m Model) error {
	f := fmt.Sprintf("models[%d]", i)
	if m.Name == "" {
		return d.fieldErr(f+".name", "required")
	}
	if m.Weights == "" {
		return d.fieldErr(f+".weights", "required: the GGUF file whose sha256 becomes weightsHash")
	}
	if m.RuntimeMeasurement != "" {
		if b := common.FromHex(m.RuntimeMeasurement); len(b) != 32 || !strings.HasPrefix(m.RuntimeMeasurement, "0x") {
			return d.fieldErr(f+".runtime_measurement", "want 0x and 32 bytes of hex")
		}
	}
	if m.MaxTokens == 0 {
		return d.fieldErr(f+".max_tokens", "must be at least 1")
	}
	if m.MaxOutputBytes == 0 {
		return d.fieldErr(f+".max_output_bytes", "must be at least 1")
	}
	if m.Price.Token != "" && !common.IsHexAddress(m.Price.Token) {
		return d.fieldErr(f+".price.token", "%q is not a 0x address (leave it out for ETH)", m.Price.Token)
	}
	v := m.Verification
	if v.K == 0 || v.N < v.K {
		return d.fieldErr(f+".verification", "want 1 <= k <= n, got k=%d n=%d", v.K, v.N)
	}
	return nil
}

// WeightsHash returns the sha256 of model i's weights file, streamed.
func (d *DAO) WeightsHash(i int) ([32]byte, error) {
	var h [32]byte
	p := d.Models[i].Weights
	if !filepath.IsAbs(p) {
		p = filepath.Join(d.Dir, p)
	}
	f, err := os.Open(p)
	if err != nil {
		return h, d.fieldErr(fmt.Sprintf("models[%d].weights", i), "%v", err)
	}
	defer f.Close()
	s := sha256.New()
	if _, err := io.Copy(s, f); err != nil {
		return h, fmt.Errorf("hash %s: %w", p, err)
	}
	copy(h[:], s.Sum(nil))
	return h, nil
}
