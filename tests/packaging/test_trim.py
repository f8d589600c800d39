"""build.spec's trimming: unused Qt plugins go, with the libraries that nothing else needs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="the `build` dependency group is not installed")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import trim

PLUGINS = "PySide6/Qt/plugins/"
# what each fake binary links against (PyInstaller's get_imports gives (name, path) pairs)
LINKS = {
    "/src/libqgtk3.so": ["libgtk-3.so.0", "libcairo.so.2", "libQt6Gui.so.6", "libglib-2.0.so.0"],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libglib-2.0.so.0"],
    "/src/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6", "libQt6Gui.so.6"],
    "/src/libQt6Gui.so.6": ["libglib-2.0.so.0"],
}


def entry(dest: str) -> tuple[str, str, str]:
    return (dest, "/src/" + Path(dest).name, "BINARY")


def test_drops_unused_plugins_and_their_own_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    from PyInstaller.depend import bindepend

    monkeypatch.setattr(bindepend, "get_imports",
                        lambda src: [(name, "/lib/" + name) for name in LINKS.get(src, [])])
    binaries = [
        entry(PLUGINS + "platformthemes/libqgtk3.so"),
        entry(PLUGINS + "platforms/libqxcb.so"),
        entry(PLUGINS + "platforms/libqeglfs.so"),
        entry(PLUGINS + "imageformats/libqsvg.so"),
        entry("libgtk-3.so.0"), entry("libcairo.so.2"), entry("libglib-2.0.so.0"),
        entry("PySide6/Qt/lib/libQt6Gui.so.6"),
        entry("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6"),
        entry("PySide6/Qt/lib/libQt6XcbQpa.so.6"),
        entry("cairo_helpers/libcairo.so.2"),  # a package's own copy: never touched
    ]
    kept, dropped = trim.trim_binaries(binaries)
    kept_names = {dest for dest, _src, _kind in kept}
    assert set(dropped) == {
        PLUGINS + "platformthemes/libqgtk3.so", PLUGINS + "platforms/libqeglfs.so",
        "libgtk-3.so.0", "libcairo.so.2", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    }
    # shared with kept parts, or kept plugins: stay
    assert {PLUGINS + "platforms/libqxcb.so", PLUGINS + "imageformats/libqsvg.so",
            "libglib-2.0.so.0", "PySide6/Qt/lib/libQt6Gui.so.6",
            "PySide6/Qt/lib/libQt6XcbQpa.so.6", "cairo_helpers/libcairo.so.2"} <= kept_names
    assert len(kept) + len(dropped) == len(binaries)


def test_windows_paths_are_recognised() -> None:
    assert trim._unused_plugin("PySide6\\Qt\\plugins\\platforms\\qlinuxfb.dll") is False
    assert trim._unused_plugin("PySide6\\Qt\\plugins\\generic\\qtuiotouchplugin.dll") is True
    assert trim._unused_plugin("PySide6/Qt/plugins/platforms/libqwayland.so") is False
