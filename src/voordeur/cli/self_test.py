"""`voordeur --self-test`: check, where the program is installed, that every part of it works.

For the organisation's IT after installing or updating, and for CI on the frozen build. Each check
runs the real code path in a temporary folder that is removed afterwards; nothing touches the
worker's store, settings or system keyring, and all data is synthetic. One line per check, then a
verdict. A check that fails says why in plain English; the others still run.
"""

from __future__ import annotations

import secrets
import shutil
import struct
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from voordeur import __version__

if TYPE_CHECKING:
    from voordeur.store.store import Store

MARKER_PREFIX = "ZQXSELFTEST"
DEMO_SEED = 7  # the same synthetic household every time


class CheckFailed(Exception):
    """A check ran and found something wrong (the message says what, in English)."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


class Workspace:
    """The temporary folder the checks share, and one synthetic demo store made on demand."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._store: Store | None = None

    @cached_property
    def demo_store(self) -> Store:
        from voordeur.services.demo import generate_demo
        from voordeur.store import vault
        from voordeur.store.store import Store

        # A light key derivation: the real one is checked by the store check itself.
        store = Store.create(self.folder / "demo", "self-test " + secrets.token_hex(8),
                             worker_name="Zelftest", team_name="Zelftest",
                             use_keyring=False,
                             kdf=vault.KdfParams(time_cost=1, memory_kib=8192, parallelism=1))
        generate_demo(store, households=2, seed=DEMO_SEED)
        self._store = store
        return store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


# -- the checks ------------------------------------------------------------------------------
def check_store(ws: Workspace) -> str:
    """Create an encrypted store with the real key derivation, write a marker, reopen it, read the
    marker back, and look for it in every file the store wrote."""
    from voordeur.model import Household
    from voordeur.services import households as hs
    from voordeur.services.unit_of_work import unit_of_work
    from voordeur.store.store import Store

    marker = MARKER_PREFIX + secrets.token_hex(6).upper()
    passphrase = "zelftest " + secrets.token_hex(12)
    data_dir = ws.folder / "store"
    store = Store.create(data_dir, passphrase, worker_name="Zelftest", use_keyring=False)
    with store, unit_of_work(store) as uow:
        household = hs.create_household(uow, f"Gezin {marker}", city=f"Zwolle {marker}")
        household_id = household.id
    with Store.open(data_dir, passphrase) as reopened, reopened.session() as session:
        found = session.get(Household, household_id)
        if found is None or marker not in found.display_name:
            raise CheckFailed("the household written before closing was not read back")
    try:
        Store.open(data_dir, passphrase + "x").close()
    except Exception:
        pass  # the wrong passphrase is refused, as it must be
    else:
        raise CheckFailed("the store opened with a wrong passphrase")
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    for path in files:
        content = path.read_bytes()
        if content.startswith(b"SQLite format 3"):
            raise CheckFailed(f"{path.name} is a plain (unencrypted) SQLite file")
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if marker.encode(encoding) in content:
                raise CheckFailed(f"the marker is readable in {path.name} ({encoding})")
    return (f"created with a passphrase, reopened, wrong passphrase refused; the marker is in "
            f"none of its {len(files)} files")


def _qt_application() -> object:
    """A QApplication on Qt's offscreen platform: the checks need Qt, never a screen."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["voordeur", "-platform", "offscreen"])
    return app


def check_translations(ws: Workspace) -> str:
    from PySide6.QtCore import QCoreApplication

    from voordeur.gui.common import i18n

    _qt_application()
    try:
        if not i18n.install_translations("en"):
            raise CheckFailed("the English translation (voordeur_en.qm) is missing from "
                              f"{i18n.translations_dir()}")
        english = QCoreApplication.translate("AboutYouPage", "Over jou")
        if english != "About you":
            raise CheckFailed(f"English does not translate the app (got {english!r})")
        i18n.install_translations("nl")
        dutch_qt = QCoreApplication.translate("QPlatformTheme", "Cancel")
        if dutch_qt != "Annuleren":
            raise CheckFailed("Qt's own Dutch translation (qtbase_nl.qm) is missing: its "
                              "buttons would stay English")
    finally:
        i18n.install_translations("nl")
    return f'Dutch (Qt\'s own buttons: "{dutch_qt}") and English ("{english}")'


def check_keyring(ws: Workspace) -> str:
    """Which keyring the store would use. Passphrase only is a valid situation; keyring without
    its backends (lost package metadata in a build) is not, because it would silently downgrade a
    laptop that does have a keychain."""
    from importlib.metadata import entry_points

    from voordeur.store.device_secret import keyring_situation

    backends = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not backends:
        raise CheckFailed("keyring has no backends (its package metadata is missing), so the "
                          "system keyring would never be used")
    situation = keyring_situation()
    return f"{situation.description_en}; backends known: {', '.join(backends)}"


def check_app_window(ws: Workspace) -> str:
    """Qt widgets start, every Designer form loads, and the platform's window plugin is there."""
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtUiTools import QUiLoader

    from voordeur.paths import ui_dir

    _qt_application()
    forms = sorted(ui_dir().glob("*.ui"))
    if not forms:
        raise CheckFailed(f"no .ui forms in {ui_dir()}")
    loader = QUiLoader()
    for form in forms:
        widget = loader.load(str(form))
        if widget is None:
            raise CheckFailed(f"the form {form.name} does not load: {loader.errorString()}")
        widget.deleteLater()
    plugin = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    platforms = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if not any(p.name.startswith(plugin) or p.name.startswith("lib" + plugin)
               for p in platforms.glob("*")):
        raise CheckFailed(f"Qt's window plugin {plugin} is missing from {platforms}")
    return f"Qt widgets, {len(forms)} forms, window plugin {plugin}"


