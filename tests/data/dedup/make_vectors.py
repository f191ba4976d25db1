#!/usr/bin/env python3
"""Writes vectors.json: dedup ID test vectors of spec section 4.

The expected components are written out by hand below (not computed by the
C++ code under test); this script only derives the expected ID, the SHA-256 of
family and components joined by U+001F, so that the vectors stay checkable.
Run it from anywhere: python3 make_vectors.py
"""
import hashlib
import json
import os

US = "\u001f"


def auto_id(family, components):
    return hashlib.sha256(US.join([family] + components).encode("utf-8")).hexdigest()


def email(ts="2024-02-03T10:30:00Z", **extra):
    payload = {"eventTimestamp": ts, "eventType": "sent", "subject": "Hello",
               "body": {"text": "Hi"}, "from": {"email": "alice@example.com"},
               "to": [{"email": "bob@example.com"}]}
    payload.update(extra)
    return payload


def email_components(ts):
    return ["alice@example.com", "Hello", ts, "bob@example.com"]


LONG_ASCII = "x" * 150
EMOJI_EDGE = "a" * 99 + "\U0001F600" + "bbb"          # 100th code point is the emoji
EMOJI_PAIRS = "a" * 98 + "\U0001F600" * 3              # UTF-16 would cut inside a pair
CJK = "会议纪要" * 30                                    # 120 code points, 3 UTF-8 bytes each

