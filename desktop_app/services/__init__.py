"""Use cases. Each mutating call is one transaction that records undo and broadcasts a
:class:`~desktop_app.services.changes.ChangeSet`; callers get plain dataclasses back."""
