"""PDF documents (invoices, receipts, notes) built with reportlab, Qt-free.

`fonts.register_fonts()` makes the shipped DejaVu Sans family available to reportlab (the
built-in Helvetica covers only WinAnsi and is not embedded); `pdf_files.write_pdf_atomically()`
puts a finished PDF in place with temp → fsync → os.replace.
"""

from __future__ import annotations
