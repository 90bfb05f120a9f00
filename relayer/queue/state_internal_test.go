package queue

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/redistest"
)

// TestLuaStateMachineMatchesGo runs the scripts' own check() for every pair
// of states: the table generated into Lua must say what CanTransition says.
func TestLuaStateMachineMatchesGo(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Start(t, redistest.WithPersistence(redistest.None)).Client()
	c := Config{}.withDefaults()
	pre := fmt.Sprintf(preamble, c.ActiveTTL.Milliseconds(), c.DoneTTL.Milliseconds(), c.DeadLetterMaxLen, luaTransitions())
	check := redis.NewScript(pre + "return check(KEYS[1], ARGV[1])")
	for _, from := range states {
		for _, to := range states {
			if err := rdb.HSet(ctx, "job", "state", string(from)).Err(); err != nil {
				t.Fatal(err)
			}
			err := check.Run(ctx, rdb, []string{"job"}, string(to)).Err()
			legal := err == nil
			if err != nil && !strings.HasPrefix(err.Error(), "ILLEGAL "+string(from)+" "+string(to)) {
				t.Fatalf("%s -> %s: unexpected error %v", from, to, err)
			}
			if legal != CanTransition(from, to) {
				t.Errorf("%s -> %s: Lua says legal=%v, CanTransition says %v", from, to, legal, CanTransition(from, to))
			}
		}
	}
	if err := check.Run(ctx, rdb, []string{"no-such-job"}, "queued").Err(); err == nil || !strings.HasPrefix(err.Error(), "NOTFOUND") {
		t.Fatalf("check on a missing job: %v", err)
	}
}
