"""The frozen-build benchmark still runs end to end and writes its report (tiny sizes, no timings).

It needs the built app (`python3 scripts/build`); CI builds it before the tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK = ROOT / "benchmarks" / "frozen.py"
EXE_NAME = "voordeur.exe" if sys.platform == "win32" else "voordeur"
FROZEN_APP = ROOT / "dist" / "voordeur" / EXE_NAME


@pytest.mark.slow
@pytest.mark.skipif(not FROZEN_APP.is_file(), reason="no laptop build: run python3 scripts/build")
def test_frozen_benchmark_quick_run_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "frozen.json"
    proc = subprocess.run([sys.executable, str(BENCHMARK), "--quick", "--out", str(out),
                           "--cache", str(tmp_path / "stores")],
                          capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True and report["households"] == 20
    for way in ("frozen", "source"):
        assert len(report[way]["window_warm_s"]) == 1 and report[way]["window_warm_median_s"] > 0
        assert report[way]["version_warm_median_s"] > 0
    assert "App to unlocked window, warm" in proc.stdout
