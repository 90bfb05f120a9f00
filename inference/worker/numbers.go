package worker

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Uint256 is a uint256 in JSON: a number, a decimal string or a 0x-hex
// string on input; a decimal string on output (JSON numbers lose precision
// past 2^53 in most clients).
type Uint256 struct{ *big.Int }

// NewUint256 returns v as a Uint256.
func NewUint256(v uint64) Uint256 { return Uint256{new(big.Int).SetUint64(v)} }

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseUint256 parses a decimal or 0x-hex string.
func ParseUint256(s string) (Uint256, error) {
	v, ok := new(big.Int), false
	if h, isHex := strings.CutPrefix(strings.ToLower(s), "0x"); isHex {
		_, ok = v.SetString(h, 16)
		ok = ok && h != "" && !strings.HasPrefix(h, "-") && !strings.HasPrefix(h, "+")
	} else {
		_, ok = v.SetString(s, 10)
		ok = ok && !strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "+")
	}
	if !ok || v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
		return Uint256{}, fmt.Errorf("%q is not a uint256 (decimal or 0x-hex)", s)
	}
	return Uint256{v}, nil
}

func (u Uint256) String() string {
	if u.Int == nil {
		return "<nil>"
	}
	return u.Int.String()
}

// MarshalJSON writes a decimal string.
func (u Uint256) MarshalJSON() ([]byte, error) {
	if u.Int == nil {
		return []byte("null"), nil
	}
	return json.Marshal(u.Int.String())
}

// UnmarshalJSON reads a number, a decimal string or a 0x-hex string.
func (u *Uint256) UnmarshalJSON(b []byte) error {
	s, err := numberText(b)
	if err != nil {
		return err
	}
	v, err := ParseUint256(s)
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// Uint64 is a uint64 in JSON: a number or a decimal or 0x-hex string on
// input; a decimal string on output.
type Uint64 uint64

// MarshalJSON writes a decimal string.
func (u Uint64) MarshalJSON() ([]byte, error) {
	return json.Marshal(strconv.FormatUint(uint64(u), 10))
}

// UnmarshalJSON reads a number, a decimal string or a 0x-hex string.
func (u *Uint64) UnmarshalJSON(b []byte) error {
	s, err := numberText(b)
	if err != nil {
		return err
	}
	base := 10
	if h, ok := strings.CutPrefix(strings.ToLower(s), "0x"); ok {
		s, base = h, 16
	}
	v, err := strconv.ParseUint(s, base, 64)
	if err != nil || strings.HasPrefix(s, "+") {
		return fmt.Errorf("%s is not a uint64", b)
	}
	*u = Uint64(v)
	return nil
}

// numberText returns the text of a JSON number or string.
func numberText(b []byte) (string, error) {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return "", err
		}
		return s, nil
	}
	if len(b) == 0 || b[0] < '0' || b[0] > '9' || bytes.ContainsAny(b, ".eE") {
		return "", fmt.Errorf("%s is not a non-negative integer", b)
	}
	return string(b), nil
}
