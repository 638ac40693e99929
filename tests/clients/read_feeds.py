#!/usr/bin/python3
"""Reads the built site's feeds and calendars with real clients (Debian's python3-feedparser and
python3-icalendar) and prints what they understood, as JSON, for the tests to check."""
import json
import pathlib
import sys

import feedparser
import icalendar

dist = pathlib.Path(sys.argv[1])
result = {"feeds": {}, "calendars": {}}

for path in sorted(dist.rglob("changes.*")):
    if path.is_dir():
        continue
    rel = "/" + path.relative_to(dist).as_posix()
    if path.suffix in (".rss", ".atom", ".json"):
        # What a web server sends with each file, as the site's endpoints declare it.
        content_type = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".json": "application/feed+json"}[path.suffix]
        parsed = feedparser.parse(path.read_bytes(), response_headers={"content-type": content_type})
        result["feeds"][rel] = {
            "bozo": bool(parsed.bozo),
            "error": str(parsed.get("bozo_exception", "")),
            "version": parsed.version,
            "title": parsed.feed.get("title"),
            "language": parsed.feed.get("language"),
            "entries": [
                {
                    "id": e.get("id"),
                    "title": e.get("title"),
                    "link": e.get("link"),
                    "published": e.get("published_parsed") and "%04d-%02d-%02d" % tuple(e.published_parsed[:3]),
                    "text": e.get("summary") or e.get("description") or "",
                }
                for e in parsed.entries
            ],
        }
    elif path.suffix == ".ics":
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        result["calendars"][rel] = {
            "name": str(calendar.get("X-WR-CALNAME")),
            "events": [
                {
                    "uid": str(event.get("UID")),
                    "summary": str(event.get("SUMMARY")),
                    "start": event.decoded("DTSTART").isoformat(),
                    "all_day": not hasattr(event.decoded("DTSTART"), "hour"),
                    "status": str(event.get("STATUS")),
                    "url": str(event.get("URL")),
                }
                for event in calendar.walk("VEVENT")
            ],
        }

json.dump(result, sys.stdout, indent=1)
