"""Write the translations kept in catalog.py into consulta_<lang>.ts (run by
packaging/update_translations.sh after pyside6-lupdate), and list the source strings that have
no translation yet.

    .venv/bin/python resources/translations/fill_translations.py es fr pt

A message is looked up first by (context, source) in catalog.BY_CONTEXT, then by source alone in
catalog.BY_SOURCE. Each entry holds the Spanish, French and Portuguese texts, in that order;
for a message with %n, each text is a (singular, plural) pair.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import catalog  # noqa: E402

LANGS = ("es", "fr", "pt")


def english_plural(source: str) -> tuple[str, str] | None:
    """English needs a catalogue only for %n messages: "%n client(s)" → "1 client" / "2 clients"
    (%Ln too: the count with the locale's digit grouping)."""
    if "%n" not in source and "%Ln" not in source:
        return None
    if source in catalog.ENGLISH_PLURALS:
        return catalog.ENGLISH_PLURALS[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def lookup(context: str, source: str, lang: str):
    if lang == "en":
        return english_plural(source)
    entry = catalog.BY_CONTEXT.get((context, source)) or catalog.BY_SOURCE.get(source)
    return None if entry is None else entry[LANGS.index(lang)]


def fill(ts_path: Path, lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            text = lookup(name, source, lang)
            if text is None:
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform"),
                    ET.SubElement(translation, "numerusform")]
                values = [text] if isinstance(text, str) else list(text)
                for i, form in enumerate(forms):
                    form.text = values[min(i, len(values) - 1)]
            else:
                if not isinstance(text, str):
                    raise SystemExit(f"{lang}: {name}/{source!r} has no %n, give one text")
                translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    return missing


def main(langs: list[str]) -> int:
    all_missing = 0
    for lang in langs or (*LANGS, "en"):
        missing = fill(HERE / f"consulta_{lang}.ts", lang)
        all_missing += len(missing)
        for context, source in missing:
            print(f"{lang}: no translation for [{context}] {source!r}")
    print(f"Translations written; {all_missing} missing." if all_missing
          else "Translations written; none missing.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
