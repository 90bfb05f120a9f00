package queue

import (
	"fmt"

	"github.com/redis/go-redis/v9"
)

// The Lua scripts that change jobs. Each runs atomically in Redis, so a
// job's state, its stream entries, its lease and the state counters always
// change together. A Lua error does not undo earlier writes, so every script
// checks everything before it writes anything.
//
// Time is Redis's clock (TIME), the same for every relayer and oracle
// process, so leases and delays do not depend on the callers' clocks.
//
// Every key a script touches is passed in KEYS and shares the namespace's
// hash tag, so the scripts run unchanged on Redis Cluster.

// preamble is shared by every script; the constants come from the Config.
const preamble = `
local ACTIVE_TTL = %d
local DONE_TTL = %d
local DEAD_MAXLEN = %d
local ALLOWED = %s
local TERMINAL = {settled=true, refunded=true, failed=true}
-- The two kinds of lease: a dispatcher's on a queued job, the oracle's on a
-- job with collected results.
local KINDS = {
  d = {entry='sid', attempts='attempts', done='ddone', waiting='queued', leased={dispatched=true}},
  s = {entry='ssid', attempts='sattempts', done='sdone', waiting='results_collected', leased={results_collected=true, submitted=true}},
}
local function fail(msg) error({err = msg}) end
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- check returns the job's state when it may move to 'to', and fails otherwise.
local function check(job, to)
  local from = redis.call('HGET', job, 'state')
  if not from then fail('NOTFOUND') end
  if not (ALLOWED[from] and ALLOWED[from][to]) then fail('ILLEGAL ' .. from .. ' ' .. to) end
  return from
end
local function setstate(job, counts, from, to, now)
  if from ~= to then
    redis.call('HSET', job, 'state', to, 't:' .. to, now)
    if from then redis.call('HINCRBY', counts, from, -1) end
    redis.call('HINCRBY', counts, to, 1)
  end
  if TERMINAL[to] then redis.call('PEXPIRE', job, DONE_TTL) else redis.call('PEXPIRE', job, ACTIVE_TTL) end
end
local function droplease(job) redis.call('HSET', job, 'owner', '', 'token', '', 'until', '0') end
local function unlink(stream, group, id)
  if id and id ~= '' then
    redis.call('XACK', stream, group, id)
    redis.call('XDEL', stream, id)
  end
end
local function ensuregroup(stream, group)
  if redis.call('EXISTS', stream) == 0 then redis.call('XGROUP', 'CREATE', stream, group, '0', 'MKSTREAM') end
end
local function appendtx(job, tx)
  if tx == '' then return end
  local t = redis.call('HGET', job, 'txs')
  if not t or t == '' then t = tx
  elseif not string.find(',' .. t .. ',', ',' .. tx .. ',', 1, true) then t = t .. ',' .. tx end
  redis.call('HSET', job, 'txs', t)
end
local function deadletter(job, counts, dead, from, now, reason)
  local h = redis.call('HMGET', job, 'rid', 'model', 'attempts', 'sattempts')
  redis.call('XADD', dead, 'MAXLEN', '~', DEAD_MAXLEN, '*', 'id', h[1], 'model', h[2], 'state', from,
    'attempts', h[3] or '0', 'settleAttempts', h[4] or '0', 'reason', reason)
  redis.call('HSET', job, 'reason', reason)
  droplease(job)
  setstate(job, counts, from, 'failed', now)
end
`

