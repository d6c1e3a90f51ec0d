"""One-shot Rich summaries and Markdown briefs, built from the brief *dict*.

Everything taken from an article goes through :func:`briefs.safe.inert` and into
``rich.text.Text`` objects, never into markup strings, so a title such as
``[bold]`` or an ESC sequence is shown, not obeyed. The reader may reuse these.
Nothing here imports pydantic: ``briefs show`` renders stored JSON directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from briefs.safe import inert

Brief = Mapping[str, Any]

KIND_ORDER = ("document", "organization", "person", "publication", "anonymous")
KIND_TITLES = {
    "document": "Documents", "organization": "Organisations", "person": "People",
    "publication": "Publications", "anonymous": "Anonymous",
}
_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "¥"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
MAX_KEY_FIGURES = 6


def clean(value: object) -> str:
    """An article string made inert and flattened onto one line."""
    return " ".join(inert(str(value)).split()) if value is not None else ""


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(figure: Mapping[str, Any]) -> str:
    """A figure's value as a reader expects it: 850 kg, $53 million, 46%."""
    value = figure.get("value")
    unit = clean(figure.get("unit")) or None
    if not isinstance(value, int | float) or isinstance(value, bool):
        return clean(figure.get("text"))
    number = _number(value)
    scaled = abs(value) >= 1e6 and (unit is None or unit in _CURRENCY or len(unit) == 3)
    if scaled:
        for size, word in _SCALES:
            if abs(value) >= size:
                number = f"{_number(round(value / size, 2))} {word}"
                break
    if unit is None:
        return number
    if unit == "%":
        return f"{number}%"
    if unit in _CURRENCY:
        return f"{_CURRENCY[unit]}{number}"
    if unit.isalpha() and unit.isupper() and len(unit) == 3:
        return f"{number} {unit}"
    return f"{number} {unit}"


def key_figures(brief: Brief) -> tuple[list[Mapping[str, Any]], int]:
    """The figures for "By the numbers" and how many others the brief holds."""
    figures = list(brief.get("figures") or [])
    key = [f for f in figures if f.get("key")] or figures[:MAX_KEY_FIGURES]
    return key, len(figures) - len(key)


def sources_by_kind(brief: Brief) -> list[tuple[str, list[Mapping[str, Any]]]]:
    """Sources grouped by kind, in a fixed order of kinds, most-cited first."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for source in brief.get("sources") or []:
        groups.setdefault(str(source.get("kind") or "organization"), []).append(source)
    order = [k for k in KIND_ORDER if k in groups] + sorted(set(groups) - set(KIND_ORDER))
    return [
        (k, sorted(groups[k], key=lambda s: -int(s.get("mentions") or 1))) for k in order
    ]


# ----------------------------------------------------------------- Rich ---


def header(brief: Brief) -> Text:
    """Title, then outlet · date · authors, credit and URL on their own lines."""
    text = Text(clean(brief.get("title")) or "(untitled)", style="bold")
    meta = [clean(brief.get("outlet")), clean(brief.get("published"))]
    authors = [clean(a) for a in brief.get("authors") or [] if clean(a)]
    if authors:
        meta.append("by " + ", ".join(authors))
    line = " · ".join(m for m in meta if m)
    if line:
        text.append("\n" + line, style="cyan")
    if brief.get("credit"):
        text.append("\n" + clean(brief.get("credit")), style="dim")
    if brief.get("url"):
        text.append("\n" + clean(brief.get("url")), style="dim underline")
    return text


def section_title(title: str) -> Text:
    return Text(title, style="bold magenta")


def counted(figure: Mapping[str, Any], shown: str) -> str:
    """What a figure counts, as a caption beside ``shown`` (its value as printed): the
    label, unless the printed value already says it ("2 years", "288 arrests"); the
    figure's own words when it has no label."""
    label = figure.get("label")
    if not label:
        text = str(figure.get("text") or "")
        rest = text.replace(shown, "", 1)
        qualifier = str(figure.get("qualifier") or "")
        if qualifier and rest.lower().lstrip().startswith(qualifier.lower()):
            rest = rest.lstrip()[len(qualifier):]
        # "more than $100,000" beside "more than  $100,000" would say it twice
        return text if any(ch.isalpha() for ch in rest) else ""
    label = str(label)
    if label.lower() in shown.lower():
        return ""
    last = shown.rsplit(None, 1)[-1].lower() if shown.strip() else ""
    head, _, rest = label.partition(" ")
    if rest and last and head.lower() == last:
        return rest  # "1.6 billion members" + "of an entire religion", not "members" twice
    return label


def numbers(brief: Brief) -> RenderableType | None:
    """The "By the numbers" table: value, label, qualifier; other figures noted."""
    key, others = key_figures(brief)
    if not key:
        return None
    table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
    table.add_column("qualifier", style="dim", justify="right", no_wrap=True)
    table.add_column("value", style="bold green", justify="right", no_wrap=True)
    table.add_column("label", ratio=1)
    for f in key:  # read as a phrase: "over  100  prosecutions"
        shown = format_value(f)
        table.add_row(Text(clean(f.get("qualifier"))), Text(shown), Text(clean(counted(f, shown))))
    parts: list[RenderableType] = [section_title("By the numbers"), table]
    if others > 0:
        parts.append(Text(f"+ {others} other figure{'s' * (others != 1)}", style="dim"))
    return Group(*parts)


# (not the extractor's lexicon: importing it would load the whole extractor into `briefs show`)
_PRONOUNS = frozenset("he she it they we i you him her them".split())


