"""Dialogs return data through their ``submitted`` signal and never change the project: the
caller persists what they return through a service (novelWriter's rule). They are opened
window-modal with ``open()`` so the event loop keeps running."""
