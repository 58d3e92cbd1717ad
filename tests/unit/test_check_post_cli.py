"""`jobfair check-post` end to end (a real process): bad input, long input, empty input.

Data flow: bytes on the process's stdin -> jobfair.cli -> JSON on stdout (exit 0) or one line
on stderr (exit 2). The output shape is the contract's (/work/shared/contract.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from domain.screening import MAX_CHARS


def _run(data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "jobfair.cli", "check-post"],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )


def _answer(data: bytes) -> dict[str, Any]:
    done = _run(data)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    answer: dict[str, Any] = json.loads(done.stdout)
    assert set(answer) >= {"ok", "violations", "exemptions", "needs_review", "truncated"}
    return answer


def test_violation_is_reported_in_the_contract_shape() -> None:
    answer = _answer("招聘司机，限男性\n".encode())
    assert answer["ok"] is False and answer["truncated"] is False
    (violation,) = answer["violations"]
    assert set(violation) == {"rule", "excerpt", "explanation"}
    assert violation["rule"] == "GENDER" and "限男性" in violation["excerpt"]


def test_invalid_utf8_is_one_line_on_stderr_and_exit_2() -> None:
    done = _run(b"\xff\xfe\xe6\x8b\x9b\xe8\x81")
    assert done.returncode == 2
    assert done.stdout == b""
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "UTF-8" in lines[0]


def test_binary_input_is_one_line_on_stderr_and_exit_2() -> None:
    done = _run(bytes(range(0, 32)) * 20 + b"\x00PK\x03\x04")
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jobfair check-post:")


def test_text_longer_than_the_screened_limit_says_truncated() -> None:
    answer = _answer(("好" * MAX_CHARS + "限男性").encode())
    assert answer["truncated"] is True
    assert answer["ok"] is True  # the tail past the limit was not read, and the answer says so


def test_empty_and_blank_text_get_a_clear_answer() -> None:
    for data in (b"", b"  \n\t  \n", "\ufeff".encode()):
        answer = _answer(data)
        assert answer["ok"] is True and answer["violations"] == []
        assert answer["empty"] is True and "empty" in answer["detail"]


def test_byte_order_mark_and_crlf_are_accepted() -> None:
    answer = _answer("\ufeff招聘前台\r\n要求：女，25岁以下\r\n".encode())
    assert [v["rule"] for v in answer["violations"]] == ["GENDER"]
