"""Interface language: pick it, load the Qt translations, and translate the core's messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.errors import ConsultaError
from app.i18n import CONTEXT as CORE_CONTEXT
from app.paths import resources_dir

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
SETTINGS_KEY = "ui/language"
QT_FALLBACKS = {"pt": ("qtbase_pt_BR",)}


def chosen_language(override: str | None = None) -> str:
    """--language, else the language picked in Settings, else the system's, else English."""
    for candidate in (override, QSettings().value(SETTINGS_KEY, "", str),
                      QLocale.system().name().split("_")[0]):
        if candidate and candidate[:2] in LANGUAGES:
            return candidate[:2]
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ours and Qt's own (standard buttons, dialogs) for `language`; keep the result alive."""
    # Dates and numbers follow the system's conventions when it speaks the chosen language
    # (en_GB stays day-first), otherwise that language's usual ones.
    system = QLocale.system()
    usable = system.language() != QLocale.Language.C and system.name().startswith(language)
    QLocale.setDefault(system if usable else QLocale(language))
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    # English too: its catalogue gives the plural forms ("1 client", "2 clients").
    if ours.load(str(resources_dir() / "translations" / f"consulta_{language}.qm")):
        app.installTranslator(ours)
        loaded.append(ours)
    if language == "en":
        return loaded
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships Brazilian Portuguese only; its button texts suit European Portuguese as well.
    for name in (f"qtbase_{language}", *QT_FALLBACKS.get(language, ())):
        if qt.load(name, qt_dir):
            app.installTranslator(qt)
            loaded.append(qt)
            break
    return loaded


def core_message(error: ConsultaError) -> str:
    """The core's message in the interface language, placeholders filled in."""
    return error.render(lambda text: QCoreApplication.translate(CORE_CONTEXT, text))


def core_text(text: str) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, text)
