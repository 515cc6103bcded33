-- The wrk script of bench/load-wrk.ts. Each wrk thread has one connection (-t N -c N), so its
-- requests and responses alternate and each response is timed against the request before it.
-- The requests file holds records separated by NUL: the endpoint's number, a newline, then the raw
-- HTTP request. Thread k of n sends records k, k + n, k + 2n, ... in turn, wrapping around.
-- Every answer becomes a sample (endpoint, status, microseconds); `done` writes them, one per line,
-- after a first line with the requests that got no answer, to the file LOAD_WRK_SAMPLES names.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } load_timespec;
  int clock_gettime(int clock_id, load_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("load_timespec")
local function microseconds()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1e6 + tonumber(clock.tv_nsec) / 1e3
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local requests, endpoints = {}, {}
local turn, sent_endpoint, sent_at = 0, 0, 0
samples = {}

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local data = file:read("*a")
  file:close()
  local count = tonumber(args[2])
  local index = 0
  for endpoint, raw in string.gmatch(data, "(%d+)\n([^%z]*)%z") do
    if index % count == id then
      requests[#requests + 1] = raw
      endpoints[#endpoints + 1] = tonumber(endpoint)
    end
    index = index + 1
  end
  assert(#requests > 0, "no requests for this thread")
end

function request()
  turn = turn % #requests + 1
  sent_endpoint = endpoints[turn]
  sent_at = microseconds()
  return requests[turn]
end

function response(status, headers, body)
  local n = #samples
  samples[n + 1] = sent_endpoint
  samples[n + 2] = status
  samples[n + 3] = microseconds() - sent_at
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("LOAD_WRK_SAMPLES"), "wb"))
  local e = summary.errors
  out:write(string.format("%d\n", e.connect + e.read + e.write + e.timeout))
  for _, thread in ipairs(threads) do
    local s = thread:get("samples")
    for i = 1, #s, 3 do
      out:write(string.format("%d %d %.0f\n", s[i], s[i + 1], s[i + 2]))
    end
  end
  out:close()
end
