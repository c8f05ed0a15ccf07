"""Run one benchmark and print its JSON line with the machine's facts added (`make bench`).

    python bench/_run.py bench/NAME.py [args ...]

The benchmark's stderr passes through; the last line of its stdout must be its JSON object. The
facts (CPU model and flags, cores, load average at start and end, torch/transformers versions,
git revision) go under "machine" unless the benchmark recorded its own; the wrapper's own
start/end load average is kept under "machine_run". Not a benchmark itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine_facts  # noqa: E402


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: python bench/_run.py bench/NAME.py [args ...]", file=sys.stderr)
        return 2
    start = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, *sys.argv[1:]], stdout=subprocess.PIPE, text=True)
    if proc.returncode:
        return proc.returncode
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    result = json.loads(lines[-1])
    facts = machine_facts(start)
    result.setdefault("machine", facts)
    result["machine_run"] = {"load_avg_1m": facts["load_avg_1m"], "git_revision": facts["git_revision"]}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