CASES = [
    # name, family, payload, expected source, expected components (None when explicit)
    ("emails-basic", "emails", email(), "auto", email_components("2024-02-03T10:30:00.000Z")),
    ("emails-offset-plus", "emails", email("2024-02-03T12:30:00+02:00"), "auto",
     email_components("2024-02-03T10:30:00.000Z")),
    ("emails-offset-minus-crosses-leap-day", "emails", email("2024-02-29T23:45:10.5-05:30"),
     "auto", email_components("2024-03-01T05:15:10.500Z")),
    ("emails-offset-crosses-year", "emails", email("2024-01-01T00:30:00+01:00"), "auto",
     email_components("2023-12-31T23:30:00.000Z")),
    ("emails-fraction-1", "emails", email("2024-02-03T10:30:00.1Z"), "auto",
     email_components("2024-02-03T10:30:00.100Z")),
    ("emails-fraction-2", "emails", email("2024-02-03T10:30:00.12Z"), "auto",
     email_components("2024-02-03T10:30:00.120Z")),
    ("emails-fraction-3", "emails", email("2024-02-03T10:30:00.123Z"), "auto",
     email_components("2024-02-03T10:30:00.123Z")),
    ("emails-fraction-6-truncated", "emails", email("2024-02-03T10:30:00.999999Z"), "auto",
     email_components("2024-02-03T10:30:00.999Z")),
    ("emails-fraction-9-lowercase-t-z", "emails", email("2024-02-03t10:30:00.123456789z"),
     "auto", email_components("2024-02-03T10:30:00.123Z")),
    ("emails-minus-zero-offset", "emails", email("2024-02-03T10:30:00-00:00"), "auto",
     email_components("2024-02-03T10:30:00.000Z")),
    ("emails-unparsable-timestamp-raw", "emails", email("yesterday at noon"), "auto",
     email_components("yesterday at noon")),
    ("emails-no-zone-raw", "emails", email("2024-02-03T10:30:00"), "auto",
     email_components("2024-02-03T10:30:00")),
    ("emails-impossible-date-raw", "emails", email("2023-02-29T10:30:00Z"), "auto",
     email_components("2023-02-29T10:30:00Z")),
    ("emails-address-case-and-space", "emails",
     email(**{"from": {"email": "  Alice@Example.COM\t"}, "to": [{"email": " BOB@example.com "},
                                                                {"email": "carol@example.com"}]}),
     "auto", email_components("2024-02-03T10:30:00.000Z")),
    ("emails-subject-kept-as-given", "emails", email(subject="  Hello There "), "auto",
     ["alice@example.com", "  Hello There ", "2024-02-03T10:30:00.000Z", "bob@example.com"]),
    ("emails-missing-fields-empty", "emails", {"eventType": "sent"}, "auto", ["", "", "", ""]),
    ("emails-wrong-types-missing", "emails",
     {"eventTimestamp": 1706956200, "subject": 7, "from": "alice@example.com", "to": {"email": "x"}},
     "auto", ["", "", "", ""]),
    ("emails-payload-not-object", "emails", [1, 2], "auto", ["", "", "", ""]),
    ("emails-explicit", "emails", email(eventId="evt-123"), "explicit", None),
    ("emails-explicit-verbatim", "emails", email(eventId=" Evt 42 "), "explicit", None),
    ("emails-empty-eventid-auto", "emails", email(eventId=""), "auto",
     email_components("2024-02-03T10:30:00.000Z")),
    ("emails-numeric-eventid-auto", "emails", email(eventId=42), "auto",
     email_components("2024-02-03T10:30:00.000Z")),
    ("calls-participant-string", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "transcript", "title": "Kickoff",
      "participants": [" Dana@Example.com ", "eve@example.com"], "transcript": "Hello all"},
     "auto", ["Kickoff", "2024-02-03T10:30:00.000Z", "dana@example.com", "Hello all"]),
    ("calls-participant-object-email", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "Kickoff",
      "participants": [{"email": "X@Y.com", "name": "Xavier"}], "transcript": "Hi"},
     "auto", ["Kickoff", "2024-02-03T10:30:00.000Z", "x@y.com", "Hi"]),
    ("calls-participant-object-name", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "Kickoff",
      "participants": [{"name": "  Dana Smith "}], "transcript": "Hi"},
     "auto", ["Kickoff", "2024-02-03T10:30:00.000Z", "Dana Smith", "Hi"]),
    ("calls-participant-empty-email-uses-name", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "Kickoff",
      "participants": [{"email": "  ", "name": "Dana"}], "transcript": "Hi"},
     "auto", ["Kickoff", "2024-02-03T10:30:00.000Z", "Dana", "Hi"]),
    ("calls-transcript-array", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "Demo", "participants": ["a@b.co"],
      "transcript": [{"speaker": "Ann", "text": "Hi", "start": 0},
                     {"speaker": "Bob", "text": "Hello", "end": 3.5}]},
     "auto", ["Demo", "2024-02-03T10:30:00.000Z", "a@b.co", "Ann: Hi\nBob: Hello"]),
    ("calls-transcript-array-missing-parts", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "Demo", "participants": ["a@b.co"],
      "transcript": [{"text": "no speaker"}, {"speaker": "Bob", "text": 5}]},
     "auto", ["Demo", "2024-02-03T10:30:00.000Z", "a@b.co", ": no speaker\nBob: "]),
    ("calls-transcript-ascii-cut", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "T", "participants": ["p"],
      "transcript": LONG_ASCII},
     "auto", ["T", "2024-02-03T10:30:00.000Z", "p", LONG_ASCII[:100]]),
    ("calls-transcript-emoji-at-boundary", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "T", "participants": ["p"],
      "transcript": EMOJI_EDGE},
     "auto", ["T", "2024-02-03T10:30:00.000Z", "p", EMOJI_EDGE[:100]]),
    ("calls-transcript-emoji-pairs", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "T", "participants": ["p"],
      "transcript": EMOJI_PAIRS},
     "auto", ["T", "2024-02-03T10:30:00.000Z", "p", EMOJI_PAIRS[:100]]),
    ("calls-transcript-cjk", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "会议", "participants": ["p"],
      "transcript": CJK},
     "auto", ["会议", "2024-02-03T10:30:00.000Z", "p", CJK[:100]]),
    ("calls-transcript-array-cut-in-emoji-entry", "calls",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "title": "T", "participants": ["p"],
      "transcript": [{"speaker": "Ann", "text": "x" * 90},
                     {"speaker": "Bob", "text": "\U0001F600" * 20}]},
     "auto", ["T", "2024-02-03T10:30:00.000Z", "p",
              ("Ann: " + "x" * 90 + "\nBob: " + "\U0001F600" * 20)[:100]]),
    ("calls-missing-everything", "calls", {}, "auto", ["", "", "", ""]),
    ("calls-explicit", "calls",
     {"eventId": "call-9", "title": "T", "participants": ["p"], "transcript": "x"},
     "explicit", None),
    ("crm-basic", "crm",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "deal_won", "opportunityId": "opp-1",
      "opportunityName": "Big deal"},
     "auto", ["opp-1", "deal_won"]),
    ("crm-ignores-eventid", "crm",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "deal_lost", "opportunityId": "opp-1",
      "opportunityName": "Big deal", "eventId": "evt-should-not-count"},
     "auto", ["opp-1", "deal_lost"]),
    ("crm-missing", "crm", {"opportunityId": 5}, "auto", ["", ""]),
    ("social-text", "social",
     {"eventTimestamp": "2024-02-03T10:30:00+00:00", "eventType": "message_sent",
      "body": {"text": "Hey there", "html": "<p>ignored</p>"},
      "from": {"email": "Sam@Example.com"}, "to": [{"email": "Kim@Example.com"}]},
     "auto", ["sam@example.com", "2024-02-03T10:30:00.000Z", "kim@example.com", "Hey there"]),
    ("social-html-when-text-empty", "social",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "message_sent",
      "body": {"text": "", "html": "<p>Hi</p>"},
      "from": {"email": "sam@example.com"}, "to": [{"email": "kim@example.com"}]},
     "auto", ["sam@example.com", "2024-02-03T10:30:00.000Z", "kim@example.com", "<p>Hi</p>"]),
    ("social-html-when-text-absent", "social",
     {"eventTimestamp": "2024-02-03T10:30:00Z", "body": {"html": "<b>" + "y" * 120 + "</b>"},
      "from": {"email": "sam@example.com"}, "to": [{"email": "kim@example.com"}]},
     "auto", ["sam@example.com", "2024-02-03T10:30:00.000Z", "kim@example.com",
              ("<b>" + "y" * 120)[:100]]),
    ("social-explicit", "social",
     {"eventId": "li-77", "body": {"text": "x"}, "from": {"email": "a@b.co"},
      "to": [{"email": "c@d.co"}]},
     "explicit", None),
]


def main():
    vectors = []
    for name, family, payload, source, components in CASES:
        if source == "explicit":
            components = [payload["eventId"]]
            dedup_id = payload["eventId"]
        else:
            dedup_id = auto_id(family, components)
        vectors.append({"name": name, "family": family, "payload": payload, "source": source,
                        "components": components, "id": dedup_id})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"vectors": vectors}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(vectors)} vectors written to {out}")


if __name__ == "__main__":
    main()
