"""A client's Documentation: notes, filled-in forms and uploaded files."""