// enqueue: KEYS job, stream, counts, models, byblock;
// ARGV rid, payload, model, block number, group. Returns 1, or 0 for a
// duplicate. A withdrawn job (its block was reorged out) is replaced: the
// request was mined again.
const luaEnqueue = `
local st = redis.call('HGET', KEYS[1], 'state')
if st and redis.call('HGET', KEYS[1], 'withdrawn') ~= '1' then return 0 end
local now = now_ms()
if st then redis.call('DEL', KEYS[1]) end
ensuregroup(KEYS[2], ARGV[5])
local sid = redis.call('XADD', KEYS[2], '*', 'id', ARGV[1])
redis.call('HSET', KEYS[1], 'rid', ARGV[1], 'req', ARGV[2], 'model', ARGV[3], 'attempts', 0, 'sattempts', 0, 'sid', sid)
setstate(KEYS[1], KEYS[3], nil, 'queued', now)
redis.call('SADD', KEYS[4], ARGV[3])
redis.call('ZADD', KEYS[5], ARGV[4], ARGV[1])
return 1
`

// claim takes a lease on the job behind a delivered or reclaimed stream
// entry. KEYS job, stream, dead, counts; ARGV kind, entry id, group,
// consumer, token, lease ms, max attempts. Returns {'ok', job fields},
// {'stale'} (the entry no longer stands for the job: acknowledged and
// deleted), {'busy'} (someone holds a live lease) or {'dead'} (a dispatch
// lease expired MaxAttempts times: dead-lettered).
const luaClaim = `
local K = KINDS[ARGV[1]]
local h = redis.call('HMGET', KEYS[1], 'state', K.entry, 'until', K.attempts, 'token')
local state = h[1]
if not state or h[2] ~= ARGV[2] or not (state == K.waiting or K.leased[state]) then
  unlink(KEYS[2], ARGV[3], ARGV[2])
  return {'stale'}
end
local now = now_ms()
if h[5] and h[5] ~= '' and tonumber(h[3]) > now then return {'busy'} end
local attempts = tonumber(h[4]) or 0
if ARGV[1] == 'd' then
  if attempts >= tonumber(ARGV[7]) then
    unlink(KEYS[2], ARGV[3], ARGV[2])
    redis.call('HSET', KEYS[1], 'sid', '')
    deadletter(KEYS[1], KEYS[4], KEYS[3], state, now,
      'no result after ' .. attempts .. ' attempts: visibility timeout')
    return {'dead'}
  end
  setstate(KEYS[1], KEYS[4], state, 'dispatched', now)
end
redis.call('HSET', KEYS[1], 'owner', ARGV[4], 'token', ARGV[5], 'until', now + tonumber(ARGV[6]), K.attempts, attempts + 1)
return {'ok', redis.call('HGETALL', KEYS[1])}
`

// extend pushes a lease's expiry and resets the stream entry's idle time
// (XCLAIM to the holder), so XAUTOCLAIM leaves it alone. KEYS job, stream;
// ARGV kind, token, group, consumer, lease ms. Returns the new expiry (ms).
const luaExtend = `
local K = KINDS[ARGV[1]]
local h = redis.call('HMGET', KEYS[1], 'state', 'token', K.entry)
if not h[1] then fail('NOTFOUND') end
if ARGV[2] == '' or h[2] ~= ARGV[2] or not K.leased[h[1]] then fail('LEASELOST') end
local u = now_ms() + tonumber(ARGV[5])
redis.call('HSET', KEYS[1], 'until', u, 'owner', ARGV[4])
if h[3] and h[3] ~= '' then redis.call('XCLAIM', KEYS[2], ARGV[3], ARGV[4], 0, h[3], 'JUSTID') end
return u
`

