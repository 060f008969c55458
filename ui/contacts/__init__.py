"""The Contacts area: related people (a parent, a partner, a referring practitioner)."""
