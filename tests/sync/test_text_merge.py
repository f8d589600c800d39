"""Three-way merge of notes: paragraphs edited apart merge, the same paragraph conflicts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from voordeur.sync.text_merge import merge_text

BASE = "Eerste alinea.\nTweede alinea.\nDerde alinea.\n"


def test_edits_of_different_paragraphs_both_survive() -> None:
    mine = BASE.replace("Eerste alinea.", "Eerste alinea, aangevuld door A.")
    theirs = BASE.replace("Derde alinea.", "Derde alinea, aangevuld door B.")
    result = merge_text(BASE, mine, theirs)
    assert not result.conflict
    assert result.text == ("Eerste alinea, aangevuld door A.\nTweede alinea.\n"
                           "Derde alinea, aangevuld door B.\n")


def test_rewriting_the_same_sentence_is_a_conflict() -> None:
    mine = BASE.replace("Tweede alinea.", "Tweede alinea volgens A.")
    theirs = BASE.replace("Tweede alinea.", "Tweede alinea volgens B.")
    result = merge_text(BASE, mine, theirs)
    assert result.conflict and result.text is None


def test_the_same_edit_on_both_sides_is_no_conflict() -> None:
    mine = BASE + "Vierde.\n"
    assert merge_text(BASE, mine, mine).text == mine


def test_text_without_a_final_newline_and_an_empty_base() -> None:
    assert merge_text("", "a", "").text == "a"
    assert merge_text("", "", "b").text == "b"
    base = "Para een.\n\nPara twee.\n\nPara drie."
    mine = base.replace("een.", "een, door A.")
    theirs = base.replace("drie.", "drie, door B.")
    assert merge_text(base, mine, theirs).text == (
        "Para een, door A.\n\nPara twee.\n\nPara drie, door B.")


@given(st.text(max_size=60), st.text(max_size=60))
def test_one_sided_edits_always_win(base: str, edit: str) -> None:
    assert merge_text(base, edit, base).text == edit
    assert merge_text(base, base, edit).text == edit
