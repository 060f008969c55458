"""`consulta --self-check`: does this installation work? And the hidden start-up probe.

The self-check needs no window and touches no personal data. It starts Qt (the platform plugin,
image and icon plugins, translations), draws a small widget into an image in memory, then runs
the core checks of `app.self_check` (encrypted workspace, fonts and PDF, keyring, mail worker,
migrations) and prints one line per check. Exit code 0 when everything works, 1 otherwise, so
support and scripts can rely on it. Everything runs on the main thread (plus one short worker
thread inside the core checks).

`run_startup_probe()` (`consulta --startup-probe`, hidden) shows the first window and exits as
soon as it has been painted, printing a marker line, so the packaging smoke test can measure the
time from launch to window shown.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLibraryInfo,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from app import self_check as core
from app.paths import resources_dir

# Strings here are translated in the "SelfCheck" context, written out in full at each call so
# that pyside6-lupdate extracts them.
STARTUP_MARKER = "consulta-startup-probe: window shown"
PROBE_LANGUAGES = ("es", "fr", "pt")  # any non-English language proves translations load


def _headless() -> bool:
    """No display to talk to: Qt would abort the process rather than start."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def _application() -> QApplication:
    if _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "consulta"])
    app.setApplicationName("Consulta")
    icon = resources_dir() / "icons" / "consulta.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


# --- Qt checks ---------------------------------------------------------------------------------


def _check_platform(app: QApplication) -> core.CheckResult:
    return core.CheckResult(QCoreApplication.translate("SelfCheck", "Qt platform"), core.OK, f"{QGuiApplication.platformName()}")


def _check_translations(app: QApplication) -> list[core.CheckResult]:
    results = []
    folder = resources_dir() / "translations"
    found = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    ours = [p for p in found if p.stem.rsplit("_", 1)[-1] in PROBE_LANGUAGES]
    if not found:
        results.append(core.CheckResult(QCoreApplication.translate("SelfCheck", "Translations"), core.WARNING, QCoreApplication.translate("SelfCheck", "no translations built")))
    else:
        target = ours[0] if ours else found[0]
        translator = QTranslator(app)
        # Loaded to prove it can be, not installed: the report stays in one language.
        if translator.load(str(target)) and not translator.isEmpty():
            results.append(core.CheckResult(
                QCoreApplication.translate("SelfCheck", "Translations"), core.OK, f"{len(found)} file(s); loaded {target.name}"))
        else:
            results.append(core.CheckResult(
                QCoreApplication.translate("SelfCheck", "Translations"), core.FAILED, f"{target.name} could not be loaded"))
    # Qt's own strings (standard buttons, dialogs) for the languages the app offers.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{PROBE_LANGUAGES[0]}", qt_dir):
        results.append(core.CheckResult(QCoreApplication.translate("SelfCheck", "Qt translations"), core.OK, f"qtbase_{PROBE_LANGUAGES[0]}"))
    else:
        results.append(core.CheckResult(
            QCoreApplication.translate("SelfCheck", "Qt translations"), core.FAILED, f"qtbase_{PROBE_LANGUAGES[0]}.qm not found in {qt_dir}"))
    return results


def _check_drawing(app: QApplication) -> core.CheckResult:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    label = QLabel("Consulta — Zoë Ñúñez · 120,00 €")
    layout.addWidget(label)
    icon = app.windowIcon()
    if icon.isNull():
        return core.CheckResult(QCoreApplication.translate("SelfCheck", "Drawing and icons"), core.FAILED, "the application icon is missing")
    if icon.pixmap(64, 64).isNull():
        return core.CheckResult(QCoreApplication.translate("SelfCheck", "Drawing and icons"), core.FAILED, "the SVG icon engine did not load")
    widget.resize(320, 80)
    image = widget.grab().toImage()
    widget.deleteLater()
    if image.isNull() or image.width() == 0:
        return core.CheckResult(QCoreApplication.translate("SelfCheck", "Drawing and icons"), core.FAILED, "a widget could not be drawn")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG") or buffer.size() == 0:
        return core.CheckResult(QCoreApplication.translate("SelfCheck", "Drawing and icons"), core.FAILED, "PNG could not be written")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"svg", "jpeg", "gif", "ico"} - formats
    if missing:
        return core.CheckResult(
            QCoreApplication.translate("SelfCheck", "Drawing and icons"), core.FAILED, "image formats missing: " + ", ".join(sorted(missing)))
    return core.CheckResult(
        QCoreApplication.translate("SelfCheck", "Drawing and icons"), core.OK, f"{image.width()}×{image.height()} drawn; formats ok")