def attribution(quote: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Who said it and in what role, the role dropped when it only repeats the name.

    An unnamed source ("voters said") has no speaker; its mention and role are
    then the same words, and printing both reads as a stutter.
    """
    mention = quote.get("mention") or None
    if mention and mention.strip().lower() in _PRONOUNS:
        mention = None  # "— it" names no one: unresolved, it reads as "unattributed"
    who = quote.get("speaker") or mention
    role = quote.get("role") or None
    if role and who and role.strip().lower() == who.strip().lower():
        role = None
    return who, role


def quote_text(quote: Mapping[str, Any]) -> Text:
    """“words” — Speaker, role."""
    text = Text("“" + clean(quote.get("text")) + "”")
    who, role = attribution(quote)
    speaker = clean(who)
    text.append("\n  — ", style="dim")
    text.append(speaker or "unattributed", style="bold" if speaker else "dim italic")
    if role:
        text.append(", " + clean(role), style="italic")
    return text


def quotes(brief: Brief) -> RenderableType | None:
    items = list(brief.get("quotes") or [])
    if not items:
        return None
    return Group(section_title("What they're saying"), *(quote_text(q) for q in items))


def sources(brief: Brief) -> RenderableType | None:
    groups = sources_by_kind(brief)
    if not groups:
        return None
    lines = []
    for kind, items in groups:
        line = Text(KIND_TITLES.get(kind, clean(kind).title()) + ": ", style="bold")
        for i, s in enumerate(items):
            if i:
                line.append(", ")
            line.append(clean(s.get("name")))
            line.append(f" ×{int(s.get('mentions') or 1)}", style="dim")
        lines.append(line)
    return Group(section_title("Sources"), *lines)


def brief_renderable(brief: Brief) -> RenderableType:
    """The whole one-shot summary of ``briefs show``."""
    parts: list[RenderableType] = [header(brief)]
    if brief.get("summary"):
        parts += [Text(""), Text(clean(brief.get("summary")))]
    for section in (numbers(brief), quotes(brief), sources(brief)):
        if section is not None:
            parts += [Text(""), section]
    return Group(*parts)


def snippet_text(snippet: str, marks: Iterable[Sequence[int]] = ()) -> Text:
    """A search snippet with the matched words highlighted (marks from the store)."""
    text = Text(inert(snippet).replace("\n", " "))
    for start, end in marks:
        text.stylize("bold yellow", start, end)
    return text


def rows_table(rows: Sequence[Mapping[str, Any]]) -> Table:
    """Library rows (``Store.list``/``search``) as a compact table."""
    table = Table(box=None, padding=(0, 1), pad_edge=False, show_edge=False)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("outlet", style="cyan", max_width=18, no_wrap=True)
    table.add_column("title", ratio=1)
    table.add_column("F/Q/S", justify="right", no_wrap=True, style="dim")
    for r in rows:
        date = (r.get("published") or r.get("added_at") or "")[:10]
        title = Text(("● " if not r.get("read") else "") + ("★ " if r.get("starred") else ""),
                     style="yellow")
        title.append(clean(r.get("title")) or "(untitled)")
        if r.get("snippet"):
            title.append("\n")
            title.append_text(snippet_text(r["snippet"], r.get("snippet_marks") or ()))
        table.add_row(
            r["id"], date, Text(clean(r.get("outlet"))), title,
            f"{r.get('n_figures', 0)}/{r.get('n_quotes', 0)}/{r.get('n_sources', 0)}",
        )
    return table


# ------------------------------------------------------------- Markdown ---

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#!])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])(?=\s|$)")


def md(value: object) -> str:
    """An article string for Markdown: inert, one line, significant marks escaped."""
    text = _MD_SPECIAL.sub(r"\\\1", clean(value))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def brief_markdown(brief: Brief) -> str:
    """A Markdown brief: header, summary, By the numbers, quotes, sources."""
    out = [f"# {md(brief.get('title')) or '(untitled)'}", ""]
    meta = [md(brief.get("outlet")), md(brief.get("published"))]
    authors = [md(a) for a in brief.get("authors") or [] if clean(a)]
    if authors:
        meta.append("by " + ", ".join(authors))
    if any(meta):
        out += ["*" + " · ".join(m for m in meta if m) + "*", ""]
    if brief.get("credit"):
        out += [md(brief.get("credit")), ""]
    if brief.get("url"):
        out += [f"<{clean(brief.get('url')).replace('>', '%3E').replace('<', '%3C')}>", ""]
    if brief.get("summary"):
        out += [md(brief.get("summary")), ""]
    key, others = key_figures(brief)
    if key:
        out += ["## By the numbers", "", "| | Value | What |", "|---:|---:|---|"]
        for f in key:
            shown = format_value(f)
            out.append(f"| {md(f.get('qualifier'))} | {md(shown)} | {md(counted(f, shown))} |")
        if others > 0:
            out += ["", f"*+ {others} other figure{'s' * (others != 1)}*"]
        out.append("")
    if brief.get("quotes"):
        out += ["## What they're saying", ""]
        for q in brief["quotes"]:
            name, role_text = attribution(q)
            who = md(name) or "unattributed"
            role = f", {md(role_text)}" if role_text else ""
            out += [f"> “{md(q.get('text'))}”", ">", f"> — **{who}**{role}", ""]
    groups = sources_by_kind(brief)
    if groups:
        out += ["## Sources", ""]
        for kind, items in groups:
            names = ", ".join(f"{md(s.get('name'))} ({int(s.get('mentions') or 1)})"
                              for s in items)
            out.append(f"- **{KIND_TITLES.get(kind, md(kind))}:** {names}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
