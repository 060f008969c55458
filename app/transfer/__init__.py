"""Moving data in and out of a workspace: CSV, iCalendar, exports."""