// giveback ends a lease without a result. KEYS job, stream, delayed, dead,
// counts; ARGV kind, token, group, reason, delay ms, max attempts, mode, rid.
// Mode 'retry' counts the attempt (dead-letter at max attempts), 'release'
// does not count it, 'fail' dead-letters at once. Returns 'queued',
// 'delayed' or 'dead'.
const luaGiveBack = `
local K = KINDS[ARGV[1]]
local h = redis.call('HMGET', KEYS[1], 'state', 'token', K.entry, K.attempts, K.done)
if not h[1] then fail('NOTFOUND') end
-- K.done holds the last lease-ending call of this kind: '<mode>:<token>:<result>'.
local done = ARGV[7] .. ':' .. ARGV[2] .. ':'
if ARGV[2] ~= '' and h[5] and string.sub(h[5], 1, #done) == done then return string.sub(h[5], #done + 1) end
if ARGV[2] == '' or h[2] ~= ARGV[2] or not K.leased[h[1]] then fail('LEASELOST') end
local now = now_ms()
local state = h[1]
local function finished(res)
  redis.call('HSET', KEYS[1], K.done, done .. res)
  return res
end
local attempts = tonumber(h[4]) or 0
unlink(KEYS[2], ARGV[3], h[3])
redis.call('HSET', KEYS[1], K.entry, '')
if ARGV[7] == 'fail' or (ARGV[7] == 'retry' and attempts >= tonumber(ARGV[6])) then
  local reason = ARGV[4]
  if ARGV[7] == 'retry' then reason = reason .. ' (gave up after ' .. attempts .. ' attempts)' end
  deadletter(KEYS[1], KEYS[5], KEYS[4], state, now, reason)
  return finished('dead')
end
if ARGV[7] == 'release' and attempts > 0 then redis.call('HSET', KEYS[1], K.attempts, attempts - 1) end
droplease(KEYS[1])
redis.call('HSET', KEYS[1], 'reason', ARGV[4])
setstate(KEYS[1], KEYS[5], state, K.waiting, now)
if tonumber(ARGV[5]) > 0 then
  redis.call('ZADD', KEYS[3], now + tonumber(ARGV[5]), ARGV[8])
  return finished('delayed')
end
ensuregroup(KEYS[2], ARGV[3])
redis.call('HSET', KEYS[1], K.entry, redis.call('XADD', KEYS[2], '*', 'id', ARGV[8]))
return finished('queued')
`

// promote moves one due job from a delayed set back onto its stream. KEYS
// delayed, job, stream; ARGV kind, rid, group. Returns 1 when moved, 0 when
// not due yet by Redis's clock or already moved by another process.
const luaPromote = `
local due = redis.call('ZSCORE', KEYS[1], ARGV[2])
if not due or tonumber(due) > now_ms() then return 0 end
redis.call('ZREM', KEYS[1], ARGV[2])
local K = KINDS[ARGV[1]]
local h = redis.call('HMGET', KEYS[2], 'state', K.entry)
if h[1] ~= K.waiting or (h[2] and h[2] ~= '') then return 0 end
ensuregroup(KEYS[3], ARGV[3])
redis.call('HSET', KEYS[2], K.entry, redis.call('XADD', KEYS[3], '*', 'id', ARGV[2]))
return 1
`

// collect records a dispatch's results and hands the job to the oracle.
// KEYS job, stream, settle, counts; ARGV token, group, settle group,
// results JSON, rid. Returns the settle stream entry id.
const luaCollect = `
local h = redis.call('HMGET', KEYS[1], 'state', 'token', 'sid', 'ddone')
if not h[1] then fail('NOTFOUND') end
local done = 'collect:' .. ARGV[1] .. ':'
if ARGV[1] ~= '' and h[4] and string.sub(h[4], 1, #done) == done then return string.sub(h[4], #done + 1) end
-- A finished job cannot take results; an unfinished one that moved on
-- (collected, retried, reclaimed by another dispatcher) is a lost lease.
if TERMINAL[h[1]] then fail('ILLEGAL ' .. h[1] .. ' results_collected') end
if ARGV[1] == '' or h[1] ~= 'dispatched' or h[2] ~= ARGV[1] then fail('LEASELOST') end
local now = now_ms()
unlink(KEYS[2], ARGV[2], h[3])
ensuregroup(KEYS[3], ARGV[3])
local ssid = redis.call('XADD', KEYS[3], '*', 'id', ARGV[5])
redis.call('HSET', KEYS[1], 'results', ARGV[4], 'sid', '', 'ssid', ssid, 'reason', '', 'ddone', done .. ssid)
droplease(KEYS[1])
setstate(KEYS[1], KEYS[4], 'dispatched', 'results_collected', now)
return ssid
`

