"""The ecogram drawing: items and their notation, mouse and keyboard interaction, compare mode,
roles mode and the legend (offscreen, no timings)."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from voordeur.domain.ecogram import Ecogram, FamilyLine, Node, Point, Tie, node_key
from voordeur.domain.ecogram_diff import EcogramDiff
from voordeur.domain.ecogram_layout import (
    HOUSEHOLD_RADIUS,
    RING_RADII,
    SECTOR_WIDTH,
    sector_centre_angle,
)
from voordeur.gui.ecogram.items import CompareState, HouseholdItem, NodeItem
from voordeur.gui.ecogram.painting import badge_rect, tie_pen
from voordeur.gui.ecogram.scene import EcogramScene
from voordeur.gui.ecogram.tie_items import TieItem
from voordeur.gui.ecogram.view import EcogramView
from voordeur.model.catalogues import (
    ChildType,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PartnerStatus,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)

HOUSEHOLD = "hh1"
HH = node_key(NodeKind.HOUSEHOLD, HOUSEHOLD)


def person(pid: str, name: str, role: str = "", *, member: bool = False,
           gender: Gender = Gender.UNKNOWN, domain: LifeDomain = LifeDomain.FAMILY_HOME,
           closeness: int = 2, **extra: object) -> Node:
    return Node(key=node_key(NodeKind.PERSON, pid), kind=NodeKind.PERSON, record_id=pid,
                name=name, role=role, member=member, gender=gender, life_domain=domain,
                closeness=0 if member else closeness, **extra)  # type: ignore[arg-type]


def organisation(oid: str, name: str, kind: OrganisationKind, domain: LifeDomain,
                 closeness: int, contact: str = "") -> Node:
    return Node(key=node_key(NodeKind.ORGANISATION, oid), kind=NodeKind.ORGANISATION,
                record_id=oid, name=name, life_domain=domain, closeness=closeness,
                organisation_kind=kind, contact_name=contact, link_id=f"link-{oid}")


def P(pid: str) -> str:
    return node_key(NodeKind.PERSON, pid)


def O(oid: str) -> str:  # noqa: E743
    return node_key(NodeKind.ORGANISATION, oid)


def household_ecogram() -> Ecogram:
    """A realistic synthetic household: parents, three children (one foster), grandparents
    (opa deceased), a dozen network contacts across sectors and rings, four organisations."""
    F, M = Gender.FEMALE, Gender.MALE
    D = LifeDomain
    nodes = [
        Node(key=HH, kind=NodeKind.HOUSEHOLD, record_id=HOUSEHOLD, name="Gezin Bakker"),
        person("sanne", "Sanne Bakker", "moeder", member=True, gender=F, is_index=True,
               birth_year=1989),
        person("mo", "Mohammed El Idrissi", "vader", member=True, gender=M, birth_year=1986),
        person("noah", "Noah", "zoon", member=True, gender=M, birth_year=2014),
        person("lina", "Lina", "dochter", member=True, gender=F, birth_year=2017),
        person("daan", "Daan", "pleegzoon", member=True, gender=M, birth_year=2019),
        person("fatma", "Fatma El Idrissi", "oma", gender=F, domain=D.EXTENDED_FAMILY,
               closeness=1),
        person("ahmed", "Ahmed El Idrissi", "opa", gender=M, domain=D.EXTENDED_FAMILY,
               closeness=2, deceased=True),
        person("yasmina", "Yasmina", "tante", gender=F, domain=D.EXTENDED_FAMILY, closeness=3),
        person("kim", "Kim de Vries", "vriendin", gender=F, domain=D.FRIENDS, closeness=1),
        person("jeroen", "Jeroen Smit", "vriend", gender=M, domain=D.FRIENDS, closeness=2),
        person("ria", "Ria Jansen", "buurvrouw", gender=F, domain=D.NEIGHBOURS, closeness=1),
        person("henk", "Henk", "buurman", gender=M, domain=D.NEIGHBOURS, closeness=3),
        person("marco", "Marco", "kennis van de markt", gender=Gender.UNKNOWN,
               domain=D.ACQUAINTANCES, closeness=3),
        person("peter", "Peter Vos", "vader van Daan", gender=M, domain=D.FAMILY_HOME,
               closeness=3),
        person("erik", "Erik", "voetbaltrainer", gender=M, domain=D.LEISURE, closeness=2),
        organisation("school", "OBS De Regenboog", OrganisationKind.SCHOOL, D.SCHOOL_WORK, 2,
                     "juf Annet"),
        organisation("ha", "Huisartsenpraktijk Zuid", OrganisationKind.GP, D.PROFESSIONALS, 2),
        organisation("swt", "Sociaal wijkteam Zuid", OrganisationKind.SOCIAL_TEAM,
                     D.PROFESSIONALS, 1, "Wendy"),
        organisation("vv", "VV Zwolle-Zuid", OrganisationKind.SPORTS_CLUB, D.LEISURE, 3),
    ]
    S, N, W = TieStrength.STRONG, TieStrength.NORMAL, TieStrength.WEAK
    sup, neu, stress, cut = (TieQuality.SUPPORTIVE, TieQuality.NEUTRAL, TieQuality.STRESSFUL,
                             TieQuality.CUT_OFF)
    to, back, mutual = (SupportDirection.TO_TARGET, SupportDirection.TO_SOURCE,
                        SupportDirection.MUTUAL)
    pr, gz, ad, em = (SupportType.PRACTICAL, SupportType.COMPANIONSHIP, SupportType.ADVICE,
                      SupportType.EMOTIONAL)
    ties = [
        Tie("t01", P("fatma"), HH, S, sup, to, (pr, em)),
        Tie("t02", P("kim"), P("sanne"), N, sup, mutual, (gz, em)),
        Tie("t03", P("jeroen"), P("mo"), W, neu),
        Tie("t04", P("ria"), HH, N, sup, to, (pr,)),
        Tie("t05", P("henk"), HH, W, stress),
        Tie("t06", P("marco"), P("mo"), W, neu),
        Tie("t07", P("peter"), P("daan"), N, cut),
        Tie("t08", P("erik"), P("noah"), N, sup, to, (gz, ad)),
        Tie("t09", O("school"), P("lina"), N, stress, to, (ad,)),
        Tie("t10", O("ha"), HH, W, neu, to, (ad,)),
        Tie("t11", O("swt"), HH, S, sup, to, (pr, ad, em)),
        Tie("t12", O("vv"), P("noah"), W, sup),
        Tie("t13", P("yasmina"), P("mo"), N, stress),
        Tie("t14", P("fatma"), P("mo"), S, sup, back, (pr,)),
    ]
    parent, partners = FamilyRelationKind.PARENT_CHILD, FamilyRelationKind.PARTNERS
    lines = [
        FamilyLine("l1", partners, P("sanne"), P("mo"), partner_status=PartnerStatus.MARRIED),
        FamilyLine("l2", parent, P("sanne"), P("noah"), child_type=ChildType.BIOLOGICAL),
        FamilyLine("l3", parent, P("mo"), P("noah"), child_type=ChildType.BIOLOGICAL),
        FamilyLine("l4", parent, P("sanne"), P("lina"), child_type=ChildType.BIOLOGICAL),
        FamilyLine("l5", parent, P("mo"), P("lina"), child_type=ChildType.BIOLOGICAL),
        FamilyLine("l6", parent, P("sanne"), P("daan"), child_type=ChildType.FOSTER),
        FamilyLine("l7", parent, P("mo"), P("daan"), child_type=ChildType.FOSTER),
    ]
    return Ecogram.of(HOUSEHOLD, "Gezin Bakker", nodes, ties, lines)


def spread_positions(ecogram: Ecogram) -> dict[str, Point]:
    """Deterministic positions without the layout module: the genogram in two rows, the
    network spread over its sector on its ring."""
    positions: dict[str, Point] = {ecogram.household_key: (0.0, 0.0)}
    members = ecogram.members()
    parents = {line.a for line in ecogram.lines if line.kind == FamilyRelationKind.PARENT_CHILD}
    top = [n for n in members if n.key in parents]
    bottom = [n for n in members if n.key not in parents]
    for row, y in ((top, -40.0), (bottom, 60.0)):
        for i, node in enumerate(row):
            positions[node.key] = ((i - (len(row) - 1) / 2) * 78.0, y)
    groups: dict[tuple[LifeDomain, int], list[Node]] = {}
    for node in ecogram.network():
        groups.setdefault((node.life_domain, node.closeness), []).append(node)
    for (domain, closeness), group in groups.items():
        radius = RING_RADII[closeness]
        for i, node in enumerate(group):
            offset = (i - (len(group) - 1) / 2) * SECTOR_WIDTH * 0.3 + (closeness - 2) * 9
            angle = math.radians(sector_centre_angle(domain) + offset)
            positions[node.key] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions


@pytest.fixture
def ecogram() -> Ecogram:
    return household_ecogram()


@pytest.fixture
def scene(qapp: QApplication, ecogram: Ecogram) -> Iterator[EcogramScene]:
    scene = EcogramScene()
    scene.set_ecogram(ecogram, spread_positions(ecogram))
    yield scene
    scene.clear()
    scene.deleteLater()


@pytest.fixture
def view(qtbot: QtBot, scene: EcogramScene) -> EcogramView:
    view = EcogramView(scene)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(0, 0)
    return view


def viewport_point(view: EcogramView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def drag(qtbot: QtBot, view: EcogramView, start: QPointF, end: QPointF,
         button: Qt.MouseButton = Qt.MouseButton.LeftButton,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in a few steps, release (QTest's mouseMove does not carry buttons, so the
    moves are sent as events with the button held)."""
    from PySide6.QtGui import QMouseEvent

    viewport = view.viewport()
    a, b = viewport_point(view, start), viewport_point(view, end)
    qtbot.mousePress(viewport, button, modifiers, a)
    for i in range(1, 6):
        p = QPointF(a) + (QPointF(b) - QPointF(a)) * (i / 5)
        move = QMouseEvent(QMouseEvent.Type.MouseMove, p, view.viewport().mapToGlobal(p),
                           Qt.MouseButton.NoButton, button, modifiers)
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, button, modifiers, b)


