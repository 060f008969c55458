"""The Calendar area: day, week and month views of appointments, and the .ics export."""
