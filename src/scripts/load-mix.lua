-- Query mix for src/scripts/load-test.sh: article titles (from the file in $TITLES), questions
-- as lay people ask them, and typos. Counts non-2xx answers per thread and prints one summary.

local questions = {
  "can't sleep", "why do I wake up at 3am", "is melatonin safe for kids", "how much caffeine is too much",
  "does alcohol help you sleep", "kratom and sleep", "what helps with stress at night", "is it ok to nap",
  "sleep apnea symptoms", "how long should I sleep", "valerian vs melatonin", "anxiety racing thoughts bed",
  "shift work tiredness", "teenager sleeps late", "benadryl for sleep", "magnesium before bed",
}
local typos = {
  "melatonn", "insomina", "kratum", "caffiene", "valerain", "ashwaganda", "benzodiazapine", "sleap hygene",
  "circadain rhythm", "stres", "anxeity", "nightmears",
}

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local queries = {}
local function add(list) for _, q in ipairs(list) do queries[#queries + 1] = q end end
add(questions)
add(typos)
local titles = os.getenv("TITLES")
if titles then
  local file = io.open(titles, "r")
  if file then
    for line in file:lines() do if #line > 0 then queries[#queries + 1] = line end end
    file:close()
  end
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  non2xx = 0
  next_query = id * 7
end

function request()
  next_query = next_query % #queries + 1
  return wrk.format("GET", "/api/search?q=" .. encode(queries[next_query]))
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("queries in the mix %d\n", #queries))
  io.write(string.format("requests %d in %.1f s (%.0f/s)\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("non-2xx %d\nsocket errors %d (connect %d, read %d, write %d, timeout %d)\n",
    bad, socket, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors %d\n", bad + socket))
end
