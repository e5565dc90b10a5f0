/**
 * The store's Lua scripts: each is one atomic step, so a crash or a racing process never leaves
 * half a change (an assignment without its number, a status without its audit entry).
 */

/** A number's score in an official's number set while its assignment is open: never released. */
export const HELD_OPEN = 9e15;

/**
 * The report indexes, kept in the same script as the record they follow. KEYS (from index i): open
 * by deadline, the official's open ones, the official's done counters, the assignees set. ARGV
 * (from index j): assignment id, official id, open score after ("" when not open), done bucket
 * before, done bucket after ("" when not done).
 */
const INDEX = (i: number, j: number) => `
if ARGV[${j + 2}] == '' then
  redis.call('ZREM', KEYS[${i}], ARGV[${j}])
  redis.call('ZREM', KEYS[${i + 1}], ARGV[${j}])
else
  redis.call('ZADD', KEYS[${i}], tonumber(ARGV[${j + 2}]), ARGV[${j}])
  redis.call('ZADD', KEYS[${i + 1}], tonumber(ARGV[${j + 2}]), ARGV[${j}])
end
if ARGV[${j + 3}] ~= ARGV[${j + 4}] then
  if ARGV[${j + 3}] ~= '' then redis.call('HINCRBY', KEYS[${i + 2}], ARGV[${j + 3}], -1) end
  if ARGV[${j + 4}] ~= '' then redis.call('HINCRBY', KEYS[${i + 2}], ARGV[${j + 4}], 1) end
end
redis.call('SADD', KEYS[${i + 3}], ARGV[${j + 1}])`;

/**
 * Creates an assignment unless it exists, giving it the official's smallest free number: one no
 * open assignment holds and no assignment closed within the hold period held. KEYS: assignment,
 * numbers zset (number → release time ms), numbers hash (number → assignment id), all assignments,
 * the official's assignments, the directive's assignments, then the four index keys. ARGV: assignment
 * JSON (number 0), now ms, then the index arguments (id first). Returns the number, or 0 when the
 * assignment existed.
 */
export const CREATE_ASSIGNMENT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local now = tonumber(ARGV[2])
local n = 1
while true do
  local s = redis.call('ZSCORE', KEYS[2], n)
  if not s or tonumber(s) <= now then break end
  n = n + 1
end
redis.call('ZADD', KEYS[2], ${HELD_OPEN}, n)
redis.call('HSET', KEYS[3], n, ARGV[3])
local a = cjson.decode(ARGV[1])
a.number = n
redis.call('SET', KEYS[1], cjson.encode(a))
redis.call('SADD', KEYS[4], ARGV[3])
redis.call('SADD', KEYS[5], ARGV[3])
redis.call('SADD', KEYS[6], ARGV[3])
${INDEX(7, 3)}
return n`;

/**
 * Numbers an assignment written before numbers existed (number 0), the same way. KEYS: assignment,
 * numbers zset, numbers hash. ARGV: now ms, assignment id, release time ms if it is closed ("" if open).
 */
export const NUMBER_ASSIGNMENT = `
local cur = redis.call('GET', KEYS[1])
if not cur then return 0 end
local a = cjson.decode(cur)
if a.number and a.number > 0 then return a.number end
local now = tonumber(ARGV[1])
local n = 1
while true do
  local s = redis.call('ZSCORE', KEYS[2], n)
  if not s or tonumber(s) <= now then break end
  n = n + 1
end
local hold = ${HELD_OPEN}
if ARGV[3] ~= '' then hold = tonumber(ARGV[3]) end
redis.call('ZADD', KEYS[2], hold, n)
redis.call('HSET', KEYS[3], n, ARGV[2])
a.number = n
redis.call('SET', KEYS[1], cjson.encode(a))
return n`;

/**
 * Compare-and-set of an assignment with its audit entry and its number's hold. The entry is kept
 * once, in the stream; the assignment's list holds its stream id. KEYS: assignment,
 * global audit stream, the assignment's audit list (of stream ids), the official's numbers zset, then the four index
 * keys. ARGV: expected version, new JSON, audit JSON, number, its new release time ms ("" to leave
 * it), then the index arguments. Returns 1 done, 0 version moved, -1 missing.
 */
export const CAS_ASSIGNMENT = `
local cur = redis.call('GET', KEYS[1])
if not cur then return -1 end
if cjson.decode(cur).version ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
local sid = redis.call('XADD', KEYS[2], '*', 'e', ARGV[3])
redis.call('RPUSH', KEYS[3], sid)
if ARGV[5] ~= '' and tonumber(ARGV[4]) > 0 then redis.call('ZADD', KEYS[4], tonumber(ARGV[5]), tonumber(ARGV[4])) end
${INDEX(5, 6)}
return 1`;
