#!/usr/bin/env bash
# Refresh the translation sources after UI or core strings change:
#
#     packaging/update_translations.sh
#
#   1. pyside6-lupdate reads every .py file in app/ and ui/ (self.tr(), QCoreApplication.translate()
#      and, in the Qt-free core, QT_TRANSLATE_NOOP("Core", ...)) and updates
#      resources/translations/consulta_<lang>.ts, dropping strings no longer in the code;
#   2. resources/translations/fill_translations.py writes the translations kept in
#      resources/translations/translations_<lang>.py into those .ts files and lists any source
#      string that has none yet (add it to the dictionary and run this again).
#
# The .ts files are what lrelease compiles (packaging/bootstrap.sh and packaging/build.sh make
# the .qm files; they are build products and not committed). tests/ui/test_translations.py
# fails while a shipped language lacks a translation.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
LANGS=(es fr pt)

mapfile -t sources < <(find app ui -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in "${LANGS[@]}"; do
    "$VENV/bin/pyside6-lupdate" -silent -no-obsolete -locations relative \
        -source-language en -target-language "$lang" \
        "${sources[@]}" -ts "resources/translations/consulta_${lang}.ts"
done
# English is the source language: its catalogue holds only the plural forms of %n messages.
"$VENV/bin/pyside6-lupdate" -silent -no-obsolete -pluralonly -locations relative \
    -source-language en -target-language en \
    "${sources[@]}" -ts "resources/translations/consulta_en.ts"
"$VENV/bin/python" resources/translations/fill_translations.py "${LANGS[@]}" en
