-- wrk script for queries: each request sends the next JSON body of a file (one per line), the
-- threads starting at different lines. Usage: wrk ... -s bodies.lua URL -- BODIES_FILE TOKEN
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local common = require("common")

setup = common.setup
done = common.done

local bodies, next_index

function init(args)
   common.configure(args[2])
   bodies = common.lines(args[1])
   next_index = (thread_index * 7919) % #bodies
end

function request()
   next_index = next_index % #bodies + 1
   return wrk.format(nil, nil, nil, bodies[next_index])
end

function response(status, headers, body)
   common.check(status, body)
end
