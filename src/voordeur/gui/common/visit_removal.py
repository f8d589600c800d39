"""Deleting a draft visit made by mistake, and bringing it back: the question, the writes and
the notice, the same in the visit editor and in the household's Bezoeken tab.

Only a draft can be deleted (`services.visits.delete_draft`); a final visit is marked void
instead, in the visit editor. The writes go through the unit of work, so the access log records
"delete visit" / "restore visit" with the household's and the visit's ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from voordeur.gui.common import i18n
from voordeur.model import Visit
from voordeur.services import visits
from voordeur.services.unit_of_work import UnitOfWork
from voordeur.services.visit_queries import VisitNotFound

DELETE_DETAIL, RESTORE_DETAIL = "delete visit", "restore visit"


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitRemoval", text)


def delete_question(starts_at: datetime) -> tuple[str, str]:
    """The title and text of the question before a draft is deleted: what is lost, what stays."""
    return (_t("Bezoek verwijderen"), _t(
        "Wil je het concept-bezoek van {when} verwijderen?\n\nDe notities, wie er waren, de "
        "thema’s en het volgende bezoek dat je hier plande, verdwijnen. Afspraken en scores die "
        "je bij dit bezoek vastlegde, blijven bewaard. Direct na het verwijderen kun je het nog "
        "ongedaan maken.").format(when=i18n.format_datetime(starts_at, with_day=True)))


def deleted_text(starts_at: datetime) -> str:
    return _t("Het concept-bezoek van {when} is verwijderd.").format(
        when=i18n.format_datetime(starts_at, with_day=True))


def delete_task(visit_id: str) -> Callable[[UnitOfWork], None]:
    def write(uow: UnitOfWork) -> None:
        visit = uow.get(Visit, visit_id)
        if visit is None:
            raise VisitNotFound(visit_id)
        visits.delete_draft(uow, visit)

    return write


def restore_task(visit_id: str) -> Callable[[UnitOfWork], None]:
    def write(uow: UnitOfWork) -> None:
        visit = uow.get(Visit, visit_id, include_deleted=True)
        if visit is None:
            raise VisitNotFound(visit_id)
        visits.restore_draft(uow, visit)

    return write
