-- wrk script: the constant endpoint, carrying the same API key header as the lookups, so that
-- both runs send and parse the same amount of header.
local key = os.getenv("BENCH_API_KEY")

function request()
    return wrk.format("GET", "/api/v1/ping", { ["X-Api-Key"] = key })
end

function done(summary, latency, requests)
    io.write(string.format("non2xx %d\n", summary.errors.status))
end
