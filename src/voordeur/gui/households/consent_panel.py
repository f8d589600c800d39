"""The Toestemming tab: what the parents allow to be shared with which partners, until when.

Consent is recorded (`ui/consent_dialog.ui`) and withdrawn (date and reason) through
`services.plan`; withdrawn and expired consent stays visible, so the file shows what was allowed
when. Every change goes through `ctx.write(..., household_id=…)`, so the page header, the
Overzicht and the household list all reload and show the new consent status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.domain.typed_dates import add_years
from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.date_field import DateField
from voordeur.gui.common.forms import alive, child
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.common.style import SUCCESS_COLOUR, TABLE_ALERT_COLOUR
from voordeur.gui.households.write_dialog import WriteDialog
from voordeur.model import Consent, Household, Organisation
from voordeur.model.catalogues import ConsentTopic
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services.household_queries import (
    ConsentInfo,
    ConsentState,
    HouseholdDetail,
    OrganisationInfo,
    organisations,
)
from voordeur.services.unit_of_work import UnitOfWork

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {
    ConsentState.VALID: QColor(SUCCESS_COLOUR),
    ConsentState.EXPIRED: QColor("#8a5a00"),
    ConsentState.WITHDRAWN: QColor(TABLE_ALERT_COLOUR),
    ConsentState.NOT_YET: QColor("#4a4a4a"),
}
DEFAULT_TOPICS = (ConsentTopic.GOALS, ConsentTopic.AGREEMENTS)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ConsentPanel", text, None, n)


def state_label(state: ConsentState) -> str:
    return {
        ConsentState.VALID: _t("geldig"),
        ConsentState.EXPIRED: _t("verlopen"),
        ConsentState.WITHDRAWN: _t("ingetrokken"),
        ConsentState.NOT_YET: _t("nog niet ingegaan"),
    }[state]


def consent_status_text(detail: HouseholdDetail) -> str:
    """'Toestemming: geldig voor 2 partners' or 'Geen geldige toestemming' (words, not colour)."""
    partners = len(detail.consent_partner_ids)
    if not detail.valid_consents:
        return _t("Geen geldige toestemming")
    if partners == 1:
        return _t("Toestemming: geldig voor %n partner", partners)
    return _t("Toestemming: geldig voor %n partners", partners)


def consent_summary(detail: HouseholdDetail) -> str:
    """A few sentences for the Overzicht: which partners, until when, and what lapsed."""
    lines = [consent_status_text(detail)]
    for consent in detail.valid_consents:
        partners = ", ".join(consent.organisation_names) or _t("(geen partner meer bekend)")
        if consent.valid_until:
            lines.append(_t("{partners} — tot {date}").format(
                partners=partners, date=i18n.format_date(consent.valid_until)))
        else:
            lines.append(_t("{partners} — zonder einddatum").format(partners=partners))
    if not detail.valid_consents:
        latest = detail.consents[0] if detail.consents else None
        if latest is None:
            lines.append(_t("Er is nog geen toestemming vastgelegd. Deel niets met partners."))
        elif latest.state == ConsentState.WITHDRAWN:
            lines.append(_t("Ingetrokken op {date}. Deel niets met partners.").format(
                date=i18n.format_date(latest.withdrawn_on)))
        elif latest.state == ConsentState.EXPIRED:
            lines.append(_t("Verlopen op {date}. Deel niets met partners.").format(
                date=i18n.format_date(latest.valid_until)))
        else:
            lines.append(_t("Deel niets met partners."))
    return "\n".join(lines)


# -- recording consent ------------------------------------------------------------------------
class ConsentDialog(WriteDialog):
    """Record consent: given by whom, for which partners, purpose, topics, dates."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: HouseholdDetail,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        self.detail = detail
        self.household_id = detail.id
        self.today = clock.today()
        form = self.use_form("consent_dialog.ui")
        self.given_by_combo = child(form, QComboBox, "givenByCombo")
        self.purpose_edit = child(form, QLineEdit, "purposeEdit")
        self.partners_list = child(form, QListWidget, "partnersList")
        self.other_combo = child(form, QComboBox, "otherOrganisationCombo")
        self.add_organisation_button = child(form, QPushButton, "addOrganisationButton")
        self.topics_list = child(form, QListWidget, "topicsList")
        self.named_list = child(form, QListWidget, "namedList")
        self.given_on_edit = child(form, DateField, "givenOnEdit")
        self.valid_until_check = child(form, QCheckBox, "validUntilCheck")
        self.valid_until_edit = child(form, DateField, "validUntilEdit")

        for member in detail.members:
            if not member.deceased:
                label = f"{member.name} ({member.role})" if member.role else member.name
                self.given_by_combo.addItem(label, member.id)
        self.given_by_combo.addItem(self.tr("(niet vastgelegd)"), None)
        for partner in detail.partners:
            self._add_partner(partner.organisation_id, partner.name, checked=False)
        for topic in ConsentTopic:
            item = QListWidgetItem(catalogue_label(topic), self.topics_list)
            item.setData(ID_ROLE, topic.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if topic in DEFAULT_TOPICS
                               else Qt.CheckState.Unchecked)
        for member in detail.members:
            item = QListWidgetItem(member.name, self.named_list)
            item.setData(ID_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.other_combo.addItem(self.tr("Andere organisatie kiezen…"), None)
        self.other_combo.setEnabled(False)
        self.add_organisation_button.setEnabled(False)
        self.add_organisation_button.clicked.connect(self._add_other)
        self.given_on_edit.setPrefer("past")
        self.given_on_edit.setEmptyAllowed(False)
        self.given_on_edit.setAccessibleName(self.tr("Gegeven op"))
        self.given_on_edit.setValue(self.today)
        self.given_on_edit.setMaximum(self.today, self.tr(
            "De datum van de toestemming ligt in de toekomst."))
        self.valid_until_edit.setEmptyAllowed(False)
        self.valid_until_edit.setAccessibleName(self.tr("Geldig tot"))
        self.valid_until_edit.setValue(add_years(self.today, 1))
        self.valid_until_check.toggled.connect(self.valid_until_edit.setEnabled)
        row_height = max(self.topics_list.sizeHintForRow(0), self.fontMetrics().height())
        for lst in (self.partners_list, self.topics_list, self.named_list):
            rows = max(3, min(lst.count(), 6))
            height = row_height * rows + 2 * lst.frameWidth() + 6
            lst.setMinimumHeight(height)
            lst.setMaximumHeight(height)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 50, self.sizeHint().height())
        self.purpose_edit.setFocus()
        ctx.read(organisations, self._fill_organisations)

    def _add_partner(self, organisation_id: str, name: str, *, checked: bool) -> None:
        item = QListWidgetItem(name, self.partners_list)
        item.setData(ID_ROLE, organisation_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _listed_partners(self) -> set[str]:
        return {self.partners_list.item(i).data(ID_ROLE)
                for i in range(self.partners_list.count())}

    def _fill_organisations(self, infos: list[OrganisationInfo]) -> None:
        if not alive(self):
            return
        listed = self._listed_partners()
        for info in infos:
            if info.id not in listed:
                self.other_combo.addItem(f"{info.name} ({catalogue_label(info.kind)})", info.id)
        has_more = self.other_combo.count() > 1
        self.other_combo.setEnabled(has_more)
        self.add_organisation_button.setEnabled(has_more)

    def _add_other(self) -> None:
        organisation_id = self.other_combo.currentData()
        if not organisation_id:
            return
        name = self.other_combo.currentText().rsplit(" (", 1)[0]
        self._add_partner(organisation_id, name, checked=True)
        self.other_combo.removeItem(self.other_combo.currentIndex())
        self.other_combo.setCurrentIndex(0)

    @staticmethod
    def _checked(lst: QListWidget) -> list[str]:
        return [lst.item(i).data(ID_ROLE) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def validate(self) -> dict[str, Any] | None:
        purpose = self.purpose_edit.text().strip()
        if not purpose:
            self.show_message(self.tr("Schrijf op waarvoor de gegevens gedeeld mogen worden."),
                              self.purpose_edit)
            return None
        partners = self._checked(self.partners_list)
        if not partners:
            self.show_message(self.tr(
                "Vink minstens één partner aan met wie gedeeld mag worden."),
                self.partners_list)
            return None
        topics = self._checked(self.topics_list)
        if not topics:
            self.show_message(self.tr("Vink minstens één onderwerp aan dat gedeeld mag worden."),
                              self.topics_list)
            return None
        given_on = self.given_on_edit.value() or self.today
        if given_on > self.today:
            self.show_message(self.tr("De datum van de toestemming ligt in de toekomst."),
                              self.given_on_edit)
            return None
        valid_until = (self.valid_until_edit.value()
                       if self.valid_until_check.isChecked() else None)
        if valid_until is not None and valid_until < given_on:
            self.show_message(self.tr(
                "‘Geldig tot’ ligt vóór de datum waarop de toestemming is gegeven."),
                self.valid_until_edit)
            return None
        return {"given_by_person_id": self.given_by_combo.currentData(), "purpose": purpose,
                "organisation_ids": partners, "topics": topics,
                "person_ids": self._checked(self.named_list), "given_on": given_on,
                "valid_until": valid_until}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.detail.id
        linked = {p.organisation_id for p in self.detail.partners}
        to_link = [o for o in values["organisation_ids"] if o not in linked]

        def record(uow: UnitOfWork) -> str:
            household = hs.require(uow, Household, household_id)
            for organisation_id in to_link:
                hs.link_partner(uow, household, hs.require(uow, Organisation, organisation_id))
            return plan.record_consent(uow, household, **values).id
        return record


class WithdrawDialog(WriteDialog):
    """Withdraw consent from a date, with the reason the family gave."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, household_id: str,
                 consent: ConsentInfo, on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("withdrawConsentDialog")
        self.setWindowTitle(self.tr("Toestemming intrekken"))
        self.household_id = household_id
        self.consent = consent
        self.today = clock.today()
        partners = ", ".join(consent.organisation_names) or self.tr("geen partner bekend")
        intro = QLabel(self.tr(
            "De toestemming voor {partners} wordt ingetrokken. Vanaf de datum hieronder wordt "
            "er niets meer met deze partners gedeeld. De toestemming blijft in het dossier "
            "zichtbaar als ingetrokken.").format(partners=partners), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.date_edit = DateField(self, prefer="past")
        self.date_edit.setObjectName("withdrawDateEdit")
        self.date_edit.setEmptyAllowed(False)
        self.date_edit.setAccessibleName(self.tr("Ingetrokken op"))
        self.date_edit.setMinimum(consent.given_on, self.tr(
            "Intrekken kan niet vóór de datum van de toestemming."))
        self.date_edit.setMaximum(max(self.today, consent.given_on), self.tr(
            "De datum van intrekken ligt in de toekomst."))
        self.date_edit.setValue(max(self.today, consent.given_on))
        date_label = QLabel(self.tr("Ingetrokken &op"), self)
        date_label.setBuddy(self.date_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        form.addRow(date_label, date_row)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("withdrawReasonEdit")
        self.reason_edit.setMaxLength(1000)
        self.reason_edit.setPlaceholderText(self.tr("bijvoorbeeld: ouders willen eerst zelf "
                                                    "met school praten"))
        reason_label = QLabel(self.tr("&Reden"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        self.body.addLayout(form)
        self.add_buttons()
        self.save_button.setText(self.tr("&Intrekken"))
        self.resize(self.fontMetrics().horizontalAdvance("M") * 42, self.sizeHint().height())
        self.reason_edit.setFocus()

    def validate(self) -> dict[str, Any] | None:
        on = self.date_edit.value() or self.today
        if on < self.consent.given_on:
            self.show_message(self.tr("Intrekken kan niet vóór de datum van de toestemming."),
                              self.date_edit)
            return None
        if on > max(self.today, self.consent.given_on):
            self.show_message(self.tr("De datum van intrekken ligt in de toekomst."),
                              self.date_edit)
            return None
        return {"on": on, "reason": self.reason_edit.text().strip()}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        consent_id = self.consent.id

        def withdraw(uow: UnitOfWork) -> str:
            plan.withdraw_consent(uow, hs.require(uow, Consent, consent_id), **values)
            return consent_id
        return withdraw


# -- the tab ----------------------------------------------------------------------------------
class ConsentPanel(QWidget):
    """All consents of the household, newest first, with record and withdraw."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPanel")
        self.ctx = ctx
        self.detail: HouseholdDetail | None = None
        self.active_dialog: WriteDialog | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("consentPanelStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # A table, not a tree: its rows grow to fit wrapped text (partners, purpose, topics).
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("consentTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Status"), self.tr("Partners"), self.tr("Doel"), self.tr("Onderwerpen"),
            self.tr("Gegeven door"), self.tr("Gegeven op"), self.tr("Geldig tot")])
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAccessibleName(self.tr("Toestemmingen"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):  # partners, purpose, topics
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._selection_changed)

        self.details_label = QLabel(self)
        self.details_label.setObjectName("consentDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel(self.tr(
            "Er is nog geen toestemming vastgelegd. Zolang er geen geldige toestemming is, "
            "wordt er niets met partners gedeeld."), self)
        self.empty_label.setWordWrap(True)

        self.record_button = QPushButton(self.tr("Toestemming vastle&ggen…"), self)
        self.record_button.setObjectName("recordConsentButton")
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button = QPushButton(self.tr("Toeste&mming intrekken…"), self)
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.withdraw_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_label)

    # -- showing --------------------------------------------------------------------------
    def set_detail(self, detail: HouseholdDetail) -> None:
        previous = self.current_consent_id()
        same_household = self.detail is not None and self.detail.id == detail.id
        if same_household and self.detail is not None:
            # A consent just recorded becomes the selected one (it is listed first).
            known = {c.id for c in self.detail.consents}
            added = [c.id for c in detail.consents if c.id not in known]
            if added:
                previous = added[0]
        self.detail = detail
        self.status_label.setText(consent_status_text(detail))
        colour = SUCCESS_COLOUR if detail.valid_consents else "#8a5a00"
        self.status_label.setStyleSheet(f"font-weight: bold; color: {colour};")
        self.table.setRowCount(0)
        select = -1
        for row, consent in enumerate(detail.consents):
            texts = [
                state_label(consent.state),
                ", ".join(consent.organisation_names),
                consent.purpose,
                ", ".join(catalogue_label(t) for t in consent.topics),
                consent.given_by_name,
                i18n.format_date(consent.given_on),
                i18n.format_date(consent.valid_until) if consent.valid_until
                else self.tr("geen einddatum"),
            ]
            self.table.insertRow(row)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, consent.id)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 0:
                    item.setForeground(QBrush(STATE_COLOURS[consent.state]))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            if same_household and consent.id == previous:
                select = row
        has_any = bool(detail.consents)
        self.table.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        if select < 0 and self.table.rowCount():
            select = 0
        if select >= 0:
            self.table.selectRow(select)
        self._selection_changed()

    def current_consent_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def current_consent(self) -> ConsentInfo | None:
        consent_id = self.current_consent_id()
        if self.detail is None or consent_id is None:
            return None
        return next((c for c in self.detail.consents if c.id == consent_id), None)

    def _selection_changed(self, *_: object) -> None:
        consent = self.current_consent()
        self.withdraw_button.setEnabled(
            consent is not None and consent.state in (ConsentState.VALID, ConsentState.NOT_YET))
        self.details_label.setText(self._describe(consent) if consent else "")

    def _describe(self, consent: ConsentInfo) -> str:
        lines = [self.tr("Doel: {purpose}").format(purpose=consent.purpose)]
        lines.append(self.tr("Partners: {names}").format(
            names=", ".join(consent.organisation_names) or "—"))
        lines.append(self.tr("Mag gedeeld worden: {topics}").format(
            topics=", ".join(catalogue_label(t) for t in consent.topics) or "—"))
        if consent.given_by_name:
            lines.append(self.tr("Gegeven door {name} op {date}").format(
                name=consent.given_by_name, date=i18n.format_date(consent.given_on)))
        if consent.withdrawn_on:
            lines.append(self.tr("Ingetrokken op {date}").format(
                date=i18n.format_date(consent.withdrawn_on))
                + (f" — {consent.withdrawn_reason}" if consent.withdrawn_reason else ""))
        if self.detail is not None:
            named = [m.name for m in self.detail.members if m.id in consent.person_ids]
            if named:
                lines.append(self.tr("Bij naam genoemd: {names}").format(names=", ".join(named)))
        return "\n".join(lines)

    # -- actions --------------------------------------------------------------------------
    def record_consent(self) -> None:
        if self.detail is None:
            return
        self.active_dialog = ConsentDialog(self.ctx, self, self.detail)
        self.active_dialog.open()

    def withdraw_selected(self) -> None:
        consent = self.current_consent()
        if self.detail is None or consent is None or consent.withdrawn_on is not None:
            return
        self.active_dialog = WithdrawDialog(self.ctx, self, self.detail.id, consent)
        self.active_dialog.open()
