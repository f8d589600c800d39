#!/usr/bin/env python3
"""Voordeur's translations: Dutch source strings in the code, English in a Qt `.ts` file.

The source language is Dutch (nl_NL); `resources/translations/voordeur_en.ts` (en_GB) is the one
translation source that is committed. The compiled `voordeur_en.qm` is built from it and never
committed (it is gitignored; `scripts/dev.py setup` builds it, offline, with pyside6-lrelease).

Commands (run with the project's Python, e.g. `.venv/bin/python scripts/translations.py …`):

    update [--prune]  Collect every translatable string into the .ts, keeping the translations
                      that are there. Sources: `self.tr(…)` / `QCoreApplication.translate(…)`
                      in src/voordeur/gui/**/*.py and the Designer forms ui/*.ui (both found by
                      pyside6-lupdate), plus what lupdate cannot see: the catalogue labels
                      (`voordeur.gui.common.i18n.all_catalogue_labels()`, context "Catalogue") and
                      calls of small module-level helpers such as
                      `def _t(text, n=-1): return QCoreApplication.translate("Errors", text,
                      None, n)` (found by reading the code's syntax tree).
                      New strings arrive as type="unfinished"; strings that disappeared from the
                      code stay in the file as type="vanished" with their translation, so
                      nothing is lost when a string comes back; `--prune` drops them.
    todo [FILE]       Write the unfinished entries as JSON ({context: {source: ""}}; a plural
                      entry wants a list of two English forms, singular then plural) to FILE
                      or stdout: the easy way to fill in what is missing.
    apply FILE        Take translations from such a JSON file (empty ones are skipped), mark
                      them finished, then run `update` so the .ts keeps lupdate's layout.
    check             List unfinished entries and finished ones whose named placeholders
                      ({name}) or %n differ from the source; exit status 1 when there are any.
    build             Compile the .ts into voordeur_en.qm with pyside6-lrelease (unfinished
                      entries are left out, so those strings stay Dutch).

The workflow after adding or changing GUI strings:

    .venv/bin/python scripts/translations.py update
    .venv/bin/python scripts/translations.py todo /tmp/todo.json   # fill in the English
    .venv/bin/python scripts/translations.py apply /tmp/todo.json
    .venv/bin/python scripts/translations.py check
    .venv/bin/python scripts/translations.py build

The .ts can also be edited in Qt Linguist (`.venv/bin/pyside6-linguist`) or by hand: write the
English in <translation> and remove type="unfinished". Keep every {name} placeholder and %n.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_DIR = ROOT / "src" / "voordeur" / "gui"
UI_DIR = ROOT / "ui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / "voordeur_en.ts"
QM_FILE = TRANSLATIONS_DIR / "voordeur_en.qm"
SOURCE_LANGUAGE = "nl_NL"
TARGET_LANGUAGE = "en_GB"
CATALOGUE_CONTEXT = "Catalogue"
CATALOGUE_SOURCES = (ROOT / "src" / "voordeur" / "model" / "catalogues.py",
                     GUI_DIR / "common" / "i18n.py")
STUB_NAME = "voordeur_extra_strings.py"

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


# -- finding the tools -------------------------------------------------------------------------
def qt_tool(name: str) -> str:
    """pyside6-<name> from the venv's bin (next to this Python), else PATH, else PySide6's own."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    found = shutil.which(f"pyside6-{name}")
    if found:
        candidates.append(Path(found))
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / f"{name}{exe}", package / "Qt" / "libexec" / name]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; run `python3 scripts/dev.py setup` first")


# -- strings lupdate cannot see ------------------------------------------------------------------
@dataclass(frozen=True)
class Extra:
    context: str
    source: str
    numerus: bool
    path: Path  # where it comes from (for the <location> in the .ts)
    line: int


def gui_sources() -> list[Path]:
    return sorted(GUI_DIR.rglob("*.py")) + sorted(UI_DIR.glob("*.ui"))


def _line_of(text: str, paths: Iterable[Path]) -> tuple[Path, int]:
    needle = json.dumps(text, ensure_ascii=False)
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return path, number
    return next(iter(paths)), 0


def catalogue_messages() -> list[Extra]:
    sys.path.insert(0, str(ROOT / "src"))
    from voordeur.gui.common.i18n import all_catalogue_labels

    result = []
    for label in all_catalogue_labels():
        path, line = _line_of(label, CATALOGUE_SOURCES)
        result.append(Extra(CATALOGUE_CONTEXT, label, False, path, line))
    return result


