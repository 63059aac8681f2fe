#!/usr/bin/env bash
# Measures how the server answers hostile and broken requests on the bundled corpus. Each
# request is sent once on the fresh server ("first": includes JIT warm-up of that code path),
# then ROUNDS more times, one at a time; the slowest of those counts. Fails when any answer is a
# 5xx or the slowest warm answer takes 1 s or more. Prints one line per request.
#
#   src/scripts/hostile-latency.sh
#   SKIP_BUILD=1 ROUNDS=5 src/scripts/hostile-latency.sh
cd "$(dirname "$0")/../.."
source src/scripts/lib/temp-server.sh

ROUNDS=${ROUNDS:-3}
LIMIT_MS=1000

build_jar
start_server

many() { # many COUNT TEXT: TEXT repeated COUNT times, separated by %20
    local out="" i
    for ((i = 0; i < $1; i++)); do out+="$2%20"; done
    printf '%s' "${out:0:1500}"
}
long_word=$(printf 'm%.0s' $(seq 1 500))
cjk=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("".join(chr(0x4E00 + i) for i in range(300))))')
letters=$(python3 -c 'print("%20".join(f"{a}{b}*" for a in "abcdefghijklmnopqrstuvwxyz" for b in "aeiou")[:1400])')

targets=(
    "/api/search?q=sleep"
    "/api/search?q=%F0%9F%98%B4%20%E7%9D%A1%E7%9C%A0%20%D9%86%D9%88%D9%85"
    "/api/search?q=%00sleep%01%1B%7F"
    "/api/search?q=%22sleep%20((stress"
    "/api/search?q=*leep"
    "/api/search?q=a~999999"
    "/api/search?q=sleep~2%20stress~2%20night~2"
    "/api/search?q=$(many 60 'a~2')"
    "/api/search?q=slee*%20stre*%20nigh*"
    "/api/search?q=$letters"
    "/api/search?q=s*e*e*p*a*b*c*d*e*f*g*h*"
    "/api/search?q=%2F.*%2F"
    "/api/search?q=%2F(a%2B)%2B%24%2F"
    "/api/search?q=title:%20nosuchfield:x%20body:%5B*%20TO%20*%5D"
    "/api/search?q=%5Ba%20TO%20z%5D%20%5Bb%20TO%20y%5D%20%5Bc%20TO%20x%5D"
    "/api/search?q=$long_word"
    "/api/search?q=${long_word}m"
    "/api/search?q=$cjk"
    "/api/search?q=$(many 83 sleep)"
    "/api/search?q=sleep&page=0"
    "/api/search?q=sleep&page=100&limit=50"
    "/api/search?q=sleep&limit=abc"
    "/api/search?q=%zz"
    "/api/search?q=%E2%82"
    "/search?q=a~999999%20melatonin~2%20kratom~2"
    "/search?q=$letters"
    "/api/suggest?q=*"
    "/articles/..%2f..%2fpom.xml"
    "/articles/%252e%252e%252fpom.xml"
    "/articles/../../etc/passwd"
    "/static/"
    "/articles/%00"
)

timed() { # timed TARGET: prints "status milliseconds"
    local code seconds
    read -r code seconds < <(curl -s --path-as-is -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$1")
    echo "$code $(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')"
}

declare -A first
for target in "${targets[@]}"; do
    read -r _ ms < <(timed "$target")
    first[$target]=$ms
done

worst=0
worst_first=0
failed=0
printf '%-6s %8s %8s  %s\n' status first_ms max_ms request
for target in "${targets[@]}"; do
    max=0
    for ((r = 0; r < ROUNDS; r++)); do
        read -r code ms < <(timed "$target")
        ((ms > max)) && max=$ms
    done
    ((max > worst)) && worst=$max
    ((first[$target] > worst_first)) && worst_first=${first[$target]}
    if ((code >= 500 || code == 0 || max >= LIMIT_MS)); then
        failed=$((failed + 1))
        flag="  <-- FAIL"
    else
        flag=""
    fi
    shown=$target
    ((${#shown} > 90)) && shown="${shown:0:87}..."
    printf '%-6s %8d %8d  %s%s\n' "$code" "${first[$target]}" "$max" "$shown" "$flag"
done
echo "slowest warm answer: $worst ms over ${#targets[@]} hostile requests x $ROUNDS rounds (limit $LIMIT_MS ms)"
echo "slowest first answer on the fresh server: $worst_first ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if ((failed > 0)); then
    echo "FAILED: $failed requests answered 5xx or took $LIMIT_MS ms or more" >&2
    exit 1
fi
echo "OK"
