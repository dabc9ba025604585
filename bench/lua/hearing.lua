-- wrk script for the recordHearing mutation, valid under load.
-- Usage: wrk ... -s hearing.lua URL -- CASES_FILE TOKEN TODAY THREADS
-- CASES_FILE: one line per case on trial assigned to the caller, "id<TAB>version<TAB>latestDate<TAB>court".
-- Each thread takes its own share of the cases and visits them in turn, so one case is never in
-- two requests at once as long as a thread has more cases than connections. Each visit records a
-- hearing one day after the case's previous one (never after TODAY, and a hearing may share the
-- latest day), with the version the previous answer returned as expectedVersion. A CONFLICT
-- answer names the case's current version, which is taken for the next visit.
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local common = require("common")

setup = common.setup
done = common.done

local cases, version, day, today
local next_index = 0

local function to_days(iso)
   local y, m, d = iso:match("(%d+)-(%d+)-(%d+)")
   return math.floor(os.time({year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12}) / 86400)
end

local function to_iso(days)
   return os.date("!%Y-%m-%d", days * 86400 + 43200)
end

function init(args)
   common.configure(args[2])
   today = to_days(args[3])
   local threads = tonumber(args[4])
   cases, version, day = {}, {}, {}
   local all = common.lines(args[1])
   for i, line in ipairs(all) do
      if (i - 1) % threads == thread_index then
         local id, v, latest, court = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.+)$")
         table.insert(cases, {id = id, court = court})
         version[id] = tonumber(v)
         day[id] = to_days(latest)
      end
   end
   if #cases == 0 then error("thread " .. thread_index .. " has no case") end
end

local QUERY = "mutation($i: RecordHearingInput!) { recordHearing(input: $i) { case { id version hearings { date } } } }"

function request()
   next_index = next_index % #cases + 1
   local c = cases[next_index]
   day[c.id] = math.min(day[c.id] + 1, today)
   local body = string.format(
      '{"query":"%s","variables":{"i":{"caseId":"%s","expectedVersion":%d,"date":"%s","court":"%s",' ..
      '"proceedings":"Evidence recorded; adjourned"}}}',
      QUERY, c.id, version[c.id], to_iso(day[c.id]), c.court)
   return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
   if common.check(status, body) then
      local id, v = body:match('"id":"([^"]+)","version":(%d+)')
      if id then version[id] = tonumber(v) end
   else
      local id, v = body:match("Case ([%x%-]+) was changed by someone else %(you had version %d+, it is now at version (%d+)")
      if id and version[id] then version[id] = tonumber(v) end
   end
end
