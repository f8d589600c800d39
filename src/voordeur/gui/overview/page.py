"""The "Vandaag / Deze week" overview: what is planned, due, late and quiet for the worker.

Five sections, each a list of rows that open on a click or on Enter: visits today, visits later
this week, agreements that are late, agreements due this week, and active households without
contact for N weeks (N adjustable here, remembered in the settings). The data comes from
`services.overview.week_overview` in the background; the page reloads (debounced) when the bus
says a household changed, and only when it is visible — a hidden page reloads when shown again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.rich_list import is_dark, muted_colour, visit_kind_label
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.gui.overview.sections import Row, _Section
from voordeur.model.catalogues import AgreementOwnerKind
from voordeur.services.overview import (
    DEFAULT_NO_CONTACT_WEEKS,
    DueAgreement,
    PlannedVisit,
    QuietHousehold,
    WeekOverview,
    week_overview,
)
from voordeur.services.planned_visits import kind_and_place

RELOAD_DELAY_MS = 400
WEEKS_SETTING = "overview/no_contact_weeks"
MIN_COLUMN_EMS = 44  # two columns from about twice this width


class OverviewPage(QWidget):
    """Vandaag / Deze week: planned visits, due and late agreements, households without contact.

    `today` is a callable giving the local date (tests and screenshots set a fixed day).
    """

    household_requested = Signal(str)
    visit_requested = Signal(str)
    # After new data is on screen (tests, and the workspace's status bar, may listen).
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overviewPage")
        self.today: Callable[[], date] = today or clock.today
        self.overview: WeekOverview | None = None
        self._dirty = True
        self._stopped = False
        # One read at a time: calls while one is out are folded into one more read after it.
        self._in_flight = False
        self._again = False
        self._loaded_day: date | None = None
        self._columns = 0

        # -- header --
        self.heading = QLabel(self.tr("Vandaag en deze week"))
        self.heading.setObjectName("overviewHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        self.heading.setFont(heading_font)
        self.date_label = QLabel()
        self.date_label.setObjectName("overviewDate")
        self.status = QLabel()
        self.status.setObjectName("overviewStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setObjectName("overviewRefresh")
        self.refresh_button.setToolTip(self.tr("Het overzicht opnieuw laden (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        # A separate shortcut: setShortcut on the button would replace its Alt+V mnemonic.
        f5 = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        f5.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        f5.activated.connect(self.refresh)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.date_label)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.status, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        # -- sections --
        self.today_section = _Section("today")
        self.week_section = _Section("week")
        self.overdue_section = _Section("overdue")
        self.due_section = _Section("due")
        self.no_contact_section = _Section("noContact")
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setObjectName("noContactWeeks")
        self.weeks_spin.setRange(1, 52)
        self.weeks_spin.setValue(self._stored_weeks())
        self.weeks_spin.setAccessibleName(self.tr("Aantal weken zonder contact"))
        self._update_weeks_suffix()
        weeks_label = QLabel(self.tr("&Weken zonder contact:"))
        weeks_label.setBuddy(self.weeks_spin)
        weeks_row = QHBoxLayout()
        weeks_row.addWidget(weeks_label)
        weeks_row.addWidget(self.weeks_spin)
        weeks_row.addStretch(1)
        self.no_contact_section.add_controls(weeks_row)
        self.weeks_spin.valueChanged.connect(self._weeks_changed)
        self.sections = [self.today_section, self.week_section, self.overdue_section,
                         self.due_section, self.no_contact_section]
        for section in self.sections:
            section.opened.connect(self._open)
            section.current_moved.connect(self._keep_current_visible)

        self._left = QVBoxLayout()
        self._right = QVBoxLayout()
        for column in (self._left, self._right):
            column.setSpacing(self.fontMetrics().height() * 3 // 2)
        columns = QHBoxLayout()
        columns.setSpacing(self.fontMetrics().height() * 2)
        columns.addLayout(self._left, 1)
        columns.addLayout(self._right, 1)
        self._columns_layout = columns
        self._container = QWidget()
        self._container.setObjectName("overviewContent")
        self._container.setLayout(columns)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("overviewScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._container)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._scroll, 1)
        self._arrange(2)
        self._set_tab_order()

        self._timer = QTimer(self)
        self._timer.setObjectName("overviewReloadTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.household_changed.connect(self._data_changed)
        ctx.bus.households_changed.connect(self._data_changed)

        self._show_day(self.today())
        for section in self.sections:
            section.set_loading(self.tr("Bezig met laden…"))
        self._set_titles(None)

    # -- public --------------------------------------------------------------------------------
    @property
    def no_contact_weeks(self) -> int:
        return self.weeks_spin.value()

    def refresh(self) -> None:
        """Load the overview again now (the day is asked from `today` each time)."""
        self._timer.stop()
        self._stopped = False
        if self.ctx.runner.closed:
            return
        self._dirty = False
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        day, weeks = self.today(), self.weeks_spin.value()
        self.status.setText(self.tr("Bijwerken…") if self.overview else "")
        self.ctx.read(lambda store: week_overview(store, day, weeks), self._apply,
                      self._on_error, key=f"overview-{id(self)}")

    def shutdown(self) -> None:
        """Stop the reload timer; answers that still arrive are ignored."""
        self._timer.stop()
        self._stopped = True

    # -- reloading -----------------------------------------------------------------------------
    def _data_changed(self, *_args: object) -> None:
        if self._stopped or not shiboken6.isValid(self):
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._dirty = True  # reload when shown again

    def _weeks_changed(self, value: int) -> None:
        self._update_weeks_suffix()
        self.ctx.settings.set_value(WEEKS_SETTING, int(value))
        if not self._stopped:
            self._timer.start()

    def _stored_weeks(self) -> int:
        try:
            value = int(str(self.ctx.settings.value(WEEKS_SETTING, DEFAULT_NO_CONTACT_WEEKS)))
        except (TypeError, ValueError):
            return DEFAULT_NO_CONTACT_WEEKS
        return value if 1 <= value <= 52 else DEFAULT_NO_CONTACT_WEEKS

    def _update_weeks_suffix(self) -> None:
        self.weeks_spin.setSuffix(self.tr(" week") if self.weeks_spin.value() == 1
                                  else self.tr(" weken"))

    def _on_error(self, exc: BaseException) -> None:
        self._in_flight = False
        if self._stopped or not shiboken6.isValid(self):
            return
        self.status.setText(describe_error(exc))
        self._dirty = True

    def _read_done(self) -> None:
        self._in_flight = False
        if self._again and not self._stopped:
            self._again = False
            self.refresh()

    def _apply(self, overview: WeekOverview) -> None:
        if self._stopped or not shiboken6.isValid(self):
            self._in_flight = False
            return
        self._apply_overview(overview)
        self._read_done()  # and once more if the data changed while this was read

    def _apply_overview(self, overview: WeekOverview) -> None:
        self.overview = overview
        self._loaded_day = overview.today
        self.status.setText("")
        self._show_day(overview.today)
        self._set_titles(overview)
        weeks = overview.no_contact_weeks
        self.today_section.set_rows(
            [self._visit_row(v, with_day=False) for v in overview.today_visits],
            self.tr("Vandaag staan er geen bezoeken gepland."))
        self.week_section.set_rows(
            [self._visit_row(v, with_day=True) for v in overview.week_visits],
            self.tr("Deze week staan er verder geen bezoeken gepland."))
        self.overdue_section.set_rows(
            [self._agreement_row(a) for a in overview.overdue_agreements],
            self.tr("Geen afspraken die te laat zijn."))
        self.due_section.set_rows(
            [self._agreement_row(a) for a in overview.due_agreements],
            self.tr("Deze week hoeven er geen afspraken af te zijn."))
        self.no_contact_section.set_rows(
            [self._quiet_row(q) for q in overview.no_contact],
            self.tr("Met elk actief huishouden was er contact in de afgelopen {weeks} weken.")
            .format(weeks=weeks) if weeks != 1 else
            self.tr("Met elk actief huishouden was er contact in de afgelopen week."))
        self.refreshed.emit()

    # -- titles and rows -----------------------------------------------------------------------
    def _show_day(self, day: date) -> None:
        qdate = QDate(day.year, day.month, day.day)
        self.date_label.setText(self.tr("{date} · week {week}").format(
            date=i18n.format_date(day, long=True), week=qdate.weekNumber()[0]))

    def _set_titles(self, overview: WeekOverview | None) -> None:
        def count(items: tuple[object, ...] | None) -> str:
            return "" if items is None else f" ({len(items)})"

        o = overview
        self.today_section.title.setText(self.tr("Vandaag") + count(o and o.today_visits))
        self.week_section.title.setText(self.tr("Later deze week")
                                        + count(o and o.week_visits))
        self.overdue_section.title.setText(self.tr("Afspraken te laat")
                                           + count(o and o.overdue_agreements))
        self.due_section.title.setText(self.tr("Afspraken deze week")
                                       + count(o and o.due_agreements))
        weeks = self.weeks_spin.value() if o is None else o.no_contact_weeks
        quiet = (self.tr("Geen contact in de afgelopen week") if weeks == 1 else
                 self.tr("Geen contact in {weeks} weken").format(weeks=weeks))
        self.no_contact_section.title.setText(quiet + count(o and o.no_contact))
        late = bool(o and o.overdue_agreements)
        palette = self.overdue_section.title.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         self._late_colour() if late else self.palette().color(
                             QPalette.ColorRole.WindowText))
        self.overdue_section.title.setPalette(palette)

    def _late_colour(self) -> QColor:
        return QColor("#ff8a80") if is_dark(self.palette()) else QColor(ERROR_COLOUR)

    def _muted(self) -> str:
        return muted_colour(self.palette()).name()

    def _short_date(self, day: date, *, weekday: bool = False) -> str:
        today = self._loaded_day or self.today()
        pattern = "d MMM" if day.year == today.year else "d MMM yyyy"
        if weekday:
            pattern = "ddd " + pattern
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def _visit_row(self, visit: PlannedVisit, *, with_day: bool) -> Row:
        local = visit.starts_at.astimezone()
        when = i18n.format_time(visit.starts_at)
        if with_day:
            when = f"{self._short_date(local.date(), weekday=True)} {when}"
        details = []
        if visit.is_record:  # the kind once: not again as the place ("Telefonisch")
            show_kind, place = kind_and_place(visit.kind, visit.location)
            kind = visit_kind_label(visit.kind) if show_kind else ""
            details += [text for text in (kind, place) if text]
        else:
            details.append(self.tr("volgend bezoek"))
        if visit.neighbourhood:
            details.append(visit.neighbourhood)
        text = (f"<b>{html.escape(when)}</b>&nbsp;&nbsp;{html.escape(visit.household_name)}"
                f'<br><span style="color:{self._muted()}">'
                f"{html.escape(' · '.join(details))}</span>")
        target = ("visit", visit.visit_id) if visit.visit_id else ("household",
                                                                   visit.household_id)
        return text, target

    def owner_text(self, agreement: DueAgreement) -> str:
        """Who took the agreement on, as the worker reads it ("jij" for the worker)."""
        if agreement.owner_is_me:
            return self.tr("jij")
        name, role = agreement.owner_name, agreement.owner_role
        if name and role:
            return self.tr("{name} ({role})").format(name=name, role=role)
        if name or role:
            return name or role
        fallback = {
            AgreementOwnerKind.MEMBER.value: self.tr("een gezinslid"),
            AgreementOwnerKind.NETWORK.value: self.tr("iemand uit het netwerk"),
            AgreementOwnerKind.ORGANISATION.value: self.tr("een partner"),
            AgreementOwnerKind.WORKER.value: self.tr("een collega"),
        }
        return fallback.get(agreement.owner_kind, self.tr("onbekend"))

    def due_text(self, agreement: DueAgreement) -> str:
        """"te laat sinds 3 nov (15 dagen)", "uiterlijk vandaag", "uiterlijk vr 20 nov"."""
        if agreement.overdue:
            since = self.tr("te laat sinds {date}").format(
                date=self._short_date(agreement.due_on))
            days = (self.tr("1 dag") if agreement.days_late == 1 else
                    self.tr("{count} dagen").format(count=agreement.days_late))
            return f"{since} ({days})"
        today = self._loaded_day or self.today()
        if agreement.due_on == today:
            return self.tr("uiterlijk vandaag")
        return self.tr("uiterlijk {date}").format(
            date=self._short_date(agreement.due_on, weekday=True))

    def _agreement_row(self, agreement: DueAgreement) -> Row:
        who = self.tr("Wie: {owner}").format(owner=self.owner_text(agreement))
        # Kept on one line: "te laat sinds 3 nov (15 dagen)" reads as one thing.
        due = html.escape(self.due_text(agreement)).replace(" ", "&nbsp;")
        if agreement.overdue:
            due = f'<span style="color:{self._late_colour().name()}"><b>{due}</b></span>'
        else:
            due = f"<b>{due}</b>"
        text = (f"{html.escape(agreement.what)}"
                f'<br><span style="color:{self._muted()}">'
                f"{html.escape(agreement.household_name)} · {html.escape(who)}</span>"
                f" · {due}")
        return text, ("household", agreement.household_id)

    def _quiet_row(self, quiet: QuietHousehold) -> Row:
        if quiet.last_contact is None:
            last = self.tr("Laatste contact: nog nooit")
        else:
            weeks = (quiet.days_since or 0) // 7
            ago = (self.tr("1 week geleden") if weeks == 1 else
                   self.tr("{weeks} weken geleden").format(weeks=weeks))
            last = self.tr("Laatste contact: {date} ({ago})").format(
                date=self._short_date(quiet.last_contact), ago=ago)
        place = f" · {html.escape(quiet.neighbourhood)}" if quiet.neighbourhood else ""
        text = (f"<b>{html.escape(quiet.household_name)}</b>"
                f'<span style="color:{self._muted()}">{place}</span>'
                f"<br>{html.escape(last)}")
        return text, ("household", quiet.household_id)

    # -- opening -------------------------------------------------------------------------------
    def _open(self, target: tuple[str, str]) -> None:
        kind, record_id = target
        if kind == "visit":
            self.visit_requested.emit(record_id)
        else:
            self.household_requested.emit(record_id)

    # -- layout --------------------------------------------------------------------------------
    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for layout in (self._left, self._right):
            while layout.count():
                layout.takeAt(0)
        if columns == 2:
            left = [self.today_section, self.week_section, self.no_contact_section]
            right = [self.overdue_section, self.due_section]
        else:
            left, right = list(self.sections), []
        for section in left:
            self._left.addWidget(section)
        for section in right:
            self._right.addWidget(section)
        self._left.addStretch(1)
        self._right.addStretch(1)
        self._columns_layout.setStretch(1, 1 if columns == 2 else 0)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        # Reading order: the column on the left from top to bottom, then the right one.
        order: list[QWidget] = []
        for layout in (self._left, self._right):
            for i in range(layout.count()):
                widget = layout.itemAt(i).widget()
                if isinstance(widget, _Section):
                    if widget is self.no_contact_section:
                        order.append(self.weeks_spin)
                    order += [widget.list, widget.more]
        previous: QWidget = self.refresh_button
        for widget in order:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        em = self.fontMetrics().horizontalAdvance("M")
        width = self.width()
        self._arrange(2 if width >= 2 * MIN_COLUMN_EMS * em else 1)

    def _keep_current_visible(self) -> None:
        section = self.sender()
        if not isinstance(section, _Section):
            return
        item = section.list.currentItem()
        if item is None or not section.list.hasFocus():
            return
        rect = section.list.visualItemRect(item)
        top = section.list.viewport().mapTo(self._container, rect.topLeft())
        margin = rect.height() // 2
        self._scroll.ensureVisible(top.x(), top.y() + rect.height() // 2, 0,
                                   rect.height() // 2 + margin)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty or self._loaded_day != self.today():
            self.refresh()

    def hideEvent(self, event: object) -> None:  # type: ignore[override]
        super().hideEvent(event)  # type: ignore[arg-type]
        if self._timer.isActive():
            self._timer.stop()
            self._dirty = True

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        self.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]


__all__ = ["OverviewPage"]
