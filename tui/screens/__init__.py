"""Screens of the reader: library, brief, help and dialogs."""
