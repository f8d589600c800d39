"""Editing the live ecogram: every change the worker makes on the map as an undoable command.

Moving, connecting, adding, editing and removing contacts and ties come here from the scene, the
side panel, the list and the toolbar. Each becomes a command on the tab's undo stack; the command
writes through the tab (`EcogramWriter`), and the reload after the write shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from voordeur.domain.ecogram import Ecogram, Node, Point, node_key
from voordeur.domain.ecogram_layout import place_node, sector_changes
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.forms import show_error
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.ecogram.add_dialog import AddContactDialog
from voordeur.gui.ecogram.commands import (
    AddContactCommand,
    ConnectCommand,
    EditNodeCommand,
    EditTieCommand,
    MoveNodesCommand,
    RemoveNodeCommand,
    RemoveTieCommand,
    WriteFn,
)
from voordeur.model.catalogues import LifeDomain, NodeKind

if TYPE_CHECKING:
    from voordeur.gui.ecogram.tab import EcogramTab


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramTab", text, None, n)


class MapEditing:
    """The edits of one tab's live map (a snapshot is read-only: `tab.editable` is False), and
    the writer its commands write through (`commands.EcogramWriter`)."""

    def __init__(self, tab: EcogramTab) -> None:
        self.tab = tab

    @property
    def household_id(self) -> str | None:
        return self.tab.household_id

    def write(self, fn: WriteFn, on_result: Callable[[Any], None] | None = None) -> None:
        """One background write for the household shown; the data bus then triggers a reload."""
        household_id = self.tab.household_id
        if household_id is None:
            return

        def done(result: Any) -> None:
            if on_result is not None and self.tab._alive():
                on_result(result)

        def failed(exc: BaseException) -> None:
            # The undo history no longer matches what is stored: start it afresh.
            if self.tab._alive():
                self.tab.undo_stack.clear()
                show_error(self.tab, exc)
                self.tab.reload()
            else:
                self.tab.ctx.bus.error_message.emit(describe_error(exc))

        self.tab.ctx.write(fn, done, failed, household_id=household_id)

    def push(self, command: Any) -> None:
        if self.tab.editable:
            self.tab.undo_stack.push(command)

    def nodes_moved(self, after: dict[str, Point]) -> None:
        if not self.tab.editable or self.tab.shown is None:
            return
        before = self.tab.positions
        moved = {k: p for k, p in after.items() if before.get(k) != p}
        if not moved:
            return
        # Dropped in another sector: the contact now belongs to that life domain.
        ecogram = self.tab.shown.ecogram
        domains = sector_changes(ecogram, moved)
        text = None
        if len(domains) == 1:
            (key, domain), = domains.items()
            node = ecogram.node(key)
            name, label = (node.label() if node else ""), catalogue_label(domain)
            text = _t("{name} naar {domain}").format(name=name, domain=label)
            self.tab.ctx.bus.status_message.emit(_t(
                "{name} hoort nu bij {domain} (Ctrl+Z maakt het ongedaan)").format(
                    name=name, domain=label))
        elif domains:
            text = _t("Verplaatsen naar een ander domein")
            self.tab.ctx.bus.status_message.emit(_t(
                "De contacten horen nu bij het domein waar ze staan (Ctrl+Z maakt het "
                "ongedaan)"))
        self.push(MoveNodesCommand(self, {k: before[k] for k in moved if k in before},
                                    moved, text, domains))

    def connect_requested(self, source: str, target: str) -> None:
        if source == target or not self.tab.editable:
            return
        self.tab.connect_action.setChecked(False)
        self.tab.scene.set_connect_mode(False)
        self.push(ConnectCommand(self, source, target, on_added=self.added))

    def toggle_connect_mode(self) -> None:
        self.tab.scene.set_connect_mode(self.tab.connect_action.isChecked() and self.tab.editable)

    def added(self, key_or_tie: str) -> None:
        # The reload after the write shows the new item; select it then.
        if not self.tab._select(key_or_tie):
            self.tab._pending_select = key_or_tie

    def add_contact(self) -> None:
        if not self.tab.editable or self.tab.state is None:
            return
        dialog = AddContactDialog(self.tab, self.tab.state.organisations)
        dialog.accepted.connect(lambda: self.add_from(dialog))
        self.tab.active_dialog = dialog
        dialog.open()

    def add_from(self, dialog: AddContactDialog) -> None:
        if self.tab.shown is None or not self.tab.editable:
            return
        kind, fields, tie = dialog.result_fields()
        ecogram = self.tab.shown.ecogram
        # A provisional node only to find a free place in its sector.
        position = place_node_for(ecogram, self.tab.scene.positions(), fields)
        self.push(AddContactCommand(self, kind, fields, tie, ecogram.household_key, position,
                                     on_added=self.added))

    def delete_selected(self) -> None:
        if not self.tab.editable or self.tab.shown is None:
            return
        ecogram = self.tab.shown.ecogram
        ties = self.tab.scene.selected_tie_ids()
        keys = [k for k in self.tab.scene.selected_keys()
                if (n := ecogram.node(k)) is not None and n.in_network]
        if not keys and not ties:
            return
        self.tab.undo_stack.beginMacro(_t("Verwijderen"))
        for tie_id in ties:
            self.tab.undo_stack.push(RemoveTieCommand(self, tie_id))
        for key in keys:
            node = ecogram.node(key)
            label = node.label() if node else ""
            self.tab.undo_stack.push(RemoveNodeCommand(self, key, label))
        self.tab.undo_stack.endMacro()
        self.tab.side_panel.show_empty()

    def node_edited(self, key: str, fields: dict[str, Any]) -> None:
        node = self.tab.shown.ecogram.node(key) if self.tab.shown else None
        if node is not None and fields:
            self.push(EditNodeCommand(self, key, node.label(), fields))

    def tie_edited(self, tie_id: str, fields: dict[str, Any]) -> None:
        if fields:
            self.push(EditTieCommand(self, tie_id, fields))

    def remove_requested(self, key_or_tie: str) -> None:
        if self.tab._select(key_or_tie):
            self.delete_selected()


def place_node_for(ecogram: Ecogram, positions: dict[str, Point],
                   fields: dict[str, Any]) -> Point:
    """A free place for a node that is about to be added, in its sector and on its ring."""
    probe = Node(key=node_key(NodeKind.PERSON, "new"), kind=NodeKind.PERSON, record_id="new",
                 name="", life_domain=LifeDomain(fields.get("life_domain",
                                                            LifeDomain.FRIENDS)),
                 closeness=int(fields.get("closeness", 2)))
    grown = ecogram.evolve(nodes=(*ecogram.nodes, probe))
    return place_node(grown, positions, probe.key)

