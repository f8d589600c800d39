"""Qt plugins that build.spec leaves out of the build, and the libraries only they needed.

PyInstaller's Qt hooks take every plugin of each Qt module in use, with every system library those
plugins link against. Some are for machines Voordeur never runs on (framebuffer and kiosk
platforms, touch input devices), one pulls in the build machine's whole GTK stack (whose copy
would clash with the laptop's own GTK), and most image formats are never read. Dropping a plugin
also drops the libraries that nothing else in the folder needs, found with PyInstaller's own
dependency reader.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# Qt plugins (paths under PySide6/Qt/plugins/) that are not shipped, and why.
UNUSED_QT_PLUGINS: dict[str, str] = {
    "platforms/libqeglfs": "full-screen embedded devices without a window system",
    "platforms/libqminimalegl": "embedded devices",
    "platforms/libqlinuxfb": "the Linux framebuffer (no window system)",
    "platforms/libqvnc": "serving the window over VNC",
    "platforms/libqvkkhrdisplay": "Vulkan on a bare display",
    "egldeviceintegrations/": "the eglfs platform's device support",
    "generic/": "raw evdev keyboards, mice and touch screens of kiosk devices",
    "platformthemes/libqgtk3": "GTK's look: would bundle the build machine's GTK libraries; "
                               "file dialogs still follow the desktop via the XDG portal",
    "imageformats/libqjpeg": "Voordeur reads no JPEG, TIFF, WebP, GIF, TGA or WBMP images",
    "imageformats/libqtiff": "",
    "imageformats/libqwebp": "",
    "imageformats/libqgif": "",
    "imageformats/libqtga": "",
    "imageformats/libqwbmp": "",
}
QT_PLUGINS_DIR = "PySide6/Qt/plugins/"


def _unused_plugin(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if not dest.startswith(QT_PLUGINS_DIR):
        return False
    inside = dest[len(QT_PLUGINS_DIR):]
    return any(inside.startswith(prefix) for prefix in UNUSED_QT_PLUGINS)


def _library_folder(dest: str) -> bool:
    """A shared library beside the programs or among Qt's own libraries (not a Python module)."""
    parent = str(PurePosixPath(dest.replace("\\", "/")).parent)
    return parent in (".", "PySide6/Qt/lib")


def trim_binaries(binaries: list[tuple[str, str, str]]) -> tuple[list, list[str]]:
    """The binaries without the unused Qt plugins and the libraries only they linked against.

    Returns (kept entries, names of what was dropped). Works on any platform; on Windows and
    macOS the plugins have other suffixes but the same folder names.
    """
    from PyInstaller.depend.bindepend import get_imports

    dropped = [entry for entry in binaries if _unused_plugin(entry[0])]
    kept = [entry for entry in binaries if not _unused_plugin(entry[0])]

    def closure(entries: list[tuple[str, str, str]]) -> set[str]:
        names: set[str] = set()
        for _dest, src, _kind in entries:
            try:
                names.update(name for name, _path in get_imports(src))
            except Exception:  # not a binary PyInstaller can read: keep what it needs
                continue
        return names

    still_needed = closure(kept)
    only_for_dropped = closure(dropped) - still_needed
    orphans = [entry for entry in kept if _library_folder(entry[0])
               and PurePosixPath(entry[0].replace("\\", "/")).name in only_for_dropped]
    kept = [entry for entry in kept if entry not in orphans]
    return kept, sorted(entry[0] for entry in dropped + orphans)
