"""The note HTML sanitizer: what the editor needs survives; scripts, event handlers, dangerous
links, remote images, frames, forms and CSS that loads anything do not."""

from __future__ import annotations

import pytest

from app.services.html_sanitizer import is_blank, plain_text, sanitize

PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


@pytest.mark.parametrize("dirty, clean", [
    ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
    ('<p onclick="x()" onmouseover="y()">Hi</p>', "<p>Hi</p>"),
    ('<img src="x" onerror="alert(1)">text', "text"),
    ('<img src="http://evil.example/pixel.gif">text', "text"),
    ('<img src="https://evil.example/pixel.gif">text', "text"),
    ('<img src="//evil.example/pixel.gif">text', "text"),
    ('<img src="file:///etc/passwd">text', "text"),
    ('<img src="data:image/svg+xml;base64,PHN2Zy8+">text', "text"),
    ('<iframe src="https://evil.example">inside</iframe>after', "after"),
    ('<form action="https://evil.example"><input name="q">Label</form>after', "after"),
    ("<style>p { background: url(https://evil.example/x) }</style><p>x</p>", "<p>x</p>"),
    ('<p style="background-image: url(https://evil.example/x)">x</p>', "<p>x</p>"),
    ('<span style="font-weight: url(https://evil.example/x)">x</span>', "<span>x</span>"),
    ('<span style="color:red; font-weight:700">x</span>', '<span style="font-weight:700">x</span>'),
    ('<link rel="stylesheet" href="https://evil.example/a.css"><p>x</p>', "<p>x</p>"),
    ('<object data="x.swf">o</object><embed src="x">e', "e"),
    ("<svg><script>alert(1)</script><circle/></svg>x", "x"),
    ('<a href="javascript:alert(1)">bad</a>', '<a rel="noopener noreferrer">bad</a>'),
    ('<a href=" JaVaScRiPt:alert(1)">bad</a>', '<a rel="noopener noreferrer">bad</a>'),
    ('<a href="data:text/html,hi">bad</a>', '<a rel="noopener noreferrer">bad</a>'),
    ('<a href="vbscript:x">bad</a>', '<a rel="noopener noreferrer">bad</a>'),
    ("<!-- a comment --><p>x</p>", "<p>x</p>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example"><p>x</p>', "<p>x</p>"),
])
def test_dangerous_content_is_removed(dirty, clean):
    assert sanitize(dirty) == clean


def test_what_the_editor_writes_survives():
    html = ("<h1>Title</h1><h3>Sub</h3><p>a <b>b</b> <strong>c</strong> <i>d</i> <em>e</em> "
            "<u>f</u> <s>g</s><br>h</p><ul><li>one</li></ul><ol start=\"2\"><li>two</li></ol>"
            "<blockquote>q</blockquote><table><thead><tr><th>H</th></tr></thead>"
            "<tbody><tr><td colspan=\"2\">C</td></tr></tbody></table>")
    assert sanitize(html) == html


def test_links_keep_safe_schemes_and_get_noopener():
    out = sanitize('<a href="https://example.org/?a=1&b=2" target="_blank">x</a> '
                   '<a href="mailto:ana@example.org">y</a>')
    assert out == ('<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">x</a> '
                   '<a href="mailto:ana@example.org" rel="noopener noreferrer">y</a>')


def test_only_inline_png_or_jpeg_images_are_kept():
    assert sanitize(f'<img src="{PNG}" alt="scan" onload="x()">') == f'<img src="{PNG}" alt="scan">'


def test_qt_editor_document_is_reduced_to_its_content():
    qt = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">'
          '<html><head><meta name="qrichtext" content="1" /><meta charset="utf-8" />'
          '<style type="text/css">p, li { white-space: pre-wrap; }</style></head>'
          '<body style=" font-family:\'Sans Serif\'; font-size:9pt;">'
          '<p style=" margin-top:0px; margin-bottom:0px; -qt-block-indent:0; text-indent:0px;">'
          '<span style=" font-weight:700;">Bold</span> and '
          '<span style=" font-style:italic; text-decoration: underline;">both</span></p></body></html>')
    assert sanitize(qt) == ('<p><span style="font-weight:700">Bold</span> and '
                            '<span style="font-style:italic; text-decoration:underline">both</span></p>')


def test_plain_text_for_search_and_previews():
    html = sanitize("<h2>Plan</h2><p>Caf&eacute; &amp; <b>tea</b></p><ul><li>one</li><li>two</li>"
                    "</ul><table><tr><td>a</td><td>b</td></tr></table><p>x<br>y</p>")
    assert plain_text(html) == "Plan\nCafé & tea\none\ntwo\na b\nx\ny"
    assert plain_text('<a href="https://x.example/?q=<b>">link</a>') == "link"
    assert is_blank("<p><br></p><p> </p>") and not is_blank(f'<img src="{PNG}">')
    assert sanitize("   ") == "" and sanitize(None) == ""
