-- wrk pacing: with PACED_RATE > 0 (requests/s in total over all wrk threads; PACED_THREADS = wrk -t), every thread
-- spaces its requests evenly in time with the delay() hook; a connection that is free early waits for its slot, a
-- thread that is behind schedule sends at once (no burst to catch up). wrk times a request from the moment it is
-- sent, so a stall that delays following requests is not counted against them (no coordinated-omission correction
-- as in wrk2); the caller compares the achieved rate with PACED_RATE.
-- Use as the wrk script (-s perf/lib/paced.lua) or from another script: dofile(".../paced.lua"), then call
-- paced_init() from its init().
local rate = tonumber(os.getenv("PACED_RATE") or "0")
local threads = tonumber(os.getenv("PACED_THREADS") or "1")
local interval_ms, next_ms = 0, 0
local now_ms

function paced_init()
  if rate <= 0 then return end
  interval_ms = 1000.0 * threads / rate
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } paced_timespec;
    int clock_gettime(int clk_id, paced_timespec *tp);
  ]]
  local ts = ffi.new("paced_timespec")
  now_ms = function()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000.0 + tonumber(ts.tv_nsec) / 1e6
  end
end

if rate > 0 then
  function delay()
    local now = now_ms()
    if next_ms < now then next_ms = now end
    local d = next_ms - now
    next_ms = next_ms + interval_ms
    return math.floor(d)
  end
end

if init == nil then
  function init(args) paced_init() end
end
