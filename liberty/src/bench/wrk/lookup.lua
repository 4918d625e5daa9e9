-- wrk script: GET /api/v1/certificates/{number} with the numbers of a file, one after another per
-- thread (each thread starts at its own offset), every request carrying the enterprise's API key.
-- Environment: BENCH_NUMBERS (a file, one number a line), BENCH_API_KEY.
local numbers = {}
local key = os.getenv("BENCH_API_KEY")
local counter = 0

for line in io.lines(os.getenv("BENCH_NUMBERS")) do
    if #line > 0 then
        numbers[#numbers + 1] = line
    end
end

local threads = 0
function setup(thread)
    thread:set("offset", threads * 7919)
    threads = threads + 1
end

function init(args)
    counter = offset or 0
end

function request()
    counter = counter + 1
    local number = numbers[(counter % #numbers) + 1]
    return wrk.format("GET", "/api/v1/certificates/" .. number, { ["X-Api-Key"] = key })
end

function done(summary, latency, requests)
    io.write(string.format("non2xx %d\n", summary.errors.status))
end
