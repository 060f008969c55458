"""Qt item models over service queries; they load rows by page so long lists open at once."""
