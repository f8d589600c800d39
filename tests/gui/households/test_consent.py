"""Consent: record and withdraw; the page header, the Overzicht and the household list marker
all show the change (they reload on household_changed)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.households.consent_panel import ConsentDialog, WithdrawDialog
from voordeur.gui.households.list_model import row_markers
from voordeur.gui.households.list_panel import HouseholdListPanel
from voordeur.gui.households.page import HouseholdPage
from voordeur.model import Consent
from voordeur.model.catalogues import ConsentTopic
from voordeur.services.household_queries import ConsentState
from voordeur.services.household_rows import household_rows


def idle(ctx: AppContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)


class Screen:
    """The list and the page side by side, as in the main window."""

    def __init__(self, ctx: AppContext, qtbot: QtBot) -> None:
        self.ctx = ctx
        self.panel = HouseholdListPanel(ctx)
        self.page = HouseholdPage(ctx)
        for widget in (self.panel, self.page):
            qtbot.addWidget(widget)
            widget.show()
        self.panel.household_activated.connect(self.page.load)
        qtbot.waitUntil(lambda: self.panel.model.rowCount() > 0, timeout=10_000)

    def open(self, name: str, qtbot: QtBot) -> str:
        hid = next(r.id for r in household_rows(self.ctx.store) if r.display_name == name)
        self.panel.select_household(hid)
        self.panel.search_field.setFocus()
        qtbot.keyClick(self.panel.search_field, Qt.Key.Key_Return)  # opens the current row
        qtbot.waitUntil(lambda: self.page.detail is not None and self.page.detail.id == hid,
                        timeout=10_000)
        return hid

    def row(self, hid: str):  # type: ignore[no-untyped-def]
        return next(r for r in self.panel.model.all_rows if r.id == hid)

    def marker_kinds(self, hid: str) -> list[str]:
        return [kind for kind, _ in row_markers(self.row(hid))]


@pytest.fixture
def screen(demo_ctx: AppContext, qtbot: QtBot) -> Screen:
    return Screen(demo_ctx, qtbot)


def check(lst, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    for i in range(lst.count()):
        item = lst.item(i)
        wanted = any(item.text().startswith(n) for n in names)
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def test_record_then_withdraw_consent_shows_everywhere(screen: Screen, demo_ctx: AppContext,
                                                        qtbot: QtBot) -> None:
    page = screen.page
    hid = screen.open("Gezin Chaouch", qtbot)  # its only consent has expired
    assert page.consent_badge.text() == "Geen geldige toestemming"
    assert page.overview_tab.consent_label.text().startswith("Geen geldige toestemming")
    assert "Verlopen op" in page.overview_tab.consent_label.text()
    assert "consent" in screen.marker_kinds(hid)
    panel_table = page.consent_panel.table
    assert panel_table.item(0, 0).text() == "verlopen"

    # Record consent for one partner.
    page.tabs.setCurrentWidget(page.consent_panel)
    page.consent_panel.record_button.click()
    dialog = page.consent_panel.active_dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    idle(demo_ctx, qtbot)
    dialog.purpose_edit.setText("Afstemmen met de huisarts")
    dialog.save_button.click()
    assert "minstens één partner" in dialog.error_label.text()  # nothing written yet
    check(dialog.partners_list, ["Huisartsenpraktijk Woensel-West"])
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.consent_badge.text()
                    == "Toestemming: geldig voor 1 partner", timeout=10_000)
    assert page.overview_tab.consent_label.text().startswith(
        "Toestemming: geldig voor 1 partner")
    assert "Huisartsenpraktijk Woensel-West" in page.overview_tab.consent_label.text()
    qtbot.waitUntil(lambda: screen.row(hid).has_valid_consent, timeout=10_000)
    assert "consent" not in screen.marker_kinds(hid)
    assert panel_table.item(0, 0).text() == "geldig"
    assert page.consent_panel.withdraw_button.isEnabled()
    recorded = page.detail.valid_consents[0]
    assert set(recorded.topics) == {ConsentTopic.GOALS, ConsentTopic.AGREEMENTS}
    assert set(recorded.person_ids) == {m.id for m in page.detail.members}

    # Withdraw it: asks date and reason.
    page.consent_panel.table.selectRow(0)
    page.consent_panel.withdraw_button.click()
    dialog = page.consent_panel.active_dialog
    assert isinstance(dialog, WithdrawDialog)
    assert dialog.date_edit.value() == clock.today()
    qtbot.keyClicks(dialog.reason_edit, "Ouders willen eerst zelf met de huisarts praten")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.consent_badge.text() == "Geen geldige toestemming",
                    timeout=10_000)
    assert page.overview_tab.consent_label.text().startswith("Geen geldige toestemming")
    assert "Ingetrokken op" in page.overview_tab.consent_label.text()
    qtbot.waitUntil(lambda: not screen.row(hid).has_valid_consent, timeout=10_000)
    assert "consent" in screen.marker_kinds(hid)
    assert panel_table.item(0, 0).text() == "ingetrokken"
    assert not page.consent_panel.withdraw_button.isEnabled()
    assert "Ouders willen eerst zelf" in page.consent_panel.details_label.text()
    with demo_ctx.store.session() as session:
        consent = session.get(Consent, recorded.id)
        assert consent.withdrawn_on == clock.today()
        assert consent.withdrawn_reason.startswith("Ouders willen")


def test_withdrawing_one_of_two_partners_consents(screen: Screen, qtbot: QtBot) -> None:
    page = screen.page
    hid = screen.open("Gezin Lieveld", qtbot)  # valid consent for JGZ Utrecht
    assert page.consent_badge.text() == "Toestemming: geldig voor 1 partner"
    assert "consent" not in screen.marker_kinds(hid)
    page.consent_panel.table.selectRow(0)
    assert page.consent_panel.current_consent().state == ConsentState.VALID
    page.consent_panel.withdraw_button.click()
    page.consent_panel.active_dialog.save_button.click()  # reason is optional
    qtbot.waitUntil(lambda: page.consent_badge.text() == "Geen geldige toestemming",
                    timeout=10_000)
    qtbot.waitUntil(lambda: "consent" in screen.marker_kinds(hid), timeout=10_000)


def test_consent_for_an_organisation_not_yet_linked(screen: Screen, demo_ctx: AppContext,
                                                    qtbot: QtBot) -> None:
    page = screen.page
    screen.open("Gezin Chaouch", qtbot)
    linked = {p.organisation_id for p in page.detail.partners}
    page.consent_panel.record_button.click()
    dialog = page.consent_panel.active_dialog
    idle(demo_ctx, qtbot)
    assert dialog.other_combo.isEnabled() and dialog.other_combo.count() > 1
    dialog.other_combo.setCurrentIndex(1)
    chosen = dialog.other_combo.currentData()
    assert chosen not in linked
    dialog.add_organisation_button.click()
    assert dialog.partners_list.count() == len(linked) + 1
    dialog.purpose_edit.setText("Samenwerken aan het gezinsplan")
    # 'Valid until' before 'given on' is refused, in Dutch.
    dialog.valid_until_edit.setValue(dialog.given_on_edit.value() - timedelta(days=1))
    dialog.save_button.click()
    assert "Geldig tot" in dialog.error_label.text()
    dialog.valid_until_check.setChecked(False)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: chosen in page.detail.consent_partner_ids, timeout=10_000)
    assert chosen in {p.organisation_id for p in page.detail.partners}  # linked now
    assert page.consent_panel.table.item(0, 6).text() == "geen einddatum"
