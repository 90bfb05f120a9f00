package follower

import (
	"testing"
	"time"
)

// A failure that recurs on every poll is logged once per repeatEvery, with
// the count of its unlogged repeats; another message is logged at once.
func TestRepeatedFailuresAreLoggedSparingly(t *testing.T) {
	var r repeats
	t0 := time.Unix(1000, 0)
	step := func(msg string, at time.Duration) (int, bool) { return r.log(msg, t0.Add(at)) }
	if _, ok := step("header 5: not found", 0); !ok {
		t.Fatal("the first failure was not logged")
	}
	for i := 1; i <= 10; i++ {
		if _, ok := step("header 5: not found", time.Duration(i)*time.Second); ok {
			t.Fatalf("repeat %d logged within %v", i, repeatEvery)
		}
	}
	if n, ok := step("header 5: not found", repeatEvery); !ok || n != 10 {
		t.Fatalf("after %v: logged %v with %d repeats, want logged with 10", repeatEvery, ok, n)
	}
	if n, ok := step("dial tcp: refused", repeatEvery+time.Second); !ok || n != 0 {
		t.Fatalf("another failure: logged %v with %d repeats, want logged at once with 0", ok, n)
	}
}
