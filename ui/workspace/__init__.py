"""Dialogs around the workspace file: create, unlock, change passphrase."""