# --- report ------------------------------------------------------------------------------------


def _status_label(status: str) -> str:
    return {core.OK: QCoreApplication.translate("SelfCheck", "OK"), core.WARNING: QCoreApplication.translate("SelfCheck", "WARNING"), core.FAILED: QCoreApplication.translate("SelfCheck", "FAILED")}[status]


def _format(report: core.SelfCheckReport) -> str:
    lines = []
    for check in report.checks:
        name = QCoreApplication.translate("Core", check.name)
        timing = f" ({check.millis:.0f} ms)" if check.millis >= 1 else ""
        detail = f": {check.detail}" if check.detail else ""
        lines.append(f"[{_status_label(check.status)}] {name}{detail}{timing}")
    problems = len(report.problems)
    if problems:
        lines.append(QCoreApplication.translate("SelfCheck", "Consulta self-check: FAILED ({n} problems)").replace("{n}", str(problems)))
    else:
        lines.append(QCoreApplication.translate("SelfCheck", "Consulta self-check: OK"))
    return "\n".join(lines)


def _emit(text: str, ok: bool) -> None:
    stream = sys.stdout
    if stream is not None:
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
        print(text, file=stream, flush=True)
        return
    # A windowed build on Windows has no console: show the result instead.
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Critical,
                          QCoreApplication.translate("SelfCheck", "Consulta self-check"), text)
        box.exec()


def run_self_check() -> int:
    from app.version import __version__

    app = _application()
    report = core.SelfCheckReport()
    report.add(_check_platform(app))
    for result in _check_translations(app):
        report.add(result)
    report.add(_check_drawing(app))
    core_report = core.run_checks()
    report.checks.extend(core_report.checks)
    text = QCoreApplication.translate("SelfCheck", "Consulta {version} self-check").replace("{version}", __version__) + "\n" + _format(report)
    _emit(text, report.ok)
    return 0 if report.ok else 1


# --- start-up probe ----------------------------------------------------------------------------


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, started: float) -> None:
        super().__init__()
        self._app = app
        self._started = started
        self._done = False
        self.shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self.shown = True
            elapsed = (time.perf_counter() - self._started) * 1000
            print(f"{STARTUP_MARKER} ({elapsed:.0f} ms after Qt start)", flush=True)
            QTimer.singleShot(0, lambda: self._app.exit(0))  # every loop, dialogs too
        return False


def run_startup_probe(args: argparse.Namespace | None = None) -> int:
    """Start the app as a user would and quit once its first window has been painted.

    The first window is the real one (`ui.application.run_app`: translators, style sheet, then
    the create-workspace dialog, for a workspace path in a temporary folder so nothing of the
    user's is opened or locked). Where the application shell is not importable, a bare main
    window stands in, which measures the Qt + bundle floor.
    """
    import shutil
    import tempfile
    from pathlib import Path

    started = time.perf_counter()
    app = _application()
    probe = _FirstPaint(app, started)
    app.installEventFilter(probe)  # the first paint of any window or any of its children
    QTimer.singleShot(10_000, lambda: app.exit(1))  # never hang a measurement
    try:
        from ui.application import run_app
    except ImportError:
        run_app = None
    if run_app is None:
        window = QMainWindow()
        window.setWindowTitle("Consulta")
        window.setCentralWidget(QLabel(QCoreApplication.translate("SelfCheck", "Consulta")))
        window.resize(800, 560)
        window.show()
        app.exec()
        return 0
    folder = Path(tempfile.mkdtemp(prefix="consulta-startup-probe-"))
    try:
        probe_args = argparse.Namespace(**{**vars(args or argparse.Namespace()),
                                           "workspace": folder / "probe.consulta"})
        probe_args.language = getattr(probe_args, "language", None)
        run_app(probe_args)  # quitting the event loop makes the first dialog return
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if probe.shown else 1
