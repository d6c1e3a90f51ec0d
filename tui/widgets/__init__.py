"""Widgets of the reader: the virtual library list and the brief's parts."""
