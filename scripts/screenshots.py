#!/usr/bin/env python3
"""Render the app's main screens on a fresh demo store to PNG files (for the README and review).

    python scripts/screenshots.py [--out docs/screenshots] [--scale 1.0 1.5] [--language nl]

Every screen is the real app (AppWindow and its views) on synthetic demo data, drawn on Qt's
offscreen platform. Each scale runs in its own process, because Qt reads QT_SCALE_FACTOR once.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 11


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, nargs="+", default=[1.0, 1.5])
    parser.add_argument("--language", choices=["nl", "en"], default="nl")
    parser.add_argument("--only", nargs="+", default=[], metavar="PREFIX",
                        help="write only the screens whose name starts with one of these")
    parser.add_argument("--one-scale", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.one_scale:
        for scale in args.scale:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(scale))
            cmd = [sys.executable, __file__, "--one-scale", "--out", str(args.out),
                   "--language", args.language, "--scale", str(scale)]
            if args.only:
                cmd += ["--only", *args.only]
            subprocess.run(cmd, env=env, check=True)
        return 0
    render(args.out, args.scale[0], args.language, only=tuple(args.only))
    return 0


def seed_conflicts(store: object) -> None:
    """Two synthetic note conflicts with a made-up colleague, for the sync screens (the demo
    store is not linked to a team server; this is what a linked laptop shows)."""
    from sqlmodel import func, select

    from voordeur.model import Visit, Worker
    from voordeur.model.catalogues import NoteField
    from voordeur.model.sync import NoteConflict

    team_id = store.meta("team_id")  # type: ignore[attr-defined]
    actor = store.actor  # type: ignore[attr-defined]
    with store.session() as session:  # type: ignore[attr-defined]
        visits = session.exec(select(Visit).where(Visit.notes != "")
                              .order_by(func.length(Visit.notes).desc())).all()[:2]
        colleague = Worker(name="Ben Jansen", team_id=team_id)
        session.add(colleague)
        for visit, field in zip(visits, (NoteField.CONCERNS, NoteField.NOTES), strict=False):
            base = getattr(visit, field.value) or "Moeder slaapt slecht sinds de verhuizing."
            first, _, rest = base.partition("\n")
            tail = "\n" + rest if rest else ""
            session.add(NoteConflict(
                household_id=visit.household_id, visit_id=visit.id, field=field,
                base_text=base,
                mine_text=first.rstrip(".") + ", vooral 's avonds na het werk." + tail,
                theirs_text=first.rstrip(".") + "; zij wil hier zelf hulp bij zoeken." + tail,
                mine_device_id=actor.device_id, mine_worker_id=actor.worker_id,
                theirs_worker_id=colleague.id))
        session.commit()


def render(out: Path, scale: float, language: str, only: tuple[str, ...] = ()) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
    from sqlmodel import func, select

    from voordeur import clock
    from voordeur.gui.app.application import make_application
    from voordeur.gui.app.main_window import AppWindow
    from voordeur.gui.common import i18n
    from voordeur.gui.common.app_settings import AppSettings
    from voordeur.gui.search.dialog import SearchDialog
    from voordeur.gui.settings.dialog import SettingsDialog
    from voordeur.gui.unlock.first_run import FirstRunWizard
    from voordeur.model import Visit
    from voordeur.services.demo import generate_demo
    from voordeur.store import vault
    from voordeur.store.store import Store

    suffix = "" if scale == 1.0 else f"@{scale:g}x"
    out.mkdir(parents=True, exist_ok=True)
    _app = make_application()  # keep a reference: Qt needs it alive
    tmp = Path(tempfile.mkdtemp(prefix="voordeur-shots-"))
    settings = AppSettings(tmp / "settings.ini")
    settings.language = language
    i18n.install_translations(language)
    fast = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    store = Store.create(tmp / "store", "schermafdrukken", worker_name="Sanne de Vries",
                         team_name="Sociaal wijkteam Zuid", neighbourhood="Zwolle-Zuid",
                         use_keyring=False, kdf=fast)
    generate_demo(store, households=30, seed=SEED, reference_day=clock.today())
    seed_conflicts(store)
    with store.session() as session:
        visit_id, household_id = session.exec(
            select(Visit.id, Visit.household_id)
            .where(Visit.notes != "")
            .order_by(func.length(Visit.notes).desc())
        ).first()

    window = AppWindow(settings, store.data_dir, store=store, demo=True)
    # A common laptop screen: 1366×768 at 100 %; 1920×1080 at 150 % (1280×720 logical pixels).
    physical = (1366, 768) if scale <= 1.0 else (1920, 1080)
    window.resize(int(physical[0] / scale), int(physical[1] / scale) - 40)
    window.show()

    def settle(ms: int = 150) -> None:
        """Let background reads come back and the views repaint."""
        for _ in range(50):
            ctx = window.ctx
            if ctx is not None:
                ctx.runner.wait_idle()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if ctx is None or ctx.runner.pending == 0:
                break
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shoot(name: str, widget: QWidget | None = None, area: QRect | None = None) -> None:
        if only and not name.startswith(only):
            return
        settle()
        target = widget or window
        path = out / f"{name}{suffix}.png"
        (target.grab(area) if area is not None else target.grab()).save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    ws = window.workspace
    assert ws is not None
    ws.show_overview()
    shoot("01-vandaag")
    ws.show_household(household_id)
    tab_names = ["02-huishouden-overzicht", "11-ecogram", "03-huishouden-bezoeken",
                 "04-huishouden-plan", "05-huishouden-toestemming"]
    for index, name in enumerate(tab_names):
        ws.household_page.tabs.setCurrentIndex(index)
        shoot(name)
    # The ecogram as used at the table ("Grote kaart", F11), compared with the oldest snapshot
    # (the first visits), and the printable figure.
    ws.household_page.tabs.setCurrentIndex(1)
    ecogram_tab = ws.household_page.ecogram_tab.build()
    ecogram_tab.set_large_map(True)
    settle(300)
    shoot("13-ecogram-groot")
    if ecogram_tab.state is not None and ecogram_tab.state.snapshots:
        ecogram_tab.compare(ecogram_tab.state.snapshots[0].id)
        settle(300)
        shoot("12-ecogram-vergelijken")
        ecogram_tab.compare(None)
    ecogram_tab.side_tabs.setCurrentIndex(2)  # In cijfers
    shoot("14-ecogram-in-cijfers")
    ecogram_tab.set_large_map(False)
    if ecogram_tab.shown is not None and scale == 1.0 and language == "nl" and not only:
        from voordeur.export.ecogram_figure import render_ecogram

        figure = out / "ecogram-afdruk.png"
        render_ecogram(ecogram_tab.shown.ecogram, figure, fmt="png", dpi=110)
        render_ecogram(ecogram_tab.shown.ecogram, out / "ecogram-afdruk-rollen.png", fmt="png",
                       roles=True, dpi=110)
        print(f"wrote {figure}")
    shoot_member_dialog(ws, shoot)
    ws.open_visit(visit_id)
    shoot("06-bezoek")
    side = ws.visit_editor.side_scroll.verticalScrollBar()  # agreements and the next visit
    side.setValue(side.maximum())
    shoot("06c-bezoek-afspraken")
    side.setValue(0)
    shoot_summaries(ws, shoot, store, settle, household_id, visit_id)

    ws.open_search()
    dialog = ws.findChild(SearchDialog)
    assert dialog is not None
    field = dialog.findChild(QLineEdit, "searchField")
    assert field is not None
    field.setText("school")
    settle(600)
    shoot("07-zoeken", dialog)
    dialog.close()

    settings_dialog = SettingsDialog(settings, window.ctx, window)
    settings_dialog.show()
    shoot("08-instellingen", settings_dialog)
    group = settings_dialog.profile_group
    if group is not None:  # the worker's profile
        profile_dialog = group.open_dialog()
        settle(300)
        profile_dialog.fields["phone"].setText("06-12345678")
        profile_dialog.fields["organisation"].setText("Gro-up")
        profile_dialog._edited()
        shoot("08a-profiel", profile_dialog)
        profile_dialog.close()
    kaart = settings_dialog.open_social_map()  # the team's sociale kaart, searched
    if kaart is not None:
        kaart.search_edit.setText("consult")
        settle(300)
        shoot("08b-sociale-kaart", kaart)
        kaart.close()
    settings_dialog.close()

    # Linking this laptop to the team server (what a worker fills in; the demo store stays
    # unlinked: nothing is sent).
    login_dialog = window.open_team_login()
    assert login_dialog is not None
    login_dialog.server_field.setText("https://teamserver.wijkteam-zuid.example")
    login_dialog.user_field.setText("sanne")
    login_dialog.password_field.setText("voorbeeldwachtwoord")
    login_dialog.password_field.setFocus()
    shoot("18-aanmelden-teamserver", login_dialog)
    login_dialog.close()

    shoot_sync(window, shoot)
    shoot_mistakes(ws, shoot, store, settle, household_id, visit_id, only)

    window.lock()
    shoot("09-vergrendeld")
    window.shutdown()
    window.close()

    wizard = FirstRunWizard(settings, tmp / "nieuw", None)
    wizard.show()
    for number, page_id in enumerate(wizard.pageIds(), start=1):
        wizard.setStartId(page_id)
        wizard.restart()
        shoot(f"10-eerste-start-{number}", wizard)
    shutdown = getattr(wizard, "shutdown", None)
    if callable(shutdown):
        shutdown()
    wizard.close()
    QApplication.processEvents()


def shoot_mistakes(ws: object, shoot: object, store: object, settle: object,
                   household_id: str, visit_id: str, only: tuple[str, ...]) -> None:
    """Undoing mistakes, last (they change the demo data the screens above show): an older
    final visit marked void, in the editor and in the Bezoeken list; a new draft deleted, with
    the notice that offers it back."""
    if only and not any(p.startswith("06") or "06".startswith(p) for p in only):
        return
    from sqlmodel import col, select

    from voordeur.model import Visit
    from voordeur.model.catalogues import VisitStatus
    from voordeur.services import visits
    from voordeur.services.unit_of_work import unit_of_work

    with unit_of_work(store, detail="void visit") as uow:  # type: ignore[arg-type]
        older = uow.session.exec(
            select(Visit).where(Visit.household_id == household_id, Visit.id != visit_id,
                                Visit.status == VisitStatus.FINAL,
                                col(Visit.deleted_at).is_(None))
            .order_by(col(Visit.starts_at))).first()
        if older is None:
            return
        visits.void_visit(uow, older,
                          "Dubbel ingevoerd, het gesprek staat al bij het vorige bezoek")
        void_id = older.id
    ws.ctx.bus.household_changed.emit(household_id)  # type: ignore[attr-defined]
    ws.open_visit(void_id)  # type: ignore[attr-defined]
    shoot("06-bezoek-vervallen")  # type: ignore[operator]
    ws.show_household(household_id)  # type: ignore[attr-defined]
    page = ws.household_page  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(page.visits_tab)
    shoot("06-bezoeken-vervallen")  # type: ignore[operator]
    ws.new_visit(household_id)  # type: ignore[attr-defined]
    settle()  # type: ignore[operator]
    ws.visit_editor.removal.delete(confirm=False)  # type: ignore[attr-defined]
    shoot("06-bezoek-verwijderd")  # type: ignore[operator]


def shoot_member_dialog(ws: object, shoot: object) -> None:
    """'Gezinslid toevoegen' with a birth date that does not exist, said in the field."""
    page = ws.household_page  # type: ignore[attr-defined]
    page.tabs.setCurrentIndex(0)
    page.overview_tab.add_member_button.click()
    dialog = page.active_dialog
    dialog.first_name_edit.setText("Noor")
    dialog.role_combo.setEditText("dochter")
    field = dialog.birth_date_edit
    field.line_edit.setText("31-2-2022")
    dialog.birth_date_radio.setChecked(True)
    field.commit()
    shoot("06b-gezinslid", dialog)  # type: ignore[operator]
    dialog.reject()


def seed_withdrawn_consent(store: object, household_id: str) -> None:
    """A made-up sports club whose consent the parents withdrew last week, for the refused
    state of the summary dialog."""
    from datetime import timedelta

    from voordeur import clock
    from voordeur.model import Household
    from voordeur.services import households as hs
    from voordeur.services import plan
    from voordeur.services.unit_of_work import unit_of_work

    today = clock.today()
    with unit_of_work(store) as uow:  # type: ignore[arg-type]
        household = hs.require(uow, Household, household_id)
        club = hs.add_organisation(uow, "Sportvereniging De Zwaluwen")
        hs.link_partner(uow, household, club)
        consent = plan.record_consent(
            uow, household, given_on=today - timedelta(days=90), purpose="Samen sporten",
            organisation_ids=[club.id], topics=["goals"], person_ids=[])
        plan.withdraw_consent(uow, consent, today - timedelta(days=6),
                              "Ouders willen dit eerst zelf met de club bespreken")


def shoot_summaries(ws: object, shoot: object, store: object, settle: object,
                    household_id: str, visit_id: str) -> None:
    """The summary dialog from the open visit (family, a partner refused and one allowed) and
    the family plan from the Plan tab."""
    from voordeur.export.summary_document import Audience

    editor = ws.visit_editor  # type: ignore[attr-defined]
    seed_withdrawn_consent(store, household_id)
    settle()  # type: ignore[operator]
    window = editor.window()
    # As big as on the laptop's screen (the offscreen screen is smaller than the window).
    size = (min(1040, int(window.width() * 0.94)), min(720, int(window.height() * 0.92)))
    editor.make_summary()
    dialog = editor.summary_dialog
    dialog.resize(*size)
    settle(300)  # type: ignore[operator]
    shoot("19-verslag-gezin", dialog)  # type: ignore[operator]
    choices = [dialog.audience_combo.itemData(i) for i in range(dialog.audience_combo.count())]
    refused = next(c for c in choices if c.organisation_name == "Sportvereniging De Zwaluwen")
    dialog.select_audience(Audience.PARTNER, refused.organisation_id)
    shoot("20-verslag-partner-geweigerd", dialog)  # type: ignore[operator]
    allowed = [c for i, c in enumerate(choices) if c.audience == Audience.PARTNER
               and "(" not in dialog.audience_combo.itemText(i)]
    if allowed:
        dialog.select_audience(Audience.PARTNER, allowed[0].organisation_id)
        settle(300)  # type: ignore[operator]
        shoot("21-verslag-partner", dialog)  # type: ignore[operator]
    dialog.close()
    ws.show_household(household_id)  # type: ignore[attr-defined]
    page = ws.household_page  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(page.plan_tab)
    settle()  # type: ignore[operator]
    page.plan_tab.export_plan()
    page.active_dialog.resize(*size)
    settle(300)  # type: ignore[operator]
    shoot("22-gezinsplan", page.active_dialog)  # type: ignore[operator]
    page.active_dialog.close()
    ws.open_visit(visit_id)  # type: ignore[attr-defined]


def shoot_sync(window: object, shoot: object) -> None:
    """The status bar while syncing and with conflicts, and the conflict view."""
    from dataclasses import replace
    from datetime import datetime

    from PySide6.QtCore import QCoreApplication, QRect

    from voordeur import clock
    from voordeur.gui.sync.controller import SyncState
    from voordeur.sync.status import sync_status

    ctx = window.ctx  # type: ignore[attr-defined]
    bar = window.statusBar()  # type: ignore[attr-defined]
    widget = window.sync_status  # type: ignore[attr-defined]
    last = datetime.combine(clock.today(), datetime.min.time()).replace(hour=14, minute=2)
    status = replace(sync_status(ctx.store), linked=True, username="sanne", pending=3,
                     server_url="https://teamserver.wijkteam-zuid.example",
                     last_sync_at=last.astimezone())

    def strip() -> QRect:  # the sync part and the worker's name, not the empty left side
        QCoreApplication.processEvents()  # the new texts laid out first
        left = max(0, widget.geometry().left() - 12)
        return QRect(left, 0, bar.width() - left, bar.height())

    widget.set_status(replace(status, conflicts=0))
    widget.set_state(SyncState.SYNCING)
    shoot("15-sync-bezig", bar, strip())
    widget.set_status(status)
    widget.set_state(SyncState.ONLINE)
    shoot("16-sync-conflicten", bar, strip())
    # A laptop whose clock runs two hours behind the team server's (the sync corrects for it).
    widget.set_status(replace(status, conflicts=0, pending=0, clock_offset_ms=2 * 3600_000))
    shoot("16b-sync-klok", bar, strip())
    window.open_conflicts()  # type: ignore[attr-defined]
    dialog = window.conflict_dialog  # type: ignore[attr-defined]
    dialog.resize(1100, 660)
    shoot("17-conflicten", dialog)
    dialog.close()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
