-- Shared by the wrk scripts: one POST /graphql per request, every answer checked, a summary line.
-- An answer counts as failed when its HTTP status is not 200 or its body holds GraphQL "errors":
-- wrk's own counters only see HTTP statuses, and GraphQL refuses with HTTP 200.

local M = {}
local threads = {}

function M.setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

function M.configure(token)
   wrk.method = "POST"
   wrk.path = "/graphql"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Bearer " .. token
end

function M.lines(path)
   local lines = {}
   for line in io.lines(path) do
      if line ~= "" then table.insert(lines, line) end
   end
   if #lines == 0 then error("no lines in " .. path) end
   return lines
end

-- Per thread: counts of failed answers, and the first few failures for the report.
function M.check(status, body)
   if status ~= 200 then
      failed_http = (failed_http or 0) + 1
      M.remember("HTTP " .. status .. " " .. string.sub(body or "", 1, 200))
      return false
   end
   if string.find(body, '"errors"', 1, true) then
      failed_graphql = (failed_graphql or 0) + 1
      M.remember(string.sub(body, 1, 300))
      return false
   end
   return true
end

function M.remember(text)
   sample_count = (sample_count or 0) + 1
   if sample_count <= 3 then
      samples = (samples or "") .. text:gsub("[\r\n|]", " ") .. " ;; "
   end
end

-- One machine-readable line (times in microseconds), read by run.sh.
function M.done(summary, latency, requests)
   local http, graphql, sample = 0, 0, ""
   for _, t in ipairs(threads) do
      http = http + (t:get("failed_http") or 0)
      graphql = graphql + (t:get("failed_graphql") or 0)
      sample = sample .. (t:get("samples") or "")
   end
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d mean_us=%.0f " ..
      "failed_http=%d failed_graphql=%d socket_connect=%d socket_read=%d socket_write=%d socket_timeout=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, latency.mean, http, graphql,
      e.connect, e.read, e.write, e.timeout))
   if sample ~= "" then io.write("FAILURES " .. sample .. "\n") end
end

return M
