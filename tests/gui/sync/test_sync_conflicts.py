"""The conflict view: both versions side by side, differences marked, keep mine / keep theirs /
save a merge — each through the service, in the background."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voordeur.gui.common.context import AppContext
from voordeur.gui.sync.conflict_dialog import ConflictDialog, combine_for_editing, highlight_pair

BASE = "Moeder werkt nu drie dagen.\nDaan zit in groep 5.\nOma helpt op woensdag.\n"
MINE = "Moeder werkt nu vier dagen in de zorg.\nDaan zit in groep 5.\nOma helpt op woensdag.\n"
THEIRS = ("Moeder werkt nu drie ochtenden.\nDaan zit in groep 5.\n"
          "Oma helpt op woensdag en vrijdag.\n")


@dataclass(frozen=True)
class FakeConflict:
    id: str = "c1"
    household_id: str = "h1"
    household_name: str = "Familie Vonk"
    visit_id: str = "v1"
    visit_starts_at: datetime = datetime(2026, 11, 12, 9, 30, tzinfo=UTC)
    field: str = "notes"
    base_text: str = BASE
    mine_text: str = MINE
    theirs_text: str = THEIRS
    mine_label: str = "Test Medewerker"
    theirs_label: str = "Sanne de Vries"
    mine_is_this_device: bool = True
    created_at: datetime = datetime(2026, 11, 13, 10, 0, tzinfo=UTC)
    theirs_is_this_device: bool = False


class FakeService:
    def __init__(self, conflicts: list[FakeConflict]) -> None:
        self.conflicts = list(conflicts)
        self.resolved: list[tuple[str, str]] = []

    def list(self, _store: object) -> list[FakeConflict]:
        return list(self.conflicts)

    def resolve(self, _store: object, conflict_id: str, text: str) -> None:
        self.resolved.append((conflict_id, text))
        self.conflicts = [c for c in self.conflicts if c.id != conflict_id]


def open_dialog(qtbot: QtBot, ctx: AppContext, service: FakeService) -> ConflictDialog:
    dialog = ConflictDialog(ctx, list_conflicts=service.list, resolve_conflict=service.resolve)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == len(service.conflicts) or
                    dialog.message.text().startswith("Er zijn geen"))
    return dialog


# -- pure helpers -----------------------------------------------------------------------------
def test_combination_keeps_clean_merges_and_both_sides_of_an_overlap() -> None:
    combined = combine_for_editing(BASE, MINE, THEIRS)
    assert combined == ("Moeder werkt nu vier dagen in de zorg.\n"
                        "Moeder werkt nu drie ochtenden.\n"
                        "Daan zit in groep 5.\n"
                        "Oma helpt op woensdag en vrijdag.\n")
    # No newline at the end of the overlapping line: the two versions still get their own line.
    assert combine_for_editing("a", "b", "c") == "b\nc"
    assert combine_for_editing("a\n", "b\n", "b\n") == "b\n"


def test_highlighting_marks_only_what_differs_in_each_version() -> None:
    left, right = highlight_pair("Oma helpt op woensdag.", "Oma helpt op vrijdag.")
    assert "Oma helpt op" in left and ">woensdag<" in left and "vrijdag" not in left
    assert ">vrijdag<" in right and "woensdag" not in right
    assert "text-decoration: underline" in left  # not colour alone
    left, _ = highlight_pair("<b>&", "<b>&")
    assert "&lt;b&gt;&amp;" in left  # escaped, never interpreted


# -- the dialog -------------------------------------------------------------------------------
def test_shows_the_conflict_with_both_versions(qtbot: QtBot, ctx: AppContext) -> None:
    service = FakeService([FakeConflict(), FakeConflict(id="c2", field="concerns",
                                                        household_name="Familie Tromp")])
    dialog = open_dialog(qtbot, ctx, service)
    assert dialog.list.item(0).text().startswith("Familie Vonk\nBezoek van ")
    assert dialog.list.item(0).text().endswith("\nNotities")
    assert dialog.list.item(1).text().endswith("\nZorgen")
    assert dialog.mine_label.text() == "Jouw versie"
    assert dialog.theirs_label.text() == "Versie van Sanne de Vries"
    assert "vier dagen" in dialog.mine_view.toPlainText()
    assert "drie ochtenden" in dialog.theirs_view.toPlainText()
    assert dialog.keep_mine_button.text() == "&Mijn versie houden"
    assert dialog.keep_theirs_button.text() == "Versie van Sanne de Vries &houden"
    assert dialog.merge_edit.toPlainText() == combine_for_editing(BASE, MINE, THEIRS)
    assert "Familie Vonk" in dialog.heading.text() and "Notities" in dialog.heading.text()
    dialog.close()


def test_keep_mine_resolves_through_the_service_and_reloads(
    qtbot: QtBot, ctx: AppContext
) -> None:
    service = FakeService([FakeConflict(), FakeConflict(id="c2", household_id="h2")])
    dialog = open_dialog(qtbot, ctx, service)
    changed: list[str] = []
    ctx.bus.household_changed.connect(changed.append)
    with qtbot.waitSignal(dialog.resolved, timeout=5000) as got:
        qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    assert got.args == ["h1"]
    assert service.resolved == [("c1", MINE)]
    assert changed == ["h1"]
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.current_conflict().id == "c2"
    dialog.close()


def test_keep_theirs_and_save_an_edited_merge(qtbot: QtBot, ctx: AppContext) -> None:
    service = FakeService([FakeConflict(), FakeConflict(id="c2")])
    dialog = open_dialog(qtbot, ctx, service)
    with qtbot.waitSignal(dialog.resolved, timeout=5000):
        dialog.keep_theirs_button.click()
    assert service.resolved == [("c1", THEIRS)]
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and dialog.detail.isEnabled())
    dialog.merge_edit.setPlainText("Samen: vier dagen, oma ook op vrijdag.")
    with qtbot.waitSignal(dialog.resolved, timeout=5000):
        dialog.save_merge_button.click()
    assert service.resolved[-1] == ("c2", "Samen: vier dagen, oma ook op vrijdag.")
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert dialog.message.text() == "Er zijn geen open conflicten meer. Alles is opgelost."
    assert not dialog.detail.isEnabled()
    dialog.close()


def test_a_failed_resolve_is_shown_and_nothing_is_lost(qtbot: QtBot, ctx: AppContext) -> None:
    service = FakeService([FakeConflict()])

    def broken(_store: object, _id: str, _text: str) -> None:
        raise OSError("disk")

    dialog = ConflictDialog(ctx, list_conflicts=service.list, resolve_conflict=broken)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    dialog.merge_edit.setPlainText("mijn samenvoeging")
    dialog.save_merge_button.click()
    qtbot.waitUntil(lambda: "Er ging iets mis" in dialog.message.text())
    assert dialog.list.count() == 1 and dialog.detail.isEnabled()
    dialog.close()


def test_labels_from_the_other_laptop_and_from_a_colleague_pair(
    qtbot: QtBot, ctx: AppContext
) -> None:
    same_worker = FakeConflict(theirs_label="Test Medewerker")
    theirs_here = FakeConflict(mine_is_this_device=False, mine_label="Sanne de Vries",
                               theirs_label="Test Medewerker", theirs_is_this_device=True)
    neither = FakeConflict(mine_is_this_device=False, mine_label="Ali", theirs_label="Bo")
    dialog = ConflictDialog(ctx, list_conflicts=lambda _s: [])
    qtbot.addWidget(dialog)
    assert [h for h, _ in dialog.sides(same_worker)] == ["Jouw versie",
                                                         "Versie van je andere laptop"]
    # This laptop held the text the other edit collided with: still "Jouw versie" on the left.
    (left, left_text), (right, right_text) = dialog.sides(theirs_here)
    assert (left, right) == ("Jouw versie", "Versie van Sanne de Vries")
    assert (left_text, right_text) == (THEIRS, MINE)
    assert [h for h, _ in dialog.sides(neither)] == ["Versie van Ali", "Versie van Bo"]
    dialog.close()
