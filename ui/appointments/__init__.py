"""Booking and acting on appointments: dialogs and menus shared by the Overview tab and the calendar."""
