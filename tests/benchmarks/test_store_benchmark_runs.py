"""The store benchmark still runs and writes its JSON report (sizes tiny; no timing asserted)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "store.py"


def test_store_benchmark_quick_run_writes_a_report(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("store_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "store.json"
    assert module.main(["--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True
    assert report["search"]["queries"] > 0 and report["search"]["notes"] == 2000
    assert report["demo_and_export"]["households"] == 20
    assert report["cipher_overhead"]["ratio"] > 0
