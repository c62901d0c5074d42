"""``report.html``: one self-contained page (inline style and script, nothing fetched).

It is made from the same document as ``report.json``, so it holds exactly the same redacted
values. Everything is readable without the script; the script only adds the row filter.
"""

from __future__ import annotations

from typing import Any

from app.sysinfo.tables import display, section_tables


def escape(text: str) -> str:
    """``html.escape`` (quotes included), without importing ``html`` and its entity tables."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


STYLE = """
:root{color-scheme:light dark;--fg:#1d232b;--bg:#fff;--muted:#5d6875;--line:#d5dbe1;
--head:#eef2f6;--ok:#1c7c3c;--warn:#9a6200;--bad:#b3261e;--skip:#5d6875}
@media (prefers-color-scheme:dark){:root{--fg:#e5e9ee;--bg:#15191e;--muted:#9aa5b1;
--line:#333b44;--head:#222931;--ok:#5cc17d;--warn:#e0a640;--bad:#f0776f;--skip:#9aa5b1}}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);
background:var(--bg)}
header{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);
padding:12px 20px}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 8px}
.meta{color:var(--muted);margin:0 0 8px}
.banner{padding:8px 12px;border:1px solid var(--bad);color:var(--bad);border-radius:6px}
input[type=search]{width:min(480px,100%);padding:6px 10px;font:inherit;border:1px solid var(--line);
border-radius:6px;background:var(--bg);color:var(--fg)}
main{padding:0 20px 40px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:3px 7px;text-align:left;vertical-align:top}
th{background:var(--head);position:sticky;top:0}
td{max-width:48em;overflow-wrap:anywhere}
.scroll{max-height:36em;overflow:auto;margin:4px 0 12px}
details>summary{cursor:pointer;font-weight:600;padding:4px 0}
.st{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;
border:1px solid currentColor}
.st-ok{color:var(--ok)}.st-partial,.st-needs_admin,.st-timeout{color:var(--warn)}
.st-error{color:var(--bad)}.st-skipped{color:var(--skip)}
.err{color:var(--warn);margin:2px 0 6px}
small{color:var(--muted);font-weight:normal}
tr[hidden]{display:none}
"""

SCRIPT = """
const box=document.getElementById('filter');
box.addEventListener('input',()=>{const q=box.value.trim().toLowerCase();
for(const d of document.querySelectorAll('details[data-table]')){let n=0;
for(const r of d.querySelectorAll('tbody tr')){const m=!q||r.textContent.toLowerCase().includes(q);
r.hidden=!m;if(m)n++;}
d.querySelector('.count').textContent=q?`${n} matching`:`${d.dataset.rows} rows`;
if(q&&n)d.open=true;}});
"""


def _badge(status: str) -> str:
    return f'<span class="st st-{escape(status)}">{escape(status.replace("_", " "))}</span>'


def _cells(table: Any, row: list[Any]) -> str:
    # Text and empty cells (most of a report) straight away; the rest as ``display`` says.
    return "</td><td>".join(
        escape(value)
        if type(value) is str
        else ""
        if value is None
        else escape(display(table, row, i))
        for i, value in enumerate(row)
    )


def _table_html(table: Any, open_: bool) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = "".join(f"<tr><td>{_cells(table, row)}</td></tr>" for row in table.rows)
    return (
        f'<details data-table data-rows="{len(table.rows)}"{" open" if open_ else ""}>'
        f'<summary>{escape(table.title)} <small class="count">{len(table.rows)} rows</small>'
        f'</summary><div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div></details>"
    )


def render_html(document: dict[str, Any]) -> str:
    sections = document["sections"]
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<title>System report</title>",
        f"<style>{STYLE}</style></head><body><header><h1>System report</h1>",
        f'<p class="meta">Created {escape(str(document.get("created_utc")))} UTC · '
        f"{escape(str(document.get('platform')))} · "
        f"{escape(document['generator']['name'])} {escape(document['generator']['version'])} · "
        f"collected in {document.get('duration_ms')} ms · schema "
        f"{escape(str(document.get('schema_version')))}</p>",
    ]
    if document.get("redacted"):
        counts = (document.get("redaction") or {}).get("counts", {})
        replaced = ", ".join(f"{v} {escape(k)}" for k, v in counts.items()) or "nothing found"
        parts.append(f'<p class="meta">Private values replaced by pseudonyms: {replaced}.</p>')
    else:
        parts.append(
            '<p class="banner">Not redacted: this report shows real host and user names and '
            "addresses. Keep it on this machine.</p>"
        )
    parts.append(
        '<input id="filter" type="search" placeholder="Filter rows in every table…" '
        'aria-label="Filter rows in every table"></header><main>'
    )
    parts.append(
        "<h2>Sections</h2><table><thead><tr><th>Section</th><th>Status</th><th>Time</th>"
        "<th>Note</th></tr></thead><tbody>"
    )
    for sid, s in sections.items():
        parts.append(
            f'<tr><td><a href="#s-{escape(sid)}">{escape(s["title"])}</a></td>'
            f"<td>{_badge(s['status'])}</td><td>{s['duration_ms']} ms</td>"
            f"<td>{escape(s.get('error') or '')}</td></tr>"
        )
    parts.append("</tbody></table>")
    for sid, s in sections.items():
        parts.append(
            f'<section id="s-{escape(sid)}"><h2>{escape(s["title"])} {_badge(s["status"])} '
            f"<small>{s['duration_ms']} ms</small></h2>"
        )
        if s.get("error"):
            parts.append(f'<p class="err">{escape(s["error"])}</p>')
        tables = section_tables(s.get("data"))
        if not tables:
            parts.append('<p class="meta">No data.</p>')
        for table in tables:
            parts.append(_table_html(table, open_=len(table.rows) <= 60))
        parts.append("</section>")
    parts.append(f"</main><script>{SCRIPT}</script></body></html>\n")
    return "".join(parts)