# -- building ----------------------------------------------------------------------------------
def test_an_item_per_node_tie_and_line(scene: EcogramScene, ecogram: Ecogram) -> None:
    assert {item.key for item in scene.node_items()} == {n.key for n in ecogram.nodes}
    assert {item.tie_id for item in scene.tie_items()} == {t.id for t in ecogram.ties}
    assert isinstance(scene.node_item(HH), HouseholdItem)
    # one partner line and one line per child (the children of the couple hang from it)
    assert len(scene.line_items()) == 1 + 3
    for node in ecogram.nodes:
        item = scene.node_item(node.key)
        assert item is not None and item.node == node


def test_members_inside_the_circle_network_outside(scene: EcogramScene,
                                                   ecogram: Ecogram) -> None:
    for node in ecogram.nodes:
        item = scene.node_item(node.key)
        assert item is not None
        r = math.hypot(item.pos().x(), item.pos().y())
        if node.member:
            assert r < HOUSEHOLD_RADIUS - 17
        elif node.in_network:
            assert r > HOUSEHOLD_RADIUS + 17


def _pen(item: TieItem) -> QPen:
    return tie_pen(item.style)


def test_tie_notation(qapp: QApplication) -> None:
    nodes = [Node(key=HH, kind=NodeKind.HOUSEHOLD, record_id=HOUSEHOLD, name="Gezin"),
             person("a", "A", domain=LifeDomain.FRIENDS, closeness=1)]
    widths = {}
    for strength in TieStrength:
        for quality in TieQuality:
            scene = EcogramScene()
            tie = Tie("t", P("a"), HH, strength, quality)
            scene.set_ecogram(Ecogram.of(HOUSEHOLD, "Gezin", nodes, [tie]),
                              {P("a"): (400.0, 0.0)})
            item = scene.tie_item("t")
            assert item is not None and item.geometry is not None
            pen = _pen(item)
            widths[strength] = pen.widthF()
            line = item.geometry.line
            points = [line.elementAt(i) for i in range(line.elementCount())]
            off_axis = max(abs(p.y) for p in points)
            moves = sum(1 for p in points if p.isMoveTo())
            weak = strength == TieStrength.WEAK
            # weak is dashed (a weak zigzag is broken up in the path itself), the others solid
            dashed_pen = pen.style() == Qt.PenStyle.CustomDashLine
            assert dashed_pen == (weak and quality != TieQuality.STRESSFUL)
            if quality == TieQuality.STRESSFUL:
                assert off_axis > 3 and len(points) > 10  # a zigzag
                assert (moves > 3) == weak
            else:
                assert off_axis < 0.01  # straight
            if quality == TieQuality.CUT_OFF:
                assert moves == 2 and not item.geometry.bars.isEmpty()  # gap + two bars
                assert item.geometry.bars.elementCount() == 4
            else:
                assert item.geometry.bars.isEmpty()
                assert moves == 1 or (weak and quality == TieQuality.STRESSFUL)
            colour = pen.color().name()
            expected = {TieQuality.SUPPORTIVE: "#1c7a3c", TieQuality.STRESSFUL: "#b3261e",
                        TieQuality.CUT_OFF: "#8a949e", TieQuality.NEUTRAL: "#3e4c59"}[quality]
            assert colour == expected
            scene.deleteLater()
    assert widths[TieStrength.STRONG] > 2 * widths[TieStrength.NORMAL]
    assert widths[TieStrength.NORMAL] == widths[TieStrength.WEAK]


