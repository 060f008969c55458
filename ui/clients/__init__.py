"""The Clients area: the list, and (later) the client record and its tabs."""