// submitted records a settlement transaction under the oracle's lease and
// extends the lease. KEYS job, counts, settle; ARGV token, tx, lease ms,
// settle group, consumer. Returns the lease's new expiry (ms).
const luaSubmitted = `
local from = check(KEYS[1], 'submitted')
if ARGV[1] == '' or redis.call('HGET', KEYS[1], 'token') ~= ARGV[1] then fail('LEASELOST') end
local now = now_ms()
local u = now + tonumber(ARGV[3])
appendtx(KEYS[1], ARGV[2])
redis.call('HSET', KEYS[1], 'until', u)
setstate(KEYS[1], KEYS[2], from, 'submitted', now)
local ssid = redis.call('HGET', KEYS[1], 'ssid')
if ssid and ssid ~= '' then redis.call('XCLAIM', KEYS[3], ARGV[4], ARGV[5], 0, ssid, 'JUSTID') end
return u
`

// finish records a fact that ends a job, needing no lease: a settlement or
// refund seen on chain, or a withdrawal after a reorg. KEYS job, stream,
// delayed, settle, settle delayed, counts, dead, settled index; ARGV to,
// reason, tx, group, settle group, rid, withdrawn ('1'), dead-letter ('1').
// A settled job enters the settled index under its request's deadline (see
// SettledUnexpired); entries whose deadline passed over an hour ago by
// Redis's clock are dropped there.
const luaFinish = `
local cur = redis.call('HMGET', KEYS[1], 'state', 'txs')
if cur[1] == ARGV[1] and TERMINAL[ARGV[1]] then
  -- Already there: a repeated call (a retry after a lost reply, an event
  -- seen twice) is a no-op, unless it names another transaction.
  if ARGV[3] ~= '' and not string.find(',' .. (cur[2] or '') .. ',', ',' .. ARGV[3] .. ',', 1, true) then
    fail('ILLEGAL ' .. cur[1] .. ' ' .. ARGV[1])
  end
  if ARGV[7] == '1' then redis.call('HSET', KEYS[1], 'withdrawn', '1') end
  return 1
end
local from = check(KEYS[1], ARGV[1])
local now = now_ms()
local h = redis.call('HMGET', KEYS[1], 'sid', 'ssid')
unlink(KEYS[2], ARGV[4], h[1])
unlink(KEYS[4], ARGV[5], h[2])
redis.call('ZREM', KEYS[3], ARGV[6])
redis.call('ZREM', KEYS[5], ARGV[6])
redis.call('HSET', KEYS[1], 'sid', '', 'ssid', '')
appendtx(KEYS[1], ARGV[3])
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'reason', ARGV[2]) end
if ARGV[7] == '1' then redis.call('HSET', KEYS[1], 'withdrawn', '1') end
if ARGV[8] == '1' then
  deadletter(KEYS[1], KEYS[6], KEYS[7], from, now, ARGV[2])
else
  droplease(KEYS[1])
  setstate(KEYS[1], KEYS[6], from, ARGV[1], now)
end
if ARGV[1] == 'settled' then
  local ok, req = pcall(cjson.decode, redis.call('HGET', KEYS[1], 'req') or '')
  local deadline = ok and type(req) == 'table' and tonumber(req.deadline) or 0
  redis.call('ZADD', KEYS[8], deadline, ARGV[6])
  redis.call('ZREMRANGEBYSCORE', KEYS[8], '-inf', '(' .. (math.floor(now / 1000) - 3600))
end
return 1
`