@pytest.mark.parametrize(("direction", "count"), [
    (SupportDirection.NONE, 0), (SupportDirection.TO_TARGET, 1),
    (SupportDirection.TO_SOURCE, 1), (SupportDirection.MUTUAL, 2)])
def test_arrows_show_the_direction_of_support(qapp: QApplication, direction: SupportDirection,
                                              count: int) -> None:
    nodes = [Node(key=HH, kind=NodeKind.HOUSEHOLD, record_id=HOUSEHOLD, name="Gezin"),
             person("a", "A", domain=LifeDomain.FRIENDS, closeness=1)]
    scene = EcogramScene()
    tie = Tie("t", P("a"), HH, direction=direction, support=(SupportType.PRACTICAL,))
    scene.set_ecogram(Ecogram.of(HOUSEHOLD, "Gezin", nodes, [tie]), {P("a"): (400.0, 0.0)})
    item = scene.tie_item("t")
    assert item is not None and item.geometry is not None
    arrows = item.geometry.arrows
    assert len(arrows) == count
    if direction == SupportDirection.TO_TARGET:  # the household (target) end is at x ≈ 171
        assert min(p.x() for p in arrows[0]) < 200
    if direction == SupportDirection.TO_SOURCE:
        assert max(p.x() for p in arrows[0]) > 350
    assert item.badge_text == "P"
    assert item.badge.boundingRect().contains(item.badge_centre)
    assert item.geometry.spine.center() == item.badge_centre  # nothing in the way here
    assert item.badge.zValue() > item.zValue()
    scene.deleteLater()


