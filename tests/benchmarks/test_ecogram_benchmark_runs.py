"""The ecogram benchmark still runs end to end and writes its report (tiny sizes, no timings)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "ecogram.py"


@pytest.mark.slow
def test_ecogram_benchmark_quick_run_writes_a_report(tmp_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    spec = importlib.util.spec_from_file_location("ecogram_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "ecogram.json"
    assert module.main(["--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True
    assert "machine" in report
    household = report["household"]
    assert household["members"] == 4
    assert household["network_nodes"] == 30 and household["ties"] == 60
    opened = report["open_tab"]
    assert opened["opens"] == 2
    assert opened["shown_median_ms"] > 0 and opened["fill_median_ms"] > 0
    for name in ("drag_typical", "drag_busiest"):
        drag = report[name]
        assert drag["steps"] == 30 and drag["ties"] >= 1
        assert drag["p50_ms"] > 0 and drag["p95_ms"] > 0 and drag["max_ms"] > 0
        assert drag["press_ms"] > 0 and drag["release_ms"] > 0
        assert drag["natural_steps"] == 30 and drag["natural_p95_ms"] > 0
        assert drag["paints_per_step"] > 0 and drag["natural_paints_per_step"] > 0
    assert report["drag_busiest"]["ties"] > report["drag_typical"]["ties"]
    assert report["auto_layout"]["runs"] == 2 and report["auto_layout"]["median_ms"] > 0
    export = report["export"]
    assert export["png_first_ms"] > 0
    for fmt in ("png", "svg", "pdf"):
        assert export[f"{fmt}_median_ms"] > 0 and export[f"{fmt}_bytes"] > 0
