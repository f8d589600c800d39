"""The ecogram stays readable on a 13-inch laptop (1366×768): the demo's largest network with
every name readable (whole, on two or three lines or its short form), the
legend beside the map (or folded), never over it; ties that never run through a member's
symbol; ties that are easy to hit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testsupport import DEMO_DAY, PASSPHRASE, ticking_from
from voordeur import clock
from voordeur.domain.ecogram_labels import is_readable_form
from voordeur.domain.ecogram_routing import ROUTE_MARGIN, member_obstacles, route_clear
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.context import AppContext, make_context
from voordeur.gui.ecogram.items import HouseholdItem, NodeItem
from voordeur.gui.ecogram.painting import label_growth
from voordeur.gui.ecogram.scene_background import MAX_SECTOR_GROWTH, sector_name_rects
from voordeur.gui.ecogram.tab import EcogramTab
from voordeur.gui.households.page import HouseholdPage
from voordeur.services.demo import LOCAL_TZ, generate_demo
from voordeur.services.ecogram_queries import current_ecogram
from voordeur.services.household_rows import household_rows
from voordeur.store.store import Store

# What the household page gets of a 1366×768 window (the list on the left, menus above).
PAGE_W, PAGE_H = 1014, 640


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The full demo (30 households, as the app's demo), made once for this module."""
    with clock.use(ticking_from(datetime.combine(DEMO_DAY, time(10), LOCAL_TZ))):
        store = Store.create(tmp_path_factory.mktemp("demo") / "data", PASSPHRASE,
                             worker_name="Test Medewerker", team_name="Team Test",
                             neighbourhood="Zwolle-Zuid")
        generate_demo(store, households=30, seed=7, reference_day=DEMO_DAY)
    yield store
    store.close()


def largest_household(store: Store) -> str:
    with store.session() as session:
        sizes = [(len(current_ecogram(session, row.id).network()), row.id)
                 for row in household_rows(store)]
    return max(sizes)[1]


@pytest.fixture
def big_tab(demo_store: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[EcogramTab]:
    ctx: AppContext = make_context(demo_store, AppSettings(tmp_path / "voordeur.ini"), demo=True)
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.resize(PAGE_W, PAGE_H)
    page.show()
    page.load(largest_household(demo_store))
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    page.tabs.setCurrentIndex(1)  # Ecogram
    tab = page.ecogram_tab.tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.state is not None and tab.shown is not None, timeout=10_000)
    for _ in range(3):
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
        QApplication.processEvents()
    qtbot.wait(80)  # the second fit, once the layout settled
    yield tab
    page.shutdown()
    ctx.runner.close()


def _growth(tab: EcogramTab) -> float:
    class _Scaled:  # label_growth reads the painter's scale
        def __init__(self, scale: float) -> None:
            self._scale = scale

        def worldTransform(self) -> object:
            from PySide6.QtGui import QTransform
            return QTransform.fromScale(self._scale, self._scale)

    return label_growth(_Scaled(tab.view.zoom()))  # type: ignore[arg-type]


def _node_box(item: NodeItem, growth: float) -> QRectF:
    """The symbol and the label as drawn, in scene coordinates."""
    symbol = item.symbol_rect()
    label = item.shown_label(growth)
    top = symbol.bottom() + 3.0
    box = symbol.united(QRectF(-label.width / 2 - 3, top, label.width + 6, label.height + 1))
    return box.translated(item.pos())


def _overlap(a: QRectF, b: QRectF) -> bool:
    common = a.intersected(b)
    return common.width() > 0.5 and common.height() > 0.5


def test_every_name_is_readable(big_tab: EcogramTab) -> None:
    growth = _growth(big_tab)
    items = [i for i in big_tab.scene.node_items()
             if isinstance(i, NodeItem) and not isinstance(i, HouseholdItem)]
    assert len(items) > 15
    for item in items:
        main, _second = item.label_lines()
        label = item.shown_label(growth)
        assert is_readable_form(main, label.lines), (main, label.lines)
        assert "…" not in "".join(label.lines)
    # (Left out: that no two boxes overlap. Placement keeps new contacts LABEL_BOX apart
    # where their ring has room in the sector; a crowded sector still has touching boxes.)


