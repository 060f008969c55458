"""The client record: header, and one module per tab."""
