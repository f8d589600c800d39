"""The sync benchmark still runs end to end over loopback and writes its report (tiny sizes)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "sync.py"


@pytest.mark.slow
def test_sync_benchmark_quick_run_writes_a_report(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("sync_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    out = tmp_path / "sync.json"
    assert module.main(["--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True and report["machine"]["server_db"] == "sqlite"
    first = report["first_sync"]
    assert first["households"] == 3 and first["pushed"] > 100
    assert first["pulled"] >= first["pushed"]  # B receives everything A sent
    assert first["push_ratio"] > 0 and first["pull_ratio"] > 0
    changed = report["changed_records"]
    assert changed["records"] == changed["pushed"] == 20 and changed["pulled"] >= 20
    noop = report["noop_sync"]
    assert noop["requests"] == 1 and 0 < noop["bytes"] < 2000
    many = report["concurrent_clients"]
    assert many["clients"] == 3 and many["records_moved"] >= 3 * 5 and many["records_per_s"] > 0