def test_the_legend_is_beside_the_map_never_over_it(big_tab: EcogramTab) -> None:
    view = big_tab.view
    legend = view.legend.geometry()
    viewport = view.viewport().rect()
    for name, rect in sector_name_rects(MAX_SECTOR_GROWTH):
        on_screen = view.mapFromScene(rect).boundingRect()
        assert viewport.contains(on_screen), name  # not cut off at the view's edge
        assert not on_screen.intersects(legend), name
    # the map itself (its outer circle) is clear of the legend too
    content = view.mapFromScene(big_tab.scene.content_rect()).boundingRect()
    assert content.right() < legend.left() or content.top() > legend.bottom()
    assert not view.legend.is_expanded()  # no room beside a map of a useful size
    # less height (the compare line above the map): still the whole map, refitted
    big_tab.window().resize(PAGE_W, PAGE_H - 60)
    QApplication.processEvents()
    viewport = view.viewport().rect()
    for name, rect in sector_name_rects(MAX_SECTOR_GROWTH):
        assert viewport.contains(view.mapFromScene(rect).boundingRect()), name
    # with room to spare (a large screen, "Grote kaart") it opens beside the map
    big_tab.window().resize(1900, 1000)
    QApplication.processEvents()
    view.fit()
    assert view.legend.is_expanded()
    content = view.mapFromScene(big_tab.scene.content_rect()).boundingRect()
    assert content.right() < view.legend.geometry().left()
    big_tab.window().resize(PAGE_W, PAGE_H)
    QApplication.processEvents()
    view.fit()
    assert not view.legend.is_expanded()
    # opened again by hand, the map moves beside it (and it stays open)
    if not view.legend.is_expanded():
        view.legend.toggle.click()
        assert view.legend.body.isVisible()
        legend = view.legend.geometry()
        content = view.mapFromScene(big_tab.scene.content_rect()).boundingRect()
        assert content.right() < legend.left()
        view.fit()
        assert view.legend.is_expanded()


def test_no_tie_runs_through_a_member(big_tab: EcogramTab) -> None:
    ecogram = big_tab.shown.ecogram  # type: ignore[union-attr]
    positions = big_tab.scene.positions()
    obstacles = member_obstacles(ecogram, positions)
    checked = 0
    for tie in big_tab.scene.tie_items():
        others = [o for k, o in obstacles.items() if k not in (tie.tie.source, tie.tie.target)]
        route = tie.route_points()
        assert route_clear(route, others, ROUTE_MARGIN - 0.5), tie.tie_id
        checked += 1
    assert checked


def test_a_double_click_five_pixels_off_a_tie_hits_it(big_tab: EcogramTab,
                                                       qtbot: QtBot) -> None:
    view, scene = big_tab.view, big_tab.scene
    assert view.zoom() < 1.0  # the fitted map on a small screen
    activated: list[str] = []
    scene.tie_activated.connect(activated.append)
    # A long tie in the open: its middle, 5 px beside it on screen.
    tie = max((t for t in scene.tie_items() if t.geometry is not None and not t.badge_text),
              key=lambda t: t.geometry.spine.length())  # type: ignore[union-attr]
    spine = tie.geometry.spine  # type: ignore[union-attr]
    middle = view.mapFromScene(spine.pointAt(0.5))
    a, b = view.mapFromScene(spine.p1()), view.mapFromScene(spine.p2())
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = (dx * dx + dy * dy) ** 0.5
    off = QPointF(-dy / length * 5, dx / length * 5)
    point = (QPointF(middle) + off).toPoint()
    assert scene.itemAt(view.mapToScene(point), view.transform()) is not None
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert activated == [tie.tie_id]
