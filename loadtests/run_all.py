"""``make bench``: every benchmark in sequence, each on its own fresh stack.

Runs ``loadtests.clicks`` and, when present, ``loadtests.sse_latency`` (issue 4) as separate
processes so a failure or a leftover in one cannot skew the next. Each is bounded in time;
this prints their figures and exits non-zero only if a benchmark could not run.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (module, arguments, wall-clock bound in seconds)
BENCHMARKS: tuple[tuple[str, list[str], int], ...] = (
    ("loadtests.clicks", ["--seconds", "20", "--posts", "5"], 900),
    ("loadtests.sse_latency", [], 900),
)


def main() -> int:
    failed = []
    for module, args, bound in BENCHMARKS:
        if not (HERE / f"{module.rsplit('.', 1)[1]}.py").exists():
            print(f"== {module}: not present, skipped", flush=True)
            continue
        print(f"== python -m {module} {' '.join(args)}", flush=True)
        proc = subprocess.Popen([sys.executable, "-m", module, *args], cwd=HERE.parent)
        try:
            code = proc.wait(bound)
        except subprocess.TimeoutExpired:
            # SIGTERM makes the benchmark leave its `with BenchStack` block: stack stopped.
            print(f"== {module}: over {bound} s, stopping it", flush=True)
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            code = -1
        if code != 0:
            failed.append(module)
    if failed:
        print(f"== could not run: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
