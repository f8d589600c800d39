"""Every date field of the household page's dialogs takes typed Dutch dates, and refuses to
save while one holds a non-date: the member's birth date (empty at first), the consent's dates,
the date consent is withdrawn, an agreement's due date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from date_typing import check_not_dates, check_typed_dates, type_and_leave
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.households.consent_panel import ConsentDialog, WithdrawDialog
from voordeur.gui.households.dialogs import MemberDialog
from voordeur.gui.households.plan_dialogs import AgreementDialog
from voordeur.gui.households.write_dialog import WriteDialog
from voordeur.model import Person
from voordeur.services.household_queries import HouseholdDetail, household_detail
from voordeur.services.household_rows import household_rows


@pytest.fixture
def detail(demo_ctx: AppContext) -> HouseholdDetail:
    hid = next(r.id for r in household_rows(demo_ctx.store) if r.display_name == "Gezin Lieveld")
    return household_detail(demo_ctx.store, hid, log=False)


def shown(qtbot: QtBot, dialog: WriteDialog) -> WriteDialog:
    """The dialog on screen and active, its first reads done."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.ctx.runner.pending == 0, timeout=10_000)
    return dialog


def refused_by(dialog: WriteDialog, ctx: AppContext) -> bool:
    """Pressing Opslaan does nothing but say what is wrong."""
    dialog.save_button.click()
    return (dialog.isVisible() and dialog.save_button.isEnabled()
            and ctx.runner.pending == 0 and bool(dialog.error_label.text()))


def test_a_new_members_birth_date_starts_empty_and_takes_typed_dates(
        qtbot: QtBot, demo_ctx: AppContext, detail: HouseholdDetail) -> None:
    dialog = shown(qtbot, MemberDialog(demo_ctx, None, detail.id))
    field = dialog.birth_date_edit
    assert field.value() is None and field.text() == "" and field.isEnabled()
    assert dialog.birth_unknown_radio.isChecked()
    check_typed_dates(field)
    assert dialog.birth_date_radio.isChecked()  # typing a date chooses "Geboortedatum"
    dialog.first_name_edit.setText("Noor")
    check_not_dates(field, lambda message: refused_by(dialog, demo_ctx)
                    and dialog.error_label.text() == message)
    # A date in the future is refused in the field too; a two-digit year is never in it.
    type_and_leave(field, f"1-1-{clock.today().year + 1}")
    assert field.message() == "Een geboortedatum ligt niet in de toekomst."
    type_and_leave(field, f"1-1-{(clock.today().year + 1) % 100:02d}")
    assert field.value() == date(clock.today().year + 1 - 100, 1, 1)
    # Empty with "Geboortedatum" chosen: asked for; then a baby's date is saved.
    type_and_leave(field, "")
    assert refused_by(dialog, demo_ctx)
    assert "Typ de geboortedatum" in dialog.error_label.text()
    born = clock.today().replace(day=1)
    type_and_leave(field, f"{born.day}-{born.month}-{born.year % 100:02d}")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with demo_ctx.store.session() as session:
        noor = session.exec(select(Person).where(Person.first_name == "Noor")).one()
    assert (noor.birth_date, noor.birth_year) == (born, born.year)


def test_another_choice_than_a_birth_date_ignores_the_date_field(
        qtbot: QtBot, demo_ctx: AppContext, detail: HouseholdDetail) -> None:
    dialog = shown(qtbot, MemberDialog(demo_ctx, None, detail.id))
    dialog.first_name_edit.setText("Opa")
    type_and_leave(dialog.birth_date_edit, "morgen?")
    dialog.birth_unknown_radio.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_editing_a_member_shows_the_birth_date(
        qtbot: QtBot, demo_ctx: AppContext, detail: HouseholdDetail) -> None:
    member = next(m for m in detail.members if m.birth_date is not None)
    dialog = shown(qtbot, MemberDialog(demo_ctx, None, detail.id, member))
    assert dialog.birth_date_radio.isChecked()
    assert dialog.birth_date_edit.value() == member.birth_date
    assert dialog.birth_date_edit.text() == (
        f"{member.birth_date.day}-{member.birth_date.month}-{member.birth_date.year}")


def test_consent_dates_take_typed_dates(qtbot: QtBot, demo_ctx: AppContext,
                                        detail: HouseholdDetail) -> None:
    dialog = shown(qtbot, ConsentDialog(demo_ctx, None, detail))
    assert dialog.given_on_edit.value() == clock.today()
    dialog.purpose_edit.setText("Samenwerken aan het gezinsplan")
    dialog.partners_list.item(0).setCheckState(Qt.CheckState.Checked)
    for field in (dialog.given_on_edit, dialog.valid_until_edit):
        check_typed_dates(field)
        check_not_dates(field, lambda message: refused_by(dialog, demo_ctx)
                        and dialog.error_label.text() == message)
        type_and_leave(field, "12-3-2022")
    type_and_leave(dialog.given_on_edit, "1-1-2099")
    assert dialog.given_on_edit.message() == "De datum van de toestemming ligt in de toekomst."
    assert refused_by(dialog, demo_ctx)


def test_the_withdrawal_date_takes_typed_dates(qtbot: QtBot, demo_ctx: AppContext,
                                               detail: HouseholdDetail) -> None:
    consent = replace(detail.valid_consents[0], given_on=date(2020, 1, 1))
    dialog = shown(qtbot, WithdrawDialog(demo_ctx, None, detail.id, consent))
    field = dialog.date_edit
    assert field.value() == clock.today()
    check_typed_dates(field)
    check_not_dates(field, lambda message: refused_by(dialog, demo_ctx))
    type_and_leave(field, "31-12-2019")
    assert field.message() == "Intrekken kan niet vóór de datum van de toestemming."
    assert refused_by(dialog, demo_ctx)


def test_an_agreements_due_date_takes_typed_dates(qtbot: QtBot, demo_ctx: AppContext,
                                                  detail: HouseholdDetail) -> None:
    dialog = shown(qtbot, AgreementDialog(demo_ctx, None, detail))
    field = dialog.due_edit
    assert field.value() == clock.today() + timedelta(days=14)
    dialog.what_edit.setText("Moeder belt de school")
    check_typed_dates(field)
    check_not_dates(field, lambda message: refused_by(dialog, demo_ctx))
    dialog.due_check.setChecked(False)  # no due date: the field is not read
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
