"""Plain Dutch words for the ecogram: how a contact is called in a sentence, the "Wie steunt
wie?" choices, the indicator explanations and the one-sentence change summary.

Pure text functions (no widgets), so the panels, the lead's tab and the tests share them.
Everything goes through `_t` (context "EcogramText"); singular and plural are separate strings
because Dutch word order differs between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from voordeur.domain.ecogram import Ecogram, Node, Tie, split_key
from voordeur.domain.ecogram_diff import ChangeKind, ChangeSummary, ContactChange
from voordeur.domain.ecogram_indicators import Dependence, Indicators
from voordeur.model.catalogues import (
    ORGANISATION_KIND_LABELS,
    Gender,
    NodeKind,
    OrganisationKind,
    SupportDirection,
    SupportType,
)

MAX_NAMED = 3  # more contacts than this in one part of a sentence are counted, not named


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramText", text, None, n)


def capitalise(text: str) -> str:
    """First letter upper case (for a name phrase at the start of a sentence)."""
    return text[:1].upper() + text[1:]


# -- how a contact is called ------------------------------------------------------------------
# Kinship words that work as a name on their own ("de relatie met oma"); other roles get an
# article ("de relatie met de buurvrouw").
_BARE_ROLES = frozenset({"oma", "opa", "omi", "opi", "mama", "papa", "moeder", "vader",
                         "tante", "oom", "mam", "pap"})


# Organisation kinds as nouns in a sentence ("de relatie met school", "met de huisarts").
def _kind_nouns() -> dict[OrganisationKind, str]:
    # Built on each call: the strings are translated in the current language.
    return {
        OrganisationKind.SCHOOL: _t("school"),
        OrganisationKind.JGZ: _t("het consultatiebureau"),
        OrganisationKind.GP: _t("de huisarts"),
        OrganisationKind.CHILDCARE: _t("de kinderopvang"),
        OrganisationKind.YOUTH_CARE: _t("de jeugdhulp"),
        OrganisationKind.SOCIAL_TEAM: _t("het sociaal wijkteam"),
        OrganisationKind.COMMUNITY_WORK: _t("het buurtwerk"),
        OrganisationKind.VEILIG_THUIS: _t("Veilig Thuis"),
        OrganisationKind.DEBT_SUPPORT: _t("de schuldhulpverlening"),
        OrganisationKind.SPORTS_CLUB: _t("de sportclub"),
        OrganisationKind.FAITH: _t("de kerk of moskee"),
        OrganisationKind.WORK: _t("het werk"),
        OrganisationKind.MENTAL_HEALTH: _t("de GGZ"),
        OrganisationKind.HOUSING: _t("de woningcorporatie"),
        OrganisationKind.MUNICIPALITY: _t("de gemeente"),
        OrganisationKind.LIBRARY: _t("de bibliotheek"),
    }

_KIND_BY_LABEL = {label.casefold(): kind for kind, label in ORGANISATION_KIND_LABELS.items()}
_GENERIC_ROLES = frozenset({"", "contact", "gezinslid"})  # Node.role_label() fallbacks


def kind_noun(kind: OrganisationKind | None) -> str | None:
    """'school', 'de huisarts' — None for 'Overig' (then the organisation's name is used)."""
    return _kind_nouns().get(kind) if kind is not None else None


def role_phrase(role: str) -> str:
    """'oma' stays 'oma'; a single lower-case role word gets an article: 'de buurvrouw'.
    Longer roles ('buurvrouw Ans') read as a name already."""
    role = role.strip()
    if not role or " " in role or not role[0].islower() or role.casefold() in _BARE_ROLES:
        return role
    return _t("de {role}").format(role=role)


def _first_name(name: str) -> str:
    return name.split()[0] if name.split() else ""


def node_phrase(node: Node | None) -> str:
    """A contact as it is said at the kitchen table, lower case where Dutch allows it:
    'het gezin', 'oma Fatma', 'de buurvrouw', 'Fatma Yilmaz', 'school'."""
    if node is None:
        return _t("iemand")
    if node.is_household:
        return _t("het gezin")
    if node.is_organisation:
        return node.name or kind_noun(node.organisation_kind) or _t("de organisatie")
    role = node.role.strip()
    first = _first_name(node.name)
    if role and first:
        return _t("{role} {name}").format(role=role, name=first)
    if role:
        return role_phrase(role)
    return node.name or _t("iemand")


def change_phrase(change: ContactChange, ecogram: Ecogram | None = None) -> str:
    """A contact in a change sentence: the role when there is one ('oma'), an organisation's
    kind as a noun ('school'), else the name."""
    node = ecogram.node(change.key) if ecogram is not None else None
    try:
        kind, _ = split_key(change.key)
    except ValueError:
        kind = NodeKind.PERSON
    if kind == NodeKind.ORGANISATION:
        org_kind = node.organisation_kind if node is not None else _KIND_BY_LABEL.get(
            change.role_label.strip().casefold())
        noun = kind_noun(org_kind)
        if noun:
            return noun
        return change.name or change.role_label or _t("een organisatie")
    role = change.role_label.strip()
    if role.casefold() not in _GENERIC_ROLES and role != change.name:
        return role_phrase(role)
    return change.name or _t("iemand")


def join_names(parts: Sequence[str]) -> str:
    """'oma', 'oma en school', 'oma, school en de buurvrouw'."""
    if len(parts) <= 1:
        return "".join(parts)
    return _t("{first} en {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


# -- direction of support ---------------------------------------------------------------------
def direction_choices(tie: Tie, ecogram: Ecogram | None) -> list[tuple[SupportDirection, str]]:
    """The 'Wie steunt wie?' choices for a tie, the network end as the giver first:
    'Oma Fatma steunt het gezin', 'Het gezin steunt oma Fatma', 'Ze steunen elkaar',
    'Geen steun'."""
    source = ecogram.node(tie.source) if ecogram is not None else None
    target = ecogram.node(tie.target) if ecogram is not None else None
    return direction_choices_for(node_phrase(source), node_phrase(target),
                                 source_first=source is None or source.in_network
                                 or target is None or not target.in_network)


def direction_choices_for(source: str, target: str, *, source_first: bool = True
                          ) -> list[tuple[SupportDirection, str]]:
    """The same choices from the two ends' phrases (also used while a name is being typed)."""
    to_target = (SupportDirection.TO_TARGET,
                 capitalise(_t("{giver} steunt {receiver}").format(giver=source,
                                                                   receiver=target)))
    to_source = (SupportDirection.TO_SOURCE,
                 capitalise(_t("{giver} steunt {receiver}").format(giver=target,
                                                                   receiver=source)))
    first, second = (to_target, to_source) if source_first else (to_source, to_target)
    return [first, second, (SupportDirection.MUTUAL, _t("Ze steunen elkaar")),
            (SupportDirection.NONE, _t("Geen steun"))]


def direction_from(tie: Tie, key: str) -> str:
    """The direction seen from one end, for a list column: 'geeft steun', 'krijgt steun'."""
    if tie.direction == SupportDirection.MUTUAL:
        return _t("over en weer")
    if tie.direction == SupportDirection.NONE:
        return _t("geen steun")
    gives = (tie.direction == SupportDirection.TO_TARGET) == (tie.source == key)
    return _t("geeft steun") if gives else _t("krijgt steun")


# -- support types in sentences ---------------------------------------------------------------
def _nobody(support: SupportType) -> str:
    return {
        SupportType.PRACTICAL: _t("Niemand geeft praktische hulp."),
        SupportType.COMPANIONSHIP: _t("Niemand is er voor gezelschap."),
        SupportType.ADVICE: _t("Niemand geeft advies."),
        SupportType.EMOTIONAL: _t("Niemand geeft emotionele steun."),
    }[support]


def support_noun(support: SupportType) -> str:
    """'praktische hulp', 'gezelschap', 'advies', 'emotionele steun'."""
    return {
        SupportType.PRACTICAL: _t("praktische hulp"),
        SupportType.COMPANIONSHIP: _t("gezelschap"),
        SupportType.ADVICE: _t("advies"),
        SupportType.EMOTIONAL: _t("emotionele steun"),
    }[support]


def support_letters(types: Sequence[SupportType]) -> str:
    """'P G E' in the fixed order P, G, A, E."""
    return " ".join(s.value for s in SupportType if s in types)


# -- indicators -------------------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorLine:
    """One line of the indicators view: a short figure ('6', '4 van 6'), the sentence, a hint
    that explains the figure, and whether it is an attention point."""

    figure: str
    text: str
    hint: str = ""
    attention: bool = False


def indicator_lines(ind: Indicators, ecogram: Ecogram | None = None) -> list[IndicatorLine]:
    """The numbers, each with a B1 explanation, then the attention points."""
    lines = [_size_line(ind)]
    if ind.size:
        lines.append(_informal_line(ind))
    lines.append(_reciprocity_line(ind))
    return lines + attention_lines(ind, ecogram)


def attention_lines(ind: Indicators, ecogram: Ecogram | None = None) -> list[IndicatorLine]:
    lines = []
    if ind.size:
        for support in SupportType:
            if support in ind.missing_support:
                lines.append(IndicatorLine(support.value, _nobody(support), _t(
                    "Niemand in het netwerk geeft deze steun aan het gezin."), True))
    for dependence in ind.dependence:
        node = ecogram.node(dependence.key) if ecogram is not None else None
        lines.append(IndicatorLine(f"{round(dependence.share * 100)}%",
                                   dependence_text(dependence, node), _t(
            "Als deze steun wegvalt, is er weinig anders."), True))
    if ind.stressful:
        text = (_t("1 relatie geeft stress.") if ind.stressful == 1
                else _t("{n} relaties geven stress.").format(n=ind.stressful))
        lines.append(IndicatorLine(str(ind.stressful), text, "", True))
    if ind.cut_off:
        text = (_t("Met 1 contact is het contact verbroken.") if ind.cut_off == 1
                else _t("Met {n} contacten is het contact verbroken.").format(n=ind.cut_off))
        lines.append(IndicatorLine(str(ind.cut_off), text, "", True))
    return lines


def _size_line(ind: Indicators) -> IndicatorLine:
    if ind.size == 0:
        return IndicatorLine("0", _t("Er staat nog niemand om het gezin heen."),
                             _t("Voeg familie, vrienden, buren en organisaties toe."))
    text = (_t("1 persoon of organisatie om het gezin heen.") if ind.size == 1
            else _t("{n} mensen en organisaties om het gezin heen.").format(n=ind.size))
    return IndicatorLine(str(ind.size), text, _t("Het gezin zelf telt niet mee."))


def _informal_line(ind: Indicators) -> IndicatorLine:
    figure = _t("{part} van {total}").format(part=ind.informal, total=ind.size)
    if ind.informal == 1:
        text = _t("1 van de {total} is familie, vriend of buur (informeel).").format(
            total=ind.size)
    else:
        text = _t("{part} van de {total} zijn familie, vrienden of buren (informeel).").format(
            part=ind.informal, total=ind.size)
    if ind.formal == 0:
        hint = _t("Er is geen professionele hulp (formeel).")
    elif ind.formal == 1:
        hint = _t("1 is professionele hulp (formeel).")
    else:
        hint = _t("{n} zijn professionele hulp (formeel).").format(n=ind.formal)
    return IndicatorLine(figure, text, hint)


def _reciprocity_line(ind: Indicators) -> IndicatorLine:
    if ind.directed_ties == 0:
        return IndicatorLine("–", _t("Er is nog geen steun ingevuld."),
                             _t("Vul bij een relatie in wie wie steunt."))
    figure = _t("{part} van {total}").format(part=ind.mutual_ties, total=ind.directed_ties)
    if ind.directed_ties == 1:
        text = (_t("De ene relatie met steun is wederzijds.") if ind.mutual_ties
                else _t("De ene relatie met steun is niet wederzijds."))
    elif ind.mutual_ties == 1:
        text = _t("In 1 van de {total} relaties met steun steunen ze elkaar.").format(
            total=ind.directed_ties)
    else:
        text = _t("In {part} van de {total} relaties met steun steunen ze elkaar.").format(
            part=ind.mutual_ties, total=ind.directed_ties)
    return IndicatorLine(figure, text, _t("Wederzijds: het gezin geeft ook iets terug."))


def dependence_text(dep: Dependence, node: Node | None = None) -> str:
    """'Oma Fatma geeft de helft van alle steun: veel hangt van haar af.'"""
    who = capitalise(node_phrase(node) if node is not None else dep.name)
    if dep.share >= 0.995:
        amount = _t("alle steun")
    elif abs(dep.share - 0.5) < 0.03:
        amount = _t("de helft van alle steun")
    elif dep.share > 0.5:
        amount = _t("meer dan de helft van alle steun")
    else:
        amount = ""
    only = join_names([support_noun(s) for s in SupportType if s in dep.only_source_of])
    if amount and only:
        what = _t("{who} geeft {amount} en is de enige die {only} geeft").format(
            who=who, amount=amount, only=only)
    elif amount:
        what = _t("{who} geeft {amount}").format(who=who, amount=amount)
    elif only:
        what = _t("Alleen {who} geeft {only}").format(who=node_phrase(node) if node
                                                      else dep.name, only=only)
    else:
        what = _t("{who} geeft veel steun").format(who=who)
    return _t("{what}: veel hangt van {whom} af.").format(what=what, whom=_pronoun(node))


def _pronoun(node: Node | None) -> str:
    if node is not None and node.is_organisation:
        return _t("deze organisatie")
    if node is not None and node.gender == Gender.FEMALE:
        return _t("haar")
    if node is not None and node.gender == Gender.MALE:
        return _t("hem")
    return _t("deze persoon")


# -- what changed -----------------------------------------------------------------------------
def _counted(kind: ChangeKind, n: int) -> str | None:
    """Changes that are counted: '2 nieuwe steunende contacten'."""
    if kind == ChangeKind.NEW_SUPPORTIVE:
        return (_t("1 nieuw steunend contact") if n == 1
                else _t("{n} nieuwe steunende contacten").format(n=n))
    if kind == ChangeKind.NEW:
        return _t("1 nieuw contact") if n == 1 else _t("{n} nieuwe contacten").format(n=n)
    if kind == ChangeKind.GONE:
        return (_t("1 contact is er niet meer") if n == 1
                else _t("{n} contacten zijn er niet meer").format(n=n))
    return None


def _named(kind: ChangeKind, n: int) -> str:
    """Changes that name the contacts ({who}): 'de relatie met school is niet meer stressvol'."""
    one = n == 1
    if kind == ChangeKind.NO_LONGER_STRESSFUL:
        return (_t("de relatie met {who} is niet meer stressvol") if one
                else _t("de relaties met {who} zijn niet meer stressvol"))
    if kind == ChangeKind.NOW_STRESSFUL:
        return (_t("de relatie met {who} is nu stressvol") if one
                else _t("de relaties met {who} zijn nu stressvol"))
    if kind == ChangeKind.CUT_OFF:
        return (_t("het contact met {who} is verbroken") if one
                else _t("de contacten met {who} zijn verbroken"))
    if kind == ChangeKind.RECONNECTED:
        return _t("er is weer contact met {who}")
    if kind == ChangeKind.STRONGER:
        return (_t("de relatie met {who} is sterker geworden") if one
                else _t("de relaties met {who} zijn sterker geworden"))
    return (_t("de relatie met {who} is zwakker geworden") if one
            else _t("de relaties met {who} zijn zwakker geworden"))


def change_parts(summary: ChangeSummary, ecogram: Ecogram | None = None) -> list[str]:
    """The parts of the change sentence, in ChangeKind order."""
    parts = []
    for kind in ChangeKind:
        changes = [c for c in summary.changes if c.kind == kind]
        if not changes:
            continue
        counted = _counted(kind, len(changes))
        if counted is not None:
            parts.append(counted)
            continue
        names = list(dict.fromkeys(change_phrase(c, ecogram) for c in changes))
        if len(names) > MAX_NAMED:
            who = _t("{n} contacten").format(n=len(names))
        else:
            who = join_names(names)
        parts.append(_named(kind, len(names)).format(who=who))
    return parts


def change_sentence(summary: ChangeSummary, since: str | None,
                    ecogram: Ecogram | None = None) -> str:
    """One plain sentence: 'Sinds 3 maart: 2 nieuwe steunende contacten; de relatie met school
    is niet meer stressvol.' or 'Geen veranderingen in het netwerk sinds 3 maart.'

    `since` is a date already formatted ('3 maart'); `ecogram` (the later map) is optional and
    lets organisations be called by their kind ('school') instead of their name.
    """
    parts = change_parts(summary, ecogram)
    if not parts:
        if since:
            return _t("Geen veranderingen in het netwerk sinds {since}.").format(since=since)
        return _t("Geen veranderingen in het netwerk.")
    body = "; ".join(parts)
    if since:
        return _t("Sinds {since}: {changes}.").format(since=since, changes=body)
    return capitalise(body) + "."