def test_person_symbols(scene: EcogramScene) -> None:
    sanne, mo, marco = (scene.node_item(P(k)) for k in ("sanne", "mo", "marco"))
    ahmed = scene.node_item(P("ahmed"))
    assert sanne and mo and marco and ahmed
    assert sanne.node.is_index and ahmed.node.deceased
    # the edge distance follows the shape: circle constant, square further on the diagonal
    diag = 1 / math.sqrt(2)
    assert sanne.edge_distance(1, 0) == pytest.approx(sanne.edge_distance(diag, diag))
    assert mo.edge_distance(diag, diag) > mo.edge_distance(1, 0)
    assert marco.edge_distance(diag, diag) < marco.edge_distance(1, 0)
    school = scene.node_item(O("school"))
    assert school and school.symbol_rect().width() > school.symbol_rect().height()


def test_labels_and_roles_mode(scene: EcogramScene) -> None:
    kim = scene.node_item(P("kim"))
    school = scene.node_item(O("school"))
    household = scene.node_item(HH)
    assert kim and school and isinstance(household, HouseholdItem)
    assert kim.label_lines() == ("Kim de Vries", "vriendin")
    assert school.label_lines() == ("OBS De Regenboog", "juf Annet")
    assert household.shown_title() == "Gezin Bakker"
    scene.set_roles(True)
    assert kim.label_lines() == ("vriendin", "")
    assert "juf Annet" not in school.label_lines()  # a contact's name is personal data
    assert household.shown_title() == "Gezin"
    for item in scene.node_items():
        assert item.node.name not in item.toolTip() or not item.node.name \
            or item.node.is_organisation or item.node.name == item.node.role_label()
    scene.set_roles(False)
    assert kim.label_lines()[0] == "Kim de Vries"


def test_set_ecogram_updates_in_place_and_keeps_selection(scene: EcogramScene,
                                                          ecogram: Ecogram) -> None:
    kim = scene.node_item(P("kim"))
    scene.select(P("kim"))
    renamed = [n if n.key != P("kim") else Node(**{**n.__dict__, "name": "Kim Bos"})
               for n in ecogram.nodes if n.key != P("henk")]
    ties = [t for t in ecogram.ties if not t.touches(P("henk"))]
    positions = spread_positions(ecogram)
    positions[P("kim")] = (300.0, -300.0)
    scene.set_ecogram(ecogram.evolve(nodes=renamed, ties=ties), positions)
    assert scene.node_item(P("kim")) is kim
    assert kim.label_lines()[0] == "Kim Bos"
    assert kim.pos() == QPointF(300, -300)
    assert scene.node_item(P("henk")) is None and scene.tie_item("t05") is None
    assert scene.selected_keys() == [P("kim")]


# -- mouse -------------------------------------------------------------------------------------
def test_drag_moves_once_and_updates_ties(qtbot: QtBot, view: EcogramView,
                                          scene: EcogramScene) -> None:
    kim = scene.node_item(P("kim"))
    tie = scene.tie_item("t02")
    assert kim and tie and tie.geometry
    before_line = tie.geometry.spine
    start = kim.pos()
    moved: list[dict] = []
    scene.nodes_moved.connect(moved.append)
    drag(qtbot, view, start, start + QPointF(40, 30))
    assert len(moved) == 1
    assert list(moved[0]) == [P("kim")]
    x, y = moved[0][P("kim")]
    assert (x, y) == pytest.approx((start.x() + 40, start.y() + 30), abs=1.5)
    assert kim.pos() == QPointF(x, y)
    assert tie.geometry.spine != before_line
    # the tie still starts at Kim's edge
    assert math.dist((tie.geometry.spine.p1().x(), tie.geometry.spine.p1().y()),
                     (x, y)) == pytest.approx(kim.edge_distance(
                         *_unit(kim.pos(), scene.node_item(P("sanne")).pos())), abs=0.5)


