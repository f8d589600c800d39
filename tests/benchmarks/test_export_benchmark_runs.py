"""The export benchmark still runs end to end and writes its report (tiny sizes, no timings)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "export.py"


@pytest.mark.slow
def test_export_benchmark_quick_run_writes_a_report(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("export_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["export_benchmark"] = module
    try:
        spec.loader.exec_module(module)
        out = tmp_path / "export.json"
        assert module.main(["--quick", "--out", str(out)]) == 0
    finally:
        sys.modules.pop("export_benchmark", None)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True and "machine" in report
    assert report["household"]["network_nodes"] > 0
    for key in ("summary_pdf", "summary_docx", "summary_md", "summary_file_pdf", "plan_pdf",
                "plan_docx"):
        assert report[key]["runs"] == 2 and report[key]["median_ms"] > 0
        assert report[key]["bytes"] > 0
    assert report["summary_pdf"]["pages"] >= 1
    assert report["first_in_process"]["summary_pdf_ms"] > 0
