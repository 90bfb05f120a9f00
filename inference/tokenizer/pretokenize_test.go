package tokenizer

import (
	"errors"
	"reflect"
	"testing"
)

func splitWords(t *testing.T, pre, text string) []string {
	t.Helper()
	pt, err := lookupPreTokenizer(pre)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, w := range pt.split([]rune(text)) {
		words = append(words, string(w))
	}
	return words
}

func TestPreTokenizersSplitAsTheirRegexes(t *testing.T) {
	cases := []struct {
		pre, text string
		want      []string
	}{
		{"gpt-2", "Hello world", []string{"Hello", " world"}},
		{"gpt-2", "I'm  fine!!\n", []string{"I", "'m", " ", " fine", "!!", "\n"}},
		{"gpt-2", "DON'T 123456", []string{"DON", "'", "T", " 123456"}},
		{"gpt-2", "a   ", []string{"a", "   "}},
		{"gpt-2", "\t\tx", []string{"\t", "\t", "x"}},
		{"mpt", "it's 42", []string{"it", "'s", " 42"}},
		{"gpt-neox", "it's 42", []string{"it", "'s", " 42"}},
		{"starcoder", "abc 123", []string{"abc", " ", "1", "2", "3"}},
		{"smollm", "x=10;", []string{"x", "=", "1", "0", ";"}},
		{"refact", "v2", []string{"v", "2"}},
		{"llama-bpe", "Hello world 12345", []string{"Hello", " world", " ", "123", "45"}},
		{"llama3", "DON'T stop", []string{"DON", "'T", " stop"}},
		{"llama3", "  \n\nabc", []string{"  \n\n", "abc"}},
		{"llama3", "?!\n\nx", []string{"?!\n\n", "x"}},
		{"llama3", "a  b", []string{"a", " ", " b"}},
		{"qwen2", "12345 apples", []string{"1", "2", "3", "4", "5", " apples"}},
		{"default", "Hello, world! 1234", []string{"Hello", ",", " world", "!", " ", "123", "4"}},
		{"falcon", "a+b 1234", []string{"a", "+", "b", " ", "123", "4"}},
		{"deepseek-llm", "Hello World\n123 中文", []string{"Hello", " World", "\n", "123", " ", "中文"}},
		{"deepseek-llm", "x  ", []string{"x", "  "}},
	}
	for _, c := range cases {
		t.Run(c.pre+" splits "+c.text, func(t *testing.T) {
			if got := splitWords(t, c.pre, c.text); !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestEveryNamedPreTokenizerIsKnown(t *testing.T) {
	for _, name := range []string{"default", "gpt-2", "llama-bpe", "llama3", "qwen2", "smollm", "deepseek-llm", "falcon", "starcoder", "refact", "mpt", "gpt-neox"} {
		if _, err := lookupPreTokenizer(name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := lookupPreTokenizer("no-such-pre"); !errors.Is(err, ErrUnsupportedPreTokenizer) {
		t.Errorf("unknown pre-tokenizer: %v", err)
	}
}