def _helper_signature(fn: ast.FunctionDef) -> tuple[str, str | None] | None:
    """(context, name of the count parameter) when `fn` only forwards its text to
    QCoreApplication.translate with a fixed context; else None."""
    params = [a.arg for a in fn.args.args]
    if not params:
        return None
    for node in ast.walk(fn):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "translate"):
            continue
        args = call.args
        if (len(args) >= 2 and isinstance(args[0], ast.Constant)
                and isinstance(args[0].value, str)
                and isinstance(args[1], ast.Name) and args[1].id == params[0]):
            count = None
            if len(args) >= 4 and isinstance(args[3], ast.Name) and args[3].id in params:
                count = args[3].id
            return args[0].value, count
    return None


def helper_messages(paths: Iterable[Path]) -> list[Extra]:
    """Strings passed to module-level translate helpers (e.g. errors.py's `_t`)."""
    result = []
    for path in paths:
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        helpers: dict[str, tuple[str, str | None, list[str]]] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                signature = _helper_signature(node)
                if signature is not None:
                    helpers[node.name] = (*signature, [a.arg for a in node.args.args])
        if not helpers:
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers and node.args):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            context, count, params = helpers[node.func.id]
            numerus = False
            if count is not None:
                position = params.index(count)
                numerus = len(node.args) > position or any(
                    k.arg == count for k in node.keywords)
            result.append(Extra(context, first.value, numerus, path, node.lineno))
    return sorted(result, key=lambda e: (str(e.path), e.line))


def direct_messages(paths: Iterable[Path]) -> list[Extra]:
    """`QCoreApplication.translate("Context", "text", …)` calls with literal strings.

    lupdate sees most of these, but not whether they are plurals when the count is a variable
    (`translate("X", "%n dagen", None, days)` comes out as a plain message) and not at all
    when an argument holds parentheses (`…, None, len(items))`). Listing them in the stub, which
    lupdate reads first, gets both right.
    """
    result = []
    for path in paths:
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and len(node.args) >= 2):
                continue
            context, text = node.args[0], node.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)
                    and isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            count = node.args[3] if len(node.args) >= 4 else next(
                (k.value for k in node.keywords if k.arg == "n"), None)
            numerus = count is not None and not (
                isinstance(count, ast.UnaryOp) and isinstance(count.operand, ast.Constant))
            result.append(Extra(context.value, text.value, numerus, path, node.lineno))
    return sorted(result, key=lambda e: (str(e.path), e.line))


def _unique(extras: list[Extra]) -> list[Extra]:
    """One entry per (context, source); a plural wins over a plain use of the same text."""
    chosen: dict[tuple[str, str], Extra] = {}
    for extra in extras:
        key = (extra.context, extra.source)
        if key not in chosen or (extra.numerus and not chosen[key].numerus):
            chosen[key] = extra
    return list(chosen.values())


def _stub(extras: list[Extra]) -> str:
    lines = ["from PySide6.QtCore import QCoreApplication"]
    for extra in extras:
        args = [json.dumps(extra.context), json.dumps(extra.source, ensure_ascii=False)]
        if extra.numerus:
            args += ["None", "1"]  # a literal count: lupdate's Python parser then sees a plural
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    return "\n".join(lines) + "\n"


# -- the .ts file -----------------------------------------------------------------------------
def update(prune: bool = False, *, quiet: bool = False) -> None:
    """Run lupdate over the GUI sources and forms, plus the strings it cannot see."""
    sources = gui_sources()
    extras = _unique(catalogue_messages() + helper_messages(sources) + direct_messages(sources))
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="voordeur-lupdate-") as tmp:
        stub = Path(tmp) / STUB_NAME
        stub.write_text(_stub(extras), encoding="utf-8")
        # The stub goes first: where it and the code disagree about a plural, it wins.
        cmd = [qt_tool("lupdate"), str(stub), *map(str, sources),
               "-locations", "absolute", "-source-language", SOURCE_LANGUAGE,
               "-target-language", TARGET_LANGUAGE, "-ts", str(TS_FILE)]
        if prune:
            cmd.insert(1, "-no-obsolete")
        if quiet:
            cmd.insert(1, "-silent")
        subprocess.run(cmd, check=True, cwd=ROOT)
    # The stub's locations point at a deleted temporary file: point them at the real code.
    first_stub_line = 2
    where = {first_stub_line + i: e for i, e in enumerate(extras)}

    def relocate(match: re.Match[str]) -> str:
        extra = where.get(int(match.group(1)))
        if extra is None:
            return match.group(0)
        rel = Path(os.path.relpath(extra.path, TS_FILE.parent)).as_posix()
        return f'<location filename="{rel}" line="{extra.line}"/>'

    text = TS_FILE.read_text(encoding="utf-8")
    text = re.sub(r'<location filename="[^"]*' + re.escape(STUB_NAME) + r'" line="(\d+)"/>',
                  relocate, text)
    # A string lupdate found itself now has the same location twice: keep one.
    text = re.sub(r'^( *<location [^\n]*/>\n)\1+', r"\1", text, flags=re.MULTILINE)
    TS_FILE.write_text(text, encoding="utf-8")


