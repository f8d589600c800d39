"""Dragging a contact into another sector changes its life domain (one undo step with the move),
and the tool bar's buttons keep their place whatever the undo step is called."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect
from pytestqt.qtbot import QtBot
from test_ecogram_tab import drag, page, settle, stored, tab  # noqa: F401 (fixtures)

from voordeur.domain.ecogram_layout import (
    SECTOR_ORDER,
    polar,
    ring_radius,
    sector_at,
    sector_centre_angle,
)
from voordeur.gui.common.context import AppContext
from voordeur.gui.ecogram.add_dialog import AddContactDialog
from voordeur.gui.ecogram.tab import EcogramTab


def test_dropping_a_contact_in_another_sector_changes_its_domain_and_undo_restores_both(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    hid = tab.household_id or ""
    ecogram = stored(demo_ctx, hid)
    node = next(n for n in ecogram.network() if not n.is_organisation)
    item = tab.scene.node_item(node.key)
    assert item is not None
    start = item.pos()
    old_domain, old_place = node.life_domain, ecogram.positions.get(node.key)
    target_domain = SECTOR_ORDER[(SECTOR_ORDER.index(old_domain) + 1) % len(SECTOR_ORDER)]
    target = QPointF(*polar(ring_radius(node.closeness), sector_centre_angle(target_domain)))
    assert sector_at((target.x(), target.y())) == target_domain
    depth = tab.undo_stack.count()

    with qtbot.waitSignal(demo_ctx.bus.status_message) as said:
        drag(qtbot, tab, start, target)
    assert "hoort nu bij" in said.args[0]
    settle(tab, demo_ctx, qtbot)
    after = stored(demo_ctx, hid)
    assert after.node(node.key).life_domain == target_domain, "the record follows the map"
    assert after.positions[node.key] == pytest.approx((target.x(), target.y()), abs=2)
    assert tab.undo_stack.count() == depth + 1, "one undo step for the move and the domain"
    assert tab.shown is not None and tab.shown.ecogram.node(node.key).life_domain \
        == target_domain
    assert "Ongedaan maken" in tab.undo_action.toolTip()

    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    undone = stored(demo_ctx, hid)
    assert undone.node(node.key).life_domain == old_domain
    assert undone.positions[node.key] == pytest.approx((start.x(), start.y()))
    assert old_place is None or old_place == pytest.approx((start.x(), start.y()))

    tab.redo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, hid).node(node.key).life_domain == target_domain


def test_a_move_within_the_sector_keeps_the_domain(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    hid = tab.household_id or ""
    node = next(n for n in stored(demo_ctx, hid).network())
    item = tab.scene.node_item(node.key)
    assert item is not None
    target = QPointF(*polar(ring_radius(3), sector_centre_angle(node.life_domain)))
    drag(qtbot, tab, item.pos(), target)
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, hid).node(node.key).life_domain == node.life_domain
    assert tab.undo_action.toolTip().startswith("Ongedaan maken: Verplaatsen")


def _buttons(shown_tab: EcogramTab) -> dict[str, tuple[bool, QRect]]:
    bar = shown_tab.tools.toolbar
    shown = {}
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if action.isVisible() and not action.isSeparator() and widget is not None:
            shown[action.objectName()] = (widget.isVisible(), widget.geometry())
    return shown


def test_a_long_undo_step_leaves_the_tool_bar_as_it_was(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    before = _buttons(tab)
    assert before["ecogramUndo"][0] and before["ecogramRedo"][0]
    tab.add_action.trigger()
    dialog = tab.active_dialog
    assert isinstance(dialog, AddContactDialog)
    dialog.organisation_radio.setChecked(True)
    qtbot.keyClicks(dialog.name_edit, "Eigen Wijs, Dagprogramma Jonge Kind")
    dialog.accept()
    settle(tab, demo_ctx, qtbot)
    assert tab.undo_action.isEnabled()
    assert _buttons(tab) == before, "every button where it was, none in the overflow"
    assert tab.undo_action.text().replace("&", "") == "Ongedaan maken"
    assert "Eigen Wijs, Dagprogramma Jonge Kind toevoegen" in tab.undo_action.toolTip()
    assert "Eigen Wijs" in tab.undo_action.statusTip()
    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert tab.redo_action.text().replace("&", "") == "Opnieuw"
    assert "Eigen Wijs" in tab.redo_action.toolTip()
    assert _buttons(tab) == before
