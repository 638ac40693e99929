#!/usr/bin/python3
"""Reads many small sites' feeds, calendars and JSON files at once with real clients (Debian's
python3-feedparser and python3-icalendar, and Python's json) and prints, as JSON, the texts each
client shows, for the tests to compare with what was written.

  read_texts.py BATCH    BATCH holds one folder per site, each with changes.* files and JSON.

One process reads a whole batch: the property tests write hundreds of sites, and a Python start
per site would cost more than the reading."""
import html
import json
import pathlib
import re
import sys

import feedparser
import icalendar

CONTENT_TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml"}


def shown(detail):
    """The text a reader shows: a text/html value is markup, whose references it decodes."""
    if detail is None:
        return None
    value = detail.get("value", "")
    return html.unescape(value) if detail.get("type") == "text/html" else value


def read_feed(path):
    parsed = feedparser.parse(path.read_bytes(), response_headers={"content-type": CONTENT_TYPES[path.suffix]})
    feed = parsed.feed
    return {
        "bozo": bool(parsed.bozo),
        "error": str(parsed.get("bozo_exception", "")),
        "version": parsed.version,
        "title": shown(feed.get("title_detail")),
        "subtitle": shown(feed.get("subtitle_detail")),
        "rights": shown(feed.get("rights_detail")),
        "author": (feed.get("author_detail") or {}).get("name"),
        "entries": [
            {
                "id": e.get("id"),
                "title": shown(e.get("title_detail")),
                "text": shown(e.get("summary_detail")),
            }
            for e in parsed.entries
        ],
    }


def unescape_text(value):
    """RFC 5545 3.3.11, read left to right (icalendar 4 replaces escapes one kind after another,
    so it reads a written backslash followed by n as a line break)."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_line(line):
    """A content line's name and its value as written: the value starts after the first colon
    outside a quoted parameter."""
    in_quotes = False
    for i, ch in enumerate(line):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == ":" and not in_quotes:
            return re.split("[;:]", line, maxsplit=1)[0], line[i + 1 :]
    raise ValueError(f"no value in {line!r}")


def read_calendar(path):
    data = path.read_bytes()
    calendar = icalendar.Calendar.from_ical(data)
    # The values as written, unfolded and read by RFC 5545 (icalendar 4 also reads a written
    # "%2C", "%3A", "%3B" or "%5C" as ",", ":", ";" or "\\"), property by property, in order.
    raw = {"calendar": {}, "events": []}
    current = raw["calendar"]
    for line in re.sub(r"\r\n[ \t]", "", data.decode("utf-8")).split("\r\n"):
        if not line:
            continue
        name, value = split_line(line)
        if name == "BEGIN" and value == "VEVENT":
            current = {}
            raw["events"].append(current)
        elif name == "END" and value == "VEVENT":
            current = raw["calendar"]
        elif name not in ("BEGIN", "END"):
            current.setdefault(name, unescape_text(value))
    return {
        "components": [c.name for c in calendar.walk()],
        "name": str(calendar.get("X-WR-CALNAME")),
        "description": str(calendar.get("X-WR-CALDESC")),
        "prodid": str(calendar.get("PRODID")),
        "events": [
            {
                "uid": str(event.get("UID")),
                "start": event.decoded("DTSTART").isoformat(),
                "status": str(event.get("STATUS")),
                "summary": str(event.get("SUMMARY")),
                "description": str(event.get("DESCRIPTION")),
            }
            for event in calendar.walk("VEVENT")
        ],
        "raw": raw,
    }


def read_json(path):
    try:
        return {"value": json.loads(path.read_bytes())}
    except ValueError as error:
        return {"error": str(error)}


def read_site(site):
    result = {}
    for path in sorted(site.rglob("*")):
        if path.is_dir():
            continue
        rel = path.relative_to(site).as_posix()
        try:
            if path.suffix in CONTENT_TYPES:
                result[rel] = read_feed(path)
            elif path.suffix == ".ics":
                result[rel] = read_calendar(path)
            elif path.suffix in (".json", ".jsonld"):
                result[rel] = read_json(path)
        except Exception as error:  # a file no client can read is the finding, not a crash
            result[rel] = {"error": f"{type(error).__name__}: {error}"}
    return result


batch = pathlib.Path(sys.argv[1])
json.dump({site.name: read_site(site) for site in sorted(batch.iterdir()) if site.is_dir()}, sys.stdout)