def _demo_visit(store: Store) -> tuple[str, str]:
    """(household id, visit id) of a demo visit."""
    from sqlmodel import select

    from voordeur.model import Visit

    with store.session() as session:
        visit = session.exec(select(Visit).order_by(Visit.starts_at.desc())).first()
    if visit is None:
        raise CheckFailed("the demo household has no visit")
    return visit.household_id, visit.id


def check_ecogram(ws: Workspace) -> str:
    from voordeur.export.ecogram_figure import export_ecogram_file
    from voordeur.services.ecogram_queries import current_ecogram

    store = ws.demo_store
    household_id, _ = _demo_visit(store)
    with store.session() as session:
        ecogram = current_ecogram(session, household_id)
    out = ws.folder / "ecogram.png"
    export_ecogram_file(store, ecogram, out)
    data = out.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) < 10_000:
        raise CheckFailed(f"the ecogram PNG is not a drawing ({len(data)} bytes)")
    width, height = struct.unpack(">II", data[16:24])
    return f"PNG {width}×{height} px, {len(ecogram.nodes)} people and organisations"


def check_pdf_summary(ws: Workspace) -> str:
    from voordeur.export.summary_document import Audience
    from voordeur.services.summary_content import visit_summary
    from voordeur.services.summary_export import export_document, format_for

    store = ws.demo_store
    _, visit_id = _demo_visit(store)
    out = ws.folder / "verslag.pdf"
    doc = visit_summary(store, visit_id, Audience.FAMILY)
    export_document(store, doc, format_for(out), out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed("the summary is not a PDF file")
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/")
    if pages < 1:
        raise CheckFailed("the PDF has no pages")
    if b"DejaVuSans" not in data:
        raise CheckFailed("the PDF lacks its embedded DejaVu Sans font")
    if b"/Subtype /Image" not in data:
        raise CheckFailed("the PDF lacks the ecogram and score-chart images")
    return f"family visit summary, {pages} pages, {len(data) // 1024} kB, font and images embedded"


def check_tls(ws: Workspace) -> str:
    """The team server is reached over verified TLS: the client needs its CA certificates."""
    import httpx

    context = httpx.create_ssl_context()
    authorities = context.cert_store_stats().get("x509_ca", 0)
    if authorities == 0:
        raise CheckFailed("no CA certificates: the team server's TLS could not be verified")
    return f"verified TLS for the team server, {authorities} certificate authorities"


CHECKS: tuple[tuple[str, Callable[[Workspace], str]], ...] = (
    ("encrypted store", check_store),
    ("translations", check_translations),
    ("keyring", check_keyring),
    ("app window", check_app_window),
    ("ecogram export", check_ecogram),
    ("PDF summary", check_pdf_summary),
    ("team server TLS", check_tls),
)


# -- running ---------------------------------------------------------------------------------
def run_checks(folder: Path) -> Iterator[CheckResult]:
    ws = Workspace(folder)
    try:
        for name, check in CHECKS:
            start = time.perf_counter()
            try:
                detail, ok = check(ws), True
            except CheckFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # an unexpected failure is a finding, not a crash
                where = traceback.extract_tb(exc.__traceback__)[-1]
                detail = (f"{type(exc).__name__}: {exc} "
                          f"(at {Path(where.filename).name}:{where.lineno})")
                ok = False
            yield CheckResult(name, ok, detail, time.perf_counter() - start)
    finally:
        ws.close()


def where_installed() -> str:
    if getattr(sys, "frozen", False):
        return f"installed program in {Path(sys.executable).resolve().parent}"
    return f"from source, Python {sys.version.split()[0]} ({sys.executable})"


def run_self_test(out: TextIO | None = None) -> bool:
    """Print one line per check and a verdict; True only if every check passed."""
    out = out or sys.stdout
    print(f"Voordeur {__version__} self-test: {where_installed()}", file=out, flush=True)
    folder = Path(tempfile.mkdtemp(prefix="voordeur-selftest-"))
    results: list[CheckResult] = []
    width = max(len(name) for name, _ in CHECKS)
    try:
        for result in run_checks(folder):
            results.append(result)
            status = "ok  " if result.ok else "FAIL"
            print(f"  {status}  {result.name.ljust(width)}  {result.detail} "
                  f"({result.seconds:.1f} s)", file=out, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"Self-test FAILED: {len(failed)} of {len(results)} checks failed "
              f"({', '.join(failed)}).", file=out, flush=True)
        return False
    plural = "s" if len(results) != 1 else ""
    print(f"Self-test passed: all {len(results)} check{plural}.", file=out, flush=True)
    return True
