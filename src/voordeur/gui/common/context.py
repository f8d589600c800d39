"""What every view of an unlocked store shares: the store, the runner, settings and the bus.

An `AppContext` lives exactly as long as the store is unlocked. Locking throws it away with every
view that holds data; unlocking builds a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.runner import BackgroundRunner, ErrorCallback
from voordeur.services.unit_of_work import UnitOfWork, unit_of_work
from voordeur.store.store import Store

T = TypeVar("T")


class DataBus(QObject):
    """Tells views that data changed, so they reload what they show.

    `household_changed(id)` after any write to a household or its visits, plan or consent;
    `households_changed()` when the list itself changed (added, closed, renamed).
    """

    household_changed = Signal(str)
    households_changed = Signal()
    # A short message for the status bar ("Opgeslagen", "Bezoek definitief gemaakt").
    status_message = Signal(str)
    # An error message for the worker (Dutch, already translated).
    error_message = Signal(str)


@dataclass
class AppContext:
    store: Store
    runner: BackgroundRunner
    settings: AppSettings
    bus: DataBus
    demo: bool = False

    def read(
        self,
        fn: Callable[[Store], T],
        on_result: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        key: str | None = None,
    ) -> None:
        """Run `fn(store)` in the background; `on_result` gets the value on the GUI thread."""
        store = self.store
        self.runner.submit(lambda: fn(store), on_result, on_error, key=key)

    def write(
        self,
        fn: Callable[[UnitOfWork], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: ErrorCallback | None = None,
        *,
        detail: str = "",
        household_id: str | None = None,
    ) -> None:
        """Run `fn(uow)` in one transaction in the background; then tell the views."""
        store = self.store

        def task() -> Any:
            with unit_of_work(store, detail=detail) as uow:
                return fn(uow)

        def done(result: Any) -> None:
            if household_id:
                self.bus.household_changed.emit(household_id)
            if on_result is not None:
                on_result(result)

        self.runner.submit(task, done, on_error)


def make_context(store: Store, settings: AppSettings, *, demo: bool = False,
                 parent: QObject | None = None) -> AppContext:
    return AppContext(store=store, runner=BackgroundRunner(parent), settings=settings,
                      bus=DataBus(parent), demo=demo)