// reopen takes a settled job whose settlement a reorg dropped back to
// results_collected, onto the settle stream, with a fresh settle-attempt
// budget; a job settled by someone else's results, which has none, goes
// back to queued, onto its model's stream, with a fresh dispatch budget.
// Its transactions, times and a reopen count stay as history. KEYS job,
// settle, counts, settled index, the model's stream; ARGV reason, settle
// group, rid, dispatch group.
const luaReopen = `
local h = redis.call('HMGET', KEYS[1], 'state', 'results', 'reopened')
if not h[1] then fail('NOTFOUND') end
local to = 'results_collected'
if not h[2] or h[2] == '' then to = 'queued' end
if h[1] ~= 'settled' then fail('ILLEGAL ' .. h[1] .. ' ' .. to) end
check(KEYS[1], to)
local now = now_ms()
local reopened = (tonumber(h[3]) or 0) + 1
if to == 'results_collected' then
  ensuregroup(KEYS[2], ARGV[2])
  local ssid = redis.call('XADD', KEYS[2], '*', 'id', ARGV[3])
  redis.call('HSET', KEYS[1], 'ssid', ssid, 'sattempts', 0, 'reason', ARGV[1], 'reopened', reopened)
else
  ensuregroup(KEYS[5], ARGV[4])
  local sid = redis.call('XADD', KEYS[5], '*', 'id', ARGV[3])
  redis.call('HSET', KEYS[1], 'sid', sid, 'attempts', 0, 'reason', ARGV[1], 'reopened', reopened)
end
droplease(KEYS[1])
setstate(KEYS[1], KEYS[3], 'settled', to, now)
redis.call('ZREM', KEYS[4], ARGV[3])
return 1
`

// saveCheckpoint: KEYS checkpoint, blocks, byblock; ARGV number, hash, keep,
// then number/hash pairs of recent blocks.
const luaSaveCheckpoint = `
local cur = redis.call('HGET', KEYS[1], 'number')
if cur and tonumber(cur) > tonumber(ARGV[1]) then fail('BACKWARDS ' .. cur) end
redis.call('HSET', KEYS[1], 'number', ARGV[1], 'hash', ARGV[2])
local function put(n, h)
  redis.call('ZREMRANGEBYSCORE', KEYS[2], n, n)
  redis.call('ZADD', KEYS[2], n, n .. ':' .. h)
end
for i = 4, #ARGV, 2 do put(ARGV[i], ARGV[i + 1]) end
put(ARGV[1], ARGV[2])
local floor = tonumber(ARGV[1]) - tonumber(ARGV[3])
if floor > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. floor)
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. floor)
end
return 1
`

// rewindCheckpoint: KEYS checkpoint, blocks; ARGV number, hash.
const luaRewindCheckpoint = `
redis.call('HSET', KEYS[1], 'number', ARGV[1], 'hash', ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], ARGV[1], '+inf')
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[1] .. ':' .. ARGV[2])
return 1
`

type scripts struct {
	enqueue, claim, extend, giveBack, promote, collect, submitted, finish, reopen *redis.Script
	saveCheckpoint, rewindCheckpoint                                              *redis.Script
}

func newScripts(c Config) scripts {
	pre := fmt.Sprintf(preamble, c.ActiveTTL.Milliseconds(), c.DoneTTL.Milliseconds(), c.DeadLetterMaxLen, luaTransitions())
	s := func(body string) *redis.Script { return redis.NewScript(pre + body) }
	return scripts{
		enqueue:          s(luaEnqueue),
		claim:            s(luaClaim),
		extend:           s(luaExtend),
		giveBack:         s(luaGiveBack),
		promote:          s(luaPromote),
		collect:          s(luaCollect),
		submitted:        s(luaSubmitted),
		finish:           s(luaFinish),
		reopen:           s(luaReopen),
		saveCheckpoint:   redis.NewScript("local function fail(msg) error({err = msg}) end\n" + luaSaveCheckpoint),
		rewindCheckpoint: redis.NewScript(luaRewindCheckpoint),
	}
}