def _unit(a: QPointF, b: QPointF) -> tuple[float, float]:
    d = math.dist((a.x(), a.y()), (b.x(), b.y()))
    return (b.x() - a.x()) / d, (b.y() - a.y()) / d


def test_only_the_ties_of_a_moved_node_are_rerouted(scene: EcogramScene) -> None:
    kim = scene.node_item(P("kim"))
    assert kim is not None
    calls: list[str] = []
    for item in scene.tie_items():
        original = item.adjust
        item.adjust = (lambda orig=original, tid=item.tie_id: (calls.append(tid), orig())[1])
    kim.setPos(kim.pos() + QPointF(5, 5))
    assert calls == ["t02"]


def test_resting_ties_go_to_the_background_during_a_move(scene: EcogramScene) -> None:
    scene.begin_move([P("kim")])
    assert scene.moving()
    assert scene.tie_item("t02").isVisible()  # type: ignore[union-attr]  # Kim's own tie
    assert not scene.tie_item("t01").isVisible()  # type: ignore[union-attr]
    assert not scene.tie_item("t01").badge.isVisible()  # type: ignore[union-attr]
    scene.end_move()
    assert not scene.moving()
    assert all(t.isVisible() and t.badge.isVisible() for t in scene.tie_items())


def test_badges_move_off_a_label(scene: EcogramScene) -> None:
    fatma, household = scene.node_item(P("fatma")), scene.node_item(HH)
    tie = scene.tie_item("t01")
    assert fatma and household and tie
    # Put the tie right under Fatma's name: the badge moves along to a free spot.
    fatma.setPos(QPointF(0, -260))
    assert tie.geometry is not None
    assert tie.badge_centre != tie.geometry.spine.center()
    assert not badge_rect(tie.badge_text, tie.badge_centre, 1.3).intersects(fatma.label_area())


def test_members_stay_inside_and_network_outside_when_dragged(scene: EcogramScene) -> None:
    noah, kim = scene.node_item(P("noah")), scene.node_item(P("kim"))
    assert noah and kim
    noah.setPos(QPointF(600, 0))
    assert math.hypot(noah.pos().x(), noah.pos().y()) < HOUSEHOLD_RADIUS
    kim.setPos(QPointF(10, 0))
    assert math.hypot(kim.pos().x(), kim.pos().y()) > HOUSEHOLD_RADIUS


def test_not_editable_prevents_moving(qtbot: QtBot, view: EcogramView,
                                      scene: EcogramScene) -> None:
    scene.set_editable(False)
    kim = scene.node_item(P("kim"))
    assert kim is not None
    start = kim.pos()
    moved: list[dict] = []
    connects: list[tuple] = []
    scene.nodes_moved.connect(moved.append)
    scene.connect_requested.connect(lambda a, b: connects.append((a, b)))
    drag(qtbot, view, start, start + QPointF(50, 50))
    assert kim.pos() == start and moved == []
    sanne = scene.node_item(P("sanne"))
    assert sanne is not None
    drag(qtbot, view, start, sanne.pos(), Qt.MouseButton.RightButton)
    assert connects == []
    scene.select(P("kim"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert kim.pos() == start and moved == []


@pytest.mark.parametrize("how", ["right", "shift", "mode"])
def test_connect_by_dragging(qtbot: QtBot, view: EcogramView, scene: EcogramScene,
                             how: str) -> None:
    kim, ria = scene.node_item(P("kim")), scene.node_item(P("ria"))
    assert kim and ria
    start = kim.pos()
    requested: list[tuple[str, str]] = []
    moved: list[dict] = []
    scene.connect_requested.connect(lambda a, b: requested.append((a, b)))
    scene.nodes_moved.connect(moved.append)
    button, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    if how == "right":
        button = Qt.MouseButton.RightButton
    elif how == "shift":
        mods = Qt.KeyboardModifier.ShiftModifier
    else:
        scene.set_connect_mode(True)
    drag(qtbot, view, start, ria.pos(), button, mods)
    assert requested == [(P("kim"), P("ria"))]
    assert kim.pos() == start and moved == []
    assert not [i for i in scene.items() if type(i).__name__ == "QGraphicsLineItem"]
    # dropping on empty space connects nothing
    drag(qtbot, view, start, QPointF(900, 900), button, mods)
    assert len(requested) == 1


def test_connect_to_the_household_circle(qtbot: QtBot, view: EcogramView,
                                         scene: EcogramScene) -> None:
    kim = scene.node_item(P("kim"))
    assert kim is not None
    requested: list[tuple[str, str]] = []
    scene.connect_requested.connect(lambda a, b: requested.append((a, b)))
    drag(qtbot, view, kim.pos(), QPointF(0, -140), Qt.MouseButton.RightButton)
    assert requested == [(P("kim"), HH)]


def test_double_click_activates(qtbot: QtBot, view: EcogramView, scene: EcogramScene) -> None:
    kim, tie = scene.node_item(P("kim")), scene.tie_item("t04")
    assert kim and tie and tie.geometry
    nodes: list[str] = []
    ties: list[str] = []
    scene.node_activated.connect(nodes.append)
    scene.tie_activated.connect(ties.append)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=viewport_point(view, kim.pos()))
    assert nodes == [P("kim")]
    spine = tie.geometry.spine
    point = spine.pointAt(0.3)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=viewport_point(view, point))
    assert ties == ["t04"]


