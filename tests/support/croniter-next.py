#!/usr/bin/python3
# The next runs Debian's python3-croniter computes, for tst_cronexpression to compare with.
# stdin: [{"expr": "0 2 * * *", "start": EPOCH_SECONDS, "zone": "Europe/Berlin", "count": N}];
# stdout: [[EPOCH_SECONDS, ...], ...] in the same order. Exit 3 when croniter is missing.
import json
import sys
from datetime import datetime

try:
    from croniter import croniter
except ImportError:
    print("python3-croniter is not installed (apt-get install python3-croniter)", file=sys.stderr)
    sys.exit(3)
import zoneinfo

answers = []
for case in json.load(sys.stdin):
    start = datetime.fromtimestamp(case["start"], zoneinfo.ZoneInfo(case["zone"]))
    runs = croniter(case["expr"], start)
    answers.append([int(runs.get_next(datetime).timestamp()) for _ in range(case["count"])])
json.dump(answers, sys.stdout)
