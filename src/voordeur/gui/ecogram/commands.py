"""Undoable ecogram edits (QUndoStack commands) that write through the ecogram services.

Every command writes in the background through `EcogramWriter.write`. The runner runs tasks one
at a time in order, so a command's undo always runs after its redo on the worker thread: what a
redo created (a key, the list of tombstoned records) is kept in the command's `_state` by the
worker and read there again by the undo, without the GUI thread having to wait.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from voordeur.domain.ecogram import Point
from voordeur.model.catalogues import LifeDomain
from voordeur.services import ecogram as eco
from voordeur.services.unit_of_work import UnitOfWork

WriteFn = Callable[[UnitOfWork], Any]


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramCommands", text, None, n)


class EcogramWriter(Protocol):
    household_id: str | None

    def write(self, fn: WriteFn, on_result: Callable[[Any], None] | None = None) -> None: ...


class _WriteCommand(QUndoCommand):
    """A command whose redo and undo are background writes."""

    def __init__(self, writer: EcogramWriter, text: str) -> None:
        super().__init__(text)
        self.writer = writer
        household_id = writer.household_id
        if household_id is None:
            raise ValueError("no household shown")
        self.household_id: str = household_id
        self._state: dict[str, Any] = {}
        self._done_once = False

    def redo(self) -> None:
        first = not self._done_once
        self._done_once = True
        self.writer.write(self._first if first else self._again, self._after_redo)

    def undo(self) -> None:
        self.writer.write(self._undo)

    # Subclasses implement these; they run on the worker thread.
    def _first(self, uow: UnitOfWork) -> Any:
        raise NotImplementedError

    def _again(self, uow: UnitOfWork) -> Any:
        return self._first(uow)

    def _undo(self, uow: UnitOfWork) -> Any:
        raise NotImplementedError

    def _after_redo(self, result: Any) -> None:
        """On the GUI thread after a redo was written (e.g. select what was added)."""


class MoveNodesCommand(_WriteCommand):
    """Nodes dragged (or moved with the arrow keys, or by the auto-layout) to new places.

    `domains`: contacts dropped in another sector, with its life domain; the move and the new
    domains are one write and one undo step, and undo puts back both."""

    ID = 4101

    def __init__(self, writer: EcogramWriter, before: Mapping[str, Point],
                 after: Mapping[str, Point], text: str | None = None,
                 domains: Mapping[str, LifeDomain] | None = None) -> None:
        super().__init__(writer, text or _t("Verplaatsen"))
        self.before = dict(before)
        self.after = dict(after)
        self.domains = dict(domains or {})
        self.mergeable = text is None and not self.domains

    def _first(self, uow: UnitOfWork) -> Any:
        eco.move_nodes(uow, self.household_id, self.after)
        self._state["domains"] = {
            key: eco.node_values(uow, self.household_id, key, ["life_domain"])["life_domain"]
            for key in self.domains}
        for key, domain in self.domains.items():
            eco.edit_node(uow, self.household_id, key, life_domain=domain)

    def _undo(self, uow: UnitOfWork) -> Any:
        eco.move_nodes(uow, self.household_id, self.before)
        for key, domain in self._state.get("domains", {}).items():
            eco.edit_node(uow, self.household_id, key, life_domain=domain)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Arrow-key steps of the same nodes become one undo step.
        if not (isinstance(other, MoveNodesCommand) and self.mergeable and other.mergeable
                and set(other.after) == set(self.after)):
            return False
        self.after = dict(other.after)
        return True


class AddContactCommand(_WriteCommand):
    """A person or an organisation added to the network, with an optional first tie."""

    def __init__(self, writer: EcogramWriter, kind: str, fields: Mapping[str, Any],
                 tie: Mapping[str, Any] | None, tie_to: str, position: Point,
                 on_added: Callable[[str], None] | None = None) -> None:
        name = str(fields.get("first_name") or fields.get("name") or "")
        super().__init__(writer, _t("{name} toevoegen").format(name=name).strip())
        self.kind = kind
        self.fields = dict(fields)
        self.tie = dict(tie) if tie else None
        self.tie_to = tie_to
        self.position = position
        self.on_added = on_added

    def _first(self, uow: UnitOfWork) -> str:
        if self.kind == "organisation":
            node = eco.add_partner(uow, self.household_id, position=self.position, **self.fields)
        else:
            node = eco.add_network_person(uow, self.household_id, position=self.position,
                                          **self.fields)
        if self.tie is not None:
            eco.add_tie(uow, self.household_id, node.key, self.tie_to, **self.tie)
        self._state["key"] = node.key
        return node.key

    def _again(self, uow: UnitOfWork) -> str:
        eco.restore(uow, self._state.pop("removal"))
        return str(self._state["key"])

    def _undo(self, uow: UnitOfWork) -> Any:
        self._state["removal"] = eco.remove_node(uow, self.household_id, self._state["key"])

    def _after_redo(self, result: Any) -> None:
        if self.on_added is not None and isinstance(result, str):
            self.on_added(result)


class RemoveNodeCommand(_WriteCommand):
    def __init__(self, writer: EcogramWriter, key: str, label: str) -> None:
        super().__init__(writer, _t("{name} verwijderen").format(name=label))
        self.key = key

    def _first(self, uow: UnitOfWork) -> Any:
        self._state["removal"] = eco.remove_node(uow, self.household_id, self.key)

    def _undo(self, uow: UnitOfWork) -> Any:
        eco.restore(uow, self._state.pop("removal"))


class ConnectCommand(_WriteCommand):
    """A tie drawn from one node to another."""

    def __init__(self, writer: EcogramWriter, source: str, target: str,
                 fields: Mapping[str, Any] | None = None,
                 on_added: Callable[[str], None] | None = None) -> None:
        super().__init__(writer, _t("Relatie tekenen"))
        self.source, self.target = source, target
        self.fields = dict(fields or {})
        self.on_added = on_added

    def _first(self, uow: UnitOfWork) -> str:
        tie = eco.add_tie(uow, self.household_id, self.source, self.target, **self.fields)
        self._state["tie_id"] = tie.id
        return tie.id

    def _again(self, uow: UnitOfWork) -> str:
        eco.restore(uow, self._state.pop("removal"))
        return str(self._state["tie_id"])

    def _undo(self, uow: UnitOfWork) -> Any:
        self._state["removal"] = eco.delete_tie(uow, self._state["tie_id"])

    def _after_redo(self, result: Any) -> None:
        if self.on_added is not None and isinstance(result, str):
            self.on_added(result)


class RemoveTieCommand(_WriteCommand):
    def __init__(self, writer: EcogramWriter, tie_id: str) -> None:
        super().__init__(writer, _t("Relatie verwijderen"))
        self.tie_id = tie_id

    def _first(self, uow: UnitOfWork) -> Any:
        self._state["removal"] = eco.delete_tie(uow, self.tie_id)

    def _undo(self, uow: UnitOfWork) -> Any:
        eco.restore(uow, self._state.pop("removal"))


class EditNodeCommand(_WriteCommand):
    """Changed fields of a person or an organisation; the old values are read when first
    applied, so undo puts back exactly what was stored."""

    def __init__(self, writer: EcogramWriter, key: str, label: str,
                 fields: Mapping[str, Any]) -> None:
        super().__init__(writer, _t("{name} bewerken").format(name=label))
        self.key = key
        self.fields = dict(fields)

    def _first(self, uow: UnitOfWork) -> Any:
        self._state["before"] = eco.node_values(uow, self.household_id, self.key, self.fields)
        eco.edit_node(uow, self.household_id, self.key, **self.fields)

    def _again(self, uow: UnitOfWork) -> Any:
        eco.edit_node(uow, self.household_id, self.key, **self.fields)

    def _undo(self, uow: UnitOfWork) -> Any:
        eco.edit_node(uow, self.household_id, self.key, **self._state["before"])


class EditTieCommand(_WriteCommand):
    def __init__(self, writer: EcogramWriter, tie_id: str, fields: Mapping[str, Any]) -> None:
        super().__init__(writer, _t("Relatie bewerken"))
        self.tie_id = tie_id
        self.fields = dict(fields)

    def _first(self, uow: UnitOfWork) -> Any:
        self._state["before"] = eco.tie_values(uow, self.tie_id, self.fields)
        eco.edit_tie(uow, self.tie_id, **self.fields)

    def _again(self, uow: UnitOfWork) -> Any:
        eco.edit_tie(uow, self.tie_id, **self.fields)

    def _undo(self, uow: UnitOfWork) -> Any:
        eco.edit_tie(uow, self.tie_id, **self._state["before"])