def test_click_selects_and_reports(qtbot: QtBot, view: EcogramView,
                                   scene: EcogramScene) -> None:
    kim = scene.node_item(P("kim"))
    assert kim is not None
    with qtbot.waitSignal(scene.selection_changed_keys):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=viewport_point(view, kim.pos()))
    assert scene.selected_keys() == [P("kim")]
    assert scene.select("t04")
    assert scene.selected_tie_ids() == ["t04"] and scene.selected_keys() == []
    assert not scene.select("nothing")


# -- keyboard ----------------------------------------------------------------------------------
def test_tab_cycles_selection(qtbot: QtBot, view: EcogramView, scene: EcogramScene,
                              ecogram: Ecogram) -> None:
    view.setFocus()
    seen = []
    for _ in range(len(ecogram.nodes)):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert len(scene.selected_keys()) == 1
        seen.append(scene.selected_keys()[0])
    assert seen[0] == HH
    assert set(seen) == {n.key for n in ecogram.nodes}
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_keys() == [seen[0]]  # round again
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_keys() == [seen[-1]]


def test_delete_enter_and_arrows(qtbot: QtBot, view: EcogramView, scene: EcogramScene) -> None:
    view.setFocus()
    deletes: list[bool] = []
    activated: list[str] = []
    moved: list[dict] = []
    view.delete_requested.connect(lambda: deletes.append(True))
    scene.node_activated.connect(activated.append)
    scene.nodes_moved.connect(moved.append)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert deletes == []  # nothing selected
    scene.select(P("kim"))
    kim = scene.node_item(P("kim"))
    assert kim is not None
    start = kim.pos()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert deletes == [True]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated == [P("kim")]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert kim.pos() == start + QPointF(10, 10)
    assert len(moved) == 2
    assert moved[-1] == {P("kim"): (start.x() + 10, start.y() + 10)}