@dataclass
class Entry:
    context: str
    source: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str]  # one translation, or the numerus forms

    @property
    def active(self) -> bool:
        return self.kind not in {"vanished", "obsolete"}

    @property
    def finished(self) -> bool:
        return self.kind == "" and all(self.forms) and bool(self.forms)


def read_ts(path: Path = TS_FILE) -> list[Entry]:
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                forms = [""]
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            entries.append(Entry(name, message.findtext("source") or "", numerus, kind, forms))
    return entries


def placeholder_problem(source: str, translation: str) -> str | None:
    """What differs between the placeholders of a source and its translation, or None."""
    want, got = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(translation))
    if want != got:
        missing = ", ".join(sorted(want - got)) or "-"
        extra = ", ".join(sorted(got - want)) or "-"
        return f"placeholders differ (missing: {missing}; unknown: {extra})"
    if ("%n" in source) != ("%n" in translation):
        return "%n differs"
    return None


def problems(path: Path = TS_FILE) -> tuple[list[Entry], list[tuple[Entry, str]]]:
    """(unfinished entries, (entry, problem) for finished entries with placeholder trouble)."""
    unfinished, wrong = [], []
    for entry in read_ts(path):
        if not entry.active:
            continue
        if not entry.finished:
            unfinished.append(entry)
            continue
        for form in entry.forms:
            problem = placeholder_problem(entry.source, form)
            if problem:
                wrong.append((entry, problem))
                break
    return unfinished, wrong


def check() -> int:
    unfinished, wrong = problems()
    for entry in unfinished:
        print(f"untranslated  [{entry.context}] {entry.source!r}")
    for entry, problem in wrong:
        print(f"{problem}  [{entry.context}] {entry.source!r} -> {entry.forms!r}")
    total = sum(1 for e in read_ts() if e.active)
    print(f"{total} strings, {len(unfinished)} untranslated, {len(wrong)} with placeholder "
          "problems")
    return 1 if unfinished or wrong else 0


def todo(out: Path | None) -> None:
    data: dict[str, dict[str, str | list[str]]] = {}
    for entry in problems()[0]:
        data.setdefault(entry.context, {})[entry.source] = ["", ""] if entry.numerus else ""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        print(f"{sum(len(v) for v in data.values())} unfinished strings written to {out}")


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def apply(path: Path) -> None:
    """Fill translations from a JSON file made by `todo` (or written by hand)."""
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    tree = ET.parse(TS_FILE)
    applied = 0
    for context, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        value = wanted.get(context, {}).get(source)
        if not value:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            if not all(forms):
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if isinstance(value, list):
                value = value[-1]
            translation.text = value
        translation.attrib.pop("type", None)
        applied += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    print(f"{applied} translations applied")
    update(quiet=True)  # back to lupdate's own layout


def build(out: Path = QM_FILE, *, quiet: bool = False) -> Path:
    """Compile the .ts into the .qm that the app loads (local tool, no network)."""
    if not TS_FILE.exists():
        raise SystemExit(f"{TS_FILE} is missing")
    cmd = [qt_tool("lrelease"), str(TS_FILE), "-qm", str(out)]
    if quiet:
        cmd.insert(1, "-silent")
    subprocess.run(cmd, check=True, cwd=ROOT)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="collect strings into the .ts, keeping translations")
    up.add_argument("--prune", action="store_true", help="drop strings no longer in the code")
    td = sub.add_parser("todo", help="write the unfinished strings as JSON")
    td.add_argument("file", nargs="?", type=Path)
    ap = sub.add_parser("apply", help="fill translations from a JSON file")
    ap.add_argument("file", type=Path)
    sub.add_parser("check", help="report untranslated strings and placeholder problems")
    bd = sub.add_parser("build", help="compile the .qm")
    bd.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.prune)
    elif args.command == "todo":
        todo(args.file)
    elif args.command == "apply":
        apply(args.file)
    elif args.command == "check":
        return check()
    elif args.command == "build":
        build(quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
