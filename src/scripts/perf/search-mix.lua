-- wrk script: GET the request paths of a file (one per line, written by QueryMix) in turn.
-- Each wrk thread starts at its own offset so the threads do not send the same query at once.
local paths = {}
local next_path = 0
local thread_count = 0

function setup(thread)
  thread:set("offset", thread_count * 37)
  thread_count = thread_count + 1
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  next_path = offset or 0
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