def test_zoom_and_fit(qtbot: QtBot, view: EcogramView, scene: EcogramScene) -> None:
    view.set_zoom(1.0)
    view.zoom_in()
    assert view.zoom() == pytest.approx(1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(0.8)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    content = scene.content_rect()
    assert visible.contains(content)
    assert view.zoom() < 1.0
    for _ in range(30):
        view.zoom_in()
    assert view.zoom() <= 4.0


# -- compare -----------------------------------------------------------------------------------
def test_compare_marks_added_changed_removed(scene: EcogramScene, view: EcogramView,
                                             ecogram: Ecogram) -> None:
    gone = person("oud", "Bas", "oud-buurman", gender=Gender.MALE,
                  domain=LifeDomain.NEIGHBOURS, closeness=2)
    gone_tie = Tie("t99", gone.key, HH, TieStrength.NORMAL, TieQuality.SUPPORTIVE)
    stale_tie = Tie("t98", P("kim"), P("mo"), TieStrength.WEAK, TieQuality.NEUTRAL)
    kim = ecogram.node(P("kim"))
    assert kim is not None
    diff = EcogramDiff(
        added_nodes=(ecogram.node(P("ria")),),  # type: ignore[arg-type]
        changed_nodes=((kim, kim),),
        removed_nodes=(gone,),
        added_ties=(ecogram.tie("t04"),),  # type: ignore[arg-type]
        changed_ties=((ecogram.tie("t09"), ecogram.tie("t09")),),  # type: ignore[arg-type]
        removed_ties=(gone_tie, stale_tie),
    )
    scene.set_compare(diff, {gone.key: (330.0, 250.0)})
    assert scene.node_item(P("ria")).compare == CompareState.ADDED  # type: ignore[union-attr]
    assert scene.node_item(P("kim")).compare == CompareState.CHANGED  # type: ignore[union-attr]
    assert scene.tie_item("t04").compare == CompareState.ADDED  # type: ignore[union-attr]
    assert scene.tie_item("t09").compare == CompareState.CHANGED  # type: ignore[union-attr]
    ghosts = scene.ghost_items()
    ghost_nodes = [g for g in ghosts if isinstance(g, NodeItem)]
    ghost_ties = [g for g in ghosts if isinstance(g, TieItem)]
    assert [g.key for g in ghost_nodes] == [gone.key]
    assert ghost_nodes[0].pos() == QPointF(330, 250)
    assert {g.tie_id for g in ghost_ties} == {"t99", "t98"}
    assert all(g.compare == CompareState.REMOVED for g in ghosts)  # type: ignore[attr-defined]
    assert not ghost_nodes[0].flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    assert gone.key not in scene.positions()
    assert any(e.key == "compare-added" for e in view.legend.entries())
    scene.set_compare(None)
    assert scene.ghost_items() == []
    assert scene.node_item(P("ria")).compare is None  # type: ignore[union-attr]
    assert not any(e.key.startswith("compare-") for e in view.legend.entries())
    # the ghost ties no longer hang on the nodes
    assert all(not (isinstance(e, TieItem) and e.ghost)
               for item in scene.node_items() for e in item.edges)


# -- legend ------------------------------------------------------------------------------------
def test_legend_is_visible_with_every_style(view: EcogramView) -> None:
    legend = view.legend
    assert legend.isVisible() and legend.body.isVisible()
    keys = {e.key for e in legend.entries()}
    expected = (
        {f"tie-{s.value}" for s in TieStrength}
        | {f"tie-{q.value}" for q in TieQuality if q != TieQuality.NEUTRAL}
        | {"direction-one", "direction-mutual"}
        | {f"support-{s.value}" for s in SupportType}
        | {"person-male", "person-female", "person-other", "person-deceased", "person-index",
           "organisation"}
        | {f"partner-{s.value}" for s in PartnerStatus}
        | {f"child-{c.value}" for c in ChildType}
    )
    assert expected <= keys
    assert all(e.text for e in legend.entries())
    # inside the viewport, in its top-right corner
    viewport = view.viewport().geometry()
    assert viewport.contains(legend.geometry())
    assert legend.geometry().right() > viewport.center().x()
    legend.set_expanded(False)
    assert not legend.body.isVisible() and legend.isVisible()
    assert legend.height() < 60
    legend.toggle.click()
    assert legend.body.isVisible()


def test_legend_samples_paint(view: EcogramView) -> None:
    image = view.legend.grab().toImage()
    assert image.width() > 150 and image.height() > 150
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert len(colours) > 10  # lines, symbols and text, not a blank box


def test_empty_ecogram_draws_just_the_circle(qapp: QApplication) -> None:
    scene = EcogramScene()
    scene.set_ecogram(Ecogram.of(HOUSEHOLD, ""), {})
    assert [type(i) for i in scene.node_items()] == [HouseholdItem]
    assert scene.positions() == {HH: (0.0, 0.0)}
    path = QPainterPath()
    path.addRect(scene.content_rect())
    assert scene.content_rect().width() > 2 * RING_RADII[3]
    scene.deleteLater()


# -- moving fast -------------------------------------------------------------------------------
def _reference_zigzag(p1: QPointF, p2: QPointF, width: float, dashed: bool,
                      start_d: float = 0.0, end_off: float = 0.0) -> list[tuple[float, ...]]:
    """The zigzag's segments worked out corner by corner (as the map always drew them)."""
    from voordeur.gui.ecogram.painting import (
        ZIGZAG_AMPLITUDE,
        ZIGZAG_DASH,
        ZIGZAG_LEAD,
        ZIGZAG_STEP,
    )
    length = math.dist((p1.x(), p1.y()), (p2.x(), p2.y()))
    ux, uy = (p2.x() - p1.x()) / length, (p2.y() - p1.y()) / length
    end_d = length - end_off

    def point(d: float, off: float = 0.0) -> tuple[float, float]:
        return (p1.x() + ux * d - uy * off, p1.y() + uy * d + ux * off)

    span = end_d - start_d - 2 * ZIGZAG_LEAD
    steps = max(3, round(span / ZIGZAG_STEP))
    step, amplitude = span / steps, ZIGZAG_AMPLITUDE + width * 0.4
    corners = [point(start_d + ZIGZAG_LEAD)]
    corners += [point(start_d + ZIGZAG_LEAD + i * step, amplitude if i % 2 else -amplitude)
                for i in range(1, steps)]
    corners += [point(end_d - ZIGZAG_LEAD), point(end_d)]
    segments, previous = [], point(start_d)
    for i, corner in enumerate(corners):
        if not (dashed and i % ZIGZAG_DASH == 0 and 0 < i < len(corners) - 2):
            segments.append((*previous, *corner))
        previous = corner
    return segments


@pytest.mark.parametrize("strength", [TieStrength.NORMAL, TieStrength.WEAK, TieStrength.STRONG])
@pytest.mark.parametrize("direction", [SupportDirection.NONE, SupportDirection.MUTUAL])
def test_zigzag_segments_are_the_corners_of_the_teeth(qapp: QApplication, strength: TieStrength,
                                                      direction: SupportDirection) -> None:
    from voordeur.gui.ecogram.painting import tie_geometry, tie_style

    style = tie_style(strength, TieQuality.STRESSFUL)
    p1, p2 = QPointF(12.5, -40.0), QPointF(251.0, 133.3)
    geometry = tie_geometry(p1, p2, style, direction)
    assert geometry.segments is not None
    points = geometry.segments
    got = [(points[i].x(), points[i].y(), points[i + 1].x(), points[i + 1].y())
           for i in range(0, len(points), 2)]
    head = (8.0 + style.width * 1.3) * 0.7 if direction == SupportDirection.MUTUAL else 0.0
    expected = _reference_zigzag(p1, p2, style.width, style.dashed, head, head)
    assert len(got) == len(expected)
    for a, b in zip(got, expected, strict=True):
        assert a == pytest.approx(b, abs=1e-9)


def test_a_drag_draws_the_moving_ties_in_one_layer_and_restores_them(
        qtbot: QtBot, view: EcogramView, scene: EcogramScene) -> None:
    from voordeur.gui.ecogram.moving_ties import MovingTiesItem
    from voordeur.gui.ecogram.painting import tie_geometry

    mo = scene.node_item(P("mo"))
    assert mo is not None
    own = [t for t in scene.tie_items() if P("mo") in (t.tie.source, t.tie.target)]
    scene.begin_move([P("mo")])
    layers = [i for i in scene.items() if isinstance(i, MovingTiesItem)]
    assert len(layers) == 1 and set(layers[0].ties) == set(own)
    mo.setPos(mo.pos() + QPointF(-20, 15))
    assert layers[0].boundingRect().contains(own[0].geometry_ends()[0])  # type: ignore[index]
    # Painting mid-move works (and draws: the moving ties are no longer on the background).
    image = view.grab().toImage()
    assert image.width() > 100
    scene.end_move()
    assert not [i for i in scene.items() if isinstance(i, MovingTiesItem)]
    for tie in own:
        ends = tie.geometry_ends()
        assert ends is not None and tie.geometry is not None
        assert tie.boundingRect().contains(tie.geometry.spine.center())
        if len(tie.route_points()) > 2:
            continue  # bends around a member again (test_ecogram_readable.py)
        exact = tie_geometry(ends[0], ends[1], tie.style, tie.tie.direction)
        assert tie.geometry.spine == exact.spine
        assert tie.geometry.line.elementCount() == exact.line.elementCount()


def test_the_hit_area_follows_a_drag(qtbot: QtBot, view: EcogramView,
                                     scene: EcogramScene) -> None:
    kim, tie = scene.node_item(P("kim")), scene.tie_item("t02")
    assert kim and tie and tie.geometry
    old_middle = tie.geometry.spine.pointAt(0.3)
    assert tie.shape().contains(old_middle)
    start = kim.pos()
    drag(qtbot, view, start, start + QPointF(60, -70))
    assert kim.pos() != start and tie.geometry is not None
    new_middle = tie.geometry.spine.pointAt(0.3)
    assert tie.shape().contains(new_middle)
    assert not tie.shape().contains(old_middle)
    assert tie.shape().contains(tie.badge_centre)  # the badge is part of the tie
    assert tie.boundingRect().contains(tie.shape().boundingRect())
    # and a click there selects the tie
    scene.clearSelection()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, view.mapFromScene(new_middle))
    assert scene.selected_tie_ids() == ["t02"]


def test_tooltips_are_made_when_asked(qtbot: QtBot, view: EcogramView,
                                      scene: EcogramScene) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    kim, tie = scene.node_item(P("kim")), scene.tie_item("t02")
    assert kim and tie and tie.geometry
    assert kim.toolTip().startswith("Kim de Vries")
    assert tie.toolTip().startswith("Kim de Vries – Sanne") and tie.badge.toolTip() == \
        tie.toolTip()
    for point, expected in ((kim.pos(), kim.toolTip()),
                            (tie.geometry.spine.pointAt(0.3), tie.toolTip())):
        at = view.mapFromScene(point)
        QApplication.sendEvent(view.viewport(), QHelpEvent(
            QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))
        assert QToolTip.text() == expected
    QToolTip.hideText()
