"""The GUI benchmark still runs end to end and writes its report (tiny sizes, no timings)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "gui.py"


@pytest.mark.slow
def test_gui_benchmark_quick_run_writes_a_report(tmp_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    spec = importlib.util.spec_from_file_location("gui_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "gui.json"
    assert module.main(["--quick", "--out", str(out), "--cache", str(tmp_path / "stores")]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True
    assert report["cold_start"]["households"] == 20 and report["cold_start"]["app_s"] > 0
    assert report["list_filter"]["rows"] == 300 and report["list_filter"]["keystrokes"] > 20
    assert report["open_household"]["households"] == 5
    assert report["typing"]["autosaves"] >= 1
